import nodemailer from 'nodemailer';
import type { Mailer, OutgoingMail, SendResult } from './mailer.port';
import { classifySmtpFailure } from './smtp-failure';
import type { SmtpErrorLike } from './smtp-failure';

/** Any SMTP server: a local relay, a provider's submission port (587 + STARTTLS) or 465 (TLS). */
export interface SmtpConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). With false, STARTTLS is used when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  /** Refuse to send unless STARTTLS succeeds. */
  requireTLS?: boolean;
  /** Never upgrade with STARTTLS (local test sinks only). */
  ignoreTLS?: boolean;
  connectionTimeoutMs?: number;
  /** DKIM signing, which RFC 8058 one-click unsubscribe expects to cover List-Unsubscribe(-Post). */
  dkim?: { domainName: string; keySelector: string; privateKey: string };
}

export interface SmtpMailer extends Mailer {
  /** Checks the connection and credentials. */
  verify(): Promise<void>;
  close(): void;
}

/** A Mailer over nodemailer's SMTP transport (pooled connections). */
export function createSmtpMailer(config: SmtpConfig): SmtpMailer {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.auth ? { auth: config.auth } : {}),
    requireTLS: config.requireTLS ?? false,
    ignoreTLS: config.ignoreTLS ?? false,
    connectionTimeout: config.connectionTimeoutMs ?? 10_000,
    ...(config.dkim ? { dkim: config.dkim } : {}),
    pool: true,
  });
  return {
    async send(mail: OutgoingMail): Promise<SendResult> {
      try {
        const info = await transport.sendMail({
          messageId: mail.messageId,
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers,
        });
        return { ok: true, messageId: info.messageId, response: info.response };
      } catch (err) {
        return { ok: false, failure: classifySmtpFailure(err as SmtpErrorLike) };
      }
    },
    async verify(): Promise<void> {
      await transport.verify();
    },
    close(): void {
      transport.close();
    },
  };
}
