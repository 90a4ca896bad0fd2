import { describe, expect, it } from 'vitest';
import { haversineKm } from './haversine';

describe('haversineKm', () => {
  it('is zero for one point and symmetric', () => {
    const tikrit = { lat: 34.6, lon: 43.68 };
    const baghdad = { lat: 33.31, lon: 44.37 };
    expect(haversineKm(tikrit, tikrit)).toBe(0);
    expect(haversineKm(tikrit, baghdad)).toBeCloseTo(haversineKm(baghdad, tikrit), 9);
  });

  it('gives a degree of latitude as 1/360 of a meridian circle', () => {
    expect(haversineKm({ lat: 10, lon: 20 }, { lat: 11, lon: 20 })).toBeCloseTo(
      (2 * Math.PI * 6371.0088) / 360,
      6,
    );
  });

  it('gives half the circumference for antipodal points, without NaN', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('agrees with the published Paris–London distance (about 344 km)', () => {
    const d = haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 51.5074, lon: -0.1278 });
    expect(d).toBeGreaterThan(342);
    expect(d).toBeLessThan(345);
  });
});
