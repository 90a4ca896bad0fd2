import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the sink received it: envelope recipients and the parsed message. */
export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
}

export interface SmtpSink {
  host: string;
  port: number;
  received: ReceivedMail[];
  /** Resolves once `count` mails have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 and a random port, without TLS or required auth, that parses
 * what it receives with mailparser. `rejectRecipient` returns an SMTP code to refuse an address.
 */
export async function startSmtpSink(
  rejectRecipient: (address: string) => number | null = () => null,
): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = rejectRecipient(address.address);
      if (code === null) return callback();
      callback(Object.assign(new Error(`${address.address}: mailbox unavailable`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
          waiters.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const waitFor = (count: number, timeoutMs = 5_000): Promise<ReceivedMail[]> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${received.length} of ${count} mails arrived`)),
        timeoutMs,
      );
      const check = (): void => {
        if (received.length >= count) {
          clearTimeout(timer);
          resolve(received.slice(0, count));
        } else waiters.push(check);
      };
      check();
    });

  return {
    host: '127.0.0.1',
    port,
    received,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
