/** A problem with one field of an input, with the path to it (as zod does). */
export interface Issue {
  path: (string | number)[];
  message: string;
}

/** Stable snake_case codes; HTTP and CLI map them in one place each. */
export type ErrorCode =
  | 'not_found'
  | 'validation_failed'
  | 'invalid_transition'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'unsupported_format'
  | 'input_too_large'
  | 'empty_input'
  | 'fetch_refused'
  | 'fetch_failed'
  | 'parse_failed'
  | 'integrity_failed'
  | 'csrf_failed'
  | 'rate_limited'
  | 'internal';

/** An expected failure: carries a stable code and a message fit to show a person. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError('not_found', `${what} ${id} does not exist`);

export const isDomainError = (err: unknown): err is DomainError => err instanceof DomainError;
