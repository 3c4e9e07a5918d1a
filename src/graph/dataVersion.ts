// The version stamp of the data: the loader's hash of what it wrote, then `+<n>` after n
// curated writes (each one counted in its own transaction, so the stamp and the audit log
// agree: the data of `<hash>+<n>` is the load plus the first n audit entries). Cached
// briefly so that stamping every response costs no extra round trip per request.
import neo4j from 'neo4j-driver';
import type { Executor, WriteStatement } from './executor.js';
import { META_LABEL } from './graphWriter.js';

/** How many curated writes the data has had since it was loaded. */
export async function readEdits(executor: Executor): Promise<number> {
  const records = await executor.read<{ edits: number }>(`OPTIONAL MATCH (m:${META_LABEL} {key: 'data'}) RETURN coalesce(m.edits, 0) AS edits`);
  return records[0]?.get('edits') ?? 0;
}

/**
 * What a curated write runs first in its transaction: lock the stamp, then move it on from
 * `expected` (the count read before the write read its record). When another write came
 * between, the count differs, no row comes back and the transaction is rolled back with
 * `conflict()`: writes never overwrite what they did not see, and the audit's `before` is exact.
 */
export function countEditStatements(expected: number, conflict: () => Error): WriteStatement[] {
  return [
    // Taking the write lock first: the check below then reads the last committed count.
    { cypher: `MERGE (m:${META_LABEL} {key: 'data'}) SET m.edits = coalesce(m.edits, 0)`, params: {} },
    {
      cypher: `MATCH (m:${META_LABEL} {key: 'data'}) WHERE m.edits = $expected SET m.edits = $expected + 1 RETURN m.edits AS edits`,
      params: { expected: neo4j.int(expected) },
      orElse: conflict,
    },
  ];
}

/** Reads the stamp; `fresh` skips the cache (after a write, the writer sees its own stamp). */
export function createDataVersionReader(executor: Executor, ttlMs = 5_000): (options?: { fresh?: boolean }) => Promise<string | null> {
  let cached: { value: string | null; at: number } | undefined;
  return async (options) => {
    if (cached && !options?.fresh && Date.now() - cached.at < ttlMs) return cached.value;
    try {
      const records = await executor.read<{ v: string | null }>(
        `OPTIONAL MATCH (m:${META_LABEL} {key: 'data'})
RETURN m.version + CASE WHEN coalesce(m.edits, 0) > 0 THEN '+' + toString(m.edits) ELSE '' END AS v`,
      );
      cached = { value: records[0]?.get('v') ?? null, at: Date.now() };
    } catch {
      // Neo4j unreachable: the request itself reports that; keep the last known stamp.
      return cached?.value ?? null;
    }
    return cached.value;
  };
}
