import type { FastifyError, FastifyInstance } from 'fastify';
import { isDomainError, type ErrorCode, type Issue } from '@corroborate/core';

/** The one place where error codes become HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  not_found: 404,
  validation_failed: 400,
  invalid_transition: 409,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  unsupported_format: 415,
  input_too_large: 413,
  empty_input: 400,
  fetch_refused: 400,
  fetch_failed: 502,
  parse_failed: 400,
  integrity_failed: 500,
  csrf_failed: 403,
  rate_limited: 429,
  internal: 500,
};

export interface ErrorBody {
  code: string;
  message: string;
  issues?: Issue[];
}

const validationIssues = (err: FastifyError): Issue[] =>
  (err.validation ?? []).map((v) => ({
    path: [
      ...(err.validationContext ? [err.validationContext] : []),
      ...v.instancePath.split('/').filter(Boolean),
      ...(typeof v.params.missingProperty === 'string' ? [v.params.missingProperty] : []),
    ],
    message: v.message ?? 'is invalid',
  }));

/** Errors leave the server as {code, message, issues?}; never a stack trace. */
export const registerErrorHandling = (app: FastifyInstance): void => {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isDomainError(err)) {
      // A refusal that knows when to come back (the sign-in limit) says so.
      if ('retryAfterSeconds' in err && typeof err.retryAfterSeconds === 'number')
        void reply.header('retry-after', String(err.retryAfterSeconds));
      const body: ErrorBody = {
        code: err.code,
        message: err.message,
        ...(err.issues ? { issues: err.issues } : {}),
      };
      return reply.status(HTTP_STATUS[err.code]).send(body);
    }
    if (err.validation) {
      return reply.status(400).send({
        code: 'validation_failed',
        message: 'the request is not valid',
        issues: validationIssues(err),
      });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ code: 'input_too_large', message: 'the request body is too large' });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ code: 'bad_request', message: err.message });
    }
    req.log.error(err);
    return reply.status(500).send({ code: 'internal', message: 'internal error' });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` }),
  );
};
