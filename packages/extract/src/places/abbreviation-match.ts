import { COUNTRY_ABBREVIATIONS, REGION_ABBREVIATIONS } from '../gazetteer-data/abbreviations';
import type { TablesGazetteer } from './gazetteer';
import type { RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** "U.S.", "UAE", "N.C.", "Ga.", "BC" and "City, TX" postal codes, matched exactly as written.
 *  Region abbreviations count only after "Place, " (or as B.C./BC), where they cannot be
 *  ordinary words. */
// Longest abbreviation as written (with its periods): longer tokens cannot be one.
const LONGEST = Math.max(
  ...Object.keys(COUNTRY_ABBREVIATIONS).map((k) => k.length),
  ...Object.keys(REGION_ABBREVIATIONS).map((k) => k.length),
);

export function abbreviationAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  gaz: TablesGazetteer,
): RawMention | null {
  const t = tokens[i] as Token;
  if (t.text.length >= LONGEST + 1) return null;
  const withPeriod = text[t.end] === '.' ? `${t.text}.` : null;
  // "LaFayette, Ga.", "Walker County (Ga.)"
  const afterComma = /[,(]\s*$/.test(t.gapBefore) && (tokens[i - 1]?.capitalised ?? false);
  const mention = (code: string | undefined, entryOf: (c: string) => unknown, form: string) => {
    const entry = code ? entryOf(code) : undefined;
    if (!entry) return null;
    return {
      start: t.start,
      end: t.start + form.length,
      firstToken: i,
      lastToken: i,
      folded: form,
      candidates: [{ entry, origin: 'alias' }],
      typeHint: null,
      via: 'abbreviation',
    } as RawMention;
  };
  const country = (c: string) => gaz.countryByCode.get(c);
  const region = (c: string) => gaz.admin1ByCode.get(c);
  for (const form of [withPeriod, t.text]) {
    if (!form) continue;
    const c = mention(COUNTRY_ABBREVIATIONS[form], country, form);
    if (c) return c;
    const code = REGION_ABBREVIATIONS[form];
    const standalone = (form === 'BC' || form === 'B.C.') && !/^\d+$/.test(tokens[i - 1]?.text ?? '');
    if (code && (afterComma || standalone)) return mention(code, region, form);
  }
  if (afterComma && /^[A-Z]{2}$/.test(t.text)) return mention(`US.${t.text}`, region, t.text);
  return null;
}
