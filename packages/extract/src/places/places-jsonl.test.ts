import { beforeAll, describe, expect, it } from 'vitest';
import { getGazetteer, placesJsonlLine } from './index';

beforeAll(() => {
  getGazetteer();
}, 120_000);

describe('placesJsonlLine', () => {
  it('answers a line with the places of its text', () => {
    const out = JSON.parse(placesJsonlLine('{"id":"a1","text":"A car bomb exploded in Kirkuk."}')) as {
      id: string;
      places: { start: number; end: number; name: string; country: string; lat: number; geonameId: number }[];
    };
    expect(out.id).toBe('a1');
    expect(out.places).toHaveLength(1);
    expect(out.places[0]).toMatchObject({ start: 23, end: 29, name: 'Kirkuk', country: 'IQ' });
    expect(typeof out.places[0]?.lat).toBe('number');
  });

  it('reports a bad line as an error object, keeping the id when there is one', () => {
    expect(JSON.parse(placesJsonlLine('{not json'))).toEqual({ id: null, error: 'line is not valid JSON' });
    expect(JSON.parse(placesJsonlLine('[1,2]'))).toEqual({ id: null, error: 'line is not a JSON object' });
    expect(JSON.parse(placesJsonlLine('{"id":7,"text":3}'))).toEqual({
      id: 7,
      error: 'field "text" must be a string',
    });
  });
});
