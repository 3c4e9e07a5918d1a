// Records on the request's trace what only GraphQL knows, for the HTTP front's log line: the
// operation (name, type, document hash), its cost, and the code of every error sent,
// refusals included.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.js';
import { findRequestTrace, readErrorCodes } from './requestTrace.js';

export function createRequestLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName, operation, queryHash }) {
          const trace = findRequestTrace(contextValue);
          if (!trace) return;
          trace.operationName = operationName ?? null;
          trace.operationType = operation?.operation;
          trace.queryHash = queryHash;
          trace.cost = contextValue.cost;
          const body = response.body;
          trace.errorCodes = readErrorCodes(body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors);
        },
      };
    },
  };
}
