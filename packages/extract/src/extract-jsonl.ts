import { isDomainError } from '@corroborate/core';
import { extract } from './extract';

type LineId = string | number | null;

const idOf = (v: unknown): LineId => (typeof v === 'string' || typeof v === 'number' ? v : null);

const failure = (id: LineId, error: string): string => JSON.stringify({ id, error });

/**
 * One line of `corroborate extract --jsonl`: `{"id","text","published"}` in,
 * `{"id","claims","stances","places","dates","summary"}` out; a bad line gives `{"id","error"}`.
 */
export function extractJsonlLine(line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return failure(null, 'line is not valid JSON');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return failure(null, 'line is not a JSON object');
  const row = input as Record<string, unknown>;
  const id = idOf(row.id);
  if (typeof row.text !== 'string') return failure(id, 'text: expected a string');
  const published = row.published;
  if (published !== undefined && published !== null && typeof published !== 'string')
    return failure(id, 'published: expected a YYYY-MM-DD string or null');
  try {
    const r = extract(row.text, { published: published ?? null });
    return JSON.stringify({
      id,
      claims: r.claims,
      stances: r.stances,
      places: r.places,
      dates: r.dates,
      summary: r.summary,
    });
  } catch (err) {
    if (isDomainError(err)) return failure(id, err.message);
    return failure(id, `internal error: ${err instanceof Error ? err.message : String(err)}`);
  }
}
