// Starts the real app (HTTP + Apollo + the test Neo4j) and posts GraphQL to it.
import { inject } from 'vitest';
import { startApp, type AppOptions, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } & Record<string, unknown> }>;
  extensions?: { neo4j?: { queries: number; timeMs: number } } & Record<string, unknown>;
}

/**
 * The suite sends many requests from 127.0.0.1: rate limits are off and the log silent unless
 * `env` turns them on (test/http/rateLimit.int.test.ts, requestLog.int.test.ts).
 */
export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<RunningApp> {
  const config = loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    PORT: '0',
    SEED_ON_START: 'false',
    RATE_LIMIT_COST_PER_MINUTE: '0',
    RATE_LIMIT_CONCURRENT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return startApp(config, () => {}, options);
}

export async function gql<T = Record<string, unknown>>(app: RunningApp, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}
