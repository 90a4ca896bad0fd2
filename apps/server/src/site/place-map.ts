import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import { escapeHtml } from '@corroborate/publish';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
interface Country {
  feature: Feature;
  /** [[west, south], [east, north]]; west > east when it crosses the antimeridian. */
  bounds: [[number, number], [number, number]];
}
let countries: Country[] | null = null;

// Loaded once, lazily: the 110m atlas is small enough for a locator map and ships offline.
const world = (): Country[] => {
  if (countries) return countries;
  const topo = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection;
  }>;
  const collection = feature(topo, topo.objects.countries) as FeatureCollection;
  countries = collection.features.map((f) => ({ feature: f, bounds: geoBounds(f) }));
  return countries;
};

// Only the countries near the point are projected: drawing the world each time costs ~9 ms a page.
const near = (lat: number, lon: number, span: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: world()
    .filter(({ bounds: [[w, s], [e, n]] }) => {
      const lonHit = w <= e ? w <= lon + span && e >= lon - span : true;
      return lonHit && s <= lat + span && n >= lat - span;
    })
    .map((c) => c.feature),
});

const drawn = new Map<string, string>();
const MAX_DRAWN = 1_000;

const WIDTH = 320;
const HEIGHT = 220;
const SPAN_DEGREES = 12;

/** A small inline SVG locator map: countries around the point and a dot on it. No script, no tiles. */
export const placeMapSvg = (lat: number, lon: number, label: string): string => {
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [lon - SPAN_DEGREES / 2, lat - SPAN_DEGREES / 2],
      [lon + SPAN_DEGREES / 2, lat + SPAN_DEGREES / 2],
    ],
  };
  const projection = geoMercator()
    .fitSize([WIDTH, HEIGHT], box)
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection);
  const [x, y] = projection([lon, lat]) ?? [WIDTH / 2, HEIGHT / 2];
  const key = `${lat.toFixed(3)},${lon.toFixed(3)}`;
  let land = drawn.get(key);
  if (land === undefined) {
    land = path(near(lat, lon, SPAN_DEGREES)) ?? '';
    if (drawn.size >= MAX_DRAWN) drawn.clear();
    drawn.set(key, land);
  }
  return (
    `<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="Map">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#dde8f0"/>` +
    `<path d="${land}" fill="#f4f1ea" stroke="#999" stroke-width="0.5"/>` +
    `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="#b00"/>` +
    `<title>${escapeHtml(label)}</title></svg>`
  );
};
