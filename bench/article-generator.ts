// Deterministic news-like filler for benchmarks: sentences written for this purpose, varied by a
// seeded PRNG so that no two articles have the same text (and so the same SHA-256).
const PLACES = [
  'Baiji',
  'Mosul',
  'Tikrit',
  'Raqqa',
  'Aleppo',
  'Maiduguri',
  'Kandahar',
  'Taiz',
  'Idlib',
  'Sinjar',
];
const ACTORS = ['militants', 'security forces', 'an armed group', 'unidentified gunmen', 'government troops'];
const SOURCES = [
  'police said',
  'a hospital source said',
  'residents told reporters',
  'the ministry said',
  'a monitoring group said',
];
const EVENTS = ['were killed', 'were wounded', 'were abducted', 'fled their homes', 'remain missing'];
const FILLER = [
  'The attack took place near a checkpoint on the main road, according to several accounts.',
  'Local officials called for an investigation and promised to release a full list of names.',
  'Photographs shared online could not be independently verified.',
  'Aid agencies said access to the area remained difficult because of continued fighting.',
  'The claim was repeated by several outlets within hours, without new evidence.',
];

const prng = (seed: number): (() => number) => {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
};

export const makeArticle = (i: number, targetBytes: number): string => {
  const r = prng(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const parts = [`Report ${i}: violence near ${pick(PLACES)}`, ''];
  let size = parts[0]!.length;
  while (size < targetBytes) {
    const n = 1 + Math.floor(r() * 400);
    const s = `On ${['Monday', 'Tuesday', 'Friday'][i % 3]} ${pick(ACTORS)} attacked a village near ${pick(PLACES)}; at least ${n} people ${pick(EVENTS)}, ${pick(SOURCES)}. ${pick(FILLER)}`;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join('\n');
};
