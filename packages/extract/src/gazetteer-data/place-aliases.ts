import type { PlaceKind } from '../places/types';

/** Spellings current in news that GeoNames lacks, pointing at a place the gazetteer has:
 *  `target` is that place's name, looked up within `country` (and `kind`, when given). Generic
 *  rules (articles, "-ah"/"-a", doubled letters, unit words) already cover most variants, so
 *  this list stays short. */
export interface PlaceAlias {
  names: readonly string[];
  target: string;
  country: string;
  kind?: PlaceKind;
}

/** Towns often in conflict reporting that neither GeoNames extract lists; approximate centres. */
export interface MissingPlace {
  names: readonly string[];
  lat: number;
  lon: number;
  country: string;
  /** English admin-1 name as in the gazetteer. */
  admin1: string;
}

export const MISSING_PLACES: readonly MissingPlace[] = [
  { names: ['Taji', 'Al-Taji'], lat: 33.52, lon: 44.27, country: 'IQ', admin1: 'Baghdad' },
  {
    names: ['Latifiyah', 'Latifiya', 'Al-Latifiyah'],
    lat: 32.97,
    lon: 44.36,
    country: 'IQ',
    admin1: 'Baghdad',
  },
  { names: ['Yusufiyah', 'Yusufiya'], lat: 33.06, lon: 44.24, country: 'IQ', admin1: 'Baghdad' },
  { names: ['Jurf al-Sakhar', 'Jurf al-Nasr'], lat: 32.87, lon: 44.14, country: 'IQ', admin1: 'Babil' },
  { names: ['Adhaim', 'Al-Adhaim', 'Udhaim'], lat: 34.24, lon: 44.51, country: 'IQ', admin1: 'Diyala' },
  { names: ['Barawe', 'Brava', 'Baraawe'], lat: 1.11, lon: 44.03, country: 'SO', admin1: 'Lower Shabeelle' },
  { names: ['al-Tanf', 'Tanf', 'At Tanf'], lat: 33.5, lon: 38.67, country: 'SY', admin1: 'Homs' },
];

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  { names: ['Syria'], target: 'Syrian Arab Republic', country: 'SY', kind: 'country' },
  { names: ['Laos'], target: "Lao People's Democratic Republic", country: 'LA', kind: 'country' },
  { names: ['Brunei'], target: 'Brunei Darussalam', country: 'BN', kind: 'country' },
  { names: ['Moldova'], target: 'Moldova, Republic of', country: 'MD', kind: 'country' },
  { names: ['Micronesia'], target: 'Micronesia, Federated States of', country: 'FM', kind: 'country' },
  { names: ['Swaziland'], target: 'Eswatini', country: 'SZ', kind: 'country' },
  { names: ['East Timor'], target: 'Timor-Leste', country: 'TL', kind: 'country' },
  { names: ['Macedonia'], target: 'North Macedonia', country: 'MK', kind: 'country' },
  { names: ['Cape Verde'], target: 'Cabo Verde', country: 'CV', kind: 'country' },
  {
    names: ['DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
    target: 'Democratic Republic of the Congo',
    country: 'CD',
    kind: 'country',
  },
  {
    names: ['Republic of Congo', 'Congo-Brazzaville'],
    target: 'Republic of the Congo',
    country: 'CG',
    kind: 'country',
  },
  { names: ['Britain', 'Great Britain'], target: 'United Kingdom', country: 'GB', kind: 'country' },
  { names: ['Holland'], target: 'Netherlands', country: 'NL', kind: 'country' },
  { names: ['Burma'], target: 'Myanmar', country: 'MM', kind: 'country' },
  { names: ['Soviet Union'], target: 'Russia', country: 'RU', kind: 'country' },
  {
    names: ['Vatican', 'Holy See', 'Vatican City'],
    target: 'Holy See (Vatican City State)',
    country: 'VA',
    kind: 'country',
  },
  { names: ['America', 'United States of America'], target: 'United States', country: 'US', kind: 'country' },
  { names: ['Kobani', 'Kobane', 'Ain al-Arab'], target: 'Ayn al Arab', country: 'SY' },
  {
    names: ['Salahuddin', 'Salahaddin', 'Salah al-Din', 'Saladin'],
    target: 'Salah ad Din',
    country: 'IQ',
    kind: 'admin1',
  },
  { names: ['Babel'], target: 'Babil', country: 'IQ', kind: 'admin1' },
  // Afghan provinces as news names them; GeoNames has "Maidan Wardak Province", "Oruzgan".
  { names: ['Wardak', 'Wardag'], target: 'Maidan Wardak Province', country: 'AF', kind: 'admin1' },
  { names: ['Uruzgan', 'Urozgan'], target: 'Oruzgan', country: 'AF', kind: 'admin1' },
  { names: ['Ninawa', 'Ninewa', 'Nineveh', 'Niniveh'], target: 'Nineveh', country: 'IQ', kind: 'admin1' },
  { names: ['Washington DC', 'Washington D.C.'], target: 'Washington, D. C.', country: 'US', kind: 'city' },
];
