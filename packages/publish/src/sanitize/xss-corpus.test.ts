import { describe, expect, it } from 'vitest';
import { renderCommentMarkdown } from './comment-markdown';
import { escapeHtml } from './escape-html';
import { ALLOWED_TAGS, sanitizeHtml } from './html-purifier';
import { sanitizeText } from './sanitize-text';
import { findUnsafeMarkup } from './unsafe-markup-finder';
import { XSS_CORPUS } from './xss-corpus';
import { parseHtml } from '../test-support/dom';

const body = (html: string): HTMLElement => parseHtml(`<!doctype html><body>${html}`).body;

describe('XSS corpus', () => {
  it('has at least 30 payloads with unique names', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(XSS_CORPUS.map((p) => p.name)).size).toBe(XSS_CORPUS.length);
  });

  // The checker must be able to fail: raw payloads that are dangerous have to be caught.
  it.each(XSS_CORPUS.filter((p) => p.rawIsUnsafe).map((p) => [p.name, p.payload]))(
    'the finder flags the raw payload: %s',
    (_name, payload) => {
      expect(findUnsafeMarkup(payload)).not.toEqual([]);
    },
  );
});

describe.each(XSS_CORPUS.map((p) => [p.name, p.payload]))('payload %s', (_name, payload) => {
  it('is inert after comment rendering, with only subset elements left', () => {
    const html = renderCommentMarkdown(payload);
    expect(findUnsafeMarkup(html)).toEqual([]);
    const tags = [...body(html).querySelectorAll('*')].map((el) => el.localName);
    expect(tags.filter((tag) => !ALLOWED_TAGS.includes(tag))).toEqual([]);
  });

  it('is inert after sanitizeHtml', () => {
    expect(findUnsafeMarkup(sanitizeHtml(payload))).toEqual([]);
  });

  it('is inert as an escaped title, in content and in an attribute, and reads back as text', () => {
    const title = escapeHtml(sanitizeText(payload));
    const html = `<h1>${title}</h1><a href="https://example.org/" title="${title}">x</a>`;
    expect(findUnsafeMarkup(html)).toEqual([]);
    const page = body(html);
    expect(page.querySelector('h1')?.textContent).toBe(sanitizeText(payload));
    expect(page.querySelector('a')?.getAttribute('title')).toBe(sanitizeText(payload));
  });
});
