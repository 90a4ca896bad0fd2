import { useState } from 'react';
import { api, ApiError } from '../../api/api-client';
import type { User } from '../../api/api-types';

/** Sign-in: user name and password; a TOTP code field appears when the account needs one. */
export const LoginPage = ({ onSignedIn }: { onSignedIn: (u: User) => void }) => {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="login"
      aria-label="Sign in"
      onSubmit={(e) => {
        e.preventDefault();
        api.login(username, password, needTotp ? totp : undefined).then(onSignedIn, (err: unknown) => {
          if (err instanceof ApiError && err.issues.some((i) => i.path[0] === 'totp')) setNeedTotp(true);
          setError(err instanceof Error ? err.message : String(err));
        });
      }}
    >
      <h1>Corroborate</h1>
      <label>
        User name{' '}
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label>
        Password{' '}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {needTotp && (
        <label>
          Code from your authenticator app{' '}
          <input
            name="totp"
            inputMode="numeric"
            pattern="\d{6}"
            autoComplete="one-time-code"
            value={totp}
            onChange={(e) => setTotp(e.target.value)}
          />
        </label>
      )}
      {error && <p role="alert">{error}</p>}
      <button type="submit">Sign in</button>
    </form>
  );
};
