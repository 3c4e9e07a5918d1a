// Traversals (src/graph/traversal/): industrial chains, shortest paths, neighbourhoods.
// The walks are written out up to their caps, so each shape has one text; text only, no
// database (recording executor, empty answers).
import { buildSchema, executeSync, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ChainPlan } from '../../src/graph/plan.js';
import { readIndustryChain, readNeighborhood, readShortestPaths } from '../../src/graph/traversal/index.js';
import { planChain } from '../../src/graphql/selectionPlan.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

describe('industryChain', () => {
  it('downstream, with zones and clusters: only the selected properties are read (a date with its precision)', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readIndustryChain(
      executor,
      { id: 'industry:biomedicine', direction: 'DOWNSTREAM', maxHops: 2 },
      { industry: ['nameEn'], link: ['flow', 'sources', 'type'], zones: ['nameEn'], clusters: ['foundedOn'] },
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $hops, $id
      MATCH (root:Industry {id: $id})
      WITH root, CASE WHEN EXISTS { (root)-[:SUPPLIES]-() } THEN [root]
        ELSE [root] + COLLECT { MATCH (root)<-[:SUB_INDUSTRY_OF]-(s:Industry) RETURN s ORDER BY s.id } END AS seeds
      WITH root, seeds, COLLECT {
          UNWIND seeds AS s
          MATCH p = (s)-[:SUPPLIES]->{1,2}(n:Industry)
          WHERE NOT n IN seeds
          WITH n, min(length(p)) AS depth
          RETURN {node: n, depth: depth} AS e ORDER BY depth, n.id
        } AS down
      WITH root, [s IN seeds | {node: s, depth: 0, side: 'ROOT'}]
        + [e IN down | e {.*, side: 'DOWNSTREAM'}] AS entries,
        COLLECT {
          UNWIND seeds + [e IN down WHERE e.depth < $hops | e.node] AS a MATCH (a)-[r:SUPPLIES]->(:Industry) RETURN r
        } AS links
      RETURN {id: root.id, nameEn: root.nameEn} AS root,
        [e IN entries | {node: {id: e.node.id, nameEn: e.node.nameEn}, depth: e.depth, side: e.side}] AS nodes,
        [r IN links | {r: {flow: r.flow, sources: r.sources}, from: startNode(r).id, to: endNode(r).id}] AS links,
        COLLECT { UNWIND [e IN entries | e.node] AS p WITH DISTINCT p RETURN {industry: p.id, clusters: COLLECT { MATCH (p)<-[r:IN_INDUSTRY]-(n:IndustrialCluster) RETURN DISTINCT n.id AS nid ORDER BY nid }, zones: COLLECT { MATCH (p)<-[:IN_INDUSTRY]-(:IndustrialCluster)-[:LOCATED_IN]->(n:Zone) RETURN DISTINCT n.id AS nid ORDER BY nid }} AS placement } AS placements,
        [n IN COLLECT { UNWIND [e IN entries | e.node] AS p MATCH (p)<-[r:IN_INDUSTRY]-(n:IndustrialCluster) RETURN DISTINCT n } | {id: n.id, foundedOn: n.foundedOn, foundedOnPrecision: n.foundedOnPrecision}] AS clusters,
        [n IN COLLECT { UNWIND [e IN entries | e.node] AS p MATCH (p)<-[:IN_INDUSTRY]-(:IndustrialCluster)-[:LOCATED_IN]->(n:Zone) RETURN DISTINCT n } | {id: n.id, nameEn: n.nameEn}] AS zones"
    `);
  });

  it("from a selection plan: the industries' properties wherever they are selected (root, nodes, the links' ends), relationship fields left to their resolvers", () => {
    const schema = buildSchema(loadTypeDefs());
    const planOf = (document: string, variableValues: Record<string, unknown> = {}): ChainPlan => {
      let plan: ChainPlan | undefined;
      const result = executeSync({
        schema,
        document: parse(document),
        variableValues,
        fieldResolver: (_source, _args, _context, info) => {
          plan ??= planChain(info);
          return null;
        },
      });
      expect(result.errors).toBeUndefined();
      return plan!;
    };
    const CHAIN = `query($withZones: Boolean!) {
      industryChain(id: "industry:biomedicine") {
        root { nameZh parent { nameEn } }
        nodes { depth industry { __typename id nameEn } ...Placed where: zones @include(if: $withZones) { nameEn approvedOn } }
        links { from { description } to { ... on Industry { note } } link { flow kind: type sources { id } } }
      }
    }
    fragment Placed on ChainNode { clusters { id } }`;
    expect(planOf(CHAIN, { withZones: true })).toEqual({
      industry: ['description', 'id', 'nameEn', 'nameZh', 'note'],
      link: ['flow', 'sources', 'type'],
      zones: ['approvedOn', 'nameEn'],
      clusters: ['id'],
    });
    expect(planOf(CHAIN, { withZones: false })).toMatchObject({ zones: null, clusters: ['id'] });
    expect(planOf(`{ industryChain(id: "industry:biomedicine") { nodes { side } } }`)).toEqual({ industry: [], link: [], zones: null, clusters: null });
  });

  it('both ways, industries only', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readIndustryChain(executor, { id: 'industry:biomedicine', direction: 'BOTH' }, { industry: [], link: [], zones: null, clusters: null });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $hops, $id
      MATCH (root:Industry {id: $id})
      WITH root, CASE WHEN EXISTS { (root)-[:SUPPLIES]-() } THEN [root]
        ELSE [root] + COLLECT { MATCH (root)<-[:SUB_INDUSTRY_OF]-(s:Industry) RETURN s ORDER BY s.id } END AS seeds
      WITH root, seeds, COLLECT {
          UNWIND seeds AS s
          MATCH p = (s)-[:SUPPLIES]->{1,3}(n:Industry)
          WHERE NOT n IN seeds
          WITH n, min(length(p)) AS depth
          RETURN {node: n, depth: depth} AS e ORDER BY depth, n.id
        } AS down, COLLECT {
          UNWIND seeds AS s
          MATCH p = (s)<-[:SUPPLIES]-{1,3}(n:Industry)
          WHERE NOT n IN seeds
          WITH n, min(length(p)) AS depth
          RETURN {node: n, depth: depth} AS e ORDER BY depth, n.id
        } AS up
      WITH root, [s IN seeds | {node: s, depth: 0, side: 'ROOT'}]
        + [e IN down | e {.*, side: 'DOWNSTREAM'}]
        + [e IN up | e {.*, side: 'UPSTREAM'}] AS entries,
        COLLECT {
          UNWIND seeds + [e IN down WHERE e.depth < $hops | e.node] AS a MATCH (a)-[r:SUPPLIES]->(:Industry) RETURN r
          UNION
          UNWIND seeds + [e IN up WHERE e.depth < $hops | e.node] AS b MATCH (:Industry)-[r:SUPPLIES]->(b) RETURN r
        } AS links
      RETURN {id: root.id} AS root,
        [e IN entries | {node: {id: e.node.id}, depth: e.depth, side: e.side}] AS nodes,
        [r IN links | {r: {}, from: startNode(r).id, to: endNode(r).id}] AS links,
        [] AS placements,
        [] AS clusters,
        [] AS zones"
    `);
  });
});

describe('paths', () => {
  it('the hop bound is the one literal in the text', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readShortestPaths(executor, { from: 'zone:shanghai', to: 'industry:biomedicine', maxHops: 3, limit: 5 });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $candidates, $from, $limit, $to
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = allShortestPaths((a)-[:HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN|FOCUSES_ON*..3]-(b))
      WITH p LIMIT $candidates
      WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT $limit
      RETURN nodes(p) AS nodes, [r IN relationships(p) | {r: r, from: startNode(r).id, to: endNode(r).id}] AS links"
    `);
  });
});

describe('neighborhood', () => {
  it('one text for every bound and label set', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readNeighborhood(executor, { id: 'zone:shanghai', hops: 2, limit: 20, labels: ['PolicyDocument'] });
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $hops, $id, $labels, $limit
      MATCH (c:Entity {id: $id})
      WITH c, [c] AS seen, [c] AS frontier, [] AS levels
      WITH c, seen, frontier, levels, COLLECT {
          UNWIND CASE WHEN size(levels) < $hops AND size(seen) <= $limit + 1 THEN frontier ELSE [] END AS f
          MATCH (f)-[:HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN|FOCUSES_ON]-(n:Entity)
          WHERE NOT n IN seen AND any(l IN labels(n) WHERE l IN $labels)
          RETURN DISTINCT n ORDER BY n.id
        } AS next
      WITH c, seen + next AS seen, next AS frontier, levels + [next] AS levels
      WITH c, seen, frontier, levels, COLLECT {
          UNWIND CASE WHEN size(levels) < $hops AND size(seen) <= $limit + 1 THEN frontier ELSE [] END AS f
          MATCH (f)-[:HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN|FOCUSES_ON]-(n:Entity)
          WHERE NOT n IN seen AND any(l IN labels(n) WHERE l IN $labels)
          RETURN DISTINCT n ORDER BY n.id
        } AS next
      WITH c, seen + next AS seen, next AS frontier, levels + [next] AS levels
      WITH c, seen, frontier, levels, COLLECT {
          UNWIND CASE WHEN size(levels) < $hops AND size(seen) <= $limit + 1 THEN frontier ELSE [] END AS f
          MATCH (f)-[:HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN|FOCUSES_ON]-(n:Entity)
          WHERE NOT n IN seen AND any(l IN labels(n) WHERE l IN $labels)
          RETURN DISTINCT n ORDER BY n.id
        } AS next
      WITH c, seen + next AS seen, next AS frontier, levels + [next] AS levels
      WITH c, reduce(acc = [], i IN range(0, size(levels) - 1) | acc + [x IN levels[i] | {node: x, depth: i + 1}]) AS reached
      WITH c, [c] + [e IN reached[0..$limit] | e.node] AS nodes, size(reached) > $limit AS truncated
      RETURN c, nodes, truncated, COLLECT {
          UNWIND nodes AS a MATCH (a)-[r:HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN|FOCUSES_ON]->(b) WHERE b IN nodes
          RETURN {r: r, from: a.id, to: b.id} AS link
        } AS links"
    `);
  });
});
