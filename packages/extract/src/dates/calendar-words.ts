/** Month names and abbreviations (lower case) to month number 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Weekday names to 0 = Sunday … 6 = Saturday. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
]);

/** Parts of a day that may follow a weekday ("Sunday night"). */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'dawn']);

/** Verbs of saying: a date right next to one dates the report, not the event. */
export const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'reported',
  'reports',
  'announced',
  'announces',
  'added',
  'stated',
  'confirmed',
  'accused',
  'claimed',
  'disclosed',
  'revealed',
  'declared',
  'tweeted',
  'wrote',
]);
