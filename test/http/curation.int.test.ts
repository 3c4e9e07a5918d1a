// Authenticated curation against the real server and Neo4j: who may write, what a write
// does (read back through the public API, audited), what a bad write is refused with, and
// that a refused or failed write changes nothing. Restores the seed at the end.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSeed } from '../../seed/loadSeed.js';
import type { RunningApp } from '../../src/app.js';
import { TOKEN_CACHE_TTL_MS } from '../../src/auth/authenticate.js';
import { commitCuration, prepareCuration } from '../../src/graph/curation/index.js';
import { Executor } from '../../src/graph/executor.js';
import { revokeApiToken } from '../../src/graph/tokens.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { bearer, gqlWithHeaders, issueToken } from '../support/authClient.js';
import { graphChecksum } from '../support/graphChecksum.js';
import { startTestApp, type GraphQLResponse } from '../support/graphqlClient.js';

let app: RunningApp;
let driver: Driver;
let executor: Executor;
const tokens: Record<'curator' | 'admin' | 'reader' | 'revoked', { id: string; token: string }> = {} as never;

beforeAll(async () => {
  app = await startTestApp();
  driver = createDriver({ uri: inject('neo4jUri') });
  executor = new Executor(driver, { timeoutMs: 60_000 });
  tokens.curator = await issueToken(executor, 'curator', 'test-curator');
  tokens.admin = await issueToken(executor, 'admin', 'test-admin');
  tokens.reader = await issueToken(executor, 'reader', 'test-reader');
  tokens.revoked = await issueToken(executor, 'curator', 'test-revoked', { revoked: true });
});

afterAll(async () => {
  // Other test files expect the seed graph: reset (which also deletes ApiToken and
  // AuditEntry nodes) and reload it.
  await loadSeed(new Executor(driver, { timeoutMs: 120_000 }), { reset: true });
  await driver.executeQuery('MATCH (n) WHERE n:ApiToken OR n:AuditEntry DETACH DELETE n');
  await driver.close();
  await app.stop();
});

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.field;
const asRole = (who: keyof typeof tokens) => bearer(tokens[who].token);

async function auditCount(): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (a:AuditEntry) RETURN count(a) AS c');
  return records[0]!.get('c') as number;
}

/** A connection as these tests select it. */
type Conn<T = { id: string }> = { totalCount: number; nodes: T[] };
/** The AUDIT_LOG query's answer. */
type AuditEntry = { id: string; at: string; operation: string; before: Record<string, unknown>; after: Record<string, unknown> };
type AuditLog = { auditLog: Conn<AuditEntry> & { edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** Runs a write as the curator; it must succeed and leave exactly one new audit entry. */
async function curate<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const before = await auditCount();
  const res = await gqlWithHeaders<T>(app, query, variables, asRole('curator'));
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(await auditCount()).toBe(before + 1);
  return res.data!;
}

const UPSERT_MEASURE = `mutation($input: ReformMeasureInput!) { upsertReformMeasure(input: $input) {
  id nameEn nameZh description replicatedNationwideOn verified
  sources { nodes { id } }
  zones { edges { node { id } link { from first sources { id } } } }
  documents { nodes { id } }
} }`;
const UPSERT_DOCUMENT = `mutation($input: PolicyDocumentInput!) { upsertPolicyDocument(input: $input) { id titleEn kind issuedOn zones { nodes { id } } } }`;
const UPSERT_CLUSTER = `mutation($input: IndustrialClusterInput!) { upsertIndustrialCluster(input: $input) { id nameEn zone { id } industries { nodes { id } } } }`;
const UPSERT_SOURCE = `mutation($input: SourceInput!) { upsertSource(input: $input) { id title url publishedOn } }`;
const UPSERT_SUPPLY = `mutation($input: SupplyLinkInput!) { upsertSupplyLink(input: $input) { id downstream(first: 50) { edges { node { id } link { flow editorial sources { id } } } } } }`;
const LINK = `mutation($input: LinkInput!) { link(input: $input) { type from { id } to { id } } }`;
const UNLINK = `mutation($input: UnlinkInput!) { unlink(input: $input) { type from { id } to { id } } }`;
const AUDIT_LOG = `query($first: Int, $after: String, $targetId: ID, $tokenName: String) {
  auditLog(first: $first, after: $after, targetId: $targetId, tokenName: $tokenName) {
    totalCount
    edges { cursor node { id } }
    nodes { id at tokenId tokenName role operation targetId before after }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('who may write', () => {
  // Each would succeed for a curator: only the credentials are wrong.
  const mutations: Array<[string, string, Record<string, unknown>]> = [
    ['upsertReformMeasure', UPSERT_MEASURE, { input: { id: 'measure:test-refused', nameEn: 'Refused', sources: ['source:w-sh'] } }],
    ['upsertPolicyDocument', UPSERT_DOCUMENT, { input: { id: 'document:test-refused', kind: 'OTHER', titleEn: 'Refused', sources: ['source:w-sh'] } }],
    [
      'upsertIndustrialCluster',
      UPSERT_CLUSTER,
      { input: { id: 'cluster:test-refused', nameEn: 'Refused', industries: ['industry:biomedicine'], zone: 'zone:shanghai', sources: ['source:w-sh'] } },
    ],
    ['upsertSource', UPSERT_SOURCE, { input: { id: 'source:test-refused', title: 'Refused' } }],
    ['upsertSupplyLink', UPSERT_SUPPLY, { input: { from: 'industry:drug-rd', to: 'industry:medical-devices', flow: 'designs', sources: ['source:w-sh'] } }],
    ['link', LINK, { input: { type: 'PILOTED_IN', from: 'measure:ft-accounts', to: 'zone:hainan', fact: { sources: ['source:w-sh'] } } }],
    ['unlink', UNLINK, { input: { type: 'IN_FIELD', from: 'measure:ft-accounts', to: 'field:finance' } }],
  ];
  const callers: Array<[string, () => Record<string, string>, string]> = [
    ['anonymous', () => ({}), 'UNAUTHENTICATED'],
    ['an empty Authorization header', () => ({ authorization: '' }), 'UNAUTHENTICATED'],
    ['a garbage token', () => bearer('garbage'), 'UNAUTHENTICATED'],
    ['a well-formed unknown token', () => bearer(`ftz_${'A'.repeat(43)}`), 'UNAUTHENTICATED'],
    ['a non-Bearer scheme', () => ({ authorization: `Basic ${tokens.curator.token}` }), 'UNAUTHENTICATED'],
    ['a revoked token', () => asRole('revoked'), 'UNAUTHENTICATED'],
    ['a reader token', () => asRole('reader'), 'FORBIDDEN'],
  ];

  it.each(mutations)('%s: refused without a curator token, and the graph is unchanged', async (_name, query, variables) => {
    const before = await graphChecksum();
    for (const [who, headers, code] of callers) {
      const res = await gqlWithHeaders(app, query, variables, headers());
      expect({ who, code: codeOf(res), data: res.data }).toEqual({ who, code, data: null });
      expect(await graphChecksum()).toEqual(before);
    }
  });

  it('the audit log and the token list are for admins only', async () => {
    for (const query of [AUDIT_LOG, '{ apiTokens { id } }']) {
      expect(codeOf(await gqlWithHeaders(app, query, {}))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gqlWithHeaders(app, query, {}, asRole('revoked')))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gqlWithHeaders(app, query, {}, asRole('reader')))).toBe('FORBIDDEN');
      expect(codeOf(await gqlWithHeaders(app, query, {}, asRole('curator')))).toBe('FORBIDDEN');
      expect((await gqlWithHeaders(app, query, {}, asRole('admin'))).errors).toBeUndefined();
    }
  });

  it('reads need no token, and a bad token does not stop a read', async () => {
    const res = await gqlWithHeaders(app, '{ zone(id: "zone:shanghai") { id } }', {}, bearer('garbage'));
    expect(res.data).toEqual({ zone: { id: 'zone:shanghai' } });
  });

  it('tokens are stored hashed; admins see them without secrets', async () => {
    const { records } = await driver.executeQuery('MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS t', { id: tokens.curator.id });
    const stored = records[0]!.get('t') as Record<string, unknown>;
    expect(stored.hash).toBe(createHash('sha256').update(tokens.curator.token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(tokens.curator.token);

    const res = await gqlWithHeaders(app, '{ apiTokens { id name role createdAt revokedAt } }', {}, asRole('admin'));
    const listed = res.data!.apiTokens as Array<Record<string, unknown>>;
    expect(listed).toContainEqual(expect.objectContaining({ id: tokens.curator.id, name: 'test-curator', role: 'curator', revokedAt: null }));
    expect(listed.find((t) => t.id === tokens.revoked.id)?.revokedAt).toEqual(expect.any(String));
    expect(JSON.stringify(res)).not.toContain(stored.hash as string);
  });

  it(`a revoked token stops working within ${TOKEN_CACHE_TTL_MS} ms, even in a process that used it`, async () => {
    const token = await issueToken(executor, 'admin', 'test-admin-to-revoke');
    const ask = () => gqlWithHeaders(app, '{ apiTokens { id } }', {}, bearer(token.token));
    expect((await ask()).errors).toBeUndefined();
    await revokeApiToken(executor, token.id);
    const revokedAt = Date.now();
    while (codeOf(await ask()) !== 'UNAUTHENTICATED') {
      expect(Date.now() - revokedAt).toBeLessThan(TOKEN_CACHE_TTL_MS + 1_000);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});

describe('a curator', () => {
  const measureId = 'measure:test-data-export-pilot';
  const sourceId = 'source:test-curation-article';

  it('creates a source and a measure piloted in Shanghai; the public API shows both', async () => {
    const { upsertSource } = await curate(UPSERT_SOURCE, {
      input: { id: sourceId, title: 'Test article on data export pilots', url: 'https://example.org/a', publishedOn: '2024-03' },
    });
    expect(upsertSource).toEqual({ id: sourceId, title: 'Test article on data export pilots', url: 'https://example.org/a', publishedOn: '2024-03' });

    const { upsertReformMeasure } = await curate(UPSERT_MEASURE, {
      input: {
        id: measureId,
        nameEn: 'Data export pilot',
        nameZh: '数据出境试点',
        fields: ['field:data'],
        pilotedIn: [{ zone: 'zone:shanghai', from: '2024-03', first: true, sources: [sourceId] }],
        sources: [sourceId],
      },
    });
    expect(upsertReformMeasure).toMatchObject({
      id: measureId,
      nameEn: 'Data export pilot',
      verified: true,
      sources: { nodes: [{ id: sourceId }] },
      zones: { edges: [{ node: { id: 'zone:shanghai' }, link: { from: '2024-03', first: true, sources: [{ id: sourceId }] } }] },
    });

    const read = await gqlWithHeaders<{ zone: { measures: Conn }; reformMeasure: unknown }>(
      app,
      `{ zone(id: "zone:shanghai") { measures(first: 100) { nodes { id } } }
         reformMeasure(id: "${measureId}") { nameZh fields { nodes { id } } sources { nodes { id title } } } }`,
    );
    expect(read.data!.zone.measures.nodes).toContainEqual({ id: measureId });
    expect(read.data!.reformMeasure).toEqual({
      nameZh: '数据出境试点',
      fields: { nodes: [{ id: 'field:data' }] },
      sources: { nodes: [{ id: sourceId, title: 'Test article on data export pilots' }] },
    });
  });

  it('updates it: given fields replace, others stay, null clears; the audit entry holds before and after', async () => {
    const { upsertReformMeasure } = await curate(UPSERT_MEASURE, {
      input: { id: measureId, description: 'Security assessments for outbound data.', replicatedNationwideOn: '2025', nameZh: null },
    });
    expect(upsertReformMeasure).toMatchObject({
      nameEn: 'Data export pilot',
      nameZh: null,
      description: 'Security assessments for outbound data.',
      replicatedNationwideOn: '2025',
      zones: { edges: [{ node: { id: 'zone:shanghai' } }] },
    });

    const log = await gqlWithHeaders<AuditLog>(app, AUDIT_LOG, { targetId: measureId }, asRole('admin'));
    expect(log.data!.auditLog.nodes).toHaveLength(2);
    expect(log.data!.auditLog.totalCount).toBe(2);
    const [update, create] = log.data!.auditLog.nodes as [AuditEntry, AuditEntry];
    expect(create).toMatchObject({ operation: 'createReformMeasure', tokenId: tokens.curator.id, tokenName: 'test-curator', role: 'curator', before: null });
    expect(update).toMatchObject({ operation: 'updateReformMeasure', targetId: measureId });
    // Objects, not JSON text.
    const before = update.before;
    const after = update.after;
    expect(before).toMatchObject({ id: measureId, nameZh: '数据出境试点', sources: [sourceId] });
    expect(before.description).toBeUndefined();
    expect(after).toMatchObject({ description: 'Security assessments for outbound data.', replicatedNationwideOn: '2025', sources: [sourceId] });
    expect(after.nameZh).toBeUndefined();
    expect(after.pilotedIn).toEqual([{ zone: 'zone:shanghai', from: '2024-03', first: true, sources: [sourceId], verified: true }]);
    expect(Date.parse(update.at)).toBeGreaterThanOrEqual(Date.parse(create.at));
  });

  it('links and unlinks: a pilot with its own fact, a document setting the measure out, a source', async () => {
    const linked = await curate<{ link: unknown }>(LINK, {
      input: { type: 'PILOTED_IN', from: measureId, to: 'zone:hainan', fact: { sources: ['source:w-sh'], from: '2025-01' } },
    });
    expect(linked.link).toEqual({ type: 'PILOTED_IN', from: { id: measureId }, to: { id: 'zone:hainan' } });
    await curate(LINK, { input: { type: 'SETS_OUT', from: 'document:shanghai-ftz-regulations', to: measureId } });
    await curate(LINK, { input: { type: 'SOURCED_FROM', from: measureId, to: 'source:w-sh' } });

    const read = () =>
      gqlWithHeaders<{ zone: { measures: { edges: Array<{ node: { id: string } }> } }; reformMeasure: { documents: Conn; sources: Conn } }>(
        app,
        `{ zone(id: "zone:hainan") { measures(first: 100) { edges { node { id } link { from first sources { id } } } } }
           reformMeasure(id: "${measureId}") { documents { nodes { id } } sources { nodes { id } } } }`,
      );
    let res = await read();
    expect(res.data!.zone.measures.edges).toContainEqual({ node: { id: measureId }, link: { from: '2025-01', first: false, sources: [{ id: 'source:w-sh' }] } });
    expect(res.data!.reformMeasure.documents.nodes).toEqual([{ id: 'document:shanghai-ftz-regulations' }]);
    expect(res.data!.reformMeasure.sources.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['source:test-curation-article', 'source:w-sh']);

    // Linking again merges the fact over the existing link.
    await curate(LINK, { input: { type: 'PILOTED_IN', from: measureId, to: 'zone:hainan', fact: { first: true } } });
    res = await read();
    expect(res.data!.zone.measures.edges).toContainEqual({ node: { id: measureId }, link: { from: '2025-01', first: true, sources: [{ id: 'source:w-sh' }] } });

    await curate(UNLINK, { input: { type: 'PILOTED_IN', from: measureId, to: 'zone:hainan' } });
    await curate(UNLINK, { input: { type: 'SETS_OUT', from: 'document:shanghai-ftz-regulations', to: measureId } });
    res = await read();
    expect(res.data!.zone.measures.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(measureId);
    expect(res.data!.reformMeasure.documents.nodes).toEqual([]);

    const log = await gqlWithHeaders<AuditLog>(app, AUDIT_LOG, { targetId: measureId, first: 3 }, asRole('admin'));
    expect(log.data!.auditLog.nodes.map((e: { operation: string }) => e.operation)).toEqual(['unlink:SETS_OUT', 'unlink:PILOTED_IN', 'link:PILOTED_IN']);
  });

  it('creates a policy document, a cluster and a supply link, and updates the link', async () => {
    const { upsertPolicyDocument } = await curate(UPSERT_DOCUMENT, {
      input: { id: 'document:test-data-rules', kind: 'MEASURES', titleEn: 'Test data rules', issuedOn: '2024-09-30', appliesTo: ['zone:shanghai'], sources: [sourceId] },
    });
    expect(upsertPolicyDocument).toEqual({
      id: 'document:test-data-rules',
      titleEn: 'Test data rules',
      kind: 'MEASURES',
      issuedOn: '2024-09-30',
      zones: { nodes: [{ id: 'zone:shanghai' }] },
    });

    const { upsertIndustrialCluster } = await curate(UPSERT_CLUSTER, {
      input: { id: 'cluster:test-data-park', nameEn: 'Test data park', industries: ['industry:biomedicine'], zone: 'zone:shanghai', sources: [sourceId] },
    });
    expect(upsertIndustrialCluster).toEqual({
      id: 'cluster:test-data-park',
      nameEn: 'Test data park',
      zone: { id: 'zone:shanghai' },
      industries: { nodes: [{ id: 'industry:biomedicine' }] },
    });
    await curate(LINK, { input: { type: 'IN_INDUSTRY', from: 'cluster:test-data-park', to: 'industry:medical-devices' } });
    const clusters = await gqlWithHeaders<{ industry: { clusters: Conn } }>(app, '{ industry(id: "industry:medical-devices") { clusters(first: 100) { nodes { id } } } }');
    expect(clusters.data!.industry.clusters.nodes).toContainEqual({ id: 'cluster:test-data-park' });

    type SupplyLink = { upsertSupplyLink: { downstream: { edges: Array<{ node: { id: string }; link: unknown }> } } };
    const link = (data: SupplyLink) => data.upsertSupplyLink.downstream.edges.find((e) => e.node.id === 'industry:medical-devices')?.link;
    const created = await curate<SupplyLink>(UPSERT_SUPPLY, { input: { from: 'industry:drug-rd', to: 'industry:medical-devices', flow: 'device designs', sources: [sourceId] } });
    expect(link(created)).toEqual({ flow: 'device designs', editorial: false, sources: [{ id: sourceId }] });
    const updated = await curate<SupplyLink>(UPSERT_SUPPLY, { input: { from: 'industry:drug-rd', to: 'industry:medical-devices', editorial: true } });
    expect(link(updated)).toEqual({ flow: 'device designs', editorial: true, sources: [{ id: sourceId }] });
    // The industry's other links are untouched.
    expect(created.upsertSupplyLink.downstream.edges.length).toBe(updated.upsertSupplyLink.downstream.edges.length);
  });

  it('rewriting a record unchanged leaves every entity and relationship as the seed wrote it', async () => {
    const entities = async () => {
      const { records } = await driver.executeQuery(
        'MATCH (n:Entity {id: $id}) RETURN properties(n) AS n, [(n)-[r]-(m) | [type(r), startNode(r) = n, m.id, properties(r)]] AS rels',
        { id: 'measure:fi-negative-list' },
      );
      return JSON.stringify(records[0]!.toObject(), (_k, v) => (Array.isArray(v) ? [...v].sort() : v));
    };
    const before = await entities();
    await curate(UPSERT_MEASURE, { input: { id: 'measure:fi-negative-list' } });
    expect(await entities()).toBe(before);
  });

  it('admins page through the audit log, newest first', async () => {
    const all = await gqlWithHeaders<AuditLog>(app, AUDIT_LOG, { first: 100, tokenName: 'test-curator' }, asRole('admin'));
    const entries = all.data!.auditLog.nodes as Array<{ id: string; at: string }>;
    expect(all.data!.auditLog.totalCount).toBe(entries.length);
    expect(entries.length).toBeGreaterThanOrEqual(10);
    const times = entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<AuditLog> = await gqlWithHeaders(app, AUDIT_LOG, { first: 3, after, tokenName: 'test-curator' }, asRole('admin'));
      seen.push(...page.data!.auditLog.nodes.map((e: { id: string }) => e.id));
      // Every page counts the whole log; the last edge's cursor is the page's endCursor.
      expect(page.data!.auditLog.totalCount).toBe(entries.length);
      expect(page.data!.auditLog.edges.at(-1)!.cursor).toBe(page.data!.auditLog.pageInfo.endCursor);
      after = page.data!.auditLog.pageInfo.hasNextPage ? page.data!.auditLog.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(entries.map((e) => e.id));

    expect(codeOf(await gqlWithHeaders(app, AUDIT_LOG, { after: 'nonsense' }, asRole('admin')))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gqlWithHeaders(app, AUDIT_LOG, {}, asRole('curator')))).toBe('FORBIDDEN');
  });

  it('the audit log is a connection, and before/after are JSON objects of the JSON scalar (described, with its specification)', async () => {
    const intro = await gqlWithHeaders<{ log: { fields: unknown }; entry: { fields: unknown }; json: { description: string } }>(
      app,
      `{
      log: __type(name: "Query") { fields { name type { ofType { name } } } }
      entry: __type(name: "AuditEntry") { fields { name type { name kind } } }
      json: __type(name: "JSON") { kind description specifiedByURL }
    }`,
      {},
    );
    expect(intro.errors).toBeUndefined();
    const log = (intro.data!.log.fields as Array<{ name: string; type: { ofType: { name: string } | null } }>).find((f) => f.name === 'auditLog')!;
    expect(log.type.ofType?.name).toBe('AuditEntryConnection');
    const entry = Object.fromEntries((intro.data!.entry.fields as Array<{ name: string; type: { name: string | null } }>).map((f) => [f.name, f.type.name]));
    expect([entry.before, entry.after]).toEqual(['JSON', 'JSON']);
    expect(intro.data!.json).toMatchObject({ kind: 'SCALAR', specifiedByURL: 'https://www.ecma-international.org/publications-and-standards/standards/ecma-404/' });
    expect(intro.data!.json.description).toMatch(/JSON/);

    const page = await gqlWithHeaders(app, AUDIT_LOG, { first: 1, targetId: measureId }, asRole('admin'));
    expect(page.errors).toBeUndefined();
    const { totalCount, edges, nodes } = page.data!.auditLog as {
      totalCount: number;
      edges: Array<{ cursor: string; node: { id: string } }>;
      nodes: Array<{ id: string; before: unknown; after: unknown }>;
    };
    expect(totalCount).toBeGreaterThanOrEqual(2);
    expect(edges.map((e) => e.node.id)).toEqual(nodes.map((n) => n.id));
    expect(nodes).toHaveLength(1);
    const after = nodes[0]!.after as { id: string; sources: string[] };
    expect(typeof after).toBe('object');
    expect(after.id).toBe(measureId);
    expect(after.sources).toContain(sourceId);
  });

  it('audit entries and tokens are not entities: node() does not return them', async () => {
    const { records } = await driver.executeQuery('MATCH (n) WHERE n:AuditEntry OR n:ApiToken RETURN n.id AS id, n:Entity AS entity');
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r.get('entity')).toBe(false);
      const res = await gqlWithHeaders(app, 'query($id: ID!) { node(id: $id) { id } }', { id: r.get('id') });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('the data-version stamp', () => {
  it('moves on with each curated write (and only then), so a cited stamp names the data it came from', async () => {
    const stamp = async () => (await gqlWithHeaders(app, '{ zone(id: "zone:shanghai") { id } }', {}, {})).extensions?.dataVersion as string;
    const before = await stamp();
    const [, hash, edits] = /^([0-9a-f]{16})(?:\+(\d+))?$/.exec(before)!;
    const write = await gqlWithHeaders(app, UPSERT_SOURCE, { input: { id: 'source:test-stamp', title: 'Stamp test' } }, asRole('curator'));
    expect(write.errors).toBeUndefined();
    // The writer sees the new stamp at once: the load's hash, then how many writes followed it.
    expect(write.extensions?.dataVersion).toBe(`${hash}+${Number(edits ?? 0) + 1}`);
    const refused = await gqlWithHeaders(app, UPSERT_SOURCE, { input: { id: 'source:test-stamp-refused' } }, asRole('curator'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.dataVersion).toBe(write.extensions?.dataVersion);
  });
});

describe('concurrent writes', () => {
  it('lose nothing: four curators linking fields to one measure at once all land, and each audit entry starts where the previous ended', async () => {
    const measure = 'measure:single-window';
    const fields = ['field:talent', 'field:science-technology-innovation', 'field:industrial-development', 'field:cross-border-services'];
    const results = await Promise.all(fields.map((to) => gqlWithHeaders(app, LINK, { input: { type: 'IN_FIELD', from: measure, to } }, asRole('curator'))));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const { records } = await driver.executeQuery('MATCH (:ReformMeasure {id: $measure})-[:IN_FIELD]->(f) RETURN collect(f.id) AS ids', { measure });
    expect(records[0]!.get('ids')).toEqual(expect.arrayContaining(fields));
    // Newest first: each write saw the record as the write before it left it.
    const log = await gqlWithHeaders<AuditLog>(app, AUDIT_LOG, { first: 4, targetId: measure }, asRole('admin'));
    const entries = [...log.data!.auditLog.nodes].reverse() as Array<{ before: Record<string, unknown>; after: Record<string, unknown> }>;
    // Lists of ids are sets (read back in no fixed order).
    const record = (r: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) && v.every((x) => typeof x === 'string') ? [...v].sort() : v]));
    for (let i = 1; i < entries.length; i++) expect(record(entries[i]!.before)).toEqual(record(entries[i - 1]!.after));
    expect(entries.at(-1)!.after.fields).toEqual(expect.arrayContaining(fields));
  });
});

describe('a bad write is refused and changes nothing', () => {
  const cases: Array<[string, string, Record<string, unknown>, string]> = [
    ['an impossible date', UPSERT_MEASURE, { id: 'measure:test-bad', nameEn: 'Bad', replicatedNationwideOn: '2021-02-30', sources: ['source:w-sh'] }, 'replicatedNationwideOn'],
    ['a malformed date', UPSERT_DOCUMENT, { id: 'document:test-bad', kind: 'OTHER', titleEn: 'Bad', issuedOn: '30/09/2024', sources: ['source:w-sh'] }, 'issuedOn'],
    ['missing sources', UPSERT_MEASURE, { id: 'measure:test-bad', nameEn: 'Bad' }, 'sources'],
    ['empty sources', UPSERT_CLUSTER, { id: 'cluster:test-bad', nameEn: 'Bad', industries: ['industry:biomedicine'], zone: 'zone:shanghai', sources: [] }, 'sources'],
    ['a missing required field', UPSERT_SOURCE, { id: 'source:test-bad' }, 'title'],
    [
      'a pilot in a zone that does not exist',
      UPSERT_MEASURE,
      { id: 'measure:test-bad', nameEn: 'Bad', pilotedIn: [{ zone: 'zone:atlantis', sources: ['source:w-sh'] }], sources: ['source:w-sh'] },
      'pilotedIn.0.zone',
    ],
    ['a source that does not exist', UPSERT_MEASURE, { id: 'measure:test-bad', nameEn: 'Bad', sources: ['source:w-sh', 'source:nowhere'] }, 'sources.1'],
    ['an id of the wrong type in a reference', UPSERT_MEASURE, { id: 'measure:test-bad', nameEn: 'Bad', fields: ['zone:shanghai'], sources: ['source:w-sh'] }, 'fields.0'],
    ['an id of the wrong type', UPSERT_MEASURE, { id: 'zone:test-bad', nameEn: 'Bad', sources: ['source:w-sh'] }, 'id'],
    ['an update leaving the record invalid', UPSERT_MEASURE, { id: 'measure:fi-negative-list', nameEn: '' }, 'nameEn'],
    ['clearing a required field', UPSERT_CLUSTER, { id: 'cluster:test-data-park', zone: null }, 'zone'],
    ['a supply link to an unknown industry', UPSERT_SUPPLY, { from: 'industry:drug-rd', to: 'industry:nowhere', flow: 'x', sources: ['source:w-sh'] }, 'to'],
    ['a new supply link without what flows', UPSERT_SUPPLY, { from: 'industry:drug-rd', to: 'industry:bunkering', sources: ['source:w-sh'] }, 'flow'],
    ['a supply link from a non-industry', UPSERT_SUPPLY, { from: 'zone:shanghai', to: 'industry:bunkering', flow: 'x', sources: ['source:w-sh'] }, 'from'],
    ['a link with ends of the wrong labels', LINK, { type: 'PILOTED_IN', from: 'measure:ft-accounts', to: 'industry:bunkering', fact: { sources: ['source:w-sh'] } }, 'to'],
    ['a link from a record that does not exist', LINK, { type: 'IN_FIELD', from: 'measure:nowhere', to: 'field:data' }, 'from'],
    ['a link to an entity that does not exist', LINK, { type: 'APPLIES_TO', from: 'document:shanghai-ftz-regulations', to: 'zone:atlantis' }, 'to'],
    ['a new pilot without sources', LINK, { type: 'PILOTED_IN', from: 'measure:ft-accounts', to: 'zone:hainan', fact: { first: true } }, 'fact.sources'],
    [
      'a pilot fact on a document relation',
      LINK,
      { type: 'AMENDS', from: 'document:test-data-rules', to: 'document:shanghai-ftz-regulations', fact: { sources: ['source:w-sh'], first: true } },
      'fact.first',
    ],
    ["a fact on a link that carries its record's sources", LINK, { type: 'IN_FIELD', from: 'measure:ft-accounts', to: 'field:data', fact: { sources: ['source:w-sh'] } }, 'fact'],
    ['a supply link through link()', LINK, { type: 'SUPPLIES', from: 'industry:drug-rd', to: 'industry:bunkering' }, 'type'],
    ['unlinking a link that does not exist', UNLINK, { type: 'IN_FIELD', from: 'measure:ft-accounts', to: 'field:data' }, 'to'],
    ['unlinking the last source', UNLINK, { type: 'SOURCED_FROM', from: 'document:test-data-rules', to: 'source:test-curation-article' }, 'sources'],
    ['unlinking a cluster from its zone', UNLINK, { type: 'LOCATED_IN', from: 'cluster:test-data-park', to: 'zone:shanghai' }, 'zone'],
  ];

  it.each(cases)('%s → BAD_USER_INPUT naming the field', async (_name, query, input, field) => {
    const before = await graphChecksum();
    const res = await gqlWithHeaders(app, query, { input }, asRole('curator'));
    expect({ code: codeOf(res), field: fieldOf(res) }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await graphChecksum()).toEqual(before);
  });

  it('an unknown input field → BAD_USER_INPUT from the typed input, nothing written', async () => {
    const before = await graphChecksum();
    const res = await gqlWithHeaders(app, UPSERT_MEASURE, { input: { id: 'measure:test-bad', nameEn: 'Bad', sources: ['source:w-sh'], colour: 'red' } }, asRole('curator'));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await graphChecksum()).toEqual(before);
  });

  it('a write whose reference vanishes between the checks and the commit fails inside its transaction and leaves nothing', async () => {
    await curate(UPSERT_SOURCE, { input: { id: 'source:test-vanishing', title: 'About to vanish' } });
    const actor = { tokenId: tokens.curator.id, tokenName: 'test-curator', role: 'curator' };
    const plan = await prepareCuration(
      executor,
      {
        kind: 'ReformMeasure',
        id: 'measure:test-vanishing',
        operation: 'createReformMeasure',
        change: () => ({ id: 'measure:test-vanishing', nameEn: 'Vanishing', fields: ['field:data'], sources: ['source:test-vanishing'] }),
      },
      actor,
    );
    // Someone else deletes the source after the checks passed. The transaction's first
    // statement (the node) succeeds; a later one finds the source gone and aborts it all.
    await driver.executeQuery("MATCH (s:Source {id: 'source:test-vanishing'}) DETACH DELETE s");
    const before = await graphChecksum();
    const error = await commitCuration(executor, plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'sources.0' } });
    expect(await graphChecksum()).toEqual(before);
    const { records } = await driver.executeQuery("MATCH (n {id: 'measure:test-vanishing'}) RETURN count(n) AS c");
    expect(records[0]!.get('c')).toBe(0);
  });
});

describe('npm run token', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/auth/tokenCli.ts', ...args], { env: { ...process.env, NEO4J_URI: inject('neo4jUri') } });

  it('creates a token (printed once), lists tokens without secrets, revokes one', async () => {
    const created = await run('create', '--name', 'cli-curator', '--role', 'curator');
    const token = created.stdout.trim();
    expect(token).toMatch(/^ftz_[A-Za-z0-9_-]{43}$/);
    const id = /(tok_[0-9a-f]+)/.exec(created.stderr)![1]!;

    const source = await gqlWithHeaders(app, UPSERT_SOURCE, { input: { id: 'source:test-cli', title: 'Written with a CLI token' } }, bearer(token));
    expect(source.errors).toBeUndefined();

    const listed = await run('list');
    expect(listed.stdout).toMatch(new RegExp(`${id}\\s+curator .* live\\s+cli-curator`));
    expect(listed.stdout).not.toContain(token);
    expect(listed.stdout).not.toMatch(/[0-9a-f]{64}/);

    const revoked = await run('revoke', id);
    expect(revoked.stdout).toContain(id);
    const tokensNow = await gqlWithHeaders<{ apiTokens: Array<{ id: string; revokedAt: string | null }> }>(app, '{ apiTokens { id revokedAt } }', {}, asRole('admin'));
    expect(tokensNow.data!.apiTokens.find((t: { id: string }) => t.id === id)!.revokedAt).toEqual(expect.any(String));

    const usage = await run('create', '--name', 'x', '--role', 'boss').catch((e: { code: number; stderr: string }) => e);
    expect(usage).toMatchObject({ code: 2 });
  }, 120_000);
});
