import { randomBytes } from 'node:crypto';
import { DomainError } from '@corroborate/core';
import { createHmacSigner, type SmtpConfig, type TokenSigner } from '@corroborate/publish';

/**
 * SMTP from CORROBORATE_SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`) or
 * CORROBORATE_SMTP_HOST / _PORT; null when neither is set (mail then waits in the outbox).
 */
export const smtpConfigFromEnv = (env: NodeJS.ProcessEnv = process.env): SmtpConfig | null => {
  const raw = env.CORROBORATE_SMTP_URL;
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new DomainError('validation_failed', 'CORROBORATE_SMTP_URL is not a URL');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
      throw new DomainError(
        'validation_failed',
        `CORROBORATE_SMTP_URL scheme ${url.protocol} is not smtp: or smtps:`,
      );
    const secure = url.protocol === 'smtps:';
    return {
      host: url.hostname,
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      ...(url.username
        ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
        : {}),
    };
  }
  if (!env.CORROBORATE_SMTP_HOST) return null;
  const port = Number(env.CORROBORATE_SMTP_PORT ?? '587');
  if (!Number.isInteger(port) || port <= 0)
    throw new DomainError(
      'validation_failed',
      `CORROBORATE_SMTP_PORT ${env.CORROBORATE_SMTP_PORT} is not a port`,
    );
  return { host: env.CORROBORATE_SMTP_HOST, port, secure: port === 465 };
};

/**
 * Signs subscription and sign-in tokens with CORROBORATE_SIGNING_SECRETS (comma-separated, newest
 * first, each ≥ 32 characters). Without it a random per-process secret is used: links then stop
 * working after a restart, which is acceptable only for local use.
 */
export const signerFromEnv = (env: NodeJS.ProcessEnv = process.env): TokenSigner => {
  const secrets = (env.CORROBORATE_SIGNING_SECRETS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return createHmacSigner(secrets.length > 0 ? secrets : [randomBytes(32).toString('base64url')]);
};
