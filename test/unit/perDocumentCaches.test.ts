// Per-document work done once (issue 13): the cost estimate and the selection plan are kept
// per parsed document (Apollo's document store hands each request of one document the same
// DocumentNode) and reused only while everything they depend on is the same.
import { ApolloServer } from '@apollo/server';
import { buildSchema, execute, parse, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { DegreeStatsRecord } from '../../src/graph/degreeStats.js';
import { ENTITY_LABELS, type EntityLabel } from '../../src/graph/model.js';
import type { NodePlan } from '../../src/graph/plan.js';
import { createCostEstimator } from '../../src/graphql/plugins/cost/costPlugin.js';
import { planEntity } from '../../src/graphql/selectionPlan.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';

const schema = buildSchema(loadTypeDefs());

/** 1,000 nodes of every label; at most `m` areas and measures per zone. */
const stats = (m: number): DegreeStatsRecord => ({
  nodes: Object.fromEntries(ENTITY_LABELS.map((l) => [l, 1000])) as Record<EntityLabel, number>,
  maxDegree: { 'Zone.areas': m, 'Zone.measures': m },
  chainLinks: 1,
  clusterIndustryLinks: 1,
  maxChainLinkSources: 1,
  observationsByMetric: {},
  traversedLinks: 1,
  maxTraversedDegree: 1,
  dataVersion: `v${m}`,
});

const DASHBOARD = `query D($id: ID!, $n: Int, $withAreas: Boolean = true) {
  zone(id: $id) { id nameEn areas @include(if: $withAreas) { nodes { id } } measures(first: $n) { nodes { id nameEn } } }
}`;

describe('cost estimate, once per document, operation, variables and statistics', () => {
  const document = parse(DASHBOARD);

  it('answers a second identical request with the estimate it made, and makes a new one when a page size changes', () => {
    const estimate = createCostEstimator();
    const s = stats(1000);
    const first = estimate(schema, document, { id: 'zone:a', n: 20 }, 'D', s);
    expect(estimate(schema, document, { id: 'zone:a', n: 20 }, 'D', s)).toBe(first);
    const larger = estimate(schema, document, { id: 'zone:a', n: 50 }, 'D', s);
    expect(larger).not.toBe(first);
    expect([first.charged, larger.charged]).toEqual([105, 195]);
  });

  it('estimates again on new statistics, and on an equal document parsed apart', () => {
    const estimate = createCostEstimator();
    const first = estimate(schema, document, { id: 'zone:a', n: 20 }, 'D', stats(1000));
    const fewer = estimate(schema, document, { id: 'zone:a', n: 20 }, 'D', stats(3));
    expect(fewer).not.toBe(first);
    expect([first.charged, fewer.charged]).toEqual([105, 20]);
    const again = estimate(schema, parse(DASHBOARD), { id: 'zone:a', n: 20 }, 'D', stats(3));
    expect(again).not.toBe(fewer);
    expect(again).toEqual(fewer);
  });
});

describe('selection plan, once per root field and the variables beneath it', () => {
  /** Runs the document and returns the plan `zone`'s resolver made. */
  const planOf = async (document: ReturnType<typeof parse>, variableValues: Record<string, unknown>): Promise<NodePlan> => {
    let plan: NodePlan | undefined;
    const rootValue = {
      zone: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        plan = planEntity(info, 'Zone');
        return null;
      },
    };
    const result = await execute({ schema, document, rootValue, variableValues });
    expect(result.errors).toBeUndefined();
    return plan!;
  };

  it("reuses the plan for a second request, whatever the root field's own id", async () => {
    const document = parse(DASHBOARD);
    const first = await planOf(document, { id: 'zone:a', n: 20 });
    expect(first.children.map((c) => [c.responseKey, c.window.first])).toEqual([
      ['areas', 20],
      ['measures', 20],
    ]);
    expect(await planOf(document, { id: 'zone:a', n: 20 })).toBe(first);
    expect(await planOf(document, { id: 'zone:b', n: 20 })).toBe(first);
  });

  it('plans again when a variable beneath the root changes the plan: a page size, an @include', async () => {
    const document = parse(DASHBOARD);
    const first = await planOf(document, { id: 'zone:a', n: 20 });
    const seven = await planOf(document, { id: 'zone:a', n: 7 });
    expect(seven).not.toBe(first);
    expect(seven.children.find((c) => c.responseKey === 'measures')?.window.first).toBe(7);
    const noAreas = await planOf(document, { id: 'zone:a', n: 20, withAreas: false });
    expect(noAreas.children.map((c) => c.responseKey)).toEqual(['measures']);
    // Omitted ($n's default page) and null are both the default page, planned apart.
    const omitted = await planOf(document, { id: 'zone:a' });
    expect(omitted).not.toBe(first);
    expect(omitted.children.find((c) => c.responseKey === 'measures')?.window.first).toBe(20);
  });
});

describe("Apollo's document store, which both caches rely on", () => {
  it('hands a second request of the same document the same parsed operation', async () => {
    const seen: OperationDefinitionNode[] = [];
    const server = new ApolloServer({
      typeDefs: 'type Query { hello(n: Int): String }',
      resolvers: {
        Query: {
          hello: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
            seen.push(info.operation);
            return 'hi';
          },
        },
      },
    });
    await server.start();
    try {
      for (const n of [1, 2]) await server.executeOperation({ query: 'query H($n: Int) { hello(n: $n) }', variables: { n } });
    } finally {
      await server.stop();
    }
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
  });
});
