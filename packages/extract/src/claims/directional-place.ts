import type { ClaimPlace } from '@corroborate/core';
import type { PlaceMention } from '../places';

/** A point with coordinates. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Centroids of a country's first-order regions (from the gazetteer). */
export type RegionCentroids = (country: string) => readonly LatLon[];

const BEFORE =
  /\b(?:(north|south|central)(?:-?(east|west))?|(east|west))(?:ern|-central)?\s+$|\bthe (north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center) of\s+$/i;
const AFTER =
  /^['’]s\s+(north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)(?:ern)?\b/i;

/** The compass words qualifying a country mention: "northern Ethiopia", "Syria's northwest". */
function directionOf(text: string, p: PlaceMention): { words: string; span: [number, number] } | null {
  const before = text.slice(Math.max(0, p.span[0] - 30), p.span[0]);
  const b = BEFORE.exec(before);
  if (b)
    return {
      words: b.slice(1).filter(Boolean).join(' ').toLowerCase(),
      span: [p.span[0] - b[0].length, p.span[1]],
    };
  const a = AFTER.exec(text.slice(p.span[1], p.span[1] + 30));
  if (a?.[1]) return { words: a[1].toLowerCase(), span: [p.span[0], p.span[1] + a[0].length] };
  return null;
}

const mean = (pts: readonly LatLon[]): LatLon => ({
  lat: pts.reduce((s, p) => s + p.lat, 0) / pts.length,
  lon: pts.reduce((s, p) => s + p.lon, 0) / pts.length,
});

/** The mean of the regions lying in that part of the country (a third of its extent, else a half). */
function regionPoint(points: readonly LatLon[], words: string): LatLon | null {
  if (points.length < 3) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [minLat, maxLat, minLon, maxLon] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lons),
    Math.max(...lons),
  ];
  const n = words.includes('north');
  const s = words.includes('south');
  const e = words.includes('east');
  const w = words.includes('west');
  const c = /central|centre|center/.test(words);
  for (const f of [1 / 3, 1 / 2]) {
    const dLat = f * (maxLat - minLat);
    const dLon = f * (maxLon - minLon);
    const midLat = (minLat + maxLat) / 2;
    const midLon = (minLon + maxLon) / 2;
    const sel = points.filter(
      (p) =>
        (!n || p.lat >= maxLat - dLat) &&
        (!s || p.lat <= minLat + dLat) &&
        (!e || p.lon >= maxLon - dLon) &&
        (!w || p.lon <= minLon + dLon) &&
        (!c || (Math.abs(p.lat - midLat) <= dLat / 2 && Math.abs(p.lon - midLon) <= dLon / 2)),
    );
    if (sel.length > 0) return mean(sel);
  }
  return null;
}

/**
 * "northern Ethiopia", "in Syria's northwest": a country qualified by a compass word becomes that
 * part of the country, placed at the mean of the regions lying there. Other places pass unchanged.
 */
export function placeWithDirection(
  text: string,
  p: PlaceMention,
  regions: RegionCentroids | undefined,
): ClaimPlace {
  const plain: ClaimPlace = {
    name: p.name,
    span: p.span,
    geonameId: p.geonameId,
    country: p.country,
    admin1: p.admin1,
    lat: p.lat,
    lon: p.lon,
    kind: p.kind,
  };
  if (p.kind !== 'country' || !p.country || !regions) return plain;
  const dir = directionOf(text, p);
  const point = dir ? regionPoint(regions(p.country), dir.words) : null;
  if (!dir || !point) return plain;
  return {
    ...plain,
    name: text.slice(dir.span[0], dir.span[1]),
    span: dir.span,
    geonameId: null,
    kind: 'region',
    ...point,
  };
}
