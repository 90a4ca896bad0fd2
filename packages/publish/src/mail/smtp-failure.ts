import type { DeliveryFailure } from './mailer.port';

/** The parts of a nodemailer error that matter here. */
export interface SmtpErrorLike {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

// Failures that belong to the recipient or the message; anything else (ECONNECTION, ETIMEDOUT,
// EAUTH, ETLS, …) is about our side of the connection.
const RECIPIENT_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/** Classifies an SMTP error: 5xx on an address or message is permanent, 4xx transient, the rest server-side. */
export function classifySmtpFailure(err: SmtpErrorLike): DeliveryFailure {
  const responseCode = typeof err.responseCode === 'number' ? err.responseCode : null;
  const message = (err.response ?? err.message ?? 'unknown SMTP failure').slice(0, 500);
  if (responseCode !== null && RECIPIENT_CODES.has(err.code ?? '')) {
    if (responseCode >= 500 && responseCode < 600) return { kind: 'permanent', responseCode, message };
    if (responseCode >= 400 && responseCode < 500) return { kind: 'transient', responseCode, message };
  }
  return { kind: 'server', responseCode, message };
}
