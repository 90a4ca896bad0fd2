// Throughput of the claim extractor on generated news-like text (sentences written for this bench,
// not fixture rows). Prints MB/s per core (CPU time, so other load on the machine does not count)
// for many short documents and for one long document (the cost stays linear in the length), with
// the share spent in the place finder.
import { extract, findPlaces } from '../packages/extract/src/index';
import type { ReadDeps } from '../packages/extract/src/index';

const TARGET_MB = Number(process.env.BENCH_MB ?? 10);

// A small deterministic generator, so every run reads the same text.
let seed = 20240611;
const rand = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const towns = [
  'Baquba',
  'Tikrit',
  'Mosul',
  'Kirkuk',
  'Aleppo',
  'Idlib',
  'Maiduguri',
  'Kunduz',
  'Aden',
  'Beni',
];
const actors = [
  'Gunmen',
  'Militants',
  'Suspected insurgents',
  'Armed bandits',
  'Security forces',
  'Unidentified attackers',
];
const victims = ['civilians', 'people', 'villagers', 'soldiers', 'policemen', 'protesters', 'children'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const sources = [
  'police said',
  'a local official told reporters',
  'hospital sources said',
  'according to the ministry',
];
const numbers = [
  'three',
  'twelve',
  'at least 17',
  'more than 30',
  'dozens of',
  'about 40',
  '1,200',
  'twenty-three',
];

const sentences: (() => string)[] = [
  () =>
    `${pick(actors)} killed ${pick(numbers)} ${pick(victims)} in ${pick(towns)} on ${pick(days)}, ${pick(sources)}.`,
  () =>
    `At least ${1 + Math.floor(rand() * 90)} ${pick(victims)} were wounded when a car bomb exploded near a market in ${pick(towns)}.`,
  () =>
    `The attack came a week after ${pick(numbers)} ${pick(victims)} were abducted from a village outside ${pick(towns)}.`,
  () => `Residents said the fighting had displaced thousands of families since last ${pick(days)}.`,
  () => `The claims could not be independently verified, and officials declined to confirm the toll.`,
  () => `"We buried ${pick(numbers)} of our neighbours yesterday," one resident told the agency.`,
  () =>
    `No group has claimed responsibility, but authorities blamed ${pick(actors).toLowerCase()} for the killings.`,
  () => `The ministry denied that any civilians were killed in the raid on ${pick(towns)}.`,
  () => `Talks between the two sides are expected to resume in ${pick(towns)} later this month.`,
  () => `Aid agencies said food prices in ${pick(towns)} had doubled over the past two weeks.`,
];

function documentText(): string {
  const parts: string[] = [`${pick(towns).toUpperCase()}, June ${1 + Math.floor(rand() * 28)}, 2016`];
  for (let p = 0; p < 4; p++) {
    const para: string[] = [];
    for (let s = 0; s < 3; s++) para.push(pick(sentences)());
    parts.push(para.join(' '));
  }
  return parts.join('\n\n');
}

function corpus(bytes: number): string[] {
  const docs: string[] = [];
  let total = 0;
  while (total < bytes) {
    const d = documentText();
    docs.push(d);
    total += Buffer.byteLength(d);
  }
  return docs;
}

const mb = (docs: readonly string[]): number => docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;

/** CPU seconds (user + system) spent running `fn`. */
function cpuSeconds(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

let placeSeconds = 0;
const timedPlaces: ReadDeps = {
  findPlaces: (text, opts) => {
    let out: ReturnType<typeof findPlaces> = [];
    placeSeconds += cpuSeconds(() => {
      out = findPlaces(text, opts);
    });
    return out;
  },
};

extract('warm up: 5 people were killed in Mosul on Monday.', { published: '2016-06-13' });

const docs = corpus(TARGET_MB * 1e6);
const size = mb(docs);
let claims = 0;
const many = cpuSeconds(() => {
  for (const d of docs) claims += extract(d, { published: '2016-06-30' }, timedPlaces).claims.length;
});
console.log(
  `${docs.length} documents, ${size.toFixed(1)} MB, ${claims} claims: ${(size / many).toFixed(2)} MB/s per core ` +
    `(${many.toFixed(1)} s CPU, ${((100 * placeSeconds) / many).toFixed(0)}% in findPlaces; ` +
    `without it ${(size / (many - placeSeconds)).toFixed(2)} MB/s)`,
);

const long = docs.join('\n\n');
let longClaims = 0;
placeSeconds = 0;
const one = cpuSeconds(() => {
  longClaims = extract(long, { published: '2016-06-30' }, timedPlaces).claims.length;
});
console.log(
  `one ${mb([long]).toFixed(1)} MB document, ${longClaims} claims: ${(mb([long]) / one).toFixed(2)} MB/s per core ` +
    `(${one.toFixed(1)} s CPU, ${((100 * placeSeconds) / one).toFixed(0)}% in findPlaces)`,
);
