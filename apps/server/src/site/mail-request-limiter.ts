import { DomainError } from '@corroborate/core';

/**
 * Caps requests that make us send mail (subscribe, e-mail sign-in) per client per hour, so the
 * forms cannot be used to flood someone's inbox. In memory: one server process, reset on restart.
 */
export class MailRequestLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perHour = 10,
    private readonly maxClients = 50_000,
  ) {}

  /** @throws DomainError('rate_limited') past the limit. */
  check(client: string, now: Date): void {
    const since = now.getTime() - 3_600_000;
    const recent = (this.hits.get(client) ?? []).filter((t) => t > since);
    if (recent.length >= this.perHour)
      throw new DomainError('rate_limited', `at most ${this.perHour} such requests an hour: try again later`);
    if (!this.hits.has(client) && this.hits.size >= this.maxClients) this.hits.clear();
    recent.push(now.getTime());
    this.hits.set(client, recent);
  }
}
