import type { LinkedClaim, Reconciliation } from '../../api/api-types';
import { formatDate } from '../../ui/format-date';
import { LocalDate } from '../../ui/local-date';

export interface TimelineEntry {
  claimId: string;
  published: string | null;
  speaker: string;
  said: string;
  eventDate: string | null;
}

/** Who said what when, by publication date; the event date each report gives is kept per row. */
export const timelineEntries = (
  rec: Reconciliation | null,
  claims: readonly LinkedClaim[],
): TimelineEntry[] => {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const rows = (rec?.events ?? []).flatMap((e) =>
    e.lines.map((l) => {
      const d = byId.get(l.claimId)?.facts.date;
      return {
        claimId: l.claimId,
        published: l.published,
        speaker: l.speaker,
        said: `${l.min === l.max ? l.min : `${l.min}–${l.max ?? 'open'}`} ${e.event} (${l.stance})`,
        eventDate: d?.value ?? d?.from ?? null,
      };
    }),
  );
  return rows.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
};

/** The timeline of reports; when they disagree on the event date, that is said at the top. */
export const ReportTimeline = ({
  rec,
  claims,
}: {
  rec: Reconciliation | null;
  claims: readonly LinkedClaim[];
}) => {
  const rows = timelineEntries(rec, claims);
  const dates = [...new Set(rows.map((r) => r.eventDate).filter((d): d is string => d !== null))];
  return (
    <section className="timeline">
      <h2>Reports</h2>
      {dates.length > 1 && (
        <p className="disagreement" role="note">
          Reports disagree on the date: {dates.map((d) => formatDate(d)).join(' vs ')}
        </p>
      )}
      <ol>
        {rows.map((r) => (
          <li key={r.claimId}>
            <LocalDate value={r.published} /> — <strong dir="auto">{r.speaker}</strong>: {r.said}
            {r.eventDate && (
              <>
                {' '}
                · event on <LocalDate value={r.eventDate} />
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
};
