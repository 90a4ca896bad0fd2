import { describe, expect, it } from 'vitest';
import { extractJsonlLine } from './extract-jsonl';

const parse = (line: string): Record<string, unknown> =>
  JSON.parse(extractJsonlLine(line)) as Record<string, unknown>;

describe('extractJsonlLine', () => {
  it('answers a line with the result fields and the same id', () => {
    const out = parse(
      JSON.stringify({ id: 'a1', text: 'Gunmen killed 12 villagers on Monday.', published: '2014-06-16' }),
    );
    expect(Object.keys(out)).toEqual(['id', 'claims', 'stances', 'places', 'dates', 'summary']);
    expect(out.id).toBe('a1');
    expect(out.summary).toMatchObject({ killed: { min: 12 }, date: { value: '2014-06-16' } });
  });

  it('answers a bad line with an error, never by throwing', () => {
    expect(parse('{not json')).toEqual({ id: null, error: 'line is not valid JSON' });
    expect(parse('[1,2]')).toEqual({ id: null, error: 'line is not a JSON object' });
    expect(parse('{"id":7}')).toEqual({ id: 7, error: 'text: expected a string' });
    expect(parse('{"id":"x","text":"a","published":"16 June"}')).toEqual({
      id: 'x',
      error: 'published: "16 June" is not a YYYY-MM-DD date',
    });
  });
});
