import { describe, expect, it } from 'vitest';
import { claimReviewJsonLd } from './claim-review';
import { claimReviewInput } from './structured-data.fixture';
import { validateStructuredData as sut } from './structured-data-validator';

const valid = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(claimReviewJsonLd(claimReviewInput()))) as Record<string, unknown>;
const paths = (issues: { path: (string | number)[] }[]): string[] => issues.map((i) => i.path.join('.'));

describe('validateStructuredData', () => {
  it('reports a missing required property as an error', () => {
    const data = valid();
    delete data.claimReviewed;
    expect(paths(sut(data).errors)).toEqual(['claimReviewed']);
  });

  it('reports a missing recommended property as a warning only', () => {
    const data = valid();
    delete data.itemReviewed;
    const report = sut(data);
    expect(report.errors).toEqual([]);
    expect(paths(report.warnings)).toEqual(['itemReviewed']);
  });

  it('checks value kinds, nested types and the rating range', () => {
    const data = valid();
    data.url = 'javascript:alert(1)';
    data.datePublished = 'yesterday';
    data.reviewRating = {
      '@type': 'Rating',
      alternateName: 'Fair',
      ratingValue: 7,
      bestRating: 5,
      worstRating: 1,
    };
    data.author = { '@type': 'Organization' };
    const report = sut(data);
    expect(paths(report.errors).sort()).toEqual([
      'author.name',
      'datePublished',
      'reviewRating.ratingValue',
      'url',
    ]);
    expect(paths(report.warnings)).toEqual(['author.url']);
  });

  it('rejects a nested object of the wrong type', () => {
    const data = valid();
    data.reviewRating = { '@type': 'Thing', name: 'x' };
    expect(paths(sut(data).errors)).toEqual(['reviewRating']);
  });

  it('requires the schema.org context', () => {
    const data = valid();
    data['@context'] = 'http://example.org';
    expect(paths(sut(data).errors)).toEqual(['@context']);
  });

  it('checks every element of an array', () => {
    const data = valid();
    (data.itemReviewed as { appearance: unknown[] }).appearance.push({
      '@type': 'CreativeWork',
      url: 'ftp://x',
    });
    expect(paths(sut(data).errors)).toEqual(['itemReviewed.appearance.2.url']);
  });
});
