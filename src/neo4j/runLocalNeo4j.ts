// `npm run neo4j`: runs the local Neo4j alone (same data directory and port as `npm start`),
// for Neo4j Browser-less Cypher work or to point several processes at it with NEO4J_URI.
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { MissingToolError, startLocalNeo4j } from './localNeo4j.js';

try {
  const { neo4j } = loadConfig();
  const local = await startLocalNeo4j({ home: resolve(neo4j.home), port: neo4j.boltPort, heapMiB: neo4j.heapMiB, pageCacheMiB: neo4j.pageCacheMiB });
  console.log(`Neo4j ready at ${local.uri} (data in ${local.home}). Ctrl-C stops it.`);
  const stop = async () => {
    await local.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (e) {
  console.error(e instanceof MissingToolError ? e.message : e);
  process.exit(1);
}
