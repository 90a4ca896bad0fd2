import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110Url from 'world-atlas/countries-110m.json?url';
import countries50Url from 'world-atlas/countries-50m.json?url';

type Outlines = FeatureCollection<Geometry, { name?: string }>;
const cache = new Map<string, Promise<Outlines>>();

/**
 * Country outlines from Natural Earth (world-atlas), bundled with the app and fetched from our own
 * origin: the map works offline. 50m for a place map, 110m for the world-wide search map.
 */
export const worldOutlines = (detail: '50m' | '110m'): Promise<Outlines> => {
  let p = cache.get(detail);
  if (!p) {
    p = fetch(detail === '50m' ? countries50Url : countries110Url)
      .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name?: string }> }>>)
      .then((topo) => feature(topo, topo.objects.countries) as Outlines);
    cache.set(detail, p);
  }
  return p;
};
