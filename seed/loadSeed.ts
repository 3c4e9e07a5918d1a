// Validates the whole seed first, then writes it in one transaction: a bad record stops
// the load with an error naming file, record and field, and nothing is written.
import type { Executor } from '../src/graph/executor.js';
import { loadRecords, type LoadResult } from '../src/graph/loadRecords.js';
import { readSeed } from './readSeed.js';

export async function loadSeed(executor: Executor, options: { reset?: boolean; dir?: string } = {}): Promise<LoadResult> {
  return loadRecords(executor, readSeed(options.dir), { reset: options.reset });
}
