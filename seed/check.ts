// `npm run seed:check`: validates the data files without touching Neo4j.
import { readSeed } from './readSeed.js';

const seed = readSeed();
const counts = Object.entries(seed).map(([k, v]) => `${k}=${v.length}`);
console.log(`seed OK: ${counts.join(' ')}`);
