import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { photoJpeg } from '../media-ingest/media-images.fixture';

const CHANNEL = 'أخبار الموصل';

/** Telegram Desktop `result.json` messages in the documented structure, written by hand. */
export const telegramMessages = (): unknown[] => [
  {
    id: 1,
    type: 'service',
    date: '2014-06-10T08:00:00',
    date_unixtime: '1402376400',
    actor: CHANNEL,
    actor_id: 'channel1234567',
    action: 'create_channel',
    title: CHANNEL,
    text: '',
    text_entities: [],
  },
  {
    id: 2,
    type: 'message',
    date: '2014-06-14T12:00:00',
    date_unixtime: '1402736400',
    from: CHANNEL,
    from_id: 'channel1234567',
    photo: 'photos/photo_1@14-06-2014_12-00-00.jpg',
    width: 400,
    height: 300,
    text: ['قال مسؤولون إن 12 شخصا قتلوا في السوق. ', { type: 'link', text: 'https://news.example.org/a' }],
    text_entities: [
      { type: 'plain', text: 'قال مسؤولون إن 12 شخصا قتلوا في السوق. ' },
      { type: 'link', text: 'https://news.example.org/a' },
    ],
  },
  {
    id: 3,
    type: 'message',
    date: '2014-06-14T13:00:00',
    date_unixtime: '1402740000',
    edited: '2014-06-14T13:30:00',
    edited_unixtime: '1402741800',
    from: CHANNEL,
    from_id: 'channel1234567',
    photo: '(File not included. Change data exporting settings to download.)',
    text: 'تصحيح: 14 قتيلا على الأقل بحسب مصادر طبية.',
    text_entities: [{ type: 'plain', text: 'تصحيح: 14 قتيلا على الأقل بحسب مصادر طبية.' }],
  },
  {
    id: 4,
    type: 'message',
    date: '2014-06-14T14:00:00',
    date_unixtime: '1402743600',
    from: CHANNEL,
    from_id: 'channel1234567',
    photo: 'photos/photo_2@14-06-2014_14-00-00.jpg',
    text: '',
    text_entities: [],
  },
  {
    id: 5,
    type: 'message',
    date: '2014-06-15T09:00:00',
    date_unixtime: '1402812000',
    from: CHANNEL,
    from_id: 'channel1234567',
    file: 'video_files/clip.mp4',
    media_type: 'video_file',
    mime_type: 'video/mp4',
    text: [{ type: 'text_link', text: 'تقرير', href: 'https://hrw.example/report' }, ' منشور'],
    text_entities: [
      { type: 'text_link', text: 'تقرير', href: 'https://hrw.example/report' },
      { type: 'plain', text: ' منشور' },
    ],
  },
];

/** A channel export folder: result.json, one photo, one video; photo_2 was deleted after export. */
export async function writeTelegramExport(dir: string, messages = telegramMessages()): Promise<string> {
  await mkdir(join(dir, 'photos'), { recursive: true });
  await mkdir(join(dir, 'video_files'), { recursive: true });
  const result = { name: CHANNEL, type: 'public_channel', id: 1234567, messages };
  await writeFile(join(dir, 'result.json'), JSON.stringify(result, null, 1));
  await writeFile(join(dir, 'photos', 'photo_1@14-06-2014_12-00-00.jpg'), await photoJpeg(91));
  await writeFile(join(dir, 'video_files', 'clip.mp4'), Buffer.from('not really a video'));
  return dir;
}

/** An X archive folder: data/account.js, data/tweets.js and one of two photos in tweets_media. */
export async function writeXArchive(dir: string): Promise<string> {
  await mkdir(join(dir, 'data', 'tweets_media'), { recursive: true });
  const photo = (name: string, id: string) => ({
    url: 'https://t.co/med',
    media_url_https: `https://pbs.twimg.com/media/${name}.jpg`,
    id_str: id,
    type: 'photo',
  });
  const tweets = [
    {
      tweet: {
        id_str: '100',
        full_text: 'Photos from Tikrit &amp; Speicher https://t.co/abc https://t.co/med',
        created_at: 'Sat Jun 14 12:00:00 +0000 2014',
        entities: {
          urls: [{ url: 'https://t.co/abc', expanded_url: 'https://news.example.org/speicher' }],
          media: [photo('BqXyZ', '9')],
        },
        extended_entities: {
          media: [photo('BqXyZ', '9'), photo('Gone1', '10'), { ...photo('Vid', '11'), type: 'video' }],
        },
      },
    },
    {
      tweet: {
        id_str: '101',
        full_text: 'شهود: عشرات الجثث قرب النهر',
        created_at: 'Sun Jun 15 08:30:00 +0300 2014',
        entities: { urls: [] },
      },
    },
  ];
  await writeFile(
    join(dir, 'data', 'tweets.js'),
    `window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 2)}`,
  );
  await writeFile(
    join(dir, 'data', 'account.js'),
    `window.YTD.account.part0 = [{"account":{"username":"witness_iq","accountDisplayName":"Witness"}}]`,
  );
  await writeFile(join(dir, 'data', 'tweets_media', '100-BqXyZ.jpg'), await photoJpeg(92));
  return dir;
}

/** A folder with a manifest whose header lists the columns in its own order. */
export async function writeManifestFolder(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'report.html'),
    '<html lang="ar"><head><meta charset="utf-8"><title>x</title></head><body><article><p>قال شهود إن 30 شخصا قتلوا قرب الجسر، وإن العشرات فقدوا منذ يوم الأحد الماضي في المدينة.</p></article></body></html>',
  );
  await writeFile(join(dir, 'notes.txt'), 'Field notes: 7 bodies seen near the bridge on 15 June.');
  await writeFile(join(dir, 'bridge.jpg'), await photoJpeg(93));
  await writeFile(
    join(dir, 'manifest.csv'),
    [
      'title,file,published,url,author',
      '"Report, bridge",report.html,2014-06-16T10:00:00+03:00,https://ngo.example/r,Witness Group',
      'Notes,notes.txt,2014-06-16,,',
      'Bridge photo,bridge.jpg,,https://ngo.example/p.jpg,',
      'Lost photo,lost.jpg,,,',
    ].join('\r\n') + '\r\n',
  );
  return join(dir, 'manifest.csv');
}
