import { geoCircle, geoMercator, geoPath } from 'd3-geo';
import { useEffect, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Incident } from '../../api/api-types';
import { worldOutlines } from '../../ui/world-outlines';

/** How far from the point the place may lie, by the precision it was located with. */
export const PRECISION_KM: Record<string, number> = {
  exact: 0.5,
  near: 5,
  locality: 10,
  admin1: 120,
  country: 400,
};

const W = 420;
const H = 300;

/** An offline map of the incident's place: outlines, a marker and a circle for its precision. */
export const PlaceMap = ({ place }: { place: Incident['place'] }) => {
  const [world, setWorld] = useState<FeatureCollection<Geometry> | null>(null);
  useEffect(() => {
    worldOutlines('50m').then(setWorld, () => setWorld(null));
  }, []);
  if (!place || place.lat === null || place.lon === null)
    return <p className="map-empty">No coordinates for {place?.name ?? 'this place'}.</p>;
  const km = PRECISION_KM[place.precision] ?? 10;
  const circle = geoCircle()
    .center([place.lon, place.lat])
    .radius(km / 111.2)();
  // Frame at least ~300 km around the place so the surrounding country shows.
  const frame = geoCircle()
    .center([place.lon, place.lat])
    .radius(Math.max(km * 2, 300) / 111.2)();
  const projection = geoMercator().fitExtent(
    [
      [10, 10],
      [W - 10, H - 10],
    ],
    frame,
  );
  const path = geoPath(projection);
  const [x, y] = projection([place.lon, place.lat]) ?? [W / 2, H / 2];
  return (
    <figure className="place-map">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Map of ${place.name}`} width={W} height={H}>
        <rect width={W} height={H} className="sea" />
        <clipPath id="map-clip">
          <rect width={W} height={H} />
        </clipPath>
        <g clipPath="url(#map-clip)">
          {world?.features.map((f, i) => (
            <path key={i} d={path(f) ?? ''} className="land" />
          ))}
          <path d={path(circle) ?? ''} className="precision" />
          <circle cx={x} cy={y} r={4} className="marker" />
        </g>
      </svg>
      <figcaption dir="auto">
        {place.name} ({place.lat.toFixed(3)}, {place.lon.toFixed(3)}) · precision {place.precision} (±{km} km)
      </figcaption>
    </figure>
  );
};
