import type { EventRange, Reconciliation } from '../../api/api-types';
import { LocalDate } from '../../ui/local-date';

const figure = (min: number | null, max: number | null): string =>
  min === null && max === null
    ? 'no counted figure'
    : min === max
      ? `${min}`
      : `${min ?? '?'}–${max ?? 'open'}`;

const EventBlock = ({ range }: { range: EventRange }) => (
  <section className="range" aria-label={`Range ${range.event}`}>
    <h3>
      {range.event}: <span className="range-figure">{figure(range.min, range.max)}</span>
    </h3>
    <p className="explanation" dir="auto">
      {range.explanation}
    </p>
    {range.flags.length > 0 && <p className="flags">Flags: {range.flags.join(', ')}</p>}
    <table className="lines">
      <thead>
        <tr>
          <th>Source</th>
          <th>Class</th>
          <th>Figure</th>
          <th>Stance</th>
          <th>Published</th>
          <th>Repeats</th>
          <th>Counted</th>
        </tr>
      </thead>
      <tbody>
        {range.lines.map((l) => (
          <tr key={l.claimId} className={l.counted ? 'counted' : 'not-counted'}>
            <td dir="auto">{l.speaker}</td>
            <td>{l.sourceClass}</td>
            <td>
              {l.approx ? '~' : ''}
              {figure(l.min, l.max)}
            </td>
            <td>{l.stance}</td>
            <td>
              <LocalDate value={l.published} />
            </td>
            <td>{l.repeatCount}</td>
            <td>{l.counted ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);

/** The reconciled range per event kind, with its per-source lines and the explanation. */
export const RangeView = ({ reconciliation }: { reconciliation: Reconciliation | null }) => {
  if (reconciliation === null || reconciliation.events.length === 0)
    return <p className="range-empty">No claims linked yet: no range.</p>;
  return (
    <div className="range-view">
      {reconciliation.events.map((e) => (
        <EventBlock key={e.event} range={e} />
      ))}
      <p className="suggestion">
        Suggested grade: <strong>{reconciliation.suggestion.grade}</strong> (
        {reconciliation.suggestion.reasons.join('; ')})
      </p>
    </div>
  );
};
