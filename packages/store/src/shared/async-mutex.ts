/**
 * Lets one async task at a time through, in arrival order. better-sqlite3 has one connection
 * and a transaction that spans awaits must not have other callers' statements mixed into it.
 */
export class AsyncMutex {
  private tail: Promise<void> = Promise.resolve();

  /** Runs fn once every task queued before it has finished; its result or error is passed on. */
  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    // The next task waits for this one to settle, whether it succeeded or not.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
