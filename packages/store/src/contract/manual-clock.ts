import type { Clock } from '@corroborate/core';

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  private ms: number;

  constructor(start: Date | string = '2026-03-01T10:00:00.000Z') {
    this.ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  set(at: Date | string): void {
    this.ms = new Date(at).getTime();
  }
}
