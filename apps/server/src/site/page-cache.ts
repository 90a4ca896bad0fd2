/**
 * Rendered pages kept in memory as UTF-8 bytes (encoded once, not on every request) until the next write to the site. A single generation counter
 * makes invalidation trivially correct: any publish, update or moderation drops every page.
 * Pages that depend on the clock ("2 hours ago") also expire after `maxAgeMs`.
 */
export class PageCache {
  private readonly pages = new Map<string, { body: Buffer; at: number }>();

  constructor(
    private readonly maxEntries = 5_000,
    private readonly maxAgeMs = 60_000,
  ) {}

  get(key: string, nowMs: number): Buffer | undefined {
    const hit = this.pages.get(key);
    if (!hit) return undefined;
    if (nowMs - hit.at > this.maxAgeMs) {
      this.pages.delete(key);
      return undefined;
    }
    return hit.body;
  }

  set(key: string, body: string, nowMs: number): Buffer {
    // Oldest entry out first: a Map iterates in insertion order.
    if (this.pages.size >= this.maxEntries) {
      const oldest = this.pages.keys().next();
      if (!oldest.done) this.pages.delete(oldest.value);
    }
    const bytes = Buffer.from(body, 'utf8');
    this.pages.set(key, { body: bytes, at: nowMs });
    return bytes;
  }

  clear(): void {
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }
}
