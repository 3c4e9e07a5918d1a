// Reports, in every response's `extensions.neo4j`, how many Neo4j queries the request ran
// and their total time: the evidence that round trips follow the query's shape.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context.js';

export const queryStatsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          neo4j: { queries: contextValue.stats.queries, timeMs: Math.round(contextValue.stats.timeMs * 100) / 100 },
        };
      },
    };
  },
};
