import { describe, expect, it } from 'vitest';
import type { ClaimPlace } from '../domain/claim';
import { claimInput, count } from '../reconcile/reconcile-input.fixture';
import { incidentFromClaim, placePrecision } from './incident-from-claim';

const place = (kind: string | null): ClaimPlace => ({
  name: 'Tikrit',
  span: [10, 16],
  geonameId: 99001,
  country: 'IQ',
  admin1: 'Salah ad Din',
  lat: 34.6,
  lon: 43.68,
  kind,
});

describe('placePrecision', () => {
  it.each([
    ['city', 'locality'],
    ['admin1', 'admin1'],
    ['admin2', 'admin1'],
    ['country', 'country'],
    ['other', 'locality'],
    [null, 'locality'],
  ])('maps %s to %s', (kind, precision) => {
    expect(placePrecision(kind)).toBe(precision);
  });
});

describe('incidentFromClaim', () => {
  it('pre-fills place, day, kind, perpetrator, victims and a title', () => {
    const { facts } = claimInput({
      facts: {
        count: count(1700, 1700, '1,700'),
        victims: { text: 'cadets', type: 'security_forces' },
        perpetrator: 'ISIS',
        place: place('city'),
        date: { text: 'June 12', span: null, value: '2014-06-12' },
      },
    });
    expect(incidentFromClaim(facts)).toEqual({
      title: '1,700 cadets killed in Tikrit, 2014-06-12',
      place: {
        name: 'Tikrit',
        geonameId: 99001,
        country: 'IQ',
        admin1: 'Salah ad Din',
        lat: 34.6,
        lon: 43.68,
        precision: 'locality',
      },
      dateFrom: '2014-06-12',
      dateTo: '2014-06-12',
      datePrecision: 'day',
      eventKinds: ['killed'],
      perpetrators: ['ISIS'],
      victimTypes: ['security_forces'],
      status: 'new',
      grade: null,
      gradeReason: null,
      assigneeIds: [],
    });
  });

  it('takes a period with its precision, and a given title', () => {
    const { facts } = claimInput({
      facts: {
        place: place('admin1'),
        date: { text: 'June 2014', span: null, from: '2014-06-01', to: '2014-06-30' },
      },
    });
    const sut = incidentFromClaim(facts, { title: ' Speicher ' });
    expect([sut.title, sut.dateFrom, sut.dateTo, sut.datePrecision, sut.place?.precision]).toEqual([
      'Speicher',
      '2014-06-01',
      '2014-06-30',
      'month',
      'admin1',
    ]);
  });

  it('leaves place and dates empty when the claim has none, with an open-ended title', () => {
    const { facts } = claimInput({ facts: { count: count(30, null, 'more than 30'), event: 'injured' } });
    const sut = incidentFromClaim(facts);
    expect([sut.title, sut.place, sut.dateFrom, sut.datePrecision]).toEqual([
      '30+ injured',
      null,
      null,
      null,
    ]);
  });
});
