/** Cardinal number words below twenty, by value. */
export const UNITS: ReadonlyMap<string, number> = new Map(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ].map((w, i) => [w, i]),
);

/** Multiples of ten. */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Words that multiply what precedes them. `hundred` multiplies the current group only. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['lakh', 1e5],
  ['crore', 1e7],
]);

/** True for a single word that is (part of) a cardinal number in words. */
export const isNumberWord = (w: string): boolean =>
  UNITS.has(w) || TENS.has(w) || SCALES.has(w) || w === 'hundred' || w === 'dozen';
