// Curation writes (src/graph/curation/): the reads that prepare a write and the statements
// of its one transaction (edit count check, the record, its links, the reference check, the
// audit entry). Text only, no database: the recording executor answers the edit counter and
// the stored record where a test needs them, and records what writeAll would run.
import { describe, expect, it } from 'vitest';
import { readAuditLog, type AuditActor } from '../../src/graph/audit.js';
import { linkEntities, upsertRecord, upsertSupplyLink } from '../../src/graph/curation/index.js';
import { createRecordingExecutor, formatStatements, type Answer } from './support/recordingExecutor.js';

const ACTOR: AuditActor = { tokenId: 'token:test', tokenName: 'test-curator', role: 'curator' };

/** The edit counter is 0; `stored` answers the read of the record (none when absent). */
const answering =
  (stored?: Record<string, unknown>): Answer =>
  (cypher) => {
    if (cypher.includes('AS edits')) return [{ edits: 0 }];
    if (stored && cypher.includes('properties(n) AS props')) return [stored];
    return [];
  };

const SOURCED: Record<string, unknown> = { type: 'SOURCED_FROM', other: 'source:w-sh', otherLabels: ['Entity', 'Source'], props: {}, otherZone: null };

describe('upsertRecord', () => {
  it('creates a reform measure: its node, owned links replaced, ends checked, links merged, audit entry', async () => {
    const { executor, statements } = createRecordingExecutor(answering());
    await upsertRecord(
      executor,
      'ReformMeasure',
      {
        id: 'measure:test-data-export',
        nameEn: 'Data export pilot',
        fields: ['field:data'],
        pilotedIn: [{ zone: 'zone:shanghai', from: '2024-03', first: true, sources: ['source:w-sh'] }],
        sources: ['source:w-sh'],
      },
      ACTOR,
    );
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: (none)
      OPTIONAL MATCH (m:Meta {key: 'data'}) RETURN coalesce(m.edits, 0) AS edits

      -- read
      params: $id, $in, $out
      MATCH (n:ReformMeasure {id: $id})
      RETURN properties(n) AS props,
        [(n)-[r]->(m:Entity) WHERE type(r) IN $out |
          {type: type(r), other: m.id, otherLabels: labels(m), props: properties(r), otherZone: head([(m)<-[:HAS_AREA]-(z:Zone) | z.id])}] AS outgoing,
        [(n)<-[r]-(m:Entity) WHERE type(r) IN $in | {type: type(r), other: m.id, otherLabels: labels(m), props: properties(r), otherZone: null}] AS incoming

      -- read
      params: $refs
      UNWIND range(0, size($refs) - 1) AS i
      OPTIONAL MATCH (m:Entity {id: $refs[i].id})
      WITH i, m WHERE m IS NULL OR NOT $refs[i].label IN labels(m)
      RETURN i ORDER BY i

      -- writeAll
      params: (none)
      MERGE (m:Meta {key: 'data'}) SET m.edits = coalesce(m.edits, 0)

      -- writeAll
      params: $expected
      MATCH (m:Meta {key: 'data'}) WHERE m.edits = $expected SET m.edits = $expected + 1 RETURN m.edits AS edits

      -- writeAll
      params: $id, $props
      MERGE (n:Entity {id: $id}) SET n = $props, n:ReformMeasure

      -- writeAll
      params: $id
      MATCH (n:Entity {id: $id})-[r:SOURCED_FROM|IN_FIELD|SUPPORTS|PILOTED_IN]->() DELETE r

      -- writeAll
      params: $id
      MATCH (n:Entity {id: $id})<-[r:SETS_OUT]-() DELETE r

      -- writeAll
      params: $ids
      UNWIND $ids AS id
      OPTIONAL MATCH (m:Entity {id: id})
      WITH collect(CASE WHEN m IS NULL THEN id END) AS missing
      RETURN CASE size(missing) WHEN 0 THEN true ELSE size(missing) / 0 END AS ok

      -- writeAll
      params: $rows
      UNWIND $rows AS row
      OPTIONAL MATCH (a:Entity {id: row.from})
      OPTIONAL MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:IN_FIELD]->(b)
      SET r = row.props

      -- writeAll
      params: $rows
      UNWIND $rows AS row
      OPTIONAL MATCH (a:Entity {id: row.from})
      OPTIONAL MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:PILOTED_IN]->(b)
      SET r = row.props

      -- writeAll
      params: $rows
      UNWIND $rows AS row
      OPTIONAL MATCH (a:Entity {id: row.from})
      OPTIONAL MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:SOURCED_FROM]->(b)
      SET r = row.props

      -- writeAll
      params: $after, $before, $id, $operation, $role, $targetId, $token, $tokenName
      CREATE (a:AuditEntry {id: $id, at: datetime(), token: $token, tokenName: $tokenName, role: $role,
        operation: $operation, targetId: $targetId, before: $before, after: $after})"
    `);
  });
});

describe('upsertSupplyLink', () => {
  it('rewrites the upstream industry with the link merged into its supplies', async () => {
    const stored = { props: { id: 'industry:drug-rd', nameEn: 'Drug R&D' }, outgoing: [SOURCED], incoming: [] };
    const { executor, statements } = createRecordingExecutor(answering(stored));
    await upsertSupplyLink(executor, { from: 'industry:drug-rd', to: 'industry:medical-devices', flow: 'designs', sources: ['source:w-sh'] }, ACTOR);
    expect(formatStatements(statements.filter((s) => s.mode === 'writeAll'))).toMatchInlineSnapshot(`
      "-- writeAll
      params: (none)
      MERGE (m:Meta {key: 'data'}) SET m.edits = coalesce(m.edits, 0)

      -- writeAll
      params: $expected
      MATCH (m:Meta {key: 'data'}) WHERE m.edits = $expected SET m.edits = $expected + 1 RETURN m.edits AS edits

      -- writeAll
      params: $id, $props
      MERGE (n:Entity {id: $id}) SET n = $props, n:Industry

      -- writeAll
      params: $id
      MATCH (n:Entity {id: $id})-[r:SOURCED_FROM|SUB_INDUSTRY_OF|SUPPLIES]->() DELETE r

      -- writeAll
      params: $ids
      UNWIND $ids AS id
      OPTIONAL MATCH (m:Entity {id: id})
      WITH collect(CASE WHEN m IS NULL THEN id END) AS missing
      RETURN CASE size(missing) WHEN 0 THEN true ELSE size(missing) / 0 END AS ok

      -- writeAll
      params: $rows
      UNWIND $rows AS row
      OPTIONAL MATCH (a:Entity {id: row.from})
      OPTIONAL MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:SUPPLIES]->(b)
      SET r = row.props

      -- writeAll
      params: $rows
      UNWIND $rows AS row
      OPTIONAL MATCH (a:Entity {id: row.from})
      OPTIONAL MATCH (b:Entity {id: row.to})
      MERGE (a)-[r:SOURCED_FROM]->(b)
      SET r = row.props

      -- writeAll
      params: $after, $before, $id, $operation, $role, $targetId, $token, $tokenName
      CREATE (a:AuditEntry {id: $id, at: datetime(), token: $token, tokenName: $tokenName, role: $role,
        operation: $operation, targetId: $targetId, before: $before, after: $after})"
    `);
  });
});

describe('linkEntities', () => {
  it('checks the other end, reads the owner, then rewrites the owner record', async () => {
    const stored = { props: { id: 'measure:ft-accounts', nameEn: 'Free trade accounts' }, outgoing: [SOURCED], incoming: [] };
    const { executor, statements } = createRecordingExecutor(answering(stored));
    await linkEntities(executor, { type: 'PILOTED_IN', from: 'measure:ft-accounts', to: 'zone:hainan', fact: { sources: ['source:w-sh'] } }, ACTOR);
    expect(formatStatements(statements.filter((s) => s.mode === 'read'))).toMatchInlineSnapshot(`
      "-- read
      params: $refs
      UNWIND range(0, size($refs) - 1) AS i
      OPTIONAL MATCH (m:Entity {id: $refs[i].id})
      WITH i, m WHERE m IS NULL OR NOT $refs[i].label IN labels(m)
      RETURN i ORDER BY i

      -- read
      params: (none)
      OPTIONAL MATCH (m:Meta {key: 'data'}) RETURN coalesce(m.edits, 0) AS edits

      -- read
      params: $id, $in, $out
      MATCH (n:ReformMeasure {id: $id})
      RETURN properties(n) AS props,
        [(n)-[r]->(m:Entity) WHERE type(r) IN $out |
          {type: type(r), other: m.id, otherLabels: labels(m), props: properties(r), otherZone: head([(m)<-[:HAS_AREA]-(z:Zone) | z.id])}] AS outgoing,
        [(n)<-[r]-(m:Entity) WHERE type(r) IN $in | {type: type(r), other: m.id, otherLabels: labels(m), props: properties(r), otherZone: null}] AS incoming

      -- read
      params: $refs
      UNWIND range(0, size($refs) - 1) AS i
      OPTIONAL MATCH (m:Entity {id: $refs[i].id})
      WITH i, m WHERE m IS NULL OR NOT $refs[i].label IN labels(m)
      RETURN i ORDER BY i"
    `);
    expect(statements.filter((s) => s.mode === 'writeAll').map((s) => s.cypher.split('\n')[0])).toMatchInlineSnapshot(`
      [
        "MERGE (m:Meta {key: 'data'}) SET m.edits = coalesce(m.edits, 0)",
        "MATCH (m:Meta {key: 'data'}) WHERE m.edits = $expected SET m.edits = $expected + 1 RETURN m.edits AS edits",
        "MERGE (n:Entity {id: $id}) SET n = $props, n:ReformMeasure",
        "MATCH (n:Entity {id: $id})-[r:SOURCED_FROM|IN_FIELD|SUPPORTS|PILOTED_IN]->() DELETE r",
        "MATCH (n:Entity {id: $id})<-[r:SETS_OUT]-() DELETE r",
        "UNWIND $ids AS id",
        "UNWIND $rows AS row",
        "UNWIND $rows AS row",
        "CREATE (a:AuditEntry {id: $id, at: datetime(), token: $token, tokenName: $tokenName, role: $role,",
      ]
    `);
  });
});

describe('readAuditLog', () => {
  it('a page of the log, newest first, and its total', async () => {
    const { executor, statements } = createRecordingExecutor((cypher) => (cypher.includes('AS c') ? [{ c: 0 }] : []));
    const log = readAuditLog(executor, { first: 3, targetId: 'measure:ft-accounts' });
    await log.page();
    await log.count();
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: $afterAt, $afterId, $limit, $targetId, $tokenName
      MATCH (a:AuditEntry)
      WHERE ($tokenName IS NULL OR a.tokenName = $tokenName)
        AND ($targetId IS NULL OR a.targetId = $targetId)
        AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
      RETURN a {.*} AS a
      ORDER BY a.at DESC, a.id DESC
      LIMIT $limit

      -- read
      params: $targetId, $tokenName
      MATCH (a:AuditEntry) WHERE ($tokenName IS NULL OR a.tokenName = $tokenName)
        AND ($targetId IS NULL OR a.targetId = $targetId) RETURN count(a) AS c"
    `);
  });
});
