import { useState } from 'react';
import { CLAIM_STANCES } from '@corroborate/core';
import type { ClaimFacts, ClaimStance } from '../../api/api-types';

export interface CorrectionInput {
  count: { min: number; max: number | null };
  place: string;
  date: string;
  stance: ClaimStance;
  claimant: string;
}

/** The correction as the API takes it: only what the form edits, keeping the rest of the facts. */
export const correctionFacts = (base: ClaimFacts, input: CorrectionInput): Partial<ClaimFacts> => ({
  count: { ...base.count, min: input.count.min, max: input.count.max },
  stance: input.stance,
  claimant: input.claimant.trim() === '' ? null : input.claimant.trim(),
  place:
    input.place.trim() === ''
      ? null
      : input.place.trim() === base.place?.name
        ? base.place
        : {
            name: input.place.trim(),
            span: null,
            geonameId: null,
            country: null,
            admin1: null,
            lat: null,
            lon: null,
            kind: null,
          },
  date:
    input.date === ''
      ? null
      : input.date === base.date?.value
        ? base.date
        : { text: input.date, span: null, value: input.date },
});

/** Edits count, place, date, stance and claimant of one claim. */
export const ClaimCorrectForm = ({
  facts,
  onSubmit,
  onCancel,
}: {
  facts: ClaimFacts;
  onSubmit: (input: CorrectionInput) => void;
  onCancel: () => void;
}) => {
  const [min, setMin] = useState(String(facts.count.min));
  const [max, setMax] = useState(facts.count.max === null ? '' : String(facts.count.max));
  const [place, setPlace] = useState(facts.place?.name ?? '');
  const [date, setDate] = useState(facts.date?.value ?? facts.date?.from ?? '');
  const [stance, setStance] = useState<ClaimStance>(facts.stance);
  const [claimant, setClaimant] = useState(facts.claimant ?? '');
  const minN = Number.parseInt(min, 10);
  const maxN = max === '' ? null : Number.parseInt(max, 10);
  const valid =
    Number.isInteger(minN) && minN >= 0 && (maxN === null || (Number.isInteger(maxN) && maxN >= minN));
  return (
    <form
      className="correct-form"
      aria-label="Correct claim"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSubmit({ count: { min: minN, max: maxN }, place, date, stance, claimant });
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <label>
        Least{' '}
        <input
          name="min"
          inputMode="numeric"
          value={min}
          onChange={(e) => setMin(e.target.value)}
          autoFocus
        />
      </label>
      <label>
        Most{' '}
        <input
          name="max"
          inputMode="numeric"
          value={max}
          onChange={(e) => setMax(e.target.value)}
          placeholder="open"
        />
      </label>
      <label>
        Place <input name="place" dir="auto" value={place} onChange={(e) => setPlace(e.target.value)} />
      </label>
      <label>
        Date <input name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        Stance
        <select name="stance" value={stance} onChange={(e) => setStance(e.target.value as ClaimStance)}>
          {CLAIM_STANCES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Claimant{' '}
        <input name="claimant" dir="auto" value={claimant} onChange={(e) => setClaimant(e.target.value)} />
      </label>
      {!valid && <p role="alert">The least must be a whole number, and the most at least as large.</p>}
      <button type="submit" disabled={!valid}>
        Save correction
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
};
