// API tokens for curation. A token is 32 random bytes shown once at creation; the graph
// keeps only its SHA-256 (a fast hash is enough for a secret with 256 bits of entropy: there
// is nothing to brute-force), so a leaked database does not leak usable tokens.
// ApiToken nodes are bookkeeping, not entities: no `Entity` label, never returned by
// node() or search.
import { createHash, randomBytes } from 'node:crypto';
import { isDateTime } from 'neo4j-driver';
import type { Executor } from './executor.js';

export const API_TOKEN_LABEL = 'ApiToken';

/** Roles, weakest first: each may do what the ones before it may. */
export const ROLES = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_PREFIX = 'ftz_';
/** `ftz_` + 32 bytes in base64url (43 characters, no padding). */
export const TOKEN_PATTERN = /^ftz_[A-Za-z0-9_-]{43}$/;

/** A token as shown to admins and the CLI: never its hash. */
export interface ApiTokenRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function toIso(value: unknown): string | null {
  return value == null ? null : isDateTime(value as object) ? (value as { toString(): string }).toString() : String(value);
}

function toTokenRecord(props: Record<string, unknown>): ApiTokenRecord {
  return {
    id: props.id as string,
    name: props.name as string,
    role: props.role as Role,
    createdAt: toIso(props.createdAt)!,
    revokedAt: toIso(props.revokedAt),
  };
}

const PUBLIC_FIELDS = 't {.id, .name, .role, .createdAt, .revokedAt}';

/** Constraints for tokens (idempotent): unique ids, and unique hashes that back the lookup. */
export async function ensureTokenSchema(executor: Executor): Promise<void> {
  await executor.write(`CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:${API_TOKEN_LABEL}) REQUIRE t.id IS UNIQUE`);
  await executor.write(`CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:${API_TOKEN_LABEL}) REQUIRE t.hash IS UNIQUE`);
}

/** Creates a token; the returned `token` is the only time the secret exists outside its holder. */
export async function createApiToken(executor: Executor, input: { name: string; role: Role }): Promise<{ token: string; record: ApiTokenRecord }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const id = `tok_${randomBytes(6).toString('hex')}`;
  const records = await executor.write<{ t: Record<string, unknown> }>(
    `CREATE (t:${API_TOKEN_LABEL} {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
RETURN ${PUBLIC_FIELDS} AS t`,
    { id, name: input.name, role: input.role, hash: hashToken(token) },
  );
  return { token, record: toTokenRecord(records[0]!.get('t')) };
}

/** Marks a token revoked (keeping the first revocation time); null when no token has the id. */
export async function revokeApiToken(executor: Executor, id: string): Promise<ApiTokenRecord | null> {
  const records = await executor.write<{ t: Record<string, unknown> }>(
    `MATCH (t:${API_TOKEN_LABEL} {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, datetime()) RETURN ${PUBLIC_FIELDS} AS t`,
    { id },
  );
  return records[0] ? toTokenRecord(records[0].get('t')) : null;
}

/** Every token, newest first, without hashes. */
export async function listApiTokens(executor: Executor): Promise<ApiTokenRecord[]> {
  const records = await executor.read<{ t: Record<string, unknown> }>(`MATCH (t:${API_TOKEN_LABEL}) RETURN ${PUBLIC_FIELDS} AS t ORDER BY t.createdAt DESC, t.id`);
  return records.map((r) => toTokenRecord(r.get('t')));
}

/** The live (not revoked) token with this hash, or null. */
export async function findLiveTokenByHash(executor: Executor, hash: string): Promise<ApiTokenRecord | null> {
  const records = await executor.read<{ t: Record<string, unknown> }>(`MATCH (t:${API_TOKEN_LABEL} {hash: $hash}) WHERE t.revokedAt IS NULL RETURN ${PUBLIC_FIELDS} AS t`, {
    hash,
  });
  return records[0] ? toTokenRecord(records[0].get('t')) : null;
}
