// Writes prepared node and relationship rows in ONE transaction: a load either fully
// happens or leaves the graph untouched. MERGE on ids and `SET x = props` make it idempotent.
import type { Executor, Params } from './executor.js';
import { ENTITY, ENTITY_LABELS, RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from './model.js';

export interface NodeRow {
  label: EntityLabel;
  id: string;
  props: Record<string, unknown>;
}

export interface RelationshipRow {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface GraphRows {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

const BATCH = 1000;

function chunk<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** The node holding the loaded data's version (not an Entity: it is bookkeeping). */
export const META_LABEL = 'Meta';

export async function writeGraph(executor: Executor, rows: GraphRows, options: { reset?: boolean; dataVersion?: string } = {}): Promise<void> {
  const statements: Array<{ cypher: string; params?: Params }> = [];
  if (options.reset) statements.push({ cypher: 'MATCH (n) DETACH DELETE n' });
  for (const label of ENTITY_LABELS) {
    const ofLabel = rows.nodes.filter((n) => n.label === label).map((n) => ({ id: n.id, props: { ...n.props, id: n.id } }));
    for (const batch of chunk(ofLabel)) statements.push({ cypher: `UNWIND $rows AS row MERGE (n:${ENTITY} {id: row.id}) SET n = row.props, n:${label}`, params: { rows: batch } });
  }
  for (const type of RELATIONSHIP_TYPES) {
    const ofType = rows.relationships.filter((r) => r.type === type);
    for (const batch of chunk(ofType))
      statements.push({
        cypher: `UNWIND $rows AS row
MATCH (a:${ENTITY} {id: row.from})
MATCH (b:${ENTITY} {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props`,
        params: { rows: batch },
      });
  }
  if (options.dataVersion) statements.push({ cypher: `MERGE (m:${META_LABEL} {key: 'data'}) SET m.version = $version, m.edits = 0`, params: { version: options.dataVersion } });
  await executor.writeAll(statements);
}
