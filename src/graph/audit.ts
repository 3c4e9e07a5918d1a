// The audit log: one AuditEntry per curation write, created by the write's own transaction
// (so an entry exists exactly when its write happened). Entries are bookkeeping, not
// entities: no `Entity` label, never returned by node() or search.
import { randomUUID } from 'node:crypto';
import neo4j, { isDateTime } from 'neo4j-driver';
import type { Executor, Params } from './executor.js';
import { decodeAuditCursor, encodeAuditCursor, toPageWindow, type PageArgs } from './pagination.js';

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
  /** The record before the write (parsed from its stored JSON); null for a creation. */
  before: unknown;
  /** The record after the write. */
  after: unknown;
}

export interface AuditEdgeRecord {
  cursor: string;
  node: AuditEntryRecord;
}

export interface AuditPageRecord {
  edges: AuditEdgeRecord[];
  hasNextPage: boolean;
}

/** The log as a lazy connection: page and total are each read once, and only if asked. */
export interface AuditConnectionRecord {
  page(): Promise<AuditPageRecord>;
  count(): Promise<number>;
}

export interface AuditLogArgs extends PageArgs {
  tokenName?: string | null;
  targetId?: string | null;
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

const AUDIT_FILTER = `($tokenName IS NULL OR a.tokenName = $tokenName)
  AND ($targetId IS NULL OR a.targetId = $targetId)`;

/**
 * The entries, newest first (ties by id), optionally for one token name or target. The
 * cursor is checked at once, so a bad one is refused even when only the total is asked for.
 */
export function readAuditLog(executor: Executor, args: AuditLogArgs): AuditConnectionRecord {
  const window = toPageWindow(args);
  const after = window.after === null ? null : decodeAuditCursor(window.after);
  const filter = { tokenName: args.tokenName ?? null, targetId: args.targetId ?? null };
  let page: Promise<AuditPageRecord> | undefined;
  let count: Promise<number> | undefined;
  return {
    page: () => (page ??= readAuditPage(executor, filter, window.first, after)),
    count: () => (count ??= executor.read<{ c: number }>(`MATCH (a:${AUDIT_LABEL}) WHERE ${AUDIT_FILTER} RETURN count(a) AS c`, filter).then((records) => records[0]!.get('c'))),
  };
}

async function readAuditPage(
  executor: Executor,
  filter: { tokenName: string | null; targetId: string | null },
  first: number,
  after: { at: string; id: string } | null,
): Promise<AuditPageRecord> {
  const records = await executor.read<{ a: Record<string, unknown> }>(
    `MATCH (a:${AUDIT_LABEL})
WHERE ${AUDIT_FILTER}
  AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
RETURN a {.*} AS a
ORDER BY a.at DESC, a.id DESC
LIMIT $limit`,
    { ...filter, afterAt: after?.at ?? null, afterId: after?.id ?? null, limit: neo4j.int(first + 1) },
  );
  const edges = records.slice(0, first).map((r) => {
    const a = r.get('a');
    const node: AuditEntryRecord = {
      id: a.id as string,
      at: isDateTime(a.at) ? a.at.toString() : String(a.at),
      tokenId: a.token as string,
      tokenName: a.tokenName as string,
      role: a.role as string,
      operation: a.operation as string,
      targetId: a.targetId as string,
      before: parseStored(a.before),
      after: parseStored(a.after),
    };
    return { cursor: encodeAuditCursor(node.at, node.id), node };
  });
  return { edges, hasNextPage: records.length > first };
}

/** Records are stored as JSON text (Neo4j has no map-valued properties); clients get the objects. */
function parseStored(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : null;
}
