import type { HashListEntry } from '@corroborate/core';
import { csvField, csvFields } from './csv-line';

/** A line of a hash list that was left out, and why. */
export interface HashListIssue {
  line: number;
  message: string;
}

/** A parsed hash list: the good entries (lowercase hashes) and the bad lines. */
export interface ParsedHashList {
  entries: HashListEntry[];
  issues: HashListIssue[];
  format: 'txt' | 'csv';
}

const PDQ_HEX = /^[0-9a-fA-F]{64}$/;
// Header names seen in shared lists (HMA exports "signal", others "pdq" or "hash").
const HEADER = /^(pdq[ _-]?)?(hash|signal)(_value)?$|^pdq$/i;

const shown = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Reads a hash list in either plain format: one hex hash per line, or CSV `hash,label` (header
 * optional, quoted fields). Blank lines and lines starting with `#` are skipped. Each bad line
 * becomes an issue with its 1-based line number; the good lines are kept.
 */
export const parseHashList = (text: string): ParsedHashList => {
  const entries: HashListEntry[] = [];
  const issues: HashListIssue[] = [];
  let csv = false;
  let seenContent = false;
  text
    .replace(/^\ufeff/, '')
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      const content = raw.replace(/\r$/, '');
      if (content.trim() === '' || content.trimStart().startsWith('#')) return;
      const first = !seenContent;
      seenContent = true;
      const isCsv = content.includes(',') || content.trimStart().startsWith('"');
      const fields = isCsv ? csvFields(content) : [content];
      if (!fields) return void issues.push({ line, message: 'a quoted field is not closed' });
      csv ||= isCsv;
      const hash = (fields[0] ?? '').trim();
      if (first && HEADER.test(hash)) return;
      if (!PDQ_HEX.test(hash)) {
        return void issues.push({ line, message: `"${shown(hash)}" is not a PDQ hash (64 hex characters)` });
      }
      const label = fields[1]?.trim() || null;
      entries.push({ hash: hash.toLowerCase(), label, line });
    });
  return { entries, issues, format: csv ? 'csv' : 'txt' };
};

/** Output formats of an exported list. */
export type HashListFormat = 'txt' | 'csv';

/** The header line of a format (null for plain text). */
export const hashListHeader = (format: HashListFormat): string | null =>
  format === 'csv' ? 'hash,label' : null;

/** One exported line: the hash alone, or `hash,label` with the label quoted when needed. */
export const hashListLine = (format: HashListFormat, hash: string, label: string | null): string =>
  format === 'csv' ? `${hash},${csvField(label ?? '')}` : hash;
