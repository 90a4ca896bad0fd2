import { describe, expect, it } from 'vitest';
import { AsyncMutex } from './async-mutex';

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('AsyncMutex', () => {
  it('runs tasks one at a time in arrival order, even across awaits', async () => {
    const sut = new AsyncMutex();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await pause(ms);
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([sut.run(task('a', 20)), sut.run(task('b', 1)), sut.run(task('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('passes errors to their caller and keeps going', async () => {
    const sut = new AsyncMutex();
    const failing = sut.run(() => {
      throw new Error('first fails');
    });
    const next = sut.run(() => 'second runs');
    await expect(failing).rejects.toThrow('first fails');
    await expect(next).resolves.toBe('second runs');
  });
});
