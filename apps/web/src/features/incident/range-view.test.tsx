// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RangeLine, Reconciliation } from '../../api/api-types';
import { RangeView } from './range-view';

afterEach(cleanup);

const line = (
  speaker: string,
  min: number,
  max: number | null,
  counted: boolean,
  published: string,
): RangeLine => ({
  sourceClass: counted ? 'ngo' : 'perpetrator_affiliated',
  speaker,
  claimId: `c-${speaker}`,
  documentId: `d-${speaker}`,
  published,
  url: null,
  title: null,
  stance: 'claimed',
  min,
  max,
  approx: false,
  text: String(min),
  repeatCount: counted ? 0 : 2,
  counted,
});

const rec = (events: Reconciliation['events']): Reconciliation => ({
  events,
  explanation: 'x',
  suggestion: { grade: 'fair', ruleId: 'G2', reasons: ['one independent NGO count'] },
  claimCount: 2,
  computedAt: '2026-01-01T00:00:00Z',
});

describe('RangeView', () => {
  it('shows each event kind with its range, explanation and one row per source line', () => {
    render(
      <RangeView
        reconciliation={rec([
          {
            event: 'killed',
            min: 560,
            max: 770,
            minBasis: 'HRW',
            maxBasis: 'HRW',
            lines: [
              line('Human Rights Watch', 560, 770, true, '2014-06-27T12:00:00Z'),
              line('ISIS', 1700, 1700, false, '2014-06-14T12:00:00Z'),
            ],
            excluded: [],
            explanation: 'The range rests on Human Rights Watch; the ISIS self-claim is not counted.',
            flags: ['self_claim'],
          },
          {
            event: 'injured',
            min: 30,
            max: null,
            minBasis: null,
            maxBasis: null,
            lines: [line('Medics', 30, null, true, '2014-06-13T12:00:00Z')],
            excluded: [],
            explanation: 'At least 30 injured.',
            flags: [],
          },
        ])}
      />,
    );
    const killed = screen.getByRole('region', { name: 'Range killed' });
    expect(within(killed).getByRole('heading').textContent).toBe('killed: 560–770');
    expect(within(killed).getByText(/ISIS self-claim is not counted/)).toBeTruthy();
    const rows = within(killed).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.className)).toEqual(['counted', 'not-counted']);
    expect(rows[1]!.textContent).toContain('1700');
    expect(within(rows[1]!).getByText('no')).toBeTruthy();
    const injured = screen.getByRole('region', { name: 'Range injured' });
    expect(within(injured).getByRole('heading').textContent).toBe('injured: 30–open');
    expect(screen.getByText(/Suggested grade/).textContent).toContain('fair');
  });

  it('keeps the original publication time in the title while showing it localised', () => {
    render(
      <RangeView
        reconciliation={rec([
          {
            event: 'killed',
            min: 5,
            max: 5,
            minBasis: null,
            maxBasis: null,
            lines: [line('A', 5, 5, true, '2014-06-27T12:00:00Z')],
            excluded: [],
            explanation: 'e',
            flags: [],
          },
        ])}
      />,
    );
    const time = screen.getByTitle('2014-06-27T12:00:00Z');
    expect(time.tagName).toBe('TIME');
    expect(time.textContent).not.toBe('');
    expect(time.textContent).not.toContain('T12:00');
  });

  it('says there is no range when nothing is linked', () => {
    render(<RangeView reconciliation={null} />);
    expect(screen.getByText(/No claims linked yet/)).toBeTruthy();
  });
});
