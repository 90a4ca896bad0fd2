import type { BlobStore, ClaimFacts, Sensitivity, Store } from '@corroborate/core';
import { makeThumbnail } from '@corroborate/ingest';
import { nodeHasher } from '@corroborate/store';
import sharp from 'sharp';

// Short invented reports of one invented event (none copied from real data): offsets are computed
// from the text so the spans the web app highlights are real character positions.

const span = (text: string, part: string, from = 0): [number, number] => {
  const i = text.indexOf(part, from);
  if (i < 0) throw new Error(`"${part}" not in "${text}"`);
  return [i, i + part.length];
};

const MOSUL = {
  name: 'Mosul',
  geonameId: 99_072,
  country: 'IQ',
  admin1: 'Nineveh',
  lat: 36.335,
  lon: 43.119,
  kind: 'city',
};

const claimFacts = (
  text: string,
  o: {
    claim: string;
    count: [number, number | null];
    countText: string;
    event?: ClaimFacts['event'];
    claimant: string;
    place?: string;
    date?: [string, string];
  },
): ClaimFacts => ({
  event: o.event ?? 'killed',
  count: { min: o.count[0], max: o.count[1], approx: false, text: o.countText },
  victims: { text: 'civilians', type: 'civilians' },
  perpetrator: null,
  claimant: o.claimant,
  stance: 'claimed',
  place: o.place ? { ...MOSUL, name: o.place, span: span(text, o.place) } : null,
  date: o.date ? { text: o.date[0], span: span(text, o.date[0]), value: o.date[1] } : null,
  span: span(text, o.claim),
});

const addDocument = async (
  store: Store,
  d: { title: string; text: string; language: string; published: string },
  facts: ClaimFacts[],
) => {
  const { document } = await store.documents.insertOrGetBySha({
    kind: 'article',
    url: `https://news.example.org/${encodeURIComponent(d.title.slice(0, 24))}`,
    fileName: null,
    title: d.title,
    byline: null,
    publishedAt: new Date(d.published),
    retrievedAt: new Date(d.published),
    language: d.language,
    text: d.text,
    sha256: nodeHasher.sha256(d.text),
    sourceId: null,
    ingestNotes: [],
  });
  const claims = await store.transaction((tx) => tx.claims.replaceMachineClaims(document.id, facts));
  return { document, claims };
};

const MARKET =
  'Civil Defence said 40 civilians were killed in Mosul on 3 May 2016 when the market was shelled. ' +
  'Hospital staff reported 25 injured. A local official later put the toll at 12 dead.';
const WIRE = 'Reuters quoted the governor saying 55 civilians were killed in Mosul on 4 May 2016.';
const ARABIC = 'قال الدفاع المدني إن 40 مدنيا قتلوا في الموصل يوم 3 مايو 2016.';

/** Three documents (one Arabic), their claims, and two media items (graphic, with a near-duplicate). */
export const seedWorkspace = async (store: Store, blobs: BlobStore) => {
  const market = await addDocument(
    store,
    { title: 'Market shelled in Mosul', text: MARKET, language: 'en', published: '2016-05-03T18:00:00Z' },
    [
      claimFacts(MARKET, {
        claim: '40 civilians were killed in Mosul on 3 May 2016',
        count: [40, 40],
        countText: '40',
        claimant: 'Civil Defence',
        place: 'Mosul',
        date: ['3 May 2016', '2016-05-03'],
      }),
      claimFacts(MARKET, {
        claim: '25 injured',
        count: [25, 25],
        countText: '25',
        event: 'injured',
        claimant: 'Hospital staff',
      }),
      claimFacts(MARKET, {
        claim: 'toll at 12 dead',
        count: [12, 12],
        countText: '12',
        claimant: 'local official',
      }),
    ],
  );
  const wire = await addDocument(
    store,
    { title: 'Governor: 55 killed in Mosul', text: WIRE, language: 'en', published: '2016-05-05T09:00:00Z' },
    [
      claimFacts(WIRE, {
        claim: '55 civilians were killed in Mosul on 4 May 2016',
        count: [55, 55],
        countText: '55',
        claimant: 'governor',
        place: 'Mosul',
        date: ['4 May 2016', '2016-05-04'],
      }),
    ],
  );
  await addDocument(
    store,
    { title: 'قصف سوق في الموصل', text: ARABIC, language: 'ar', published: '2016-05-03T20:00:00Z' },
    [
      claimFacts(ARABIC, {
        claim: '40 مدنيا قتلوا',
        count: [40, 40],
        countText: '40',
        claimant: 'الدفاع المدني',
        place: 'الموصل',
      }),
    ],
  );
  const photo = await sharp({ create: { width: 480, height: 320, channels: 3, background: '#c03020' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="480" height="320"><circle cx="160" cy="160" r="90" fill="#f0d000"/><rect x="290" y="60" width="140" height="200" fill="#2040c0"/></svg>',
        ),
      },
    ])
    .jpeg()
    .toBuffer();
  const media = async (bytes: Buffer, fileName: string, sensitivity: Sensitivity, firstSeen: string) => {
    const thumb = await blobs.put(await makeThumbnail(bytes));
    const { media } = await store.media.insertOrGetBySha({
      sha256: nodeHasher.sha256(bytes.toString('binary')),
      mimeType: 'image/jpeg',
      format: 'jpeg',
      width: 480,
      height: 320,
      byteSize: bytes.length,
      pdq: null,
      pdqQuality: null,
      pdqDihedral: null,
      flags: [],
      exif: {
        capturedAt: '2016-05-03T14:30:05+03:00',
        gps: { lat: 36.3351, lon: 43.1189 },
        camera: 'Example Phone',
        software: null,
      },
      thumbnailSha256: thumb.sha256,
      sensitivity,
      fileName,
      url: null,
      documentId: market.document.id,
      firstSeenAt: new Date(firstSeen),
    });
    return media;
  };
  const earlier = await media(
    await sharp(photo).resize(240, 160).jpeg({ quality: 60 }).toBuffer(),
    'market-repost.jpg',
    'graphic_violence',
    '2016-05-03T15:00:00Z',
  );
  const graphic = await media(photo, 'market-aftermath.jpg', 'graphic_violence', '2016-05-04T08:00:00Z');
  await store.media.addMatch({
    mediaId: graphic.id,
    kind: 'near_duplicate',
    matchedMediaId: earlier.id,
    matchedFirstSeenAt: earlier.firstSeenAt,
    hashListId: null,
    listHash: null,
    listLabel: null,
    distance: 12,
    variant: 'orig',
  });
  return { market, wire, graphic, earlier };
};
