// The record writer (src/graphql/recordWriter.ts) against graphql-js, over the real seed: every
// document the explorer, the README's and the gallery's examples, the benchmark and the cases
// below send is compiled with the server's own schema; each one the writer takes is answered
// both ways from fresh contexts, and the two responses must be the same JSON, key order
// included. Where graphql-js answers with errors, the writer must decline (it never answers
// with errors of its own).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execute, getOperationAST, getVariableValues, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as explorerDocuments from '../../explorer/src/__generated__/graphql.js';
import { QUERY_EXAMPLES } from '../../explorer/src/query/queryExamples.js';
import type { RunningApp } from '../../src/app.js';
import { Executor } from '../../src/graph/executor.js';
import { ENTITY_LABELS } from '../../src/graph/model.js';
import { createContext } from '../../src/graphql/context.js';
import { buildExecutableSchema } from '../../src/graphql/execution.js';
import { compileRecordWriter, directiveVariables } from '../../src/graphql/recordWriter.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
let driver: Driver;
let executor: Executor;
const schema: GraphQLSchema = buildExecutableSchema();
/** The most connected seed entity of each label: an id for the explorer's `$id` documents. */
const idOf: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  driver = createDriver({ uri: inject('neo4jUri') });
  executor = new Executor(driver, { timeoutMs: 60_000 });
  for (const label of ENTITY_LABELS) {
    const { records } = await driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1`);
    if (records[0]) idOf[label] = records[0].get('id');
  }
});
afterAll(async () => {
  await driver.close();
  await app.stop();
});

interface Case {
  name: string;
  document: string;
  variables?: Record<string, unknown>;
}

type Outcome = { written: string | null; reference: string; errors: boolean; compiled: boolean };

/** One document both ways: the writer (when it compiles it) and graphql-js, each with a fresh context. */
async function bothWays({ document, variables = {} }: Case): Promise<Outcome> {
  const ast: DocumentNode = parse(document);
  expect(validate(schema, ast).map((e) => e.message)).toEqual([]);
  const operation = getOperationAST(ast)!;
  const reference = await execute({ schema, document: ast, contextValue: createContext(executor), variableValues: variables });
  // As the executor compiles it: for the values of the variables @skip/@include read.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const values = coerced.errors ? null : coerced.coerced;
  const writer = values && directiveVariables(ast) ? compileRecordWriter(schema, ast, operation, values) : null;
  const written = writer && values ? await writer(createContext(executor), values) : null;
  return { written: written && JSON.stringify(written), reference: JSON.stringify({ data: reference.data }), errors: Boolean(reference.errors?.length), compiled: writer !== null };
}

const SHANGHAI_ID = 'zone:shanghai';

const benchCases: Case[] = readdirSync('bench/queries/ours').map((file) => {
  const variables: Record<string, Record<string, unknown>> = {
    chain: { id: 'industry:biomedicine' },
    dashboard: { id: 'zone:shanghai' },
    dashboardChart: {},
    deepPage: { first: 20, after: null },
    groupedCount: { first: 100 },
    newsFilter: { since: '2020-01-01', zone: 'zone:hainan-ftp', first: 20 },
    path: { from: 'zone:shanghai', to: 'industry:biomedicine' },
    researcherFilter: { field: 'field:investment', launchedBefore: '2019-12-31', first: 20 },
    search: { text: '生物医药', first: 10 },
    zonesOverview: { first: 50 },
  };
  const name = file.replace(/\.graphql$/, '');
  return { name: `bench ${name}`, document: readFileSync(join('bench/queries/ours', file), 'utf8'), variables: variables[name] ?? {} };
});

const galleryCases: Case[] = QUERY_EXAMPLES.map((e) => ({ name: `gallery ${e.slug}`, document: e.query, variables: e.variables }));

/** The explorer's generated operations; an `$id` gets the entity the document is named for (EntityZone: a zone). */
const explorerCases = (): Case[] =>
  Object.entries(explorerDocuments)
    .filter(([name, doc]) => name.endsWith('Document') && !name.endsWith('FragmentDoc') && typeof doc === 'object')
    .map(([name, doc]) => {
      const document = String(doc);
      const label = ENTITY_LABELS.find((l) => name === `Entity${l}Document`);
      const variables: Record<string, unknown> = {};
      for (const v of getOperationAST(parse(document))?.variableDefinitions ?? []) {
        const n = v.variable.name.value;
        if (n === 'id') variables.id = label ? idOf[label] : 'industry:biomedicine';
        if (n === 'text') variables.text = 'Shanghai';
        if (n === 'from') variables.from = 'zone:shanghai';
        if (n === 'to') variables.to = 'industry:biomedicine';
        if (n === 'zones') variables.zones = ['zone:shanghai', 'zone:hainan-ftp'];
      }
      return { name: `explorer ${name}`, document, variables };
    });

/** The graph view's expand of a zone's measures (bench/suite.ts's neighbourhoodExpand): every other list switched off. */
const expandCase: Case = {
  name: 'explorer EntityZoneDocument expanding measures (links and their sources)',
  document: String(explorerDocuments.EntityZoneDocument),
  variables: { id: SHANGHAI_ID, first: 20, areas: false, documents: false, clusters: false, industries: false, news: false, observations: false, sources: false },
};

const SHANGHAI = SHANGHAI_ID;
const edgeCases: Case[] = [
  {
    name: 'aliases with different arguments, a fragment on an interface and inline fragments, edges with cursors, links and pageInfo, totalCount',
    document: `query Z($id: ID!) {
      __typename
      z: zone(id: $id) {
        __typename ...Named ... on Zone { kind batch approvedOn }
        firstAreas: areas(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id nameZh areaKm2 } link { type verified direction } } }
        allAreas: areas { totalCount nodes { id } }
        documents(first: 3, orderBy: [{ field: ISSUED_ON, direction: DESC }]) { edges { cursor node { id titleEn issuedOn kind } } }
      }
      again: zone(id: $id) { id }
    }
    fragment Named on Node { id ... on Zone { nameEn nameZh } }`,
    variables: { id: SHANGHAI },
  },
  {
    name: 'three planned levels, one-valued fields (nullable and required) and an empty page',
    document: `{ node(id: "area:henan-zhengzhou") { id ... on ZoneArea { zone { id shortName areas(first: 1) { nodes { id zone { id } } } } } } zone(id: "zone:hainan-ftp") { areas(first: 1, where: { nameEn_contains: "no such area" }) { totalCount pageInfo { startCursor endCursor hasNextPage } nodes { id } } } }`,
  },
  {
    name: 'node(id) through the Node interface, with inline fragments for several types',
    document: `query N($id: ID!) { node(id: $id) { __typename id ... on Zone { shortName launchedOn measures(first: 5) { nodes { id nameEn replicatedNationwideOn } } } ... on Industry { nameEn } } }`,
    variables: { id: SHANGHAI },
  },
  {
    name: 'root lists: a page with cursors and pageInfo, the total alone, nodes with planned fields beneath, a filter',
    document: `{ zones(first: 3, orderBy: [{ field: LAUNCHED_ON, direction: DESC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id launchedOn areas(first: 2) { totalCount nodes { id } } } } } all: zones { totalCount } industries(where: { topLevel: true }) { nodes { id nameEn clusters { totalCount } } } }`,
  },
  { name: 'null for an unknown zone', document: '{ zone(id: "zone:no-such-zone") { id areas { totalCount } } }' },
  {
    name: 'grouped counts with every key kind, keys read with the groups',
    document: `{ reformMeasureCounts(by: [ZONE, FIELD], first: 30) { count keys { dimension number text node { __typename id ... on Zone { nameEn } ... on ReformField { nameZh } } } } zoneCounts(by: [BATCH]) { count keys { dimension number text } } }`,
  },
];

/** Cases the writer must leave to graphql-js: compiled to nothing, or declined at run time with graphql-js's errors. */
const declined: Case[] = [
  { name: 'a malformed id (BAD_USER_INPUT from the root resolver)', document: '{ zone(id: "industry:biomedicine") { id } }' },
  { name: 'a refused argument beneath a planned field', document: '{ zone(id: "zone:shanghai") { id areas(first: -1) { totalCount } } }' },
];

describe('the record writer answers exactly as graphql-js does', () => {
  it('over every document the explorer, the gallery, the README and the benchmark send, and the edge cases', async () => {
    const cases = [...benchCases, ...galleryCases, ...explorerCases(), expandCase, ...edgeCases];
    expect(cases.length).toBeGreaterThan(40);
    const written: string[] = [];
    for (const c of cases) {
      const outcome = await bothWays(c);
      if (outcome.errors) expect(outcome.written, c.name).toBeNull();
      else if (outcome.compiled) {
        expect(outcome.written, c.name).toBe(outcome.reference);
        written.push(c.name);
      }
    }
    // The documents the writer exists for are among those it answers; every edge case is too.
    for (const name of [
      'bench dashboard',
      'bench dashboardChart',
      'bench groupedCount',
      'bench search',
      'bench zonesOverview',
      'bench researcherFilter',
      'bench deepPage',
      'bench newsFilter',
      'explorer DashboardClustersByIndustryDocument',
      expandCase.name,
    ])
      expect(written, name).toContain(name);
    for (const c of edgeCases) expect(written, c.name).toContain(c.name);
  });

  it('declines what graphql-js answers with errors, and does not compile unknown directives, introspection or fields whose resolvers load more', async () => {
    for (const c of declined) {
      const outcome = await bothWays(c);
      expect(outcome.compiled, c.name).toBe(true);
      expect(outcome.errors, c.name).toBe(true);
      expect(outcome.written, c.name).toBeNull();
    }
    const compiles = (document: string, variables: Record<string, unknown> = {}) =>
      directiveVariables(parse(document)) !== null && compileRecordWriter(schema, parse(document), getOperationAST(parse(document))!, variables) !== null;
    expect(compiles('{ zone(id: "zone:shanghai") { id } }')).toBe(true);
    // @skip/@include: compiled for the values their variables have (the fields they leave in decide).
    expect(compiles('{ zone(id: "zone:shanghai") @include(if: true) { id } }')).toBe(true);
    expect(directiveVariables(parse('query($a: Boolean!, $b: Boolean!) { zone(id: "zone:shanghai") @skip(if: $b) { id sources @include(if: $a) { totalCount } } }'))).toEqual([
      'a',
      'b',
    ]);
    const switched = 'query($s: Boolean!) { zone(id: "zone:shanghai") { id sources @include(if: $s) { nodes { id } } } }';
    expect(compiles(switched, { s: false })).toBe(true);
    expect(compiles(switched, { s: true })).toBe(false);
    expect(directiveVariables(parse('{ zone(id: "zone:shanghai") { id @deprecated } }'))).toBeNull();
    expect(compiles('{ zones { totalCount } }')).toBe(true);
    expect(compiles('{ auditLog { totalCount } }')).toBe(false);
    expect(compiles('{ __schema { queryType { name } } }')).toBe(false);
    // Links' sources are read with their links when only properties are asked of them;
    // anything more, and connections without links, are read by loaders, not with the tree.
    expect(compiles('{ zone(id: "zone:shanghai") { areas { edges { link { sources { id title publishedOn } } } } } }')).toBe(true);
    expect(compiles('{ zone(id: "zone:shanghai") { areas { edges { link { sources { id supports { totalCount } } } } } } }')).toBe(false);
    expect(compiles('{ paths(from: "zone:shanghai", to: "industry:biomedicine") { links { link { sources { id } } } } }')).toBe(false);
    expect(compiles('{ zone(id: "zone:shanghai") { sources { nodes { id } } } }')).toBe(false);
    // Deeper than the planner reads in one statement (MAX_PLANNED_DEPTH = 3).
    expect(compiles('{ zone(id: "zone:shanghai") { areas { nodes { clusters { nodes { industries { nodes { id } } } } } } } }')).toBe(true);
    expect(compiles('{ zone(id: "zone:shanghai") { areas { nodes { clusters { nodes { industries { nodes { clusters { nodes { id } } } } } } } } } }')).toBe(false);
    expect(compiles('mutation { __typename }')).toBe(false);
  });
});
