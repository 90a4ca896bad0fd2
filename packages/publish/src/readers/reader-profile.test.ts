import { describe, expect, it } from 'vitest';
import { readerProfileFromClaims as sut, readerProfileFromEmail } from './reader-profile';

describe('readerProfileFromClaims', () => {
  it('reads name, picture and e-mail', () => {
    expect(
      sut('github', {
        sub: '42',
        name: 'Layla Reader',
        picture: 'https://avatars.example/l.png',
        email: 'L@Example.org',
        email_verified: true,
      }),
    ).toEqual({
      provider: 'github',
      subject: '42',
      displayName: 'Layla Reader',
      email: 'l@example.org',
      emailVerified: true,
      avatarUrl: 'https://avatars.example/l.png',
    });
  });

  it.each([
    [{ given_name: 'Layla', family_name: 'R.' }, 'Layla R.'],
    [{ preferred_username: 'layla_r' }, 'layla_r'],
    [{ nickname: 'lr' }, 'lr'],
    [{ email: 'layla@example.org' }, 'layla'],
    [{}, 'Reader'],
  ])('falls back for the display name: %j → %s', (claims, name) => {
    expect(sut('x', { sub: '1', ...claims }).displayName).toBe(name);
  });

  it('sanitizes the name and drops non-http avatars', () => {
    const profile = sut('x', {
      sub: '1',
      name: ' Evil\u202E\u0000 <b>name</b> ',
      picture: 'javascript:alert(1)',
    });
    expect(profile.displayName).toBe('Evil <b>name</b>');
    expect(profile.avatarUrl).toBeNull();
    expect(profile.emailVerified).toBe(false);
  });

  it('makes a verified profile for a magic-link sign-in', () => {
    expect(readerProfileFromEmail('layla@example.org')).toMatchObject({
      provider: 'e-mail',
      subject: 'layla@example.org',
      displayName: 'layla',
      emailVerified: true,
    });
  });
});
