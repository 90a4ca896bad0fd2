/** Mean Earth radius in km, as core's haversine uses. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

export interface GeoBox {
  minLat: number;
  maxLat: number;
  /** Null when the box wraps the antimeridian or reaches a pole: longitude cannot narrow it then. */
  lon: { min: number; max: number } | null;
}

/** A box that holds every point within `km` of (lat, lon): an index-friendly first filter. */
export const boundingBox = (lat: number, lon: number, km: number): GeoBox => {
  const dLat = km / KM_PER_DEGREE;
  const minLat = lat - dLat;
  const maxLat = lat + dLat;
  if (minLat <= -90 || maxLat >= 90)
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), lon: null };
  // The box must be wide enough at the latitude nearest a pole, where degrees of longitude are shortest.
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const dLon = km / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180));
  if (lon - dLon < -180 || lon + dLon > 180) return { minLat, maxLat, lon: null };
  return { minLat, maxLat, lon: { min: lon - dLon, max: lon + dLon } };
};

/**
 * SQL for the haversine distance in km from the incident's place to (lat, lon). Parameters are
 * added in the order they appear, as positional placeholders need.
 */
export const haversineSql = (
  least: (a: string, b: string) => string,
  add: (value: unknown) => string,
  lat: number,
  lon: number,
): string => {
  const dLat = `sin(radians(place_lat - ${add(lat)}) / 2)`;
  const cosLat = `cos(radians(${add(lat)}))`;
  const dLon = `sin(radians(place_lon - ${add(lon)}) / 2)`;
  return `2 * ${EARTH_RADIUS_KM} * asin(${least('1', `sqrt(power(${dLat}, 2) + ${cosLat} * cos(radians(place_lat)) * power(${dLon}, 2))`)})`;
};
