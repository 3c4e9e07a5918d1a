// Last stop for every error: each one leaves with an `extensions.code`; in production an
// unexpected error's message (which may quote Cypher or driver internals) is replaced.
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors.js';

export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    if (production && code === ErrorCode.INTERNAL_SERVER_ERROR)
      return { message: 'Internal server error.', locations: formatted.locations, path: formatted.path, extensions: { code } };
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
}
