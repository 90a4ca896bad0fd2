import { describe, expect, it } from 'vitest';
import { findDateline } from './publication-date';

describe('findDateline', () => {
  it('reads a short dateline line below the headline, day first', () => {
    const text = 'Massacre claim\n\n16/06/14 Updated 6 hours 17 minutes ago\n\nBody text on June 12.';
    expect(findDateline(text)).toEqual({ value: '2014-06-16', text: '16/06/14', span: [16, 24] });
  });

  it('reads a wire dateline at the start of the first paragraph', () => {
    const text = `BAGHDAD, June 16, 2014 (AFP) - ${'Gunmen killed five people in a market. '.repeat(5)}`;
    expect(findDateline(text)?.value).toBe('2014-06-16');
  });

  it('reads an ISO date near the top', () => {
    expect(findDateline('Published 2019-10-13T08:00Z\nText.')?.value).toBe('2019-10-13');
  });

  it('ignores dates deep in long paragraphs and texts with no full date', () => {
    const prose = `${'Fighting continued across the province for weeks. '.repeat(4)}It began on June 12, 2014.`;
    expect(findDateline(prose)).toBeNull();
    expect(findDateline('No dates here at all.')).toBeNull();
  });
});
