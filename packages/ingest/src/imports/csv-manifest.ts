import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { DomainError } from '@corroborate/core';
import { formatOf } from '../documents/document-format';
import { parseDocument } from '../documents/parse-document';
import { MAX_DOCUMENT_BYTES } from '../documents/limits';
import { csvFields } from '../media-ingest/csv-line';
import { insideFolder, requireFile } from './export-files';
import type { ImportedPost, PlatformExport } from './import-types';

const COLUMNS = ['file', 'url', 'title', 'published', 'author'] as const;
type Column = (typeof COLUMNS)[number];

/** A published time with an explicit zone becomes an instant; anything else is kept as a note only. */
const publishedOf = (text: string): { at: Date | null; note: string | null } => {
  if (!text) return { at: null, note: null };
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const at = zoned ? new Date(text) : null;
  if (at && !Number.isNaN(at.getTime())) return { at, note: null };
  return { at: null, note: `published: ${text} (no time zone given; not used as the publication time)` };
};

async function rowPost(
  folder: string,
  csv: string,
  line: number,
  row: Partial<Record<Column, string>>,
): Promise<ImportedPost> {
  const name = row.file ?? '';
  const label = `${basename(csv)} line ${line}`;
  const published = publishedOf(row.published ?? '');
  const base: ImportedPost = {
    label,
    url: row.url || null,
    fileName: name,
    byline: row.author || null,
    title: row.title || null,
    postedAt: published.at,
    postedAtText: published.at ? (row.published ?? null) : null,
    editedAtText: null,
    text: '',
    links: [],
    attachments: [],
    kind: 'article',
    notes: published.note ? [published.note] : [],
    sourceName: row.author || null,
  };
  const path = insideFolder(folder, name);
  if (!path || !existsSync(path)) {
    return {
      ...base,
      attachments: [{ name, path: null, missing: path ? 'file not found' : 'outside the folder' }],
    };
  }
  const format = formatOf(name);
  if (format === 'media') return { ...base, attachments: [{ name, path, missing: null }] };
  if (format !== 'html' && format !== 'markdown' && format !== 'text')
    return {
      ...base,
      attachments: [{ name, path: null, missing: null, skipReason: 'not a document or image' }],
    };
  const size = (await stat(path)).size;
  if (size > MAX_DOCUMENT_BYTES)
    throw new DomainError('input_too_large', `${label}: ${name} is ${size} bytes, over the limit`);
  const parsed = parseDocument(await readFile(path), { name: `${label}: ${name}` }, format);
  return {
    ...base,
    kind: parsed.kind === 'social_post' ? 'social_post' : 'article',
    title: row.title || parsed.title,
    byline: row.author || parsed.byline,
    postedAt: published.at ?? parsed.publishedAt,
    text: parsed.text,
    notes: [...(base.notes ?? []), ...parsed.notes],
  };
}

/**
 * A folder of files described by a CSV manifest; the header row decides the columns (`file` is
 * required; `url`, `title`, `published`, `author` are optional). Rows are read one at a time. A
 * quoted field may not span lines. The author, when given, is the source of the row.
 */
export async function readCsvManifest(csv: string): Promise<PlatformExport> {
  await requireFile(csv, 'manifest CSV');
  const folder = dirname(csv);
  const lines = createInterface({ input: createReadStream(csv, { encoding: 'utf8' }), crlfDelay: Infinity });
  const it = lines[Symbol.asyncIterator]();
  const head = await it.next();
  const header = head.done ? null : csvFields(head.value.replace(/^\uFEFF/, ''));
  const columns = header?.map((h) => h.trim().toLowerCase()) ?? [];
  if (!columns.includes('file'))
    throw new DomainError(
      'validation_failed',
      `${csv}: line 1: the header must name a "file" column (found: ${columns.join(', ') || 'nothing'})`,
    );
  async function* posts(): AsyncGenerator<ImportedPost> {
    let line = 1;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      line += 1;
      if (next.value.trim() === '') continue;
      const fields = csvFields(next.value);
      if (!fields) throw new DomainError('parse_failed', `${csv}: line ${line}: a quote is left open`);
      const row: Partial<Record<Column, string>> = {};
      columns.forEach((c, i) => {
        if ((COLUMNS as readonly string[]).includes(c)) row[c as Column] = fields[i]?.trim() ?? '';
      });
      yield await rowPost(folder, csv, line, row);
    }
  }
  return { source: null, posts: posts() };
}
