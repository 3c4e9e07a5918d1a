// Writes a whole validated record set (the seed) in one transaction, after the schema is in
// place, stamped with a data version. Validation is the reader's (src/records/readRecordDir.ts):
// a bad record stops the load there, before anything is written.
import { createHash } from 'node:crypto';
import type { RecordSet } from '../records/schema.js';
import type { Executor } from './executor.js';
import { writeGraph } from './graphWriter.js';
import { buildRecordRows } from './recordRows.js';
import { ensureSchema } from './schemaSetup.js';

export interface LoadResult {
  nodes: number;
  relationships: number;
}

/** `schemaReady`: the caller has just run ensureSchema (the server's start), so it is not run twice. */
export async function loadRecords(executor: Executor, records: RecordSet, options: { reset?: boolean; schemaReady?: boolean } = {}): Promise<LoadResult> {
  const rows = buildRecordRows(records);
  if (!options.schemaReady) await ensureSchema(executor);
  // The data version names exactly what was loaded, so a cited result can be reproduced.
  const dataVersion = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
  await writeGraph(executor, rows, { reset: options.reset, dataVersion });
  return { nodes: rows.nodes.length, relationships: rows.relationships.length };
}
