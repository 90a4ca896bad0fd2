/** A message ready to send; builders in this folder make them, a Mailer sends them. */
export interface OutgoingMail {
  /** "<…@…>", stable for the same message so a retry is recognisably the same mail. */
  messageId: string;
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * Why a send failed. `permanent`: the receiving server refused this address for good (5xx);
 * `transient`: try again later (4xx); `server`: our relay or connection failed, which says
 * nothing about the address.
 */
export interface DeliveryFailure {
  kind: 'permanent' | 'transient' | 'server';
  responseCode: number | null;
  message: string;
}

export type SendResult =
  { ok: true; messageId: string; response: string } | { ok: false; failure: DeliveryFailure };

/** Sends mail. Failures come back as data, so the delivery policy can decide what happens next. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<SendResult>;
}
