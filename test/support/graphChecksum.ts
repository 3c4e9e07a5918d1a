// A fingerprint of the whole graph (every node and relationship with its properties), to
// prove that a refused load or request changed nothing and a repeated load changed nothing.
// One computation for the tests and the load run (bench/load/graphChecksum.ts), so
// "unchanged" means the same in both; here it reads the test Neo4j from vitest.
import { inject } from 'vitest';
import { computeGraphChecksum, type GraphChecksum } from '../../bench/load/graphChecksum.js';

export function graphChecksum(uri: string = inject('neo4jUri')): Promise<GraphChecksum> {
  return computeGraphChecksum(uri);
}
