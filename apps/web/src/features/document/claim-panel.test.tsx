// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimFacts, ClaimRecord } from '../../api/api-types';
import { ClaimPanel, type ClaimActions } from './claim-panel';

afterEach(cleanup);

const facts = (min: number, claimant: string): ClaimFacts => ({
  event: 'killed',
  count: { min, max: min, approx: false, text: String(min) },
  victims: null,
  perpetrator: null,
  claimant,
  stance: 'claimed',
  place: {
    name: 'Mosul',
    span: null,
    geonameId: null,
    country: 'IQ',
    admin1: null,
    lat: null,
    lon: null,
    kind: null,
  },
  date: { text: '3 May 2016', span: null, value: '2016-05-03' },
  span: [0, 5],
});

const claim = (id: string, min: number, claimant: string): ClaimRecord => ({
  id,
  documentId: 'doc1',
  extracted: facts(min, claimant),
  corrected: null,
  review: 'machine',
  incidentId: null,
});

/** Records what the panel asked for, and applies it like the API would. */
const Harness = ({ calls }: { calls: string[] }) => {
  const [claims, setClaims] = useState([
    claim('c1', 12, 'Police'),
    claim('c2', 40, 'Medics'),
    claim('c3', 7, 'Army'),
  ]);
  const [sel, setSel] = useState<string | null>('c1');
  const update = (id: string, f: (c: ClaimRecord) => ClaimRecord) =>
    setClaims((cs) => cs.map((c) => (c.id === id ? f(c) : c)));
  const actions: ClaimActions = {
    accept: (id) => {
      calls.push(`accept ${id}`);
      update(id, (c) => ({ ...c, review: 'accepted' }));
      return Promise.resolve();
    },
    reject: (id) => {
      calls.push(`reject ${id}`);
      update(id, (c) => ({ ...c, review: 'rejected' }));
      return Promise.resolve();
    },
    correct: (id, f) => {
      calls.push(`correct ${id} ${JSON.stringify(f.count)} ${f.claimant ?? ''} ${f.stance ?? ''}`);
      update(id, (c) => ({ ...c, review: 'corrected', corrected: { ...c.extracted, ...f } }));
      return Promise.resolve();
    },
  };
  return <ClaimPanel claims={claims} actions={actions} selectedId={sel} onSelect={setSel} />;
};

const panel = () => screen.getByRole('region', { name: 'Claims' });
const selected = () => panel().querySelector('[aria-current="true"]')?.getAttribute('data-claim-id');
const card = (id: string) => panel().querySelector<HTMLElement>(`[data-claim-id="${id}"]`)!;

describe('ClaimPanel', () => {
  it('moves the selection with j/k and the arrow keys, stopping at either end', () => {
    render(<Harness calls={[]} />);
    fireEvent.keyDown(panel(), { key: 'j' });
    expect(selected()).toBe('c2');
    fireEvent.keyDown(panel(), { key: 'ArrowDown' });
    fireEvent.keyDown(panel(), { key: 'j' });
    expect(selected()).toBe('c3');
    fireEvent.keyDown(panel(), { key: 'k' });
    fireEvent.keyDown(panel(), { key: 'ArrowUp' });
    fireEvent.keyDown(panel(), { key: 'ArrowUp' });
    expect(selected()).toBe('c1');
  });

  it('accepts with a and rejects with r, on the selected claim', async () => {
    const calls: string[] = [];
    render(<Harness calls={calls} />);
    fireEvent.keyDown(panel(), { key: 'a' });
    fireEvent.keyDown(panel(), { key: 'j' });
    fireEvent.keyDown(panel(), { key: 'r' });
    expect(calls).toEqual(['accept c1', 'reject c2']);
    expect(await within(card('c1')).findByText('accepted')).toBeTruthy();
    expect(within(card('c2')).getByText('rejected')).toBeTruthy();
    expect(within(card('c3')).getByText('machine')).toBeTruthy();
  });

  it('opens the correction form with c and sends count, claimant and stance; keys typed there do not act', async () => {
    const calls: string[] = [];
    render(<Harness calls={calls} />);
    fireEvent.keyDown(panel(), { key: 'j' });
    fireEvent.keyDown(panel(), { key: 'c' });
    const form = screen.getByRole('form', { name: 'Correct claim' });
    const min = within(form).getByLabelText(/Least/);
    fireEvent.keyDown(min, { key: 'a' });
    fireEvent.change(min, { target: { value: '35' } });
    fireEvent.change(within(form).getByLabelText(/Most/), { target: { value: '45' } });
    fireEvent.change(within(form).getByLabelText(/Claimant/), { target: { value: 'Red Crescent' } });
    fireEvent.change(within(form).getByLabelText(/Stance/), { target: { value: 'asserted' } });
    fireEvent.submit(form);
    expect(calls).toEqual([
      'correct c2 {"min":35,"max":45,"approx":false,"text":"40"} Red Crescent asserted',
    ]);
    expect(await within(card('c2')).findByText('corrected')).toBeTruthy();
    expect(within(card('c2')).getByText('35–45 killed')).toBeTruthy();
  });

  it('refuses a correction whose most is below its least', () => {
    const calls: string[] = [];
    render(<Harness calls={calls} />);
    fireEvent.click(within(card('c1')).getByRole('button', { name: 'Correct' }));
    const form = screen.getByRole('form', { name: 'Correct claim' });
    fireEvent.change(within(form).getByLabelText(/Most/), { target: { value: '3' } });
    expect(within(form).getByRole('alert').textContent).toMatch(/at least as large/);
    fireEvent.submit(form);
    expect(calls).toEqual([]);
  });

  it('renders claimants and places with dir=auto so Arabic reads right to left', () => {
    render(
      <ClaimPanel
        claims={[{ ...claim('c9', 5, 'الدفاع المدني'), extracted: { ...facts(5, 'الدفاع المدني') } }]}
        actions={{
          accept: () => Promise.resolve(),
          reject: () => Promise.resolve(),
          correct: () => Promise.resolve(),
        }}
        selectedId="c9"
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByText('الدفاع المدني').getAttribute('dir')).toBe('auto');
  });
});
