// `npm run seed:check`: validates the data files `npm run seed` would load (SEED_DIR, default
// seed/data) without touching Neo4j.
import { loadConfig } from '../src/config.js';
import { readSeed } from './readSeed.js';

const seed = readSeed(loadConfig().seedDir);
const counts = Object.entries(seed).map(([k, v]) => `${k}=${v.length}`);
console.log(`seed OK: ${counts.join(' ')}`);
