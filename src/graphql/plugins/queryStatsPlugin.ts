// Stamps every response's `extensions`: `neo4j` (how many Neo4j queries the request ran and
// their total time, the evidence that round trips follow the query's shape) and
// `cost` (what the request was charged against the cost limit) and
// `dataVersion` (which load of the data answered, so a cited result can be reproduced).
// The time is left out unless `exposeTimings` (off in production: response times help an
// attacker tune a query against the timeout; operators read them in the request log).
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.js';

export function createQueryStatsPlugin(
  readDataVersion?: (options?: { fresh?: boolean }) => Promise<string | null>,
  options: { exposeTimings?: boolean } = {},
): ApolloServerPlugin<GraphQLContext> {
  const exposeTimings = options.exposeTimings ?? true;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (response.body.kind !== 'single') return;
          // After a mutation, the stamp of the data as it now is, not the cached one.
          const dataVersion = readDataVersion ? await readDataVersion({ fresh: operation?.operation === 'mutation' }) : null;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            neo4j: exposeTimings ? { queries: contextValue.stats.queries, timeMs: Math.round(contextValue.stats.timeMs * 100) / 100 } : { queries: contextValue.stats.queries },
            ...(contextValue.cost ? { cost: contextValue.cost } : {}),
            ...(dataVersion ? { dataVersion } : {}),
          };
        },
      };
    },
  };
}
