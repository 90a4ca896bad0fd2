import { describe, expect, it } from 'vitest';
import type { IncidentPlace } from '../domain/incident';
import { incidentFixture } from './incident.fixture';
import { mergeIncidents } from './merge-incidents';

const editor = { id: 'u-ed', role: 'editor' } as const;
const analyst = { id: 'u-ana', role: 'analyst' } as const;
const place = (precision: IncidentPlace['precision'], name: string): IncidentPlace => ({
  name,
  geonameId: null,
  country: 'IQ',
  admin1: null,
  lat: null,
  lon: null,
  precision,
});

describe('mergeIncidents', () => {
  const a = incidentFixture({
    id: 'a',
    place: place('admin1', 'Salah ad Din'),
    dateFrom: '2014-06-12',
    dateTo: '2014-06-12',
    datePrecision: 'day',
    perpetrators: ['ISIS'],
    victimTypes: ['security_forces'],
    assigneeIds: ['u1'],
    grade: 'fair',
    gradeReason: 'two sources',
  });
  const b = incidentFixture({
    id: 'b',
    status: 'in_progress',
    place: place('near', 'Camp Speicher'),
    dateFrom: '2014-06-13',
    dateTo: '2014-06-15',
    datePrecision: 'day',
    eventKinds: ['killed', 'executed'],
    perpetrators: ['isis', 'Tribal fighters'],
    victimTypes: ['prisoners'],
    assigneeIds: ['u1', 'u2'],
    grade: 'weak',
  });
  const sut = mergeIncidents(a, b, analyst);

  it('keeps a, takes the finer place and unites dates and lists', () => {
    expect(sut.merged).toMatchObject({
      id: 'a',
      title: a.title,
      status: 'new',
      place: { name: 'Camp Speicher' },
      dateFrom: '2014-06-12',
      dateTo: '2014-06-15',
      datePrecision: 'week',
      eventKinds: ['killed', 'executed'],
      perpetrators: ['ISIS', 'Tribal fighters'],
      victimTypes: ['security_forces', 'prisoners'],
      assigneeIds: ['u1', 'u2'],
      grade: 'fair',
    });
  });

  it('lists only the fields that change in the patch', () => {
    expect(Object.keys(sut.patch).sort()).toEqual(
      ['assigneeIds', 'dateTo', 'datePrecision', 'eventKinds', 'perpetrators', 'place', 'victimTypes'].sort(),
    );
  });

  it('moves b’s claims to a and logs both sides', () => {
    expect(sut.relinkClaims).toEqual({ fromIncidentId: 'b', toIncidentId: 'a' });
    expect(sut.audit.map((e) => [e.entityId, e.action, e.after])).toEqual([
      ['a', 'incident.merge', { retiredId: 'b', patch: sut.patch }],
      ['b', 'incident.merge', { mergedInto: 'a' }],
    ]);
  });

  it('warns about differing grades and statuses', () => {
    expect(sut.warnings).toEqual([
      'grades differ (a: fair, b: weak): review the grade',
      'statuses differ (a: new, b: in_progress); a keeps its own',
    ]);
  });

  it('takes b’s grade when a has none', () => {
    const merged = mergeIncidents(
      incidentFixture({ id: 'x' }),
      { ...b, grade: 'weak', gradeReason: 'one outlet' },
      analyst,
    );
    expect([merged.merged.grade, merged.merged.gradeReason]).toEqual(['weak', 'one outlet']);
  });

  it('refuses to merge an incident into itself', () => {
    expect(() => mergeIncidents(a, a, analyst)).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
  });

  it('needs an editor when either incident is sealed, and warns when a published one disappears', () => {
    const published = incidentFixture({ id: 'p', status: 'published' });
    expect(() => mergeIncidents(a, published, analyst)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(mergeIncidents(a, published, editor).warnings).toContain(
      'p is published: its public page should point to a',
    );
  });
});
