// The benchmark's and the load run's documents are validated against schema/, so a schema
// change that breaks them fails here, not an hour into a benchmark run.
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { WORKLOAD } from '../../bench/load/workload.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';

const schema = buildSchema(loadTypeDefs());
const suiteDir = new URL('../../bench/queries/ours/', import.meta.url);
const suite = readdirSync(suiteDir)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => [f, readFileSync(new URL(f, suiteDir), 'utf8')] as const);

describe('benchmark documents', () => {
  it('has the suite', () => expect(suite.length).toBeGreaterThanOrEqual(8));

  it.each([...suite, ...WORKLOAD.map((q) => [`load:${q.name}`, q.query] as const)])('%s is valid against schema/', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
