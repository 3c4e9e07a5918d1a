// Every GraphQL example in the README runs, without errors and with data, against the real
// server and seed: what a newcomer pastes must work, and what a client library compiles (a
// named operation, run with the variables shown next to it) too.
import {
  Kind,
  TypeInfo,
  buildSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  parse,
  visit,
  visitWithTypeInfo,
  type SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';
import { listRequiredVariables, readReadmeOperations } from '../clients/support/readmeOperations.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

const operations = readReadmeOperations();
const schema = buildSchema(loadTypeDefs());

/**
 * Selection sets a normalized cache cannot key: on an interface or union without `__typename`,
 * or on an entity (a type implementing Node) without `id`. Fragments count with their parent.
 */
function listUnkeyedSelections(document: string): string[] {
  const gaps: string[] = [];
  const typeInfo = new TypeInfo(schema);
  const selects = (set: SelectionSetNode, field: string): boolean =>
    set.selections.some((s) => (s.kind === Kind.FIELD && s.name.value === field && !s.alias) || (s.kind === Kind.INLINE_FRAGMENT && s.typeCondition === undefined && selects(s.selectionSet, field)));
  visit(
    parse(document),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const type = typeInfo.getType();
        if (!node.selectionSet || !type) return;
        const named = getNamedType(type);
        const where = `${typeInfo.getParentType()?.name}.${node.name.value}`;
        if (isAbstractType(named) && !selects(node.selectionSet, '__typename')) gaps.push(`${where}: no __typename on ${named.name}`);
        const isEntity = (isObjectType(named) && named.getInterfaces().some((i) => i.name === 'Node')) || named.name === 'Node';
        if (isEntity && !selects(node.selectionSet, 'id')) gaps.push(`${where}: no id on ${named.name}`);
      },
    }),
  );
  return gaps;
}

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

  it.each(operations.map((o) => [o.name ?? '(anonymous)', o] as const))('%s selects id on every entity and __typename on every interface', (_name, o) => {
    expect(listUnkeyedSelections(o.document)).toEqual([]);
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
