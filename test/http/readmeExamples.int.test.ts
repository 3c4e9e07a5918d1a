// Every GraphQL example in the README runs, without errors and with data, against the real
// server and seed: what a newcomer pastes must work, and what a client library compiles (a
// named operation, run with the variables shown next to it) too.
import { Kind, TypeInfo, buildSchema, getNamedType, isAbstractType, isObjectType, parse, visit, visitWithTypeInfo, type SelectionSetNode } from 'graphql';
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
    set.selections.some(
      (s) => (s.kind === Kind.FIELD && s.name.value === field && !s.alias) || (s.kind === Kind.INLINE_FRAGMENT && s.typeCondition === undefined && selects(s.selectionSet, field)),
    );
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

// What each example shows, from the seed: the examples keep their facts as they change shape.
const FACTS: Record<string, (data: unknown) => void> = {
  BeijingDocuments: (data) =>
    expect(data).toMatchObject({
      zone: {
        id: 'zone:beijing',
        batch: 6,
        launchedOn: '2020-09-24',
        documents: { nodes: expect.arrayContaining([expect.objectContaining({ id: 'document:guofa-2020-10', docNumber: '国发〔2020〕10号' })]) },
      },
    }),
  ZonesDashboard: (data) => {
    expect(data).toMatchObject({ zones: { totalCount: 23 } });
    const zones = readPath(data, ['zones', 'nodes']);
    expect(Array.isArray(zones) && zones.length).toBe(23);
    const clusters = (Array.isArray(zones) ? zones : []).flatMap((z: unknown) => readPath(z, ['clusters', 'nodes']));
    expect(clusters).toHaveLength(17);
  },
  BulkCommodityChain: (data) => {
    expect(readPath(data, ['industryChain', 'nodes'])).toEqual(
      expect.arrayContaining([expect.objectContaining({ side: 'ROOT', depth: 0, industry: expect.objectContaining({ id: 'industry:bulk-commodities' }) })]),
    );
    const paths = readPath(data, ['paths']);
    expect(Array.isArray(paths) && paths.length).toBeGreaterThan(0);
    for (const path of Array.isArray(paths) ? paths : []) {
      const ids = (readPath(path, ['nodes']) as Array<{ id: string }>).map((n) => n.id);
      expect([ids[0], ids.at(-1)]).toEqual(['zone:zhejiang', 'industry:biomedicine']);
      // Each link joins the two nodes beside it, whichever way it is stored.
      (readPath(path, ['links']) as Array<{ from: { id: string }; to: { id: string } }>).forEach((l, i) => {
        expect([l.from.id, l.to.id].sort()).toEqual([ids[i], ids[i + 1]].sort());
      });
    }
  },
  InvestmentMeasures: (data) =>
    expect(data).toMatchObject({
      reformMeasures: {
        totalCount: 1,
        edges: [{ node: { id: 'measure:fi-negative-list', zones: { edges: [{ node: { id: 'zone:shanghai' }, link: { from: '2013-09-30', first: true } }] } } }],
        pageInfo: { hasNextPage: false },
      },
    }),
  DashboardCharts: (data) => {
    // The largest group: the seventh replication batch's 6 financial-opening items, which are
    // replicated nationwide and piloted in no zone (the 'none' zone group).
    expect(readPath(data, ['reformMeasureCounts', 0])).toMatchObject({
      count: 6,
      keys: [
        { dimension: 'ZONE', node: null },
        { dimension: 'FIELD', node: { __typename: 'ReformField', id: 'field:financial-opening-innovation' } },
      ],
    });
    // The largest zone group: Hainan's goods-trade measures.
    expect(readPath(data, ['reformMeasureCounts'])).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          count: 4,
          keys: [
            { dimension: 'ZONE', node: expect.objectContaining({ __typename: 'Zone', id: 'zone:hainan-ftp' }) },
            { dimension: 'FIELD', node: expect.objectContaining({ __typename: 'ReformField', id: 'field:goods-trade' }) },
          ],
        }),
      ]),
    );
    expect(readPath(data, ['zoneCounts'])).toEqual(expect.arrayContaining([{ keys: [{ dimension: 'BATCH', number: 1 }], count: 1 }]));
  },
  FullTextSearch: (data) => expect(readPath(data, ['search', 0, 'node'])).toEqual({ __typename: 'Industry', id: 'industry:biomedicine', nameEn: 'Biomedicine' }),
};

function readPath(value: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), value);
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
    const check = FACTS[o.name ?? ''];
    expect(check, `no facts listed for ${o.name}`).toBeDefined();
    check?.(r.data);
  });
});
