// Every GraphQL example in the README runs, without errors and with data, against the real
// server and seed: what a newcomer pastes must work, and what a client library compiles (a
// named operation, run with the variables shown next to it) too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { listRequiredVariables, readReadmeOperations } from '../clients/support/readmeOperations.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

const operations = readReadmeOperations();

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('README examples', () => {
  it('has examples', () => expect(operations.length).toBeGreaterThanOrEqual(6));

  it('names every operation, each name once (codegen and relay-compiler skip anonymous ones)', () => {
    const names = operations.map((o) => o.name);
    expect(names.filter((n) => n === undefined)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('shows a value for every variable without a default', () => {
    for (const o of operations) {
      const missing = listRequiredVariables(o.definition).filter((v) => o.variables?.[v] === undefined);
      expect(missing, o.name).toEqual([]);
    }
  });

  it('shows paging through edges with a cursor variable (what relayStylePagination merges)', () => {
    const paged = operations.filter(
      (o) =>
        o.definition.variableDefinitions?.some((v) => v.variable.name.value === 'after') &&
        /edges\s*{\s*cursor/.test(o.document) &&
        /pageInfo\s*{\s*hasNextPage endCursor\s*}/.test(o.document),
    );
    expect(paged.length).toBeGreaterThanOrEqual(1);
  });

  it.each(operations.map((o) => [o.name ?? '(anonymous)', o] as const))('%s runs and returns data', async (_name, o) => {
    const r = await gql(app, o.document, o.variables);
    expect(r.errors).toBeUndefined();
    const values = Object.values(r.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    // Every root field answered with something (not null, not an empty list).
    for (const v of values) expect(Array.isArray(v) ? v.length : v).toBeTruthy();
  });
});
