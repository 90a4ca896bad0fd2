import { describe, expect, it } from 'vitest';
import type { ClaimFacts, ClaimPlace } from '../domain/claim';
import type { IncidentPlace } from '../domain/incident';
import { claimInput } from '../reconcile/reconcile-input.fixture';
import { incidentFixture } from './incident.fixture';
import { suggestIncidents } from './suggest-incidents';

const claimPlace = (o: Partial<ClaimPlace> = {}): ClaimPlace => ({
  name: 'Tikrit',
  span: null,
  geonameId: 99001,
  country: 'IQ',
  admin1: 'Salah ad Din',
  lat: 34.6,
  lon: 43.68,
  kind: 'city',
  ...o,
});
const incPlace = (o: Partial<IncidentPlace> = {}): IncidentPlace => ({
  name: 'Camp Speicher',
  geonameId: 99002,
  country: 'IQ',
  admin1: 'Salah ad Din',
  lat: 34.65,
  lon: 43.55,
  precision: 'near',
  ...o,
});
const facts = (o: Partial<ClaimFacts> = {}): ClaimFacts =>
  claimInput({
    facts: { place: claimPlace(), date: { text: 'June 12', span: null, value: '2014-06-12' }, ...o },
  }).facts;

describe('suggestIncidents', () => {
  it('ranks a near, same-day incident first and says why', () => {
    const near = incidentFixture({
      id: 'near',
      place: incPlace(),
      dateFrom: '2014-06-12',
      dateTo: '2014-06-14',
    });
    const later = incidentFixture({
      id: 'later',
      place: incPlace(),
      dateFrom: '2014-06-13',
      dateTo: '2014-06-13',
    });
    const sut = suggestIncidents(facts(), [later, near]);
    expect(sut.map((s) => s.incident.id)).toEqual(['near', 'later']);
    expect(sut[0]!.reason).toMatch(/^1[0-9]\.\d km from Camp Speicher; dates overlap; same kind \(killed\)$/);
    expect(sut[0]!.distanceKm).toBeGreaterThan(10);
    expect(sut[1]!.dayGap).toBe(1);
  });

  it('drops incidents too far away, or with dates beyond the slack', () => {
    const baghdad = incidentFixture({
      id: 'far',
      place: incPlace({ name: 'Baghdad', lat: 33.31, lon: 44.37 }),
    });
    const june20 = incidentFixture({ id: 'late', place: incPlace(), dateFrom: '2014-06-20' });
    expect(suggestIncidents(facts(), [baghdad, june20])).toEqual([]);
    expect(suggestIncidents(facts(), [baghdad], { maxKm: 200 })).toHaveLength(1);
    expect(suggestIncidents(facts(), [june20], { dateSlackDays: 8 })).toHaveLength(1);
  });

  it('needs positive evidence from place or date', () => {
    const blank = incidentFixture({ id: 'blank' });
    expect(suggestIncidents(facts(), [blank])).toEqual([]);
    const dated = incidentFixture({ id: 'dated', dateFrom: '2014-06-12' });
    expect(suggestIncidents(facts({ place: null }), [dated]).map((s) => s.reason)).toEqual([
      'dates overlap; same kind (killed)',
    ]);
  });

  it('matches the same gazetteer place without coordinates', () => {
    const inc = incidentFixture({
      place: incPlace({ geonameId: 99001, lat: null, lon: null, name: 'Tikrit' }),
    });
    expect(suggestIncidents(facts({ date: null }), [inc])[0]?.reason).toBe(
      'same place (Tikrit); same kind (killed)',
    );
  });

  it('compares a region by containment, not centroid distance', () => {
    const region = incPlace({ name: 'Salah ad Din', precision: 'admin1', lat: 34.5, lon: 43.0 });
    const other = incPlace({ name: 'Anbar', admin1: 'Anbar', precision: 'admin1', lat: 33.4, lon: 42.0 });
    const sut = suggestIncidents(facts({ date: null }), [
      incidentFixture({ id: 'sad', place: region }),
      incidentFixture({ id: 'anb', place: other }),
    ]);
    expect(sut.map((s) => [s.incident.id, s.reason])).toEqual([
      ['sad', 'same region (Salah ad Din); same kind (killed)'],
    ]);
  });

  it('ranks a different kind and incompatible victims lower but still shows them', () => {
    const base = { place: incPlace(), dateFrom: '2014-06-12' };
    const same = incidentFixture({ ...base, id: 'a-same', victimTypes: ['security_forces'] });
    const otherKind = incidentFixture({ ...base, id: 'b-kind', eventKinds: ['injured'] });
    const civilians = incidentFixture({ ...base, id: 'c-civ', victimTypes: ['civilians'] });
    const cadets = facts({ victims: { text: 'cadets', type: 'security_forces' } });
    const sut = suggestIncidents(cadets, [civilians, otherKind, same]);
    expect(sut.map((s) => s.incident.id)).toEqual(['a-same', 'b-kind', 'c-civ']);
    expect(sut[1]!.reason).toContain('different kind (killed; incident has injured)');
    expect(sut[2]!.reason).toContain('victims differ (security_forces vs civilians)');
  });

  it('credits the same perpetrator and honours the limit', () => {
    const base = { place: incPlace(), dateFrom: '2014-06-12' };
    const isis = incidentFixture({ ...base, id: 'z-isis', perpetrators: ['Islamic State'] });
    const none = incidentFixture({ ...base, id: 'a-none' });
    const sut = suggestIncidents(facts({ perpetrator: 'the Islamic State' }), [none, isis], { limit: 1 });
    expect(sut.map((s) => s.incident.id)).toEqual(['z-isis']);
    expect(sut[0]!.reason).toContain('same perpetrator');
  });
});
