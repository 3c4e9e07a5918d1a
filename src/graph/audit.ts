// The audit log: one AuditEntry per curation write, created by the write's own transaction
// (so an entry exists exactly when its write happened). Entries are bookkeeping, not
// entities: no `Entity` label, never returned by node() or search.
import { randomUUID } from 'node:crypto';
import neo4j, { isDateTime } from 'neo4j-driver';
import { BadUserInputError } from '../errors.js';
import type { Executor, Params } from './executor.js';
import { toPageWindow, type PageArgs } from './pagination.js';

export const AUDIT_LABEL = 'AuditEntry';

/** Who made a write: the token behind it. */
export interface AuditActor {
  tokenId: string;
  tokenName: string;
  role: string;
}

/** Who wrote what: the record before and after, as the seed's record shape (null when absent). */
export interface AuditInput extends AuditActor {
  operation: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntryRecord {
  id: string;
  at: string;
  tokenId: string;
  tokenName: string;
  role: string;
  operation: string;
  targetId: string;
  /** JSON of the record before the write; null for a creation. */
  before: string | null;
  /** JSON of the record after the write. */
  after: string | null;
}

export interface AuditPageRecord {
  entries: AuditEntryRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The statement that records one write; run it in the write's transaction. */
export function auditStatement(entry: AuditInput): { cypher: string; params: Params } {
  return {
    cypher: `CREATE (a:${AUDIT_LABEL} {id: $id, at: datetime(), token: $token, tokenName: $tokenName, role: $role,
  operation: $operation, targetId: $targetId, before: $before, after: $after})`,
    params: {
      id: randomUUID(),
      token: entry.tokenId,
      tokenName: entry.tokenName,
      role: entry.role,
      operation: entry.operation,
      targetId: entry.targetId,
      before: entry.before == null ? null : JSON.stringify(entry.before),
      after: entry.after == null ? null : JSON.stringify(entry.after),
    },
  };
}

/** A unique id, and an index that serves the log newest first (idempotent). */
export async function ensureAuditSchema(executor: Executor): Promise<void> {
  await executor.write(`CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:${AUDIT_LABEL}) REQUIRE a.id IS UNIQUE`);
  await executor.write(`CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:${AUDIT_LABEL}) ON (a.at)`);
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // fall through
  }
  throw new BadUserInputError('`after` is not a cursor returned by auditLog.', { argument: 'after' });
}

/** A page of entries, newest first (ties by id), optionally for one token name or target. */
export async function readAuditLog(
  executor: Executor,
  args: PageArgs & { tokenName?: string | null; targetId?: string | null },
): Promise<AuditPageRecord> {
  const window = toPageWindow(args);
  const after = window.after === null ? null : decodeCursor(window.after);
  const records = await executor.read<{ a: Record<string, unknown> }>(
    `MATCH (a:${AUDIT_LABEL})
WHERE ($tokenName IS NULL OR a.tokenName = $tokenName)
  AND ($targetId IS NULL OR a.targetId = $targetId)
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
RETURN a {.*} AS a
ORDER BY a.at DESC, a.id DESC
LIMIT $limit`,
    {
      tokenName: args.tokenName ?? null,
      targetId: args.targetId ?? null,
      afterAt: after?.at ?? null,
      afterId: after?.id ?? null,
      limit: neo4j.int(window.first + 1),
    },
  );
  const entries = records.slice(0, window.first).map((r) => {
    const a = r.get('a');
    return {
      id: a.id as string,
      at: isDateTime(a.at) ? a.at.toString() : String(a.at),
      tokenId: a.token as string,
      tokenName: a.tokenName as string,
      role: a.role as string,
      operation: a.operation as string,
      targetId: a.targetId as string,
      before: (a.before as string | null) ?? null,
      after: (a.after as string | null) ?? null,
    };
  });
  const last = entries.at(-1);
  return { entries, hasNextPage: records.length > window.first, endCursor: last ? encodeCursor(last.at, last.id) : null };
}
