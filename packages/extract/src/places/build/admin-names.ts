// Words that say what kind of unit a name is; news writes the bare name as often as the full one.
const UNIT_WORDS =
  'province|governorate|governate|state|region|district|county|municipality|prefecture|oblast|krai|' +
  'department|territory|zone|parish|borough|division|local government area|lga|regional state|' +
  'city|mayoralty|autonomous region|emirate|wilayah|wilaya|muhafazat|qada|qadaa';
const SUFFIX = new RegExp(`\\s+(?:${UNIT_WORDS})$`, 'iu');
const PREFIX = new RegExp(
  `^(?:(?:${UNIT_WORDS}|muḩāfaz̧at|qaḑā’|qaḑā|nāḩiyat|nahiyat|wilāyat|velayat|ostān-e)\\s+(?:of\\s+)?)`,
  'iu',
);

/** The name plus its form without a unit word ("Maidan Wardak Province" -> "Maidan Wardak",
 *  "Qaḑā’ Sāmarrā’" -> "Sāmarrā’"), unless that form is only ordinary English words. */
export function adminNameVariants(name: string, isCommonWord: (w: string) => boolean): string[] {
  const out = new Set([name]);
  const bare = name.replace(PREFIX, '').replace(SUFFIX, '').trim();
  // "Western Province" -> "Western", "Rivers State" -> "Rivers" would make common words places.
  if (bare.length >= 3 && !bare.split(/\s+/).every((w) => isCommonWord(w.toLowerCase()))) out.add(bare);
  return [...out];
}
