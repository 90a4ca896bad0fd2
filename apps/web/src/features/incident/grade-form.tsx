import { useState } from 'react';
import { GRADES } from '@corroborate/core';
import type { Grade, GradeEntry } from '../../api/api-types';
import { LocalDate } from '../../ui/local-date';

/** Sets the grade with a written reason; shows every earlier grade. */
export const GradeForm = ({
  current,
  history,
  onSubmit,
}: {
  current: Grade | null;
  history: readonly GradeEntry[];
  onSubmit: (grade: Grade, reason: string) => Promise<void>;
}) => {
  const [grade, setGrade] = useState<Grade>(current ?? 'fair');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="grade">
      <h2>Grade: {current ?? 'not graded'}</h2>
      <form
        aria-label="Set grade"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(grade, reason.trim()).then(
            () => {
              setReason('');
              setError(null);
            },
            (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
          );
        }}
      >
        <select name="grade" value={grade} onChange={(e) => setGrade(e.target.value as Grade)}>
          {GRADES.map((g) => (
            <option key={g}>{g}</option>
          ))}
        </select>
        <input
          name="reason"
          dir="auto"
          placeholder="Reason (required)"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit" disabled={reason.trim() === ''}>
          Set grade
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      <ol className="grade-history">
        {history.map((h) => (
          <li key={h.at}>
            <LocalDate value={h.at} />: {h.previousGrade ?? 'none'} → <strong>{h.grade}</strong> —{' '}
            <span dir="auto">{h.reason}</span>
          </li>
        ))}
      </ol>
    </section>
  );
};
