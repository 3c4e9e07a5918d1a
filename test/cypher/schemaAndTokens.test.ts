// The remaining statement builders, text only, no database: the schema (constraints and
// indexes), the seed loader's batched writes, graph statistics, and API tokens (create,
// revoke, list, look up). Recording executor; answers only where a builder reads a row back.
import { describe, expect, it } from 'vitest';
import { writeGraph } from '../../src/graph/graphWriter.js';
import { schemaStatements } from '../../src/graph/schemaSetup.js';
import { readGraphStats } from '../../src/graph/stats.js';
import { createApiToken, findLiveTokenByHash, listApiTokens, revokeApiToken } from '../../src/graph/tokens.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

describe('schema and loading', () => {
  it('the schema statements', () => {
    expect(schemaStatements().join('\n')).toMatchInlineSnapshot(`
      "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT zone_id IF NOT EXISTS FOR (n:Zone) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT zonearea_id IF NOT EXISTS FOR (n:ZoneArea) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT policydocument_id IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT authority_id IF NOT EXISTS FOR (n:Authority) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT reformmeasure_id IF NOT EXISTS FOR (n:ReformMeasure) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT reformfield_id IF NOT EXISTS FOR (n:ReformField) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT industrialcluster_id IF NOT EXISTS FOR (n:IndustrialCluster) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE
      CREATE CONSTRAINT newsitem_id IF NOT EXISTS FOR (n:NewsItem) REQUIRE n.id IS UNIQUE
      CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (n:Zone|ZoneArea|PolicyDocument|Authority|Person|ReformMeasure|ReformField|Industry|IndustrialCluster|NewsItem)
      ON EACH [n.nameEn, n.nameZh, n.shortName, n.titleEn, n.titleZh, n.docNumber, n.abbreviation, n.headline, n.subHeadline]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk', \`fulltext.eventually_consistent\`: false } }
      CREATE INDEX observation_metric IF NOT EXISTS FOR (n:Observation) ON (n.metric, n.asOf)"
    `);
  });

  it('the seed loader: a reset, nodes by label and relationships by type in batches, the data version', async () => {
    const { executor, statements } = createRecordingExecutor();
    await writeGraph(
      executor,
      {
        nodes: [
          { label: 'Zone', id: 'zone:shanghai', props: { nameEn: 'Shanghai' } },
          { label: 'Industry', id: 'industry:biomedicine', props: { nameEn: 'Biomedicine' } },
        ],
        relationships: [{ type: 'SOURCED_FROM', from: 'zone:shanghai', to: 'source:w-sh', props: {} }],
      },
      { reset: true, dataVersion: '0123456789abcdef' },
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- writeAll
      params: (none)
      MATCH (n) DETACH DELETE n

      -- writeAll
      params: $rows
      UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:Zone

      -- writeAll
      params: $rows
      UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n = row.props, n:Industry

      -- writeAll
      params: $rows
      UNWIND $rows AS row
      MATCH (a:Entity {id: row.from})
      MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:SOURCED_FROM]->(b)
      SET r = row.props

      -- writeAll
      params: $version
      MERGE (m:Meta {key: 'data'}) SET m.version = $version, m.edits = 0"
    `);
  });

  it('graph statistics', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readGraphStats(executor);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: (none)
      CALL { MATCH (n:Entity) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels

      -- read
      params: (none)
      MATCH (n:Entity) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity'
      RETURN label, count(*) AS count ORDER BY count DESC, label"
    `);
  });
});

describe('API tokens', () => {
  it('create, revoke, list and look up: the secret travels only as its hash', async () => {
    const row = { t: { id: 'tok_1', name: 'test', role: 'curator', createdAt: '2026-01-01T00:00:00Z', revokedAt: null } };
    const { executor, statements } = createRecordingExecutor((cypher) => (cypher.includes('CREATE (t:') ? [row] : []));
    await createApiToken(executor, { name: 'test', role: 'curator' });
    await revokeApiToken(executor, 'tok_1');
    await listApiTokens(executor);
    await findLiveTokenByHash(executor, 'f'.repeat(64));
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- write
      params: $hash, $id, $name, $role
      CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
      RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS t

      -- write
      params: $id
      MATCH (t:ApiToken {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, datetime()) RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS t

      -- read
      params: (none)
      MATCH (t:ApiToken) RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS t ORDER BY t.createdAt DESC, t.id

      -- read
      params: $hash
      MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS t"
    `);
  });
});
