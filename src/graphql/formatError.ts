// Last stop for every error: each one leaves with an `extensions.code`; in production an
// unexpected error's message (which may quote Cypher or driver internals) is replaced.
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, GraphQLErrorWithCode } from '../errors.js';

function findCodedError(error: unknown): GraphQLErrorWithCode | undefined {
  for (let e = error as { originalError?: unknown } | undefined; e; e = e.originalError as typeof e) {
    if (e instanceof GraphQLErrorWithCode) return e;
  }
  return undefined;
}

export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo wraps errors raised while parsing or validating (e.g. our limits) in its own
    // classes with their own codes; where one of ours is inside, its code is the truth.
    const ours = findCodedError(error);
    if (ours && formatted.extensions?.code !== ours.extensions.code) return { message: ours.message, locations: formatted.locations, extensions: { ...ours.extensions } };
    const code = (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (production && code === ErrorCode.INTERNAL_SERVER_ERROR)
      return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code } };
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
}
