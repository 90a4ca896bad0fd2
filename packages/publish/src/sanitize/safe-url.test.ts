import { describe, expect, it } from 'vitest';
import { effectiveScheme, httpUrlOrNull, safeLinkHref } from './safe-url';

describe('safeLinkHref', () => {
  it('accepts absolute http, https and mailto URLs, normalised', () => {
    expect(safeLinkHref('HTTPS://Example.org/a b'.replace(' ', '%20'))).toBe('https://example.org/a%20b');
    expect(safeLinkHref('http://example.org')).toBe('http://example.org/');
    expect(safeLinkHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'jav\tascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>',
    '//evil.example/',
    '/relative/path',
    'https://',
    'https://exa mple.org/',
    '',
  ])('rejects %j', (raw) => {
    expect(safeLinkHref(raw)).toBeNull();
  });
});

describe('httpUrlOrNull', () => {
  it('keeps http(s) only', () => {
    expect(httpUrlOrNull('https://example.org/x')).toBe('https://example.org/x');
    expect(httpUrlOrNull('mailto:a@example.org')).toBeNull();
    expect(httpUrlOrNull(null)).toBeNull();
  });
});

describe('effectiveScheme', () => {
  it('sees through the tricks browsers tolerate', () => {
    expect(effectiveScheme(' \u000E java\tscript:alert(1)')).toBe('javascript');
    expect(effectiveScheme('javascript%3Aalert(1)')).toBe('javascript');
    expect(effectiveScheme('java\u200Bscript:alert(1)')).toBe('javascript');
  });

  it('returns null for relative URLs', () => {
    expect(effectiveScheme('/path?q=a:b')).toBeNull();
    expect(effectiveScheme('#top')).toBeNull();
  });
});
