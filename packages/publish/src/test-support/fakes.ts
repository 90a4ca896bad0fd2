import type { Clock, IdGenerator } from '@corroborate/core';

/** A clock that stands still until told to move. */
export class FakeClock implements Clock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Ids "sub_1", "sub_2", … in order. */
export class SequentialIds implements IdGenerator {
  private n = 0;

  next(prefix: string): string {
    this.n += 1;
    return `${prefix}_${this.n}`;
  }
}
