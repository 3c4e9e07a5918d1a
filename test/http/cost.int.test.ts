// The cost model against the real server and the seed graph: what honest clients send passes,
// what multiplies work is refused before any Neo4j query, and the estimate follows the data
// as curators change it. Restores the seed at the end (one test writes).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSeed } from '../../seed/loadSeed.js';
import type { RunningApp } from '../../src/app.js';
import { readDegreeStats } from '../../src/graph/degreeStats.js';
import { Executor } from '../../src/graph/executor.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { bearer, gqlWithHeaders, issueToken } from '../support/authClient.js';
import { gql, startTestApp, type GraphQLResponse } from '../support/graphqlClient.js';

interface CostExtension {
  charged: number;
  max: number;
  ceiling: number;
  basis: string;
}
const costOf = (r: GraphQLResponse): CostExtension => r.extensions?.cost as CostExtension;
const queriesOf = (r: GraphQLResponse): number => r.extensions?.neo4j?.queries ?? 0;

let app: RunningApp;
let driver: Driver;
beforeAll(async () => {
  app = await startTestApp();
  driver = createDriver({ uri: inject('neo4jUri') });
});
afterAll(async () => {
  await loadSeed(new Executor(driver, { timeoutMs: 120_000 }), { reset: true });
  await driver.executeQuery('MATCH (n) WHERE n:ApiToken OR n:AuditEntry DETACH DELETE n');
  await driver.close();
  await app.stop();
});

describe('degree statistics', () => {
  it('reads the seed graph: node counts, the most related nodes per parent, chain links', async () => {
    const stats = await readDegreeStats(new Executor(driver, { timeoutMs: 60_000 }));
    // Industry: the 22 of the chains and the 74 sub-areas' focus industries (issue 12's facts).
    expect(stats.nodes).toMatchObject({ Zone: 23, Industry: 96, IndustrialCluster: 17 });
    expect(stats.maxDegree['Zone.clusters']).toBe(3);
    expect(stats.chainLinks).toBe(24);
    expect(stats.maxChainLinkSources).toBe((await driver.executeQuery('MATCH ()-[r:SUPPLIES]->() RETURN max(size(coalesce(r.sources, []))) AS n')).records[0]!.get('n'));
    expect(stats.observationsByMetric['reforms-replicated-nationwide']).toBe(
      (await driver.executeQuery("MATCH (o:Observation {metric: 'reforms-replicated-nationwide'}) RETURN count(o) AS n")).records[0]!.get('n'),
    );
    expect(stats.clusterIndustryLinks).toBe((await driver.executeQuery('MATCH ()-[r:IN_INDUSTRY]->() RETURN count(r) AS n')).records[0]!.get('n'));
    // Checked against a plain count of distinct neighbours, per field shape.
    const most = async (cypher: string) => (await driver.executeQuery(cypher)).records[0]!.get('m') as number;
    expect(stats.maxDegree['Zone.industries']).toBe(
      await most('MATCH (z:Zone) RETURN max(COUNT { MATCH (z)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(i:Industry) RETURN DISTINCT i }) AS m'),
    );
    expect(stats.maxDegree['Source.supports']).toBe(await most('MATCH (s:Source) RETURN max(COUNT { MATCH (s)<-[:SOURCED_FROM]-(n) RETURN DISTINCT n }) AS m'));
    expect(stats.maxDegree['PolicyDocument.zones']).toBe(await most('MATCH (d:PolicyDocument) RETURN max(COUNT { MATCH (d)-[:APPLIES_TO]->(z:Zone) RETURN DISTINCT z }) AS m'));
  });
});

/** A zone with its clusters, as the cost tests select it. */
type ZoneClusters = { clusters: { nodes: unknown[] } };

describe('cost: what clients send', () => {
  const tree = '{ zones(first:100) { nodes { id clusters(first:20) { nodes { id industries(first:30) { nodes { id nameEn } } } } } } }';

  it('charges a query the same with and without __typename in every selection set (Apollo Client, Relay)', async () => {
    const plain = await gql(app, tree);
    const typed = await gql<{ zones: { nodes: Array<{ __typename: string }> } }>(app, tree.replace(/\{/g, '{ __typename '));
    expect(typed.errors).toBeUndefined();
    expect(costOf(typed)).toEqual(costOf(plain));
    expect(costOf(typed)).toMatchObject({ ceiling: 186_301, basis: 'statistics' });
    expect(typed.data!.zones.nodes).toHaveLength(23);
    expect(typed.data!.zones.nodes[0]!.__typename).toBe('Zone');
  });

  it('passes a 23-zone dashboard with first: 50 on clusters and industries, charged by what the graph holds', async () => {
    const q = `{ zones(first: 23) { totalCount nodes { id shortName areas { totalCount nodes { nameEn } }
      clusters(first: 50) { nodes { nameEn industries(first: 50) { nodes { nameEn measures(first: 20) { totalCount } } } } } } } }`;
    const r = await gql<{ zones: { totalCount: number; nodes: ZoneClusters[] } }>(app, q);
    expect(r.errors).toBeUndefined();
    // By page sizes alone it would be refused (3.6 million).
    expect(costOf(r).ceiling).toBeGreaterThan(costOf(r).max);
    expect(costOf(r).charged).toBeLessThan(10_000);
    expect(r.data!.zones.totalCount).toBe(23);
    const clusters = r.data!.zones.nodes.flatMap((z: { clusters: { nodes: unknown[] } }) => z.clusters.nodes);
    expect(clusters).toHaveLength(17);
  });

  it('charges first: null as the 20 items the resolver returns (the issue query was charged 9 for 97 KB)', async () => {
    const q = (first: string) =>
      `{ zones(first:${first}) { nodes { documents(first:${first}) { nodes { zones(first:${first}) { nodes { documents(first:${first}) { nodes { id } } } } } } } } }`;
    const withNull = await gql(app, q('null'));
    const with20 = await gql(app, q('20'));
    expect(costOf(withNull)).toEqual(costOf(with20));
    expect(costOf(withNull).charged).toBeGreaterThan(10_000);
    // 30 aliases of it are refused before any Neo4j query.
    const aliased = await gql(app, `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${q('null').slice(1, -1)}`).join(' ')} }`);
    expect(aliased.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'cost' });
    expect(queriesOf(aliased)).toBe(0);
  });

  it('answers 30 aliased industryChain(maxHops: 6, direction: BOTH) quickly, charged by the chain they can reach', async () => {
    const chain =
      'industryChain(id: "industry:ports-shipping-logistics", maxHops: 6, direction: BOTH) { nodes { depth industry { id } zones { id } clusters { id } } links { from { id } to { id } } }';
    await driver.executeQuery('CALL db.clearQueryCaches()');
    const started = Date.now();
    const r = await gql<Record<string, { nodes: unknown[] }>>(app, `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${chain}`).join(' ')} }`);
    const elapsed = Date.now() - started;
    expect(r.errors).toBeUndefined();
    expect(r.data!.a0!.nodes).toHaveLength(9);
    expect(r.data!.a29).toEqual(r.data!.a0);
    // 116 s of Neo4j time before; the budget here leaves room for a loaded CI machine.
    expect(elapsed).toBeLessThan(15_000);
    // 22 industries and 24 SUPPLIES links in the seed bound every chain.
    const one = await gql(app, `{ ${chain} }`);
    expect(costOf(r).charged).toBe(30 * costOf(one).charged);
    expect(costOf(one).charged).toBeLessThan(costOf(one).ceiling);
  });
});

describe('cost: wide filters', () => {
  const ors = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ nameEn_contains: `x${i}` })) });

  it('refuses a where of 21 conditions before any Neo4j query, as a variable and as a literal', async () => {
    const byVariable = await gql(app, 'query($w: ZoneWhere) { zones(where: $w) { totalCount } }', { w: ors(21) });
    expect(byVariable.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'filterConditions', max: 20, requested: 21 });
    expect(queriesOf(byVariable)).toBe(0);
    const literal = `{ zones(where: { OR: [${ors(21)
      .OR.map((c) => `{ nameEn_contains: "${c.nameEn_contains}" }`)
      .join(', ')}] }) { totalCount } }`;
    const byLiteral = await gql(app, literal);
    expect(byLiteral.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'filterConditions', requested: 21 });
    expect(byLiteral.status).toBe(400);
  });

  it('answers 20 conditions, charging them', async () => {
    const r = await gql<{ zones: { totalCount: number } }>(app, 'query($w: ZoneWhere) { zones(where: $w) { totalCount } }', {
      w: { OR: [{ shortName: 'Shanghai' }, ...ors(19).OR] },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.zones.totalCount).toBe(1);
    const plain = await gql(app, '{ zones { totalCount } }');
    expect(costOf(r).charged - costOf(plain).charged).toBe(20_000);
  });

  it.each([
    ['_some/_none subqueries', { OR: Array.from({ length: 6 }, () => ({ clusters_some: { nameEn: 'x' } })) }, 'filterSubqueries'],
    ['a long _in list', { id_in: Array.from({ length: 101 }, (_, i) => `zone:z${i}`) }, 'filterValues'],
  ])('refuses too many %s before any Neo4j query', async (_name, where, limit) => {
    const r = await gql(app, 'query($w: ZoneWhere) { zones(where: $w) { totalCount } }', { w: where });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit });
    expect(queriesOf(r)).toBe(0);
  });

  it('refuses six orderBy keys for the whole request, before any Neo4j query', async () => {
    const order = Array.from({ length: 6 }, () => ({ field: 'AREA_KM2' }));
    const r = await gql(app, 'query($o: [ZoneOrder!]) { zones(orderBy: $o) { totalCount } other: zones { totalCount } }', { o: order });
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'orderBy', max: 5, requested: 6 });
    expect(queriesOf(r)).toBe(0);
  });
});

describe('cost: statistics follow curated writes', () => {
  it('estimates more once a write gives a zone more clusters than any zone had', async () => {
    const q = '{ zones(first: 50) { nodes { clusters(first: 50) { nodes { id } } } } }';
    const before = await gql<{ zones: { nodes: ZoneClusters[] } }>(app, q);
    const most = Math.max(...before.data!.zones.nodes.map((z: { clusters: { nodes: unknown[] } }) => z.clusters.nodes.length));
    // zones 1 + 23 × (nodes 1 + clusters 1 + most × (nodes 1 + id 1))
    expect(costOf(before).charged).toBe(1 + 23 * (1 + 1 + most * 2));

    const executor = new Executor(driver, { timeoutMs: 60_000 });
    const { token } = await issueToken(executor, 'curator', 'test-cost-curator');
    const source = await gql<{ zone: { sources: { nodes: Array<{ id: string }> } } }>(app, '{ zone(id: "zone:hainan") { sources(first: 1) { nodes { id } } } }');
    const sourceId: string = source.data!.zone.sources.nodes[0]!.id;
    const upsert = 'mutation($input: IndustrialClusterInput!) { upsertIndustrialCluster(input: $input) { id zone { id } } }';
    for (let i = 0; i <= most; i++) {
      const w = await gqlWithHeaders(
        app,
        upsert,
        { input: { id: `cluster:cost-test-${i}`, nameEn: `Cost test ${i}`, zone: 'zone:hainan', industries: ['industry:biomedicine'], sources: [sourceId] } },
        bearer(token),
      );
      expect(w.errors, JSON.stringify(w.errors)).toBeUndefined();
    }
    // The write's response waits up to 2 s for the statistics; a loaded machine may need longer.
    let after = await gql<{ zones: { nodes: ZoneClusters[] } }>(app, q);
    for (let i = 0; i < 20 && costOf(after).charged === costOf(before).charged; i++) {
      await new Promise((res) => setTimeout(res, 500));
      after = await gql<{ zones: { nodes: ZoneClusters[] } }>(app, q);
    }
    const hainan = after.data!.zones.nodes.map((z: { clusters: { nodes: unknown[] } }) => z.clusters.nodes.length);
    expect(Math.max(...hainan)).toBeGreaterThan(most);
    expect(costOf(after).charged).toBe(1 + 23 * (1 + 1 + Math.max(...hainan) * 2));
  });
});
