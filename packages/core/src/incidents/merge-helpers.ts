import {
  DATE_PRECISIONS,
  PLACE_PRECISIONS,
  type DatePrecision,
  type Incident,
  type IncidentPlace,
} from '../domain/incident';
import { normaliseName } from '../reconcile/name-normalise';
import { incidentDayRange, precisionForRange, unionRange } from './day-range';

/** Items of both lists, first-seen order, each once (names compared folded). */
export const unionBy = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string = String): T[] => {
  const seen = new Map<string, T>();
  for (const x of [...a, ...b]) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
};

export const unionNames = (a: readonly string[], b: readonly string[]): string[] =>
  unionBy(a, b, normaliseName);

/** The more precise of two places; the first on a tie. */
export const finerPlace = (a: IncidentPlace | null, b: IncidentPlace | null): IncidentPlace | null => {
  if (a === null || b === null) return a ?? b;
  return PLACE_PRECISIONS.indexOf(b.precision) < PLACE_PRECISIONS.indexOf(a.precision) ? b : a;
};

type Dated = { dateFrom: string | null; dateTo: string | null; datePrecision: DatePrecision | null };

const coarser = (a: DatePrecision | null, b: DatePrecision | null): DatePrecision | null =>
  a === null || b === null
    ? (a ?? b)
    : (DATE_PRECISIONS[Math.max(DATE_PRECISIONS.indexOf(a), DATE_PRECISIONS.indexOf(b))] ?? a);

/** Dates covering both, as precise as the widest of the span and the inputs' own precisions. */
export const unionDates = (a: Dated, b: Dated): Dated => {
  const ra = incidentDayRange(a);
  const rb = incidentDayRange(b);
  const r = ra === null || rb === null ? (ra ?? rb) : unionRange(ra, rb);
  if (r === null) return { dateFrom: null, dateTo: null, datePrecision: null };
  const own = coarser(ra === null ? null : a.datePrecision, rb === null ? null : b.datePrecision);
  return { dateFrom: r.from, dateTo: r.to, datePrecision: coarser(own, precisionForRange(r)) };
};

/** The descriptive fields of an incident that merging and splitting combine. */
export type IncidentFields = Pick<
  Incident,
  'place' | 'dateFrom' | 'dateTo' | 'datePrecision' | 'eventKinds' | 'perpetrators' | 'victimTypes'
>;

/** Both sets of fields in one: the finer place, dates covering both, lists united (the first's order first). */
export const combineFields = (a: IncidentFields, b: IncidentFields): IncidentFields => ({
  place: finerPlace(a.place, b.place),
  ...unionDates(a, b),
  eventKinds: unionBy(a.eventKinds, b.eventKinds),
  perpetrators: unionNames(a.perpetrators, b.perpetrators),
  victimTypes: unionBy(a.victimTypes, b.victimTypes),
});
