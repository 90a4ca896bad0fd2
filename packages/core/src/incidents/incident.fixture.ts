import type { Incident } from '../domain/incident';

/** A hand-made incident for unit tests: new, ungraded, killed, no place or dates. */
export const incidentFixture = (o: Partial<Incident> = {}): Incident => ({
  id: 'inc-1',
  title: 'Test incident',
  place: null,
  dateFrom: null,
  dateTo: null,
  datePrecision: null,
  eventKinds: ['killed'],
  perpetrators: [],
  victimTypes: [],
  status: 'new',
  grade: null,
  gradeReason: null,
  assigneeIds: [],
  createdAt: new Date('2014-06-20T08:00:00Z'),
  updatedAt: new Date('2014-06-20T08:00:00Z'),
  ...o,
});
