import type { ClaimFacts, NewDocument } from '@corroborate/core';
import { nodeHasher } from '../adapters/node-hasher';

/** A NewDocument whose sha256 matches its text; overrides win (the hash follows `text`). */
export const aDocument = (overrides: Partial<NewDocument> = {}): NewDocument => {
  const text = overrides.text ?? 'Officials said at least 12 people were killed in the market on Tuesday.';
  return {
    kind: 'article',
    url: 'https://example.org/news/1',
    fileName: null,
    title: 'Market attack',
    byline: 'Staff reporter',
    publishedAt: new Date('2014-06-12T21:30:05.123Z'),
    retrievedAt: new Date('2014-06-13T08:00:00.000Z'),
    language: 'en',
    sourceId: null,
    ingestNotes: [],
    ...overrides,
    text,
    sha256: overrides.sha256 ?? nodeHasher.sha256(text),
  };
};

/** Claim facts with a calendar date; overrides win. */
export const someFacts = (overrides: Partial<ClaimFacts> = {}): ClaimFacts => ({
  event: 'killed',
  count: { min: 12, max: 12, approx: false, text: '12' },
  victims: { text: 'people', type: 'people' },
  perpetrator: null,
  claimant: 'Officials',
  stance: 'claimed',
  place: null,
  date: { text: 'on Tuesday', span: [60, 70], value: '2014-06-10' },
  span: [0, 70],
  ...overrides,
});
