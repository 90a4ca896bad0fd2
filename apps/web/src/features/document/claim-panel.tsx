import { useEffect, useRef, useState } from 'react';
import type { ClaimFacts, ClaimRecord } from '../../api/api-types';
import { formatDate } from '../../ui/format-date';
import { ClaimCorrectForm, correctionFacts } from './claim-correct-form';
import { describeCount } from './claim-facts-text';

/** What the panel asks of its host: the three review verdicts. */
export interface ClaimActions {
  accept(id: string): Promise<void>;
  reject(id: string): Promise<void>;
  correct(id: string, facts: Partial<ClaimFacts>): Promise<void>;
}

const facts = (c: ClaimRecord): ClaimFacts => c.corrected ?? c.extracted;

/**
 * The review side panel: one card per claim, the selected one outlined. Keys (when focus is in the
 * panel): j/↓ next, k/↑ previous, a accept, r reject, c correct.
 */
export const ClaimPanel = ({
  claims,
  actions,
  selectedId,
  onSelect,
}: {
  claims: readonly ClaimRecord[];
  actions: ClaimActions;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) => {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const index = Math.max(
    0,
    claims.findIndex((c) => c.id === selectedId),
  );
  const selected = claims[index];

  useEffect(() => {
    listRef.current
      ?.querySelector<HTMLElement>(`[data-claim-id="${selected?.id ?? ''}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [selected?.id]);

  const run = (p: Promise<void>) =>
    p.then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );

  const onKey = (e: React.KeyboardEvent) => {
    if (selected === undefined || editing !== null || e.metaKey || e.ctrlKey || e.altKey) return;
    const move = (d: number) => {
      const next = claims[Math.min(claims.length - 1, Math.max(0, index + d))];
      if (next) onSelect(next.id);
    };
    const handlers: Record<string, () => void> = {
      j: () => move(1),
      ArrowDown: () => move(1),
      k: () => move(-1),
      ArrowUp: () => move(-1),
      a: () => void run(actions.accept(selected.id)),
      r: () => void run(actions.reject(selected.id)),
      c: () => setEditing(selected.id),
    };
    const h = handlers[e.key];
    if (h) {
      e.preventDefault();
      h();
    }
  };

  return (
    <section className="claim-panel" aria-label="Claims" tabIndex={0} onKeyDown={onKey}>
      <h2>
        Claims <small>(j/k move, a accept, r reject, c correct)</small>
      </h2>
      {error && <p role="alert">{error}</p>}
      {claims.length === 0 && <p>No claims were extracted from this text.</p>}
      <ol ref={listRef}>
        {claims.map((c) => {
          const f = facts(c);
          const isSel = c.id === selected?.id;
          return (
            <li
              key={c.id}
              data-claim-id={c.id}
              className={`claim-card review-${c.review}${isSel ? ' selected' : ''}`}
              aria-current={isSel ? 'true' : undefined}
              onClick={() => onSelect(c.id)}
            >
              <div className="claim-head">
                <strong>{describeCount(f)}</strong> <span className={`badge ${c.review}`}>{c.review}</span>
              </div>
              <dl>
                <dt>Claimant</dt>
                <dd dir="auto">{f.claimant ?? '—'}</dd>
                <dt>Stance</dt>
                <dd>{f.stance}</dd>
                <dt>Place</dt>
                <dd dir="auto">{f.place?.name ?? '—'}</dd>
                <dt>Date</dt>
                <dd title={f.date?.text ?? ''}>{formatDate(f.date?.value ?? f.date?.from ?? null)}</dd>
              </dl>
              {editing === c.id ? (
                <ClaimCorrectForm
                  facts={f}
                  onCancel={() => setEditing(null)}
                  onSubmit={(input) => {
                    setEditing(null);
                    void run(actions.correct(c.id, correctionFacts(f, input)));
                  }}
                />
              ) : (
                <div className="claim-actions">
                  <button type="button" onClick={() => void run(actions.accept(c.id))}>
                    Accept
                  </button>
                  <button type="button" onClick={() => setEditing(c.id)}>
                    Correct
                  </button>
                  <button type="button" onClick={() => void run(actions.reject(c.id))}>
                    Reject
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
};
