// `npm run bench:hold [-- --scale medium --seed 42 --fresh]`
//
// Builds a benchmark scale's graph (or reuses it, as `npm run bench -- --reuse` does) and
// keeps its Neo4j running until Ctrl-C, for profiling queries by hand or running the server
// against it: `NEO4J_URI=<printed uri> npm start`.
import { parseArgs } from 'node:util';
import { openScale } from './benchNeo4j.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'medium' },
    seed: { type: 'string', default: '42' },
    fresh: { type: 'boolean', default: false },
    heap: { type: 'string', default: '4096' },
    pagecache: { type: 'string', default: '4096' },
  },
});

const { db, build } = await openScale(args.scale!, {
  reuse: !args.fresh,
  seed: Number(args.seed),
  heapMiB: Number(args.heap),
  pageCacheMiB: Number(args.pagecache),
  log: console.log,
});
console.log(`scale ${args.scale}: ${build.totals.nodes} nodes, ${build.totals.relationships} relationships`);
console.log(`NEO4J_URI=${db.local.uri}`);
const stop = async () => {
  await db.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
