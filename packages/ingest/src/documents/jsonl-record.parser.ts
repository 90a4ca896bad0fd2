import { DomainError } from '@corroborate/core';
import { decodeUtf8, invalidUtf8Note, requireText } from './decode-text';
import type { ParsedDocument } from './parsed-document';
import { titleFromFirstLine } from './plain-text.parser';
import { parsePublishedDate } from './published-date';

/** Where a JSON Lines record sits: file name and 1-based line number, named in every error. */
export interface LineContext {
  name: string;
  line: number;
}

/**
 * One JSON Lines record `{url, title, published, text}` (also `body`/`content` for the text,
 * `date`/`published_at` for the date) as a document. Returns null for a blank line; throws
 * `parse_failed` naming the file and line for a record that cannot be used.
 */
export const parseJsonlRecord = (bytes: Uint8Array, ctx: LineContext): ParsedDocument | null => {
  const { text: json, replaced } = decodeUtf8(bytes);
  if (json.trim() === '') return null;
  const where = `${ctx.name} line ${ctx.line}`;
  const record = parseObject(json, where);
  const text = firstString(record, ['text', 'body', 'content'], true);
  if (text === null) {
    throw new DomainError(
      'parse_failed',
      `${where}: no text (expected a "text", "body" or "content" string)`,
    );
  }
  requireText(text, where);
  const notes = replaced > 0 ? [invalidUtf8Note(replaced)] : [];
  const published = firstString(record, ['published', 'date', 'published_at', 'publishedAt']);
  const publishedAt = parsePublishedDate(published);
  if (published && !publishedAt) notes.push(`published date "${published}" not understood`);
  const url = firstString(record, ['url']);
  const validUrl = url && /^https?:$/.test(safeProtocol(url)) ? url : null;
  if (url && !validUrl) notes.push(`url "${url}" is not an http(s) address; ignored`);
  const body = text.replace(/\r\n?/g, '\n');
  return {
    kind: 'article',
    title: firstString(record, ['title', 'headline']) ?? titleFromFirstLine(body),
    byline: firstString(record, ['byline', 'author']),
    publishedAt,
    language: firstString(record, ['language', 'lang']),
    url: validUrl,
    text: body,
    notes,
  };
};

const parseObject = (json: string, where: string): Record<string, unknown> => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new DomainError('parse_failed', `${where}: not valid JSON (${detail})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DomainError('parse_failed', `${where}: expected a JSON object`);
  }
  return value as Record<string, unknown>;
};

/** The first non-blank string among keys, trimmed; the text itself is kept as is (raw). */
const firstString = (record: Record<string, unknown>, keys: string[], raw = false): string | null => {
  for (const key of keys) {
    const v = record[key];
    if (typeof v === 'string' && v.trim() !== '') return raw ? v : v.trim();
  }
  return null;
};

const safeProtocol = (url: string): string => {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
};
