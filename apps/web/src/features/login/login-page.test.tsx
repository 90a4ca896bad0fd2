// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginPage } from './login-page';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const answer = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('LoginPage', () => {
  it('asks for the TOTP code when the server says the account needs one, then sends it', async () => {
    const sent: unknown[] = [];
    const fetch = vi.fn((_url: string, init: RequestInit) => {
      sent.push(JSON.parse(init.body as string));
      return sent.length === 1
        ? answer(401, {
            code: 'unauthenticated',
            message: 'this account needs a TOTP code',
            issues: [{ path: ['totp'], message: 'required' }],
          })
        : answer(200, {
            user: { id: 'u1', username: 'amira', displayName: 'Amira', role: 'analyst' },
            csrfToken: 'tok',
          });
    });
    vi.stubGlobal('fetch', fetch);
    const onSignedIn = vi.fn();
    render(<LoginPage onSignedIn={onSignedIn} />);
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'amira' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'pw' } });
    expect(screen.queryByLabelText(/authenticator/)).toBeNull();
    fireEvent.submit(screen.getByRole('form', { name: 'Sign in' }));
    const code = await screen.findByLabelText(/authenticator/);
    expect(screen.getByRole('alert').textContent).toContain('needs a TOTP code');
    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Sign in' }));
    await vi.waitFor(() =>
      expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ username: 'amira' })),
    );
    expect(sent).toEqual([
      { username: 'amira', password: 'pw' },
      { username: 'amira', password: 'pw', totp: '123456' },
    ]);
    expect(sessionStorage.getItem('corroborate.csrf')).toBe('tok');
  });
});
