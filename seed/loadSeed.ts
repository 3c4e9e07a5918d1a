// Validates the whole seed first, then writes it in one transaction: a bad record stops
// the load with an error naming file, record and field, and nothing is written.
import { createHash } from 'node:crypto';
import type { Executor } from '../src/graph/executor.js';
import { writeGraph } from '../src/graph/graphWriter.js';
import { ensureSchema } from '../src/graph/schemaSetup.js';
import { readSeed, SEED_DATA_DIR } from './readSeed.js';
import { seedToGraphRows } from './toGraph.js';

export interface LoadResult {
  nodes: number;
  relationships: number;
}

export async function loadSeed(executor: Executor, options: { reset?: boolean; dir?: string } = {}): Promise<LoadResult> {
  const seed = readSeed(options.dir ?? SEED_DATA_DIR);
  const rows = seedToGraphRows(seed);
  await ensureSchema(executor);
  // The data version names exactly what was loaded, so a cited result can be reproduced.
  const dataVersion = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
  await writeGraph(executor, rows, { reset: options.reset, dataVersion });
  return { nodes: rows.nodes.length, relationships: rows.relationships.length };
}
