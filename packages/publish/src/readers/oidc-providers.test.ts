import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { checkOidcProviders as sut } from './oidc-providers';
import type { OidcProviderConfig } from './oidc-providers';

const github: OidcProviderConfig = {
  id: 'github',
  name: 'GitHub',
  issuer: 'https://idp.example',
  clientId: 'id',
  clientSecret: 'secret',
};

const issuePaths = (providers: OidcProviderConfig[], allowHttpLocalhost = false): string[] => {
  try {
    sut(providers, { allowHttpLocalhost });
    return [];
  } catch (err) {
    return isDomainError(err) ? (err.issues ?? []).map((i) => i.path.join('.')) : ['not a DomainError'];
  }
};

describe('checkOidcProviders', () => {
  it('accepts a valid list', () => {
    expect(sut([github])).toEqual([github]);
  });

  it('refuses repeated or malformed ids, plain-http issuers and missing secrets', () => {
    expect(
      issuePaths([
        github,
        { ...github, name: 'Again' },
        { ...github, id: 'Bad Id' },
        { ...github, id: 'plain', issuer: 'http://idp.example' },
        { ...github, id: 'nosecret', clientSecret: '' },
      ]),
    ).toEqual(['1.id', '2.id', '3.issuer', '4.clientId']);
  });

  it('allows http on localhost only when asked', () => {
    const local = { ...github, issuer: 'http://127.0.0.1:4000' };
    expect(issuePaths([local])).toEqual(['0.issuer']);
    expect(issuePaths([local], true)).toEqual([]);
  });
});
