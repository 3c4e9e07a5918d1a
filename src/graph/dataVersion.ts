// The version stamp of the loaded data (written by the loader), cached briefly so that
// stamping every response costs no extra round trip per request.
import type { Executor } from './executor.js';
import { META_LABEL } from './graphWriter.js';

export function createDataVersionReader(executor: Executor, ttlMs = 5_000): () => Promise<string | null> {
  let cached: { value: string | null; at: number } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.value;
    try {
      const records = await executor.read<{ v: string | null }>(`OPTIONAL MATCH (m:${META_LABEL} {key: 'data'}) RETURN m.version AS v`);
      cached = { value: records[0]?.get('v') ?? null, at: Date.now() };
    } catch {
      // Neo4j unreachable: the request itself reports that; keep the last known stamp.
      return cached?.value ?? null;
    }
    return cached.value;
  };
}
