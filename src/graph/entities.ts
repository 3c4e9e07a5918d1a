// Entity reads: by id (batched) and root lists with filters and keyset pagination.
import type { Node as Neo4jNode } from 'neo4j-driver';
import { BadUserInputError } from '../errors.js';
import type { Executor, Params } from './executor.js';
import { ENTITY, type EntityLabel } from './model.js';
import { encodeCursor, toEntityRecord, type EntityRecord, type PageRecord } from './records.js';
import type { PageWindow } from './pagination.js';

/** Entities by id, in the order of `ids`; null where no entity has the id. */
export async function readEntitiesById(executor: Executor, ids: readonly string[]): Promise<Array<EntityRecord | null>> {
  const records = await executor.read<{ n: Neo4jNode }>(`UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) RETURN n`, { ids });
  const byId = new Map(records.map((r) => [r.get('n').properties.id as string, toEntityRecord(r.get('n'))]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A filter value as the API receives it; the key names the property and the comparison. */
export type Where = Record<string, unknown>;

type PropertyKind = 'string' | 'int' | 'date' | 'boolean';

/**
 * Filterable properties per label. A `where` key is `<property>` (equals), `<property>_in`,
 * `<property>_gte` or `<property>_lte`; anything else is refused. Special filters below.
 */
const FILTERABLE: Partial<Record<EntityLabel, Record<string, PropertyKind>>> = {
  Zone: { id: 'string', kind: 'string', batch: 'int', province: 'string', launchedOn: 'date' },
  PolicyDocument: { id: 'string', kind: 'string', issuedOn: 'date' },
  ReformMeasure: { id: 'string', replicatedNationwideOn: 'date' },
  Authority: { id: 'string', abbreviation: 'string' },
  Industry: { id: 'string' },
  IndustrialCluster: { id: 'string' },
  Observation: { metric: 'string', asOf: 'date' },
};

/** Filters that are not a property comparison: a fixed Cypher fragment over `n` and `$<param>`. */
const SPECIAL_FILTERS: Partial<Record<EntityLabel, Record<string, (param: string, value: unknown) => string>>> = {
  Industry: { topLevel: (p, v) => (v ? 'NOT EXISTS { (n)-[:SUB_INDUSTRY_OF]->() }' : 'EXISTS { (n)-[:SUB_INDUSTRY_OF]->() }') },
  Observation: { subject: (p) => `EXISTS { (n)-[:ABOUT]->(:${ENTITY} {id: $${p}}) }` },
};

const COMPARISON: Record<string, string> = { '': '=', _in: 'IN', _gte: '>=', _lte: '<=' };

/** Translates `where` into a Cypher predicate over `n` with its parameters. */
export function compileWhere(label: EntityLabel, where: Where | null | undefined): { predicate: string; params: Params } {
  const parts: string[] = [];
  const params: Params = {};
  for (const [key, value] of Object.entries(where ?? {})) {
    if (value === undefined || value === null) continue;
    const param = `w${parts.length}`;
    const special = SPECIAL_FILTERS[label]?.[key];
    if (special) {
      parts.push(special(param, value));
      params[param] = value;
      continue;
    }
    const m = /^([a-zA-Z]+)(_in|_gte|_lte)?$/.exec(key);
    const kind = m ? FILTERABLE[label]?.[m[1]!] : undefined;
    if (!m || !kind) throw new BadUserInputError(`Unknown filter \`${key}\` for ${label}.`, { argument: 'where' });
    const op = COMPARISON[m[2] ?? '']!;
    const rhs = kind === 'date' ? (op === 'IN' ? `[d IN $${param} | date(d)]` : `date($${param})`) : `$${param}`;
    parts.push(`n.${m[1]} ${op} ${rhs}`);
    params[param] = value;
  }
  return { predicate: parts.length ? parts.join(' AND ') : 'true', params };
}

/** A page of a label's entities, ordered by id (keyset: the page starts after `afterId`). */
export async function readEntityPage(executor: Executor, label: EntityLabel, where: Where | null | undefined, window: PageWindow): Promise<PageRecord> {
  const { predicate, params } = compileWhere(label, where);
  const records = await executor.read<{ n: Neo4jNode }>(
    `MATCH (n:${label}) WHERE (${predicate}) AND ($afterId IS NULL OR n.id > $afterId)
RETURN n ORDER BY n.id LIMIT $limit`,
    { ...params, afterId: window.afterId, limit: window.first + 1 },
  );
  const nodes = records.map((r) => toEntityRecord(r.get('n')));
  return {
    hasNextPage: nodes.length > window.first,
    edges: nodes.slice(0, window.first).map((node) => ({ cursor: encodeCursor(node.id), node, link: null })),
  };
}

/** How many of a label's entities match `where`. */
export async function countEntities(executor: Executor, label: EntityLabel, where: Where | null | undefined): Promise<number> {
  const { predicate, params } = compileWhere(label, where);
  const records = await executor.read<{ c: number }>(`MATCH (n:${label}) WHERE ${predicate} RETURN count(n) AS c`, params);
  return records[0]?.get('c') ?? 0;
}
