// This project's server, as the benchmark runs it: the real app (src/app.ts) against the
// benchmark's Neo4j, without seeding. Run as a child of bench/run.ts:
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4100 tsx bench/ours/server.ts
// Prints "BENCH_READY <url>" once it listens.
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const app = await startApp(
  loadConfig({
    NEO4J_URI: process.env.NEO4J_URI,
    PORT: process.env.PORT ?? '4100',
    SEED_ON_START: 'false',
    // The benchmark's grouped count over a million measures can take seconds.
    QUERY_TIMEOUT_MS: '60000',
    // As deployed, like the other two servers (bench/servers.ts): production mode.
    NODE_ENV: 'production',
    // The benchmark sends thousands of requests from 127.0.0.1, and measures the server, not
    // its log: no rate limits, no request log.
    RATE_LIMIT_COST_PER_MINUTE: '0',
    RATE_LIMIT_CONCURRENT: '0',
    LOG_LEVEL: 'silent',
  }),
  () => {},
);
console.log(`BENCH_READY ${app.url}`);

const stop = async () => {
  await app.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
