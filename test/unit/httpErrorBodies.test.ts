// The HTTP front's own answers (no GraphQL ran) carry the error module's codes in the
// GraphQL response shape. No Neo4j: none of these requests reaches the driver, which points
// at a port where nothing listens.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer } from '../../src/apolloServer.js';
import { ErrorCode } from '../../src/errors.js';
import { Executor } from '../../src/graph/executor.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { createHttpServer } from '../../src/httpServer.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { findFreePort } from '../../src/neo4j/localNeo4j.js';
import type { ApolloServer } from '@apollo/server';

let apollo: ApolloServer<GraphQLContext>;
let driver: Driver;
let http: Server;
let origin: string;
// An explorer build with no index.html and no assets.
const emptyDist = mkdtempSync(join(tmpdir(), 'ftz-no-explorer-'));

beforeAll(async () => {
  driver = createDriver({ uri: `bolt://127.0.0.1:${await findFreePort()}` });
  apollo = createApolloServer({ production: false, introspection: true });
  await apollo.start();
  http = createHttpServer(apollo, new Executor(driver, { timeoutMs: 1_000 }), {
    maxBodyBytes: 1_000,
    maxTokens: 1_000,
    isReady: async () => false,
    explorerDir: emptyDist,
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => http.close(resolve));
  await apollo.stop();
  await driver.close();
  rmSync(emptyDist, { recursive: true, force: true });
});

/** The status, content type and every `extensions.code` of an answer. */
async function readAnswer(res: Response): Promise<{ status: number; type: string | null; codes: unknown[] }> {
  const body: unknown = await res.json();
  const errors = typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors) ? (body.errors as unknown[]) : [];
  const codes = errors.map((e) => (typeof e === 'object' && e !== null && 'extensions' in e ? (e.extensions as { code?: unknown }).code : undefined));
  return { status: res.status, type: res.headers.get('content-type'), codes };
}

describe('HTTP error bodies come from the error module', () => {
  it.each([
    ['a path that serves nothing (POST /)', () => fetch(`${origin}/`, { method: 'POST' }), 404, ErrorCode.NOT_FOUND],
    ['a missing explorer asset', () => fetch(`${origin}/assets/index-missing.js`), 404, ErrorCode.NOT_FOUND],
    ['the explorer when it is not built', () => fetch(`${origin}/`), 503, ErrorCode.SERVICE_UNAVAILABLE],
    [
      'a body that is not JSON',
      () => fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
      400,
      ErrorCode.BAD_REQUEST,
    ],
    [
      'a body over MAX_BODY_BYTES',
      () => fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ ${'x'.repeat(2_000)} }` }) }),
      413,
      ErrorCode.LIMIT_EXCEEDED,
    ],
  ])('%s: %i with %s', async (_what, send, status, code) => {
    expect(await readAnswer(await send())).toEqual({ status, type: 'application/json; charset=utf-8', codes: [code] });
  });
});
