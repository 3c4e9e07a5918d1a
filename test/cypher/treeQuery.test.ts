// Tree reads (src/graph/treeQuery.ts): an entity or a root list with the relationship
// fields planned beneath it, nested as CALL subqueries in one statement. The plans are what
// src/graphql/selectionPlan.ts makes of a selection; text only, no database.
import { buildSchema, executeSync, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { NodePlan, RelationPlan } from '../../src/graph/plan.js';
import { readEntityTree, readListTree } from '../../src/graph/treeQuery.js';
import { planEntity } from '../../src/graphql/selectionPlan.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

const FIRST_PAGE = { first: 5, after: null };

/** `{ zone(id) { nameEn measures(first: 5) { totalCount nodes { nameEn replicatedNationwideOn fields { nodes { nameEn } } } } industries { totalCount } } }` */
const ZONE_CHILDREN: RelationPlan[] = [
  {
    responseKey: 'measures',
    key: 'Zone.measures',
    window: FIRST_PAGE,
    page: true,
    count: true,
    properties: ['nameEn', 'replicatedNationwideOn'],
    link: true,
    linkSources: ['publishedOn', 'title'],
    children: [
      { responseKey: 'fields', key: 'ReformMeasure.fields', window: FIRST_PAGE, page: true, count: false, properties: ['nameEn'], link: false, linkSources: null, children: [] },
    ],
  },
  { responseKey: 'industries', key: 'Zone.industries', window: FIRST_PAGE, page: false, count: true, properties: [], link: false, linkSources: null, children: [] },
];

describe('readEntityTree', () => {
  it('an entity by id with a page (links, a nested page), a total and a derived total', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntityTree(executor, 'Zone', 'zone:shanghai', ['nameEn', 'launchedOn'], ZONE_CHILDREN);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2
      MATCH (n:Zone {id: $p0})
      CALL {
          WITH n
          WITH n AS p
          MATCH (p)<-[r:PILOTED_IN]-(n:ReformMeasure)
          WITH n, r, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS dir
          WITH n, r, dir, [] AS keys
          ORDER BY n.id ASC
          LIMIT $p1
          CALL {
              WITH n
              WITH n AS p
              MATCH (p)-[r:IN_FIELD]->(n:ReformField)
              WITH n
              WITH n, [] AS keys
              ORDER BY n.id ASC
              LIMIT $p2
              RETURN collect(n {.id, .nameEn}) AS s0
          }
          WITH * ORDER BY n.id ASC
          RETURN collect({node: n {.id, .nameEn, .replicatedNationwideOn, .replicatedNationwideOnPrecision}, rel: r, dir: dir, srcs: COLLECT { UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS srcIndex MATCH (src:Source {id: r.sources[srcIndex]}) WITH src, srcIndex ORDER BY srcIndex RETURN src {.id, .publishedOn, .publishedOnPrecision, .title} }, sub: {s0: s0}}) AS s0
      }
      CALL {
          WITH n
          RETURN COUNT { (n)<-[:PILOTED_IN]-() } AS c0
      }
      CALL {
          WITH n
          WITH n AS p
          MATCH (p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry)
          WHERE true
          RETURN count(DISTINCT n) AS c1
      }
      RETURN n {.id, .nameEn, .launchedOn, .launchedOnPrecision} AS n, {s0: s0, c0: c0, c1: c1} AS sub"
    `);
  });

  it('a derived field (Zone.industries through clusters): distinct nodes, no link, as the batched page', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntityTree(
      executor,
      'Zone',
      'zone:shanghai',
      [],
      [{ responseKey: 'industries', key: 'Zone.industries', window: FIRST_PAGE, page: true, count: false, properties: ['nameEn'], link: true, linkSources: null, children: [] }],
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1
      MATCH (n:Zone {id: $p0})
      CALL {
          WITH n
          WITH n AS p
          MATCH (p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry)
          WITH DISTINCT p, n
          WITH n, null AS r, null AS dir
          WITH n, r, dir, [] AS keys
          ORDER BY n.id ASC
          LIMIT $p1
          RETURN collect({node: n {.id, .nameEn}, rel: r, dir: dir}) AS s0
      }
      RETURN n {.id} AS n, {s0: s0} AS sub"
    `);
  });

  it('a filtered, ordered field and a filtered total', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readEntityTree(
      executor,
      'Zone',
      'zone:shanghai',
      [],
      [
        {
          responseKey: 'docs',
          key: 'Zone.documents',
          where: { kind: 'OVERALL_PLAN' },
          orderBy: [{ field: 'ISSUED_ON', direction: 'DESC' }],
          window: FIRST_PAGE,
          page: true,
          count: true,
          properties: ['titleEn'],
          link: false,
          linkSources: null,
          children: [],
        },
      ],
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2, $p3
      MATCH (n:Zone {id: $p0})
      CALL {
          WITH n
          WITH n AS p
          MATCH (p)<-[r:APPLIES_TO]-(n:PolicyDocument)
          WHERE n.kind = $p1
          WITH n, n.issuedOn AS k0
          WITH n, k0, [k0] AS keys
          ORDER BY k0 IS NULL, k0 DESC, n.id ASC
          LIMIT $p2
          RETURN collect({node: n {.id, .titleEn}, keys: keys}) AS s0
      }
      CALL {
          WITH n
          WITH n AS p
          MATCH (p)<-[r:APPLIES_TO]-(n:PolicyDocument)
          WHERE n.kind = $p3
          RETURN count(DISTINCT n) AS c0
      }
      RETURN n {.id} AS n, {s0: s0, c0: c0} AS sub"
    `);
  });
});

describe('readListTree', () => {
  it('a root list page and total with planned fields beneath its nodes', async () => {
    const { executor, statements } = createRecordingExecutor(() => [{ total: 0, items: [] }]);
    await readListTree(executor, { label: 'Zone', where: { batch: 1 }, window: { first: 10, after: null } }, { page: true, count: true, properties: ['nameEn'] }, ZONE_CHILDREN);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2, $p3, $p4, $p5
      CALL {
          MATCH (n:Zone)
          WHERE n.batch = $p0
          RETURN count(n) AS total
      }
      CALL {
          MATCH (n:Zone)
          WHERE n.batch = $p1
          WITH n
          WHERE (n.id > $p2)
          WITH n, [] AS keys
          ORDER BY n.id ASC
          LIMIT $p3
          CALL {
              WITH n
              WITH n AS p
              MATCH (p)<-[r:PILOTED_IN]-(n:ReformMeasure)
              WITH n, r, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS dir
              WITH n, r, dir, [] AS keys
              ORDER BY n.id ASC
              LIMIT $p4
              CALL {
                  WITH n
                  WITH n AS p
                  MATCH (p)-[r:IN_FIELD]->(n:ReformField)
                  WITH n
                  WITH n, [] AS keys
                  ORDER BY n.id ASC
                  LIMIT $p5
                  RETURN collect(n {.id, .nameEn}) AS s0
              }
              WITH * ORDER BY n.id ASC
              RETURN collect({node: n {.id, .nameEn, .replicatedNationwideOn, .replicatedNationwideOnPrecision}, rel: r, dir: dir, srcs: COLLECT { UNWIND range(0, size(coalesce(r.sources, [])) - 1) AS srcIndex MATCH (src:Source {id: r.sources[srcIndex]}) WITH src, srcIndex ORDER BY srcIndex RETURN src {.id, .publishedOn, .publishedOnPrecision, .title} }, sub: {s0: s0}}) AS s0
          }
          CALL {
              WITH n
              RETURN COUNT { (n)<-[:PILOTED_IN]-() } AS c0
          }
          CALL {
              WITH n
              WITH n AS p
              MATCH (p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry)
              WHERE true
              RETURN count(DISTINCT n) AS c1
          }
          WITH * ORDER BY n.id ASC
          RETURN collect({node: n {.id, .nameEn}, sub: {s0: s0, c0: c0, c1: c1}}) AS items
      }
      RETURN total, items"
    `);
  });

  it('a page and its total, anchored at a related node: one pass over the matches of the anchor, the page after the cursor', async () => {
    const { executor, statements } = createRecordingExecutor(() => [{ total: 0, items: [] }]);
    await readListTree(
      executor,
      {
        label: 'ReformMeasure',
        where: { fields_some: { id: 'field:finance' }, nameEn_contains: 'trade' },
        orderBy: [{ field: 'NAME_EN', direction: 'DESC' }],
        window: { first: 10, after: null },
      },
      { page: true, count: true, properties: ['nameEn'] },
      [
        {
          responseKey: 'zones',
          key: 'ReformMeasure.zones',
          window: { first: 3, after: null },
          page: true,
          count: false,
          properties: ['shortName'],
          link: false,
          linkSources: null,
          children: [],
        },
      ],
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2, $p3
      CALL {
          MATCH (a:ReformField {id: $p0})
          WHERE true
          MATCH (n)-[:IN_FIELD]->(a:ReformField)
          WHERE n:ReformMeasure
          WITH DISTINCT n
          WHERE toLower(n.nameEn) CONTAINS toLower($p1)
          WITH n, n.nameEn AS k0
          WITH n, [k0] AS keys, true AS past, k0
          ORDER BY k0 IS NULL, k0 DESC, n.id ASC
          WITH count(*) AS total, collect(CASE WHEN past THEN {n: n, keys: keys} END)[0..$p2] AS rows
          CALL (rows) {
              UNWIND rows AS row
              WITH row.n AS n, row.keys AS keys, row.keys[0] AS k0
              CALL {
                  WITH n
                  WITH n AS p
                  MATCH (p)-[r:PILOTED_IN]->(n:Zone)
                  WITH n
                  WITH n, [] AS keys
                  ORDER BY n.id ASC
                  LIMIT $p3
                  RETURN collect(n {.id, .shortName}) AS s0
              }
              WITH * ORDER BY k0 IS NULL, k0 DESC, n.id ASC
              RETURN collect({node: n {.id, .nameEn}, keys: keys, sub: {s0: s0}}) AS items
          }
          RETURN total, items
      }
      RETURN total, items"
    `);
  });

  it('a total alone, anchored at a related node', async () => {
    const { executor, statements } = createRecordingExecutor(() => [{ total: 0, items: null }]);
    await readListTree(
      executor,
      { label: 'ReformMeasure', where: { fields_some: { id: 'field:finance' } }, window: { first: 10, after: null } },
      { page: false, count: true, properties: [] },
      [],
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0
      CALL {
          MATCH (a:ReformField {id: $p0})
          WHERE true
          MATCH (n)-[:IN_FIELD]->(a:ReformField)
          WHERE n:ReformMeasure
          WITH DISTINCT n
          WHERE true
          RETURN count(n) AS total
      }
      RETURN total, null AS items"
    `);
  });
});

describe('from a selection plan', () => {
  /** The plan src/graphql/selectionPlan.ts makes of a document's root field (resolved to null: nothing runs below it). */
  function planOf(document: string): NodePlan {
    const schema = buildSchema(loadTypeDefs());
    let plan: NodePlan | undefined;
    const result = executeSync({
      schema,
      document: parse(document),
      fieldResolver: (_source, _args, _context, info) => {
        plan ??= planEntity(info, 'Zone');
        return null;
      },
    });
    expect(result.errors).toBeUndefined();
    return plan!;
  }

  it('a zone with its measures (nested fields) and its industries total, as the resolver would read it', async () => {
    const plan = planOf(
      `{ zone(id: "zone:shanghai") { nameEn measures(first: 5) { totalCount nodes { nameEn fields(first: 3) { nodes { nameEn } } } } industries { totalCount } } }`,
    );
    const { executor, statements } = createRecordingExecutor();
    await readEntityTree(executor, 'Zone', 'zone:shanghai', plan.properties, plan.children);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $p0, $p1, $p2
      MATCH (n:Zone {id: $p0})
      CALL {
          WITH n
          WITH n AS p
          MATCH (p)<-[r:PILOTED_IN]-(n:ReformMeasure)
          WITH n
          WITH n, [] AS keys
          ORDER BY n.id ASC
          LIMIT $p1
          CALL {
              WITH n
              WITH n AS p
              MATCH (p)-[r:IN_FIELD]->(n:ReformField)
              WITH n
              WITH n, [] AS keys
              ORDER BY n.id ASC
              LIMIT $p2
              RETURN collect(n {.id, .nameEn}) AS s0
          }
          WITH * ORDER BY n.id ASC
          RETURN collect({node: n {.id, .nameEn}, sub: {s0: s0}}) AS s0
      }
      CALL {
          WITH n
          RETURN COUNT { (n)<-[:PILOTED_IN]-() } AS c0
      }
      CALL {
          WITH n
          WITH n AS p
          MATCH (p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry)
          WHERE true
          RETURN count(DISTINCT n) AS c1
      }
      RETURN n {.id, .nameEn} AS n, {s0: s0, c0: c0, c1: c1} AS sub"
    `);
  });
});
