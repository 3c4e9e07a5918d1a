// GraphQL over HTTP with request headers (the Authorization header for curation), and
// API tokens issued straight through the data layer for tests.
import type { RunningApp } from '../../src/app.js';
import { ensureAuditSchema } from '../../src/graph/audit.js';
import type { Executor } from '../../src/graph/executor.js';
import { createApiToken, ensureTokenSchema, revokeApiToken, type Role } from '../../src/graph/tokens.js';
import type { GraphQLResponse } from './graphqlClient.js';

export async function gqlWithHeaders<T = Record<string, unknown>>(
  app: RunningApp,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** The Authorization header for a token. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** A live token with the role; `revoked: true` revokes it before it is ever used. */
export async function issueToken(executor: Executor, role: Role, name: string, options: { revoked?: boolean } = {}): Promise<{ id: string; token: string }> {
  await ensureTokenSchema(executor);
  await ensureAuditSchema(executor);
  const { token, record } = await createApiToken(executor, { name, role });
  if (options.revoked) await revokeApiToken(executor, record.id);
  return { id: record.id, token };
}
