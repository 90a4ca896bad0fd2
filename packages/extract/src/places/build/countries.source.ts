import { readSourceFile, requireSource } from './source-packages';

/** Languages whose country names are worth matching in English and Arabic news (Latin or Arabic script). */
const NAME_LANGUAGES = [
  'en',
  'ar',
  'fr',
  'es',
  'de',
  'it',
  'pt',
  'nl',
  'tr',
  'fa',
  'ur',
  'ps',
  'id',
  'so',
  'ha',
];

export interface CountryNames {
  alpha2: string;
  alpha3: string;
  english: string;
  names: string[];
}

export interface Subdivision {
  country: string;
  code: string;
  name: string;
  type: string;
}

/** Country names from `i18n-iso-countries` (all listed spellings in NAME_LANGUAGES). */
export function readCountryNames(): CountryNames[] {
  const codes = JSON.parse(readSourceFile('countries', 'codes.json')) as string[][];
  const byLang = NAME_LANGUAGES.map(
    (lang) =>
      (
        JSON.parse(readSourceFile('countries', `langs/${lang}.json`)) as {
          countries: Record<string, string | string[]>;
        }
      ).countries,
  );
  return codes.map(([alpha2 = '', alpha3 = '']) => {
    const names = byLang.flatMap((c) => {
      const v = c[alpha2];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    });
    const english = displayName(byLang[0]?.[alpha2]) ?? alpha2;
    return { alpha2, alpha3, english, names: [...new Set(names)].filter((n) => !n.includes(',')) };
  });
}

/** The package lists the formal name first, then common ones ("Russian Federation", "Russia");
 *  take the common one unless it is an inverted ("Korea, Republic of") or all-caps form. */
function displayName(v: string | string[] | undefined): string | undefined {
  if (!Array.isArray(v)) return v;
  const common = v[1];
  return common && !common.includes(',') && common !== common.toUpperCase() ? common : v[0];
}

interface Iso31662 {
  data: Record<string, { name: string; sub: Record<string, { type: string; name: string }> }>;
}

/** ISO 3166-2 subdivisions (local-language names, e.g. 'Şalāḩ ad Dīn') from `iso-3166-2`. */
export function readSubdivisions(): Subdivision[] {
  const iso = requireSource('subdivisions') as Iso31662;
  return Object.entries(iso.data).flatMap(([country, c]) =>
    Object.entries(c.sub).map(([code, s]) => ({ country, code, name: s.name, type: s.type })),
  );
}

interface WinkModel {
  lexicon: string;
  packing: { size: number; layout: Record<string, number[]> };
  pos: { list: string[] };
  features: { lexeme: { list: string[] } };
}

/** Lower-case words of the English lexicon in `wink-eng-lite-web-model` whose usual part of speech
 *  is not a proper noun: "police", "most", "hit" stay; "texas", "georgia" go. */
export function readEnglishWords(): string[] {
  const model = JSON.parse(
    readSourceFile('englishLexicon', 'dist/languages/cur/models/eng-core-web-model.json'),
  ) as WinkModel;
  const bytes = Buffer.from(model.lexicon, 'base64');
  const lexicon = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
  // Each lexeme is `size` packed 32-bit words; layout.pos = [word index, bit mask, shift, ...].
  const [at = 0, mask = 0, shift = 0] = model.packing.layout.pos ?? [];
  const size = model.packing.size;
  return model.features.lexeme.list.filter((w, k) => {
    if (!/^[a-z]{2,}$/.test(w)) return false;
    const pos = model.pos.list[((lexicon[k * size + at] ?? 0) & mask) >>> shift];
    return pos !== 'PROPN' && pos !== 'UNK';
  });
}
