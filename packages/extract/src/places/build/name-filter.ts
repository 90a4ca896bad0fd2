const ARABIC_NAME = /^\p{Script=Arabic}[\p{Script=Arabic}\s]*$/u;
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}\s'’‘ʿʾ.,&()-]*$/u;

/** Whether a GeoNames alternate name is worth indexing for English and Arabic text.
 *  Lower-case alternates are machine romanisations ("twkyw"), short all-caps ones are airport or
 *  postal codes ("WAS", "SAN"): both would turn ordinary words into places. */
export function isIndexableAlternate(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (ARABIC_NAME.test(name)) return true;
  if (!LATIN_NAME.test(name) || name.includes('(')) return false;
  if (name.length <= 4 && name === name.toUpperCase()) return false;
  return true;
}
