import type { Clock } from '@corroborate/core';

/** The machine's wall clock. */
export const systemClock: Clock = { now: () => new Date() };
