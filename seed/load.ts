// `npm run seed [-- --reset]`: loads SEED_DIR (default seed/data) into the configured Neo4j
// (NEO4J_URI, or the local one, which must not be running in another process at the same time).
import { loadConfig } from '../src/config.js';
import { Executor } from '../src/graph/executor.js';
import { connectNeo4j } from '../src/neo4j/connect.js';
import { RecordValidationError } from '../src/records/readRecordDir.js';
import { loadSeed } from './loadSeed.js';

const reset = process.argv.includes('--reset');
const config = loadConfig();
const neo4j = await connectNeo4j(config.neo4j);
let exitCode = 0;
try {
  const executor = new Executor(neo4j.driver, { database: config.neo4j.database, timeoutMs: 300_000 });
  const result = await loadSeed(executor, { reset, dir: config.seedDir });
  console.log(`Seed loaded${reset ? ' (after reset)' : ''}: ${result.nodes} nodes, ${result.relationships} relationships written to ${neo4j.uri}.`);
} catch (e) {
  exitCode = 1;
  console.error(e instanceof RecordValidationError ? `Seed rejected, nothing written: ${e.message}` : e);
} finally {
  await neo4j.close();
}
process.exit(exitCode);
