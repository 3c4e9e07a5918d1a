// Builds the Apollo server. It never listens: src/httpServer.ts serves it, and tests build it too.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { DegreeStatsProvider } from './graph/degreeStats.js';
import { createContext, type GraphQLContext } from './graphql/context.js';
import { createFormatError } from './graphql/formatError.js';
import { createArmorProtection, DEFAULT_LIMITS, type Limits } from './graphql/limits.js';
import { createCostPlugin } from './graphql/plugins/cost/costPlugin.js';
import { createQueryStatsPlugin } from './graphql/plugins/queryStatsPlugin.js';
import { createRateLimitPlugin } from './graphql/plugins/rateLimitPlugin.js';
import { createRequestLogPlugin } from './graphql/plugins/requestLogPlugin.js';
import { createExecutionGateway } from './graphql/execution.js';

export interface ServerOptions {
  production: boolean;
  introspection: boolean;
  /** "Did you mean ...?" field suggestions in validation errors. */
  suggestions?: boolean;
  limits?: Limits;
  /** Reads the data-version stamp for `extensions.dataVersion`. */
  readDataVersion?: (options?: { fresh?: boolean }) => Promise<string | null>;
  /** The graph's degree statistics for the cost estimate; without them, lists are charged by page size. */
  degreeStats?: DegreeStatsProvider;
  /** Neo4j time in `extensions.neo4j`; defaults to on outside production. */
  exposeTimings?: boolean;
}

/**
 * Production's landing page (a browser's GET /graphql): ours, naming neither the server
 * software nor its version; Apollo's production default embeds its version in a script URL.
 */
const PRODUCTION_LANDING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FTZ knowledge graph API</title></head>
<body><h1>FTZ knowledge graph API</h1>
<p>A GraphQL API: POST a JSON body <code>{"query": "..."}</code> with <code>content-type: application/json</code> to this address.</p>
</body></html>
`;

function createProductionLandingPagePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PRODUCTION_LANDING_PAGE };
        },
      };
    },
  };
}

export function createApolloServer(options: ServerOptions): ApolloServer<GraphQLContext> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const armor = createArmorProtection(limits);
  return new ApolloServer<GraphQLContext>({
    // The schema (typeDefs and resolvers) and how each document is executed: graphql/execution.ts.
    gateway: createExecutionGateway(),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: !(options.suggestions ?? !options.production),
    // On by default in Apollo 5; stated so nobody turns it off by accident.
    csrfPrevention: true,
    // One operation per request: a batch would multiply every limit.
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: every request states its document (and is costed).
    persistedQueries: false,
    // main.ts owns SIGTERM/SIGINT (drain HTTP, then Apollo, driver, Neo4j). Apollo's own
    // handler, on by default outside tests, would stop Apollo first and leave our second
    // stop() waiting on it, so shutdown hung until the 20 s guard.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.production),
    validationRules: armor.validationRules,
    // armor's typings name Apollo's CommonJS types; the plugins are the same objects.
    plugins: [
      ...(armor.plugins as unknown as Array<ApolloServerPlugin<GraphQLContext>>),
      createCostPlugin(limits.maxCost, options.degreeStats),
      // After the cost plugin: it charges the cost that plugin computed to the client's budget.
      createRateLimitPlugin(),
      createQueryStatsPlugin(options.readDataVersion, { exposeTimings: options.exposeTimings ?? !options.production }),
      createRequestLogPlugin(),
      ...(options.production ? [createProductionLandingPagePlugin()] : []),
      // No @cacheControl hints here; Apollo's default plugin would still wrap every field
      // resolver to compute a policy (src/httpServer.ts sends `cache-control: no-store` itself).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}

export { createContext };
