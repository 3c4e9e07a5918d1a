// Charges each operation's cost (set by the cost plugin in `didResolveOperation`) to the
// client's per-minute budget, after every plugin has resolved the operation and before it
// executes: over budget, the answer is 429 with Retry-After and nothing reaches Neo4j.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { RateLimitedError } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import { findRequestTrace } from './requestTrace.js';

export function createRateLimitPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        // Not in didResolveOperation: those hooks run concurrently, so the cost may not be set yet.
        async responseForOperation({ contextValue }) {
          const budget = findRequestTrace(contextValue)?.budget;
          if (!budget || !contextValue.cost) return null;
          const refusal = budget.charge(contextValue.cost.charged);
          if (!refusal) return null;
          const error = new RateLimitedError(
            `This address has spent its budget of ${refusal.max} cost points per minute; the query would cost ${refusal.requested}. Retry after ${refusal.retryAfter} s.`,
            refusal,
          );
          return {
            http: { status: 429, headers: new HeaderMap([['retry-after', String(refusal.retryAfter)]]) },
            body: { kind: 'single', singleResult: { errors: [error.toJSON()] } },
          };
        },
      };
    },
  };
}
