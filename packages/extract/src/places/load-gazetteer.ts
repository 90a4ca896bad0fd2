import { buildGazetteerTables } from './build/build-gazetteer';
import { TablesGazetteer } from './gazetteer';
import { cacheFile, cacheKey, readTables, writeTables } from './gazetteer-cache';

let loaded: TablesGazetteer | null = null;

/** The process-wide gazetteer: read from the derived cache, built from the packages (and cached)
 *  on first use after an install or upgrade. */
export function loadGazetteer(): TablesGazetteer {
  if (loaded) return loaded;
  const file = cacheFile(cacheKey());
  let tables = readTables(file);
  if (!tables) {
    tables = buildGazetteerTables();
    try {
      writeTables(file, tables);
    } catch {
      // A read-only install still works; it only pays the build on every start.
    }
  }
  loaded = new TablesGazetteer(tables);
  return loaded;
}
