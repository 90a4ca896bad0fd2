import { describe, expect, it } from 'vitest';
import { spanSegments } from './span-segments';

describe('spanSegments', () => {
  const text = 'Medics said 40 people died in Mosul on Monday.';

  it('cuts at every boundary and gives nested place and date marks their claim too', () => {
    const sut = spanSegments(text, [
      { start: 12, end: 46, kind: 'claim', claimId: 'c1' },
      { start: 30, end: 35, kind: 'place', claimId: 'c1' },
      { start: 39, end: 45, kind: 'date', claimId: 'c1' },
    ]);
    expect(sut.map((s) => s.text).join('')).toBe(text);
    const mosul = sut.find((s) => s.text === 'Mosul')!;
    expect(mosul.marks.map((m) => m.kind).sort()).toEqual(['claim', 'place']);
    expect(
      sut
        .find((s) => s.text === 'Monday')!
        .marks.map((m) => m.kind)
        .sort(),
    ).toEqual(['claim', 'date']);
    expect(sut[0]).toEqual({ text: 'Medics said ', start: 0, marks: [] });
  });

  it('clips marks past the end and drops empty ones', () => {
    const sut = spanSegments('abc', [
      { start: 1, end: 99, kind: 'claim', claimId: 'x' },
      { start: 2, end: 2, kind: 'date', claimId: 'x' },
    ]);
    expect(sut.map((s) => [s.text, s.marks.length])).toEqual([
      ['a', 0],
      ['bc', 1],
    ]);
  });

  it('keeps right-to-left text intact by character offsets', () => {
    const ar = 'قتل 12 شخصا في الموصل';
    const sut = spanSegments(ar, [{ start: 15, end: 21, kind: 'place', claimId: 'c' }]);
    expect(sut.map((s) => s.text)).toEqual(['قتل 12 شخصا في ', 'الموصل']);
  });
});
