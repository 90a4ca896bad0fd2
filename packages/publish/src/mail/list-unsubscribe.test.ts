import { describe, expect, it } from 'vitest';
import { isOneClickUnsubscribeBody, listHeaders, tokenFromUnsubscribeSubject } from './list-unsubscribe';
import { testMailSite } from './mail.fixture';

describe('one-click unsubscribe helpers', () => {
  it('accept only the RFC 8058 POST body', () => {
    expect(isOneClickUnsubscribeBody('List-Unsubscribe=One-Click')).toBe(true);
    expect(isOneClickUnsubscribeBody(new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }))).toBe(true);
    expect(isOneClickUnsubscribeBody('')).toBe(false);
    expect(isOneClickUnsubscribeBody('List-Unsubscribe=Yes')).toBe(false);
  });

  it('read the token back from the mailto: subject they produce', () => {
    const header = listHeaders(testMailSite, 'abc_-1.sig_-2')['List-Unsubscribe'] ?? '';
    const mailto = new URL(/<(mailto:[^>]+)>/.exec(header)?.[1] ?? '');
    expect(tokenFromUnsubscribeSubject(mailto.searchParams.get('subject') ?? '')).toBe('abc_-1.sig_-2');
    expect(tokenFromUnsubscribeSubject('Re: hello')).toBeNull();
  });

  it('percent-encode the token in both URIs', () => {
    expect(listHeaders(testMailSite, 'a+b/c.d')['List-Unsubscribe']).toBe(
      '<https://corroborate.example/unsubscribe?token=a%2Bb%2Fc.d>, ' +
        '<mailto:unsubscribe@corroborate.example?subject=unsubscribe%20a%2Bb%2Fc.d>',
    );
  });
});
