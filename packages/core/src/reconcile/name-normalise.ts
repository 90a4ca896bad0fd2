/** A name folded for comparison: no accents, lower case, punctuation as single spaces, no leading "the". */
export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

/** The canonical form of a name: normalised, then mapped through the alias table. */
export const canonicalName = (name: string, aliases: Readonly<Record<string, string>> = {}): string => {
  const norm = normaliseName(name);
  const alias = Object.hasOwn(aliases, norm) ? aliases[norm] : undefined;
  return alias === undefined ? norm : normaliseName(alias);
};
