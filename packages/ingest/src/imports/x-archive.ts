import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { insideFolder, requireFile, utf8Chunks } from './export-files';
import type { ImportedPost, PlatformExport, PostAttachment } from './import-types';
import { scanJsonStream } from './json-stream-scanner';
import { twitterTime } from './time-text';

interface XMedia {
  id_str?: string;
  type?: string;
  url?: string;
  media_url_https?: string;
}

interface XTweet {
  id_str?: string;
  full_text?: string;
  created_at?: string;
  entities?: { urls?: { url?: string; expanded_url?: string }[]; media?: XMedia[] };
  extended_entities?: { media?: XMedia[] };
}

/** `window.YTD.<name>.part<n> = ` before the JSON in every data/*.js of an X archive. */
const YTD_PREFIX = /^\s*window\.YTD\.\w+\.part\d+\s*=\s*$/;

// X escapes these three in full_text.
const unescapeHtml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

async function accountOf(folder: string): Promise<{ username: string | null; name: string | null }> {
  const path = join(folder, 'data', 'account.js');
  if (!existsSync(path)) return { username: null, name: null };
  const text = (await readFile(path, 'utf8')).replace(/^[^[{]*/, '');
  try {
    const parsed = JSON.parse(text) as { account?: { username?: string; accountDisplayName?: string } }[];
    const a = parsed[0]?.account;
    return { username: a?.username ?? null, name: a?.accountDisplayName ?? null };
  } catch {
    return { username: null, name: null };
  }
}

function attachments(folder: string, t: XTweet): PostAttachment[] {
  const media = t.extended_entities?.media ?? t.entities?.media ?? [];
  return media.map((m) => {
    const file = m.media_url_https ? `${t.id_str}-${basename(new URL(m.media_url_https).pathname)}` : null;
    const name = file ? `data/tweets_media/${file}` : `media ${m.id_str ?? '?'}`;
    if (m.type && m.type !== 'photo')
      return {
        name: `${name} (${m.type})`,
        path: null,
        missing: null,
        skipReason: `a ${m.type}; only images are stored as media`,
      };
    const path = file ? insideFolder(folder, name) : null;
    return path && existsSync(path)
      ? { name, path, missing: null }
      : { name, path: null, missing: 'file not found' };
  });
}

function toPost(folder: string, t: XTweet, username: string | null): ImportedPost {
  let text = unescapeHtml(t.full_text ?? '');
  const links: string[] = [];
  for (const u of t.entities?.urls ?? []) {
    if (u.url && u.expanded_url) text = text.split(u.url).join(u.expanded_url);
    if (u.expanded_url) links.push(u.expanded_url);
  }
  // The t.co link to the tweet's own media is not part of what was said.
  for (const m of t.extended_entities?.media ?? t.entities?.media ?? [])
    if (m.url) text = text.split(m.url).join('');
  const posted = t.created_at ? twitterTime(t.created_at) : null;
  const id = t.id_str ?? '?';
  return {
    label: `tweet ${id}`,
    url: `https://x.com/${username ?? 'i/web'}/status/${id}`,
    fileName: `data/tweets.js#${id}`,
    byline: username ? `@${username}` : null,
    title: null,
    postedAt: posted ? new Date(posted) : null,
    postedAtText: posted ?? t.created_at ?? null,
    editedAtText: null,
    text: text.trim(),
    links: [...new Set(links)],
    attachments: attachments(folder, t),
  };
}

/** An X (Twitter) archive: `data/tweets.js` streamed tweet by tweet, media from `data/tweets_media/`. */
export async function readXArchive(folder: string): Promise<PlatformExport> {
  const file = join(folder, 'data', 'tweets.js');
  await requireFile(file, 'X archive data/tweets.js');
  const account = await accountOf(folder);
  async function* posts(): AsyncGenerator<ImportedPost> {
    for await (const p of scanJsonStream(utf8Chunks(file), { name: file, prefix: YTD_PREFIX })) {
      const t = (p.value as { tweet?: XTweet } | null)?.tweet;
      if (t) yield toPost(folder, t, account.username);
    }
  }
  const name = account.username ? `@${account.username} on X` : `X archive ${basename(folder)}`;
  const url = account.username ? `https://x.com/${account.username}` : null;
  return { source: { name, kind: 'unknown', url }, posts: posts() };
}
