// Injection, argument by argument: every argument whose value reaches Cypher (ids, search
// text and types, filter values of each kind, relationship filters, observation subjects,
// metrics, orderings, page sizes, cursors, grouping dimensions, traversal bounds) is sent
// Cypher, Lucene and quoting payloads, through variables and through GraphQL literals.
// Each answer is either correct (an empty or non-matching result, or exactly what the value
// means) or a refusal with BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED or LIMIT_EXCEEDED;
// never INTERNAL_SERVER_ERROR; and the graph is unchanged at the end. Every row also sends a
// legitimate value, which must work: that proves the row's path really reaches Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { graphChecksum } from '../support/graphChecksum.js';
import { gql, startTestApp, type GraphQLResponse } from '../support/graphqlClient.js';

const REFUSALS = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'LIMIT_EXCEEDED']);
const ZONES = 23;

/** Text that tries to leave its string: Cypher, quoting, escapes, Lucene, unicode. */
const TEXT_PAYLOADS = [
  "') MATCH (n) DETACH DELETE n //",
  '") MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  "x' OR 1=1 OR 'a'='a",
  "' OR true WITH n MATCH (m) DETACH DELETE m //",
  '\\u0060) DETACH DELETE n //',
  '\u0060',
  '$param',
  '$p0',
  '}} MATCH (n) SET n.pwned = true {{',
  "'}]->(m) DETACH DELETE m //",
  '*/ MATCH (n) SET n.pwned = true /*',
  '\nMATCH (n) DETACH DELETE n',
  "\\'); CALL db.index.fulltext.drop('entitySearch') //",
  "'; CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {}) //",
  '\\',
  "a\u0000') DETACH DELETE n //",
  '*:*',
  'nameEn:/.*/ OR id:*',
  '[* TO *] AND NOT "x',
  'shang* OR fuzzy~2^9',
  "上海') DETACH DELETE n //",
  '🧬") MATCH (n) DETACH DELETE n //',
  "\u202e') DETACH DELETE n //",
  "zone:shanghai') DETACH DELETE n //",
  'zone:shanghai" OR 1=1 //',
  'zone:x\ud800',
];

/** Values for arguments of a type GraphQL checks (dates, enums, numbers, booleans). */
const TYPED_PAYLOADS: unknown[] = [
  "2013-01-01') DETACH DELETE n //",
  '2013-01-01\u0000',
  "' OR 1=1 //",
  'ZONE) DETACH DELETE n //',
  'NAME_EN DESC, n.pwned',
  '$param',
  '}}',
  '`',
  '',
  -1,
  0,
  2 ** 31 - 1,
  2 ** 31,
  1.5,
  1e308,
  true,
  ['x'],
  { field: 'NAME_EN' },
];

/** Cursors the API never issued: base64url JSON whose values and id carry Cypher. */
function forgedCursors(): string[] {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return [
    ...TEXT_PAYLOADS.slice(0, 12).map((p) => b64({ v: [p], id: p })),
    b64({ v: [], id: "') MATCH (n) DETACH DELETE n //" }),
    b64({ v: [{ year: 2020 }], id: 'zone:a' }),
    b64({ v: [['x', 'y']], id: 'zone:a' }),
    b64({ v: [1e308], id: 'zone:a' }),
    b64({ v: [null], id: 'zone:a' }),
    b64({ v: [true], id: 'zone:a' }),
    b64({ v: ['2013-02-30'], id: 'zone:a' }),
    b64({ v: ['x', 'y', 'z'], id: 'zone:a' }),
    b64({ __proto__: { id: 'x' }, v: ['x'] }),
    b64({ v: ['x'], id: { $ne: null } }),
    "') MATCH (n) DETACH DELETE n //",
    'eyJ2IjpbXSwiaWQiOiJ6b25lOmEifQ==', // padded base64 of a default-order cursor
    '%%%',
  ];
}

type Data = Record<string, unknown>;
const count = (v: unknown) => (v as { totalCount: number }).totalCount;
const list = (v: unknown) => v as unknown[];

/** An argument, sent in `field` as the variable `$p` of type `type`. */
interface Row {
  name: string;
  type: string;
  /** The selection, with `p` standing for the value (a variable or a literal). */
  field: (p: string) => string;
  /** A value that must work, and what it must give. */
  legit: { value: unknown; check: (result: unknown) => void };
  /** What a payload that is not refused must give: the empty or non-matching result. */
  noMatch: (result: unknown) => void;
  payloads?: unknown[];
}

let app: RunningApp;
let before: Awaited<ReturnType<typeof graphChecksum>>;
/** Real cursors from first pages, to show each cursor row accepts what the API issues. */
const realCursors: Record<string, string> = {};

beforeAll(async () => {
  before = await graphChecksum();
  app = await startTestApp();
  const r = await gql(
    app,
    `{ byId: zones(first: 2) { pageInfo { endCursor } }
       byName: zones(first: 2, orderBy: [{ field: NAME_EN }]) { pageInfo { endCursor } }
       byLaunch: zones(first: 2, orderBy: [{ field: LAUNCHED_ON, direction: DESC }]) { pageInfo { endCursor } }
       byBatch: zones(first: 2, orderBy: [{ field: BATCH }]) { pageInfo { endCursor } }
       byArea: zones(first: 2, orderBy: [{ field: AREA_KM2 }]) { pageInfo { endCursor } }
       byMeasures: zones(first: 2, orderBy: [{ field: MEASURES_COUNT, direction: DESC }]) { pageInfo { endCursor } }
       areas: zone(id: "zone:shanghai") { areas(first: 1) { pageInfo { endCursor } } }
       docs: policyDocuments(first: 2, orderBy: [{ field: ISSUED_ON }]) { pageInfo { endCursor } } }`,
  );
  expect(r.errors).toBeUndefined();
  for (const [k, v] of Object.entries(r.data as Data)) {
    const conn = (k === 'areas' ? (v as { areas: unknown }).areas : v) as { pageInfo: { endCursor: string } };
    realCursors[k] = conn.pageInfo.endCursor;
  }
});
afterAll(() => app?.stop());

/** A refusal with an allowed code, or data that `check` accepts; never anything else. */
function expectCorrectOrRefused(errors: GraphQLResponse['errors'], value: unknown, check: (v: unknown) => void, what: string): void {
  if (errors?.length) {
    for (const e of errors) expect(REFUSALS.has(e.extensions?.code ?? ''), `${what}: ${e.extensions?.code} ${e.message}`).toBe(true);
    return;
  }
  check(value);
}

/** GraphQL can spell a string literal for any text without lone surrogates. */
const spellable = (s: string) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));

// Arguments whose GraphQL type accepts any string (ID, String): all payloads in one request,
// one alias each, so an error on one payload says which one.
const TEXT_ROWS: Row[] = [
  // ---- ids -------------------------------------------------------------------------------
  {
    name: 'node(id)',
    type: 'ID!',
    field: (p) => `node(id: ${p}) { id }`,
    legit: { value: 'zone:shanghai', check: (v) => expect(v).toEqual({ id: 'zone:shanghai' }) },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'zone(id)',
    type: 'ID!',
    field: (p) => `zone(id: ${p}) { id }`,
    legit: { value: 'zone:shanghai', check: (v) => expect(v).toEqual({ id: 'zone:shanghai' }) },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'policyDocument(id)',
    type: 'ID!',
    field: (p) => `policyDocument(id: ${p}) { id }`,
    legit: { value: 'document:guofa-2020-10', check: (v) => expect(v).toEqual({ id: 'document:guofa-2020-10' }) },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'reformMeasure(id)',
    type: 'ID!',
    field: (p) => `reformMeasure(id: ${p}) { id }`,
    legit: { value: 'measure:cross-border-services-negative-list', check: (v) => expect(v).not.toBeNull() },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'industry(id)',
    type: 'ID!',
    field: (p) => `industry(id: ${p}) { id }`,
    legit: { value: 'industry:biomedicine', check: (v) => expect(v).not.toBeNull() },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'industrialCluster(id)',
    type: 'ID!',
    field: (p) => `industrialCluster(id: ${p}) { id }`,
    legit: { value: 'cluster:biobay-suzhou', check: (v) => expect(v).not.toBeNull() },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'authority(id)',
    type: 'ID!',
    field: (p) => `authority(id: ${p}) { id }`,
    legit: { value: 'authority:cpc-central-committee', check: (v) => expect(v).not.toBeNull() },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'industryChain(id)',
    type: 'ID!',
    field: (p) => `industryChain(id: ${p}) { root { id } }`,
    legit: { value: 'industry:bulk-commodities', check: (v) => expect(v).toEqual({ root: { id: 'industry:bulk-commodities' } }) },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'paths(from)',
    type: 'ID!',
    field: (p) => `paths(from: ${p}, to: "industry:biomedicine", limit: 1) { length }`,
    legit: { value: 'zone:zhejiang', check: (v) => expect(list(v).length).toBe(1) },
    noMatch: (v) => expect(v).toEqual([]),
  },
  {
    name: 'paths(to)',
    type: 'ID!',
    field: (p) => `paths(from: "zone:zhejiang", to: ${p}, limit: 1) { length }`,
    legit: { value: 'industry:biomedicine', check: (v) => expect(list(v).length).toBe(1) },
    noMatch: (v) => expect(v).toEqual([]),
  },
  {
    name: 'neighborhood(id)',
    type: 'ID!',
    field: (p) => `neighborhood(id: ${p}, limit: 1) { center { id } }`,
    legit: { value: 'zone:shanghai', check: (v) => expect(v).toEqual({ center: { id: 'zone:shanghai' } }) },
    noMatch: (v) => expect(v).toBeNull(),
  },
  {
    name: 'indicatorSeries(subject)',
    type: 'ID',
    field: (p) => `indicatorSeries(metrics: ["area-km2"], subject: ${p}) { metric }`,
    legit: { value: 'zone:shanghai', check: (v) => expect(list(v).length).toBeGreaterThan(0) },
    noMatch: (v) => expect(v).toEqual([]),
  },
  {
    name: 'observations(where: { subject })',
    type: 'ID',
    field: (p) => `observations(where: { subject: ${p} }) { totalCount }`,
    legit: { value: 'zone:shanghai', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { id })',
    type: 'ID',
    field: (p) => `zones(where: { id: ${p} }) { totalCount }`,
    legit: { value: 'zone:shanghai', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { id_in })',
    type: 'ID!',
    field: (p) => `zones(where: { id_in: [${p}, "zone:atlantis"] }) { totalCount }`,
    legit: { value: 'zone:shanghai', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { measures_some: { id } })',
    type: 'ID',
    field: (p) => `zones(where: { measures_some: { id: ${p} } }) { totalCount }`,
    legit: { value: 'measure:cross-border-services-negative-list', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'Zone.documents(where: { id })',
    type: 'ID',
    field: (p) => `zone(id: "zone:beijing") { documents(where: { id: ${p} }) { totalCount } }`,
    legit: { value: 'document:guofa-2020-10', check: (v) => expect(v).toEqual({ documents: { totalCount: expect.any(Number) } }) },
    noMatch: (v) => expect(v).toEqual({ documents: { totalCount: 0 } }),
  },

  // ---- search text -----------------------------------------------------------------------
  {
    name: 'search(text)',
    type: 'String!',
    field: (p) => `search(text: ${p}, first: 5) { score node { id } }`,
    legit: { value: "Xi'an", check: (v) => expect((v as Array<{ node: { id: string } }>).map((h) => h.node.id)).toContain('area:shaanxi-xian-international-port') },
    // Payload words can match names as plain words; what matters is a list of real hits.
    noMatch: (v) => {
      for (const hit of v as Array<{ score: number; node: { id: string } }>) {
        expect(Number.isFinite(hit.score)).toBe(true);
        expect(hit.node.id).toMatch(/^[a-z]+:[a-z0-9-]+$/);
      }
    },
  },

  // ---- string filters, every comparison ---------------------------------------------------
  {
    name: 'zones(where: { shortName })',
    type: 'String',
    field: (p) => `zones(where: { shortName: ${p} }) { totalCount }`,
    legit: { value: 'Shanghai', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { shortName_not })',
    type: 'String',
    field: (p) => `zones(where: { shortName_not: ${p} }) { totalCount }`,
    legit: { value: 'Shanghai', check: (v) => expect(count(v)).toBe(ZONES - 1) },
    noMatch: (v) => expect(count(v)).toBe(ZONES),
  },
  {
    name: 'zones(where: { province_in })',
    type: 'String!',
    field: (p) => `zones(where: { province_in: [${p}] }) { totalCount }`,
    legit: { value: 'Shanghai', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { nameEn_contains })',
    type: 'String',
    field: (p) => `zones(where: { nameEn_contains: ${p} }) { totalCount }`,
    legit: { value: '(Shanghai)', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { nameZh_startsWith })',
    type: 'String',
    field: (p) => `zones(where: { nameZh_startsWith: ${p} }) { totalCount }`,
    legit: { value: '中国(上海)', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { name_contains })',
    type: 'String',
    field: (p) => `zones(where: { name_contains: ${p} }) { totalCount }`,
    legit: { value: '上海', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'policyDocuments(where: { docNumber_contains })',
    type: 'String',
    field: (p) => `policyDocuments(where: { docNumber_contains: ${p} }) { totalCount }`,
    legit: { value: '国发', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'authorities(where: { nameEn_contains })',
    type: 'String',
    field: (p) => `authorities(where: { nameEn_contains: ${p} }) { totalCount }`,
    legit: { value: "People's Congress", check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'reformMeasures(where: { nameEn_contains })',
    type: 'String',
    field: (p) => `reformMeasures(where: { nameEn_contains: ${p} }) { totalCount }`,
    legit: { value: '"single window"', check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'observations(where: { metric })',
    type: 'String',
    field: (p) => `observations(where: { metric: ${p} }) { totalCount }`,
    legit: { value: 'area-km2', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'Zone.sources(where: { url_contains })',
    type: 'String',
    field: (p) => `zone(id: "zone:shanghai") { sources(where: { url_contains: ${p} }) { totalCount } }`,
    legit: { value: 'http', check: (v) => expect((v as { sources: { totalCount: number } }).sources.totalCount).toBeGreaterThan(0) },
    noMatch: (v) => expect(v).toEqual({ sources: { totalCount: 0 } }),
  },
  {
    name: 'Zone.areas(where: { nameEn })',
    type: 'String',
    field: (p) => `zone(id: "zone:shaanxi") { areas(where: { nameEn: ${p} }) { totalCount } }`,
    legit: { value: "Xi'an International Port Area", check: (v) => expect(v).toEqual({ areas: { totalCount: 1 } }) },
    noMatch: (v) => expect(v).toEqual({ areas: { totalCount: 0 } }),
  },

  // ---- relationship filters ---------------------------------------------------------------
  {
    name: 'zones(where: { clusters_some: { industries_some: { nameEn_contains } } })',
    type: 'String',
    field: (p) => `zones(where: { clusters_some: { industries_some: { nameEn_contains: ${p} } } }) { totalCount }`,
    legit: { value: 'bio', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { measures_none: { nameEn } })',
    type: 'String',
    field: (p) => `zones(where: { measures_none: { nameEn_contains: ${p} } }) { totalCount }`,
    legit: { value: '"single window"', check: (v) => expect(count(v)).toBeLessThan(ZONES) },
    noMatch: (v) => expect(count(v)).toBe(ZONES),
  },
  {
    name: 'reformMeasures(where: { zones_some: { shortName_startsWith } })',
    type: 'String',
    field: (p) => `reformMeasures(where: { zones_some: { shortName_startsWith: ${p} } }) { totalCount }`,
    legit: { value: 'Shang', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { NOT: { OR: [{ documents_some: { titleEn_contains } }] } })',
    type: 'String',
    field: (p) => `zones(where: { NOT: { OR: [{ documents_some: { titleEn_contains: ${p} } }] } }) { totalCount }`,
    legit: { value: 'Shanghai', check: (v) => expect(count(v)).toBeLessThan(ZONES) },
    noMatch: (v) => expect(count(v)).toBe(ZONES),
  },

  // ---- metrics ---------------------------------------------------------------------------
  {
    name: 'indicatorSeries(metrics)',
    type: 'String!',
    field: (p) => `indicatorSeries(metrics: [${p}]) { metric }`,
    legit: { value: 'reforms-replicated-nationwide', check: (v) => expect(list(v).length).toBeGreaterThan(0) },
    noMatch: (v) => expect(v).toEqual([]),
  },

  // ---- cursors (forged: base64 JSON with Cypher inside), for each kind of sort key ------------
  ...(
    [
      ['zones(after), by id', 'byId', (p: string) => `zones(first: 3, after: ${p}) { nodes { id } }`],
      ['zones(after), by name', 'byName', (p: string) => `zones(first: 3, orderBy: [{ field: NAME_EN }], after: ${p}) { nodes { id } }`],
      ['zones(after), by launch date', 'byLaunch', (p: string) => `zones(first: 3, orderBy: [{ field: LAUNCHED_ON, direction: DESC }], after: ${p}) { nodes { id } }`],
      ['zones(after), by batch', 'byBatch', (p: string) => `zones(first: 3, orderBy: [{ field: BATCH }], after: ${p}) { nodes { id } }`],
      ['zones(after), by area', 'byArea', (p: string) => `zones(first: 3, orderBy: [{ field: AREA_KM2 }], after: ${p}) { nodes { id } }`],
      ['zones(after), by measure count', 'byMeasures', (p: string) => `zones(first: 3, orderBy: [{ field: MEASURES_COUNT, direction: DESC }], after: ${p}) { nodes { id } }`],
      ['Zone.areas(after)', 'areas', (p: string) => `zone(id: "zone:shanghai") { areas(first: 3, after: ${p}) { nodes { id } } }`],
      ['policyDocuments(after), by issue date', 'docs', (p: string) => `policyDocuments(first: 3, orderBy: [{ field: ISSUED_ON }], after: ${p}) { nodes { id } }`],
    ] as const
  ).map(
    ([name, key, field]): Row => ({
      name,
      type: 'String',
      field,
      // Resolved in the test, once the real cursors are known.
      legit: { value: key, check: (v) => expect(JSON.stringify(v)).toMatch(/"id":"[a-z]+:/) },
      // A cursor we did not issue may still decode; then the page is some page of real items.
      noMatch: (v) => expect(JSON.stringify(v)).toMatch(/^\{("areas":\{)?"nodes":\[.*\]\}\}?$/),
      payloads: forgedCursors(),
    }),
  ),
];

// Arguments whose type GraphQL checks (dates, enums, numbers, booleans, input lists): one
// request per payload, since one value GraphQL refuses fails the whole request.
const TYPED_ROWS: Row[] = [
  {
    name: 'zones(where: { launchedOn_gte })',
    type: 'Date',
    field: (p) => `zones(where: { launchedOn_gte: ${p} }) { totalCount }`,
    legit: { value: '2013-01-01', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBeGreaterThanOrEqual(0),
  },
  {
    name: 'zones(where: { approvedOn_in })',
    type: '[Date!]',
    field: (p) => `zones(where: { approvedOn_in: ${p} }) { totalCount }`,
    legit: { value: ['2013-08-22'], check: (v) => expect(count(v)).toBeGreaterThanOrEqual(0) },
    noMatch: (v) => expect(count(v)).toBe(0),
  },
  {
    name: 'zones(where: { existedOn })',
    type: 'Date',
    field: (p) => `zones(where: { existedOn: ${p} }) { totalCount }`,
    legit: { value: '2016-01-01', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBeGreaterThanOrEqual(0),
  },
  {
    name: 'policyDocuments(where: { inForceOn })',
    type: 'Date',
    field: (p) => `policyDocuments(where: { inForceOn: ${p} }) { totalCount }`,
    legit: { value: '2020-01-01', check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBeGreaterThanOrEqual(0),
  },
  {
    name: 'zones(where: { kind })',
    type: 'ZoneKind',
    field: (p) => `zones(where: { kind: ${p} }) { totalCount }`,
    legit: { value: 'PILOT_FREE_TRADE_ZONE', check: (v) => expect(count(v)).toBe(ZONES - 1) },
    noMatch: (v) => expect(count(v)).toBeGreaterThanOrEqual(0),
  },
  {
    name: 'zones(where: { batch })',
    type: 'Int',
    field: (p) => `zones(where: { batch: ${p} }) { totalCount }`,
    legit: { value: 1, check: (v) => expect(count(v)).toBe(1) },
    noMatch: (v) => expect(count(v)).toBeGreaterThanOrEqual(0),
  },
  {
    name: 'zones(where: { areaKm2_lt })',
    type: 'Float',
    field: (p) => `zones(where: { areaKm2_lt: ${p} }) { totalCount }`,
    legit: { value: 1000, check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBeGreaterThanOrEqual(0),
  },
  {
    name: 'zones(where: { verified })',
    type: 'Boolean',
    field: (p) => `zones(where: { verified: ${p} }) { totalCount }`,
    legit: { value: true, check: (v) => expect(count(v)).toBeGreaterThan(0) },
    noMatch: (v) => expect(count(v)).toBeGreaterThanOrEqual(0),
  },
  {
    name: 'search(types)',
    type: '[EntityType!]',
    field: (p) => `search(text: "Shanghai", types: ${p}) { node { id } }`,
    legit: { value: ['ZONE'], check: (v) => expect(list(v).length).toBeGreaterThan(0) },
    noMatch: (v) => expect(Array.isArray(v)).toBe(true),
  },
  {
    name: 'neighborhood(types)',
    type: '[EntityType!]',
    field: (p) => `neighborhood(id: "zone:shanghai", types: ${p}) { nodes { id } }`,
    legit: { value: ['ZONE_AREA'], check: (v) => expect((v as { nodes: unknown[] }).nodes.length).toBeGreaterThan(1) },
    noMatch: (v) => expect(v).not.toBeNull(),
  },
  {
    name: 'reformMeasureCounts(by)',
    type: '[ReformMeasureDimension!]!',
    field: (p) => `reformMeasureCounts(by: ${p}) { count }`,
    legit: { value: ['ZONE', 'FIELD'], check: (v) => expect(list(v).length).toBeGreaterThan(0) },
    noMatch: (v) => expect(Array.isArray(v)).toBe(true),
  },
  {
    name: 'zoneCounts(by)',
    type: '[ZoneDimension!]!',
    field: (p) => `zoneCounts(by: ${p}) { count }`,
    legit: { value: ['BATCH'], check: (v) => expect(list(v).length).toBeGreaterThan(0) },
    noMatch: (v) => expect(Array.isArray(v)).toBe(true),
  },
  {
    name: 'policyDocumentCounts(by) with a where',
    type: '[PolicyDocumentDimension!]!',
    field: (p) => `policyDocumentCounts(by: ${p}, where: { titleEn_contains: "') DETACH DELETE n //" }) { count }`,
    legit: { value: ['KIND'], check: (v) => expect(v).toEqual([]) },
    noMatch: (v) => expect(v).toEqual([]),
  },
  {
    name: 'distinctValues(field)',
    type: 'DistinctField!',
    field: (p) => `distinctValues(field: ${p}) { value }`,
    legit: { value: 'ZONE_PROVINCE', check: (v) => expect(list(v).length).toBeGreaterThan(0) },
    noMatch: (v) => expect(Array.isArray(v)).toBe(true),
  },
  {
    name: 'zones(orderBy: [{ field }])',
    type: 'ZoneOrderField!',
    field: (p) => `zones(first: 1, orderBy: [{ field: ${p} }]) { nodes { id } }`,
    legit: { value: 'NAME_EN', check: (v) => expect(v).toEqual({ nodes: [{ id: 'zone:anhui' }] }) },
    noMatch: (v) => expect(v).not.toBeNull(),
  },
  {
    name: 'zones(orderBy: [{ direction }])',
    type: 'SortDirection',
    field: (p) => `zones(first: 1, orderBy: [{ field: BATCH, direction: ${p} }]) { nodes { id } }`,
    legit: { value: 'ASC', check: (v) => expect(v).toEqual({ nodes: [{ id: 'zone:shanghai' }] }) },
    noMatch: (v) => expect(v).not.toBeNull(),
  },
  {
    name: 'zones(orderBy)',
    type: '[ZoneOrder!]',
    field: (p) => `zones(first: 1, orderBy: ${p}) { nodes { id } }`,
    legit: { value: [{ field: 'LAUNCHED_ON', direction: 'ASC' }], check: (v) => expect(v).toEqual({ nodes: [{ id: 'zone:shanghai' }] }) },
    noMatch: (v) => expect(v).not.toBeNull(),
    payloads: [...TYPED_PAYLOADS, [{ field: 'NAME_EN) DETACH DELETE n //' }], [{ field: 'NAME_EN', direction: 'ASC, n.pwned' }], [{ field: 'NAME_EN', cypher: 'DETACH DELETE n' }]],
  },
  {
    name: 'industryChain(direction)',
    type: 'ChainDirection',
    field: (p) => `industryChain(id: "industry:biomedicine", direction: ${p}) { root { id } }`,
    legit: { value: 'BOTH', check: (v) => expect(v).not.toBeNull() },
    noMatch: (v) => expect(v).not.toBeNull(),
  },
  // Page sizes and traversal bounds.
  ...(
    [
      ['zones(first)', (p: string) => `zones(first: ${p}) { totalCount }`],
      ['Zone.areas(first)', (p: string) => `zone(id: "zone:shanghai") { areas(first: ${p}) { totalCount } }`],
      ['search(first)', (p: string) => `search(text: "Shanghai", first: ${p}) { score }`],
      ['reformMeasureCounts(first)', (p: string) => `reformMeasureCounts(by: [ZONE], first: ${p}) { count }`],
      ['distinctValues(first)', (p: string) => `distinctValues(field: ZONE_PROVINCE, first: ${p}) { value }`],
      ['industryChain(maxHops)', (p: string) => `industryChain(id: "industry:biomedicine", maxHops: ${p}) { root { id } }`],
      ['paths(maxHops)', (p: string) => `paths(from: "zone:zhejiang", to: "industry:biomedicine", maxHops: ${p}, limit: 1) { length }`],
      ['paths(limit)', (p: string) => `paths(from: "zone:zhejiang", to: "industry:biomedicine", limit: ${p}) { length }`],
      ['neighborhood(hops)', (p: string) => `neighborhood(id: "zone:shanghai", hops: ${p}, limit: 5) { center { id } }`],
      ['neighborhood(limit)', (p: string) => `neighborhood(id: "zone:shanghai", limit: ${p}) { center { id } }`],
    ] as const
  ).map(
    ([name, field]): Row => ({
      name,
      type: 'Int',
      field,
      legit: { value: 2, check: (v) => expect(v).not.toBeNull() },
      noMatch: (v) => expect(v).not.toBeNull(),
    }),
  ),
];

/** The document for some values of a row: one alias per value, as variables or literals. */
function renderDocument(row: Row, values: unknown[], asLiterals: boolean): { query: string; variables?: Record<string, unknown> } {
  const fields = values.map((v, i) => `a${i}: ${row.field(asLiterals ? JSON.stringify(v) : `$p${i}`)}`);
  if (asLiterals) return { query: `{ ${fields.join(' ')} }` };
  const defs = values.map((_, i) => `$p${i}: ${row.type}`).join(', ');
  return { query: `query(${defs}) { ${fields.join(' ')} }`, variables: Object.fromEntries(values.map((v, i) => [`p${i}`, v])) };
}

/** Sends `values`, one alias each, and checks each alias's outcome. */
async function sendRow(row: Row, values: unknown[], asLiterals: boolean): Promise<void> {
  const { query, variables } = renderDocument(row, values, asLiterals);
  const r = await gql(app, query, variables);
  const what = (i: number) => `${row.name} ${asLiterals ? 'literal' : 'variable'} ${JSON.stringify(values[i])}`;
  // Errors outside any alias (the request refused as a whole) must be refusals.
  for (const e of r.errors ?? [])
    if (!String(e.path?.[0] ?? '').startsWith('a')) expect(REFUSALS.has(e.extensions?.code ?? ''), `${what(0)}: ${e.extensions?.code} ${e.message}`).toBe(true);
  if (!r.data && !r.errors?.some((e) => e.path)) return; // refused as a whole, before execution
  for (const [i, v] of values.entries()) {
    const errors = r.errors?.filter((e) => e.path?.[0] === `a${i}`);
    if (errors?.length || (r.data && `a${i}` in r.data)) expectCorrectOrRefused(errors, r.data?.[`a${i}`], row.noMatch, what(i));
    // A non-null field's error nulls the whole response: ask again for the values it hid.
    else if (values.length > 1) await sendRow(row, [v], asLiterals);
    else throw new Error(`${what(i)}: no value and no error`);
  }
}

/** The legitimate value alone: it must work and give what it means. */
async function sendLegit(row: Row, value: unknown, asLiterals: boolean): Promise<void> {
  const { query, variables } = renderDocument(row, [value], asLiterals);
  const r = await gql(app, query, variables);
  expect(r.errors ?? [], `${row.name} ${JSON.stringify(value)} must work`).toEqual([]);
  row.legit.check(r.data?.a0);
}

describe('injection through every argument that reaches Cypher', () => {
  describe.each(TEXT_ROWS)('$name', (row) => {
    const legit = () => (typeof row.legit.value === 'string' && row.legit.value in realCursors ? { ...row, legit: { ...row.legit, value: realCursors[row.legit.value] } } : row);
    it('as variables: the legitimate value works, each payload is harmless', async () => {
      const r = legit();
      await sendLegit(r, r.legit.value, false);
      await sendRow(r, r.payloads ?? TEXT_PAYLOADS, false);
    });
    it('as GraphQL string literals: the legitimate value works, each payload is harmless', async () => {
      const r = legit();
      await sendLegit(r, r.legit.value, true);
      await sendRow(
        r,
        (r.payloads ?? TEXT_PAYLOADS).filter((p) => typeof p !== 'string' || spellable(p)),
        true,
      );
    });
  });

  describe.each(TYPED_ROWS)('$name', (row) => {
    it('refuses or correctly answers each payload, one request each; the legitimate value works', async () => {
      await sendLegit(row, row.legit.value, false);
      for (const p of row.payloads ?? TYPED_PAYLOADS) await sendRow(row, [p], false);
    });
  });

  it('refuses or answers an ordering of 300 keys with a cursor to match, without running out the query timeout', async () => {
    // The keyset condition grows with the square of the number of keys.
    const orderBy = Array.from({ length: 300 }, () => ({ field: 'NAME_EN' }));
    const after = Buffer.from(JSON.stringify({ v: Array(300).fill("') DETACH DELETE n //"), id: 'zone:a' })).toString('base64url');
    const r = await gql(app, 'query($o: [ZoneOrder!], $a: String) { zones(first: 1, orderBy: $o, after: $a) { nodes { id } } }', { o: orderBy, a: after });
    expectCorrectOrRefused(r.errors, r.data?.zones, (v) => expect(v).toEqual({ nodes: [] }), 'orderBy × 300');
  });

  it('has changed nothing in the graph', async () => {
    expect(await graphChecksum()).toEqual(before);
  });
});
