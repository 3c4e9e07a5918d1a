// The one error module. Every error a client sees carries a stable `extensions.code`;
// clients and tests match on codes, never on messages.
import { GraphQLError, type GraphQLErrorOptions, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  TIMEOUT: 'TIMEOUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  /** The HTTP request itself is malformed (e.g. a body that is not JSON), before any GraphQL. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The HTTP path serves nothing (404): not /graphql, not the explorer, not a built asset. */
  NOT_FOUND: 'NOT_FOUND',
  /** The client's address is over its rate limit (HTTP 429 with `Retry-After`). */
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class: always writes `extensions.code`. */
export class GraphQLErrorWithCode extends GraphQLError {
  constructor(message: string, code: ErrorCode, options?: GraphQLErrorOptions) {
    super(message, { ...options, extensions: { ...options?.extensions, code } });
    this.name = this.constructor.name;
  }
}

export class BadUserInputError extends GraphQLErrorWithCode {
  constructor(message: string, extensions?: Record<string, unknown>) {
    super(message, ErrorCode.BAD_USER_INPUT, { extensions });
  }
}

/** No credentials, or credentials that do not name a live token. */
export class UnauthenticatedError extends GraphQLErrorWithCode {
  constructor(message = 'This operation needs a valid API token: send `Authorization: Bearer <token>`.') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

/** A valid token whose role does not allow the operation. */
export class ForbiddenError extends GraphQLErrorWithCode {
  constructor(message: string, extensions?: Record<string, unknown>) {
    super(message, ErrorCode.FORBIDDEN, { extensions });
  }
}

export class LimitExceededError extends GraphQLErrorWithCode {
  constructor(message: string, extensions: { limit: string; max: number; requested?: number }) {
    super(message, ErrorCode.LIMIT_EXCEEDED, { extensions });
  }
}

export class TimeoutError extends GraphQLErrorWithCode {
  constructor(message = 'The query took longer than the server allows and was stopped.') {
    super(message, ErrorCode.TIMEOUT);
  }
}

export class ServiceUnavailableError extends GraphQLErrorWithCode {
  constructor(message = 'The graph database is unreachable; try again shortly.') {
    super(message, ErrorCode.SERVICE_UNAVAILABLE);
  }
}

export class ConflictError extends GraphQLErrorWithCode {
  constructor(message = 'Other curated writes kept changing the data meanwhile; nothing was written. Try again.') {
    super(message, ErrorCode.CONFLICT);
  }
}

/** The HTTP request is not one GraphQL can read (answered 400 by the HTTP front). */
export class BadRequestError extends GraphQLErrorWithCode {
  constructor(message: string) {
    super(message, ErrorCode.BAD_REQUEST);
  }
}

/** The HTTP path serves nothing (answered 404 by the HTTP front). */
export class NotFoundError extends GraphQLErrorWithCode {
  constructor(message = 'Not found; GraphQL is served at /graphql.') {
    super(message, ErrorCode.NOT_FOUND);
  }
}

/**
 * The client's address spent its cost budget or has too many requests open: answered 429,
 * with `Retry-After` (seconds) as an HTTP header and as `extensions.retryAfter`.
 */
export class RateLimitedError extends GraphQLErrorWithCode {
  constructor(message: string, extensions: { limit: 'costPerMinute' | 'concurrentRequests'; max: number; requested?: number; retryAfter: number }) {
    super(message, ErrorCode.RATE_LIMITED, { extensions });
  }
}

export class InternalError extends GraphQLErrorWithCode {
  constructor(message = 'Internal server error.', options?: GraphQLErrorOptions) {
    super(message, ErrorCode.INTERNAL_SERVER_ERROR, options);
  }
}

/**
 * The JSON body of every error the HTTP front answers itself, before or without GraphQL (bad
 * JSON, too large, rate limited, 404, explorer not built): the GraphQL response shape, so a
 * client reads `errors[0].extensions.code` whoever answered.
 */
export function httpErrorBody(...errors: GraphQLErrorWithCode[]): { errors: GraphQLFormattedError[] } {
  return { errors: errors.map((e) => e.toJSON()) };
}
