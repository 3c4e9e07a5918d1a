// Charges each operation its cost before any Neo4j query and refuses it above the maximum
// (see computeCost.ts for how cost is counted). After a mutation, the graph's statistics
// are read again, so the next estimate knows what the write added.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { BadUserInputError, LimitExceededError } from '../../../errors.js';
import type { DegreeStatsProvider, DegreeStatsRecord } from '../../../graph/degreeStats.js';
import type { GraphQLContext } from '../../context.js';
import { computeCost, type CostEstimate } from './computeCost.js';

/** How long a mutation's response waits for the statistics to be read again (100-300 ms warm on the seed graph). */
const REFRESH_WAIT_MS = 2_000;

/** Distinct (operation, variables) estimates kept per document; past it, that document's start afresh. */
export const MAX_ESTIMATES_PER_DOCUMENT = 100;

/**
 * computeCost, once per document, operation, variables and statistics. Apollo's document
 * store hands every request of the same document the same DocumentNode, so the estimates
 * live (and are forgotten) with it. The key holds every variable's value: any of them can
 * size a list. An estimate made on older statistics is made again; a refusal is not kept.
 */
export function createCostEstimator(): (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null | undefined,
  stats: DegreeStatsRecord | null,
) => CostEstimate {
  const cache = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; stats: DegreeStatsRecord | null; estimate: CostEstimate }>>();
  return (schema, document, variables, operationName, stats) => {
    let byKey = cache.get(document);
    if (!byKey) cache.set(document, (byKey = new Map()));
    const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
    const known = byKey.get(key);
    if (known && known.stats === stats && known.schema === schema) return known.estimate;
    const estimate = computeCost(schema, document, variables, operationName, stats);
    if (byKey.size >= MAX_ESTIMATES_PER_DOCUMENT) byKey.clear();
    byKey.set(key, { schema, stats, estimate });
    return estimate;
  };
}

export function createCostPlugin(maxCost: number, degreeStats?: DegreeStatsProvider): ApolloServerPlugin<GraphQLContext> {
  const estimateCost = createCostEstimator();
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ document, request, contextValue, operationName, operation }) {
          // Errors thrown here would be answered with HTTP 500; a refusal is the client's error.
          const asClientError = <E extends GraphQLError>(e: E): E => {
            e.extensions.http = { status: 400 };
            return e;
          };
          if (operation?.operation === 'subscription') throw asClientError(new BadUserInputError('This API has no subscriptions.'));
          let estimate: CostEstimate;
          try {
            estimate = estimateCost(schema, document, request.variables ?? {}, operationName, degreeStats?.current() ?? null);
          } catch (e) {
            throw e instanceof LimitExceededError ? asClientError(e) : e;
          }
          const { charged, ceiling, basis } = estimate;
          contextValue.cost = { charged, max: maxCost, ceiling, basis };
          if (charged > maxCost)
            throw asClientError(
              new LimitExceededError(`The query would cost ${charged}, above the maximum of ${maxCost}: ask for smaller pages or fewer levels.`, {
                limit: 'cost',
                max: maxCost,
                requested: charged,
              }),
            );
        },
        async willSendResponse({ operation, response }) {
          const failed = response.body.kind === 'single' && !!response.body.singleResult.errors?.length && !response.body.singleResult.data;
          // Waited for (up to REFRESH_WAIT_MS: it scans every label) so that the curator's next
          // request is estimated on the graph as written.
          if (operation?.operation === 'mutation' && !failed && degreeStats)
            await Promise.race([degreeStats.refresh(), new Promise((resolve) => setTimeout(resolve, REFRESH_WAIT_MS).unref())]);
        },
      };
    },
  };
}
