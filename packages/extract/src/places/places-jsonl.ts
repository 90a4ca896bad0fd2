import { findPlaces } from './find-places';

interface InputLine {
  id?: unknown;
  text?: unknown;
  countryHint?: unknown;
}

/** For `corroborate places --jsonl`: `{"id","text"}` in, `{"id","places":[...]}` out; a line that
 *  is not such an object gives `{"id","error"}` (id null when unknown) and never throws. */
export function placesJsonlLine(line: string): string {
  let input: InputLine;
  try {
    input = JSON.parse(line) as InputLine;
  } catch {
    return JSON.stringify({ id: null, error: 'line is not valid JSON' });
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return JSON.stringify({ id: null, error: 'line is not a JSON object' });
  }
  const id = typeof input.id === 'string' || typeof input.id === 'number' ? input.id : null;
  if (typeof input.text !== 'string') return JSON.stringify({ id, error: 'field "text" must be a string' });
  const hint = typeof input.countryHint === 'string' ? input.countryHint : null;
  const places = findPlaces(input.text, { countryHint: hint }).map((p) => ({
    start: p.span[0],
    end: p.span[1],
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1,
    geonameId: p.geonameId,
  }));
  return JSON.stringify({ id, places });
}
