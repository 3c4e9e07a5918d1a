// The version stamp of the data: the loader's hash of what it wrote, then `+<n>` after n
// curated writes (each one counted in its own transaction, so the stamp and the audit log
// agree: the data of `<hash>+<n>` is the load plus the first n audit entries). Cached
// briefly so that stamping every response costs no extra round trip per request.
import type { Executor, Params } from './executor.js';
import { META_LABEL } from './graphWriter.js';

/** The statement a curated write runs in its transaction to move the stamp on. */
export function countEditStatement(): { cypher: string; params: Params } {
  return { cypher: `MERGE (m:${META_LABEL} {key: 'data'}) SET m.edits = coalesce(m.edits, 0) + 1`, params: {} };
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
