import { describe, expect, it } from 'vitest';
import { XSS_CORPUS } from '../sanitize/xss-corpus';
import { parseHtml } from '../test-support/dom';
import { jsonLdScript as sut } from './json-ld-script';

describe('jsonLdScript', () => {
  it.each(XSS_CORPUS.map((p) => [p.name, p.payload]))(
    'keeps %s inside one ld+json script that parses back to the same value',
    (_name, payload) => {
      const data = { '@type': 'ClaimReview', claimReviewed: payload };
      const doc = parseHtml(`<!doctype html><head>${sut(data)}</head><body></body>`);
      const scripts = doc.querySelectorAll('script');
      expect(scripts.length).toBe(1);
      expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json');
      expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(data);
      expect(doc.body.innerHTML).toBe('');
    },
  );
});
