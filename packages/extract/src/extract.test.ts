import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { extract } from './extract';
import { TEST_PLACES } from './testing/fake-places';

describe('extract', () => {
  it('returns the full shape for an empty text', () => {
    expect(extract('', {}, TEST_PLACES)).toEqual({
      published: null,
      published_from: null,
      claims: [],
      stances: [],
      places: [],
      dates: [],
      summary: { killed: null, injured: null, place: null, date: null, perpetrator: null },
    });
  });

  it('says where the publication date came from', () => {
    expect(extract('x', { published: '2014-06-16T10:00:00Z' }, TEST_PLACES)).toMatchObject({
      published: '2014-06-16',
      published_from: { source: 'given' },
    });
    expect(extract('Headline\n\n16/06/14 Updated\n\nText.', {}, TEST_PLACES).published_from).toEqual({
      source: 'dateline',
      text: '16/06/14',
      span: [10, 18],
    });
  });

  it('rejects a publication date that is not a day, with a stable code', () => {
    let caught: unknown;
    try {
      extract('x', { published: 'yesterday' }, TEST_PLACES);
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught) && caught.code).toBe('validation_failed');
  });

  it('reads no claims from page chrome', () => {
    const body = 'Militants killed 12 villagers in Mosul on Sunday, police said.\n\n'.repeat(6);
    const r = extract(
      `${body}Leave a comment\n\n3 people like this\nJoin 5,121 other followers\n`,
      {},
      TEST_PLACES,
    );
    expect(r.claims).toHaveLength(6);
    expect(r.claims.every((c) => c.span[1] <= body.length)).toBe(true);
  });

  it('survives long runs of digits, commas and punctuation', () => {
    const junk = `${'1,2,3,4,5,6,7,8,9 '.repeat(5000)}${'((((['.repeat(2000)}${'killed '.repeat(3000)}`;
    const r = extract(junk, { published: '2014-06-16' }, TEST_PLACES);
    expect(Array.isArray(r.claims)).toBe(true);
  });

  it('lists every place and date with spans into the text', () => {
    const text = 'Gunmen killed 12 villagers in Mosul on Sunday.';
    const r = extract(text, { published: '2014-06-16' }, TEST_PLACES);
    expect(r.places.map((p) => text.slice(p.span[0], p.span[1]))).toEqual(['Mosul']);
    expect(r.dates).toEqual([{ text: 'Sunday', span: [39, 45], value: '2014-06-15' }]);
  });
});
