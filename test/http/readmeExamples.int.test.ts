// Every GraphQL example in the README runs, without errors and with data, against the real
// server and seed: what a newcomer pastes must work.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { README_PATH } from '../../seed/graphContents.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

const examples = [...readFileSync(README_PATH, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('README examples', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(5));

  it.each(examples.map((q, i) => [i + 1, q] as const))('example %i runs and returns data', async (_i, query) => {
    const r = await gql(app, query);
    expect(r.errors).toBeUndefined();
    const values = Object.values(r.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    // Every root field answered with something (not null, not an empty list).
    for (const v of values) expect(Array.isArray(v) ? v.length : v).toBeTruthy();
  });
});
