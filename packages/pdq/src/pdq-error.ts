/** Stable codes of {@link PdqError}, so callers can map them to their own errors. */
export type PdqErrorCode = 'invalid_hash' | 'invalid_image' | 'invalid_index';

/** Thrown for a malformed hash, pixel buffer or index file. */
export class PdqError extends Error {
  constructor(
    readonly code: PdqErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PdqError';
  }
}
