// The seed: the data files under seed/data (config SEED_DIR's default), read and validated by
// src/records/readRecordDir.ts.
import { DEFAULT_SEED_DIR } from '../src/config.js';
import { readRecordDir } from '../src/records/readRecordDir.js';
import type { RecordSet } from '../src/records/schema.js';

export const SEED_DATA_DIR = DEFAULT_SEED_DIR;

export function readSeed(dir: string = SEED_DATA_DIR): RecordSet {
  return readRecordDir(dir);
}
