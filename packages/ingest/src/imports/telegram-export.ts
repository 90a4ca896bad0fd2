import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { insideFolder, requireFile, utf8Chunks } from './export-files';
import type { ImportedPost, PlatformExport, PostAttachment } from './import-types';
import { scanJsonStream } from './json-stream-scanner';
import { isoWithOffset } from './time-text';

type TextPart = string | { type?: string; text?: string; href?: string };

interface TelegramMessage {
  id?: number;
  type?: string;
  date?: string;
  date_unixtime?: string;
  edited?: string;
  edited_unixtime?: string;
  from?: string | null;
  text?: string | TextPart[];
  text_entities?: TextPart[];
  photo?: string;
  file?: string;
  media_type?: string;
}

const plainText = (text: TelegramMessage['text']): string =>
  typeof text === 'string'
    ? text
    : (text ?? []).map((p) => (typeof p === 'string' ? p : (p.text ?? ''))).join('');

const linksOf = (m: TelegramMessage): string[] => {
  const parts = m.text_entities ?? (Array.isArray(m.text) ? m.text : []);
  const links = parts.flatMap((p) =>
    typeof p === 'string'
      ? []
      : p.type === 'text_link' && p.href
        ? [p.href]
        : p.type === 'link' && p.text
          ? [p.text]
          : [],
  );
  return [...new Set(links)];
};

/** Telegram Desktop writes this (or nothing) where it did not download a file. */
const NOT_INCLUDED = /^\(File not included/;

function attachment(folder: string, name: string | undefined): PostAttachment | null {
  if (!name) return null;
  if (NOT_INCLUDED.test(name)) return { name, path: null, missing: 'the export left the file out' };
  const path = insideFolder(folder, name);
  if (!path) return { name, path: null, missing: 'the path points outside the export folder' };
  return existsSync(path) ? { name, path, missing: null } : { name, path: null, missing: 'file not found' };
}

/** When the export gives local time and the Unix time, the local time with its UTC offset. */
const postedAt = (
  local: string | undefined,
  unix: string | undefined,
): { at: Date | null; text: string | null } => {
  if (!local) return { at: null, text: null };
  if (!unix || !/^\d+$/.test(unix)) return { at: null, text: `${local} (time zone not in the export)` };
  const at = new Date(Number(unix) * 1000);
  return { at, text: isoWithOffset(local, at) };
};

function toPost(folder: string, m: TelegramMessage): ImportedPost {
  const posted = postedAt(m.date, m.date_unixtime);
  const edited = m.edited ? postedAt(m.edited, m.edited_unixtime).text : null;
  const label = `message ${m.id ?? '?'}`;
  return {
    label,
    url: null,
    fileName: `result.json#${m.id ?? '?'}`,
    byline: m.from ?? null,
    title: null,
    postedAt: posted.at,
    postedAtText: posted.text,
    editedAtText: edited,
    text: plainText(m.text),
    links: linksOf(m),
    attachments: [attachment(folder, m.photo), attachment(folder, m.file)].filter((a) => a !== null),
    notes: m.media_type ? [`attachment type: ${m.media_type}`] : [],
  };
}

/**
 * A Telegram Desktop channel export (`result.json` + media folders). result.json is streamed: the
 * header members (name, type, id) come first, then each message is parsed on its own.
 */
export async function readTelegramExport(folder: string): Promise<PlatformExport> {
  const file = join(folder, 'result.json');
  await requireFile(file, 'Telegram export result.json');
  const pieces = scanJsonStream(utf8Chunks(file), { name: file, streamKey: 'messages' });
  // Read the header members before the first message, to name the source.
  const header: Record<string, unknown> = {};
  let first: ImportedPost | null = null;
  for (;;) {
    const next = await pieces.next();
    if (next.done) break;
    const p = next.value;
    if (p.kind === 'member') header[p.key] = p.value;
    else {
      const m = p.value as TelegramMessage;
      if (m.type === 'message') {
        first = toPost(folder, m);
        break;
      }
    }
  }
  const name = typeof header.name === 'string' && header.name.trim() ? header.name : basename(folder);
  async function* posts(): AsyncGenerator<ImportedPost> {
    if (first) yield first;
    for await (const p of pieces) {
      if (p.kind !== 'item') continue;
      const m = p.value as TelegramMessage;
      if (m.type === 'message') yield toPost(folder, m);
    }
  }
  return { source: { name, kind: 'unknown', url: null }, posts: posts() };
}
