// Rules shared by the walks: what they follow, their bounds, the checks of their arguments,
// the breadth-first step, and how links read with their ends become records.
import type { Relationship } from 'neo4j-driver';
import { BadUserInputError, LimitExceededError } from '../../errors.js';
import { ENTITY_LABELS, labelOfId, PROVENANCE_LABELS, PROVENANCE_TYPES, RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from '../model.js';
import { toLinkRecord, type EntityRecord, type LinkRecord } from '../records.js';

/** The relationship types paths and neighbourhoods follow, as a Cypher type alternation. */
export const TRAVERSED_TYPES = RELATIONSHIP_TYPES.filter((t) => !PROVENANCE_TYPES.includes(t)).join('|');
/** The labels a neighbourhood may reach when the caller does not narrow them. */
export const TRAVERSED_LABELS = ENTITY_LABELS.filter((l) => !PROVENANCE_LABELS.includes(l));

export const SUPPLIES: RelationshipType = 'SUPPLIES';
export const SUB_INDUSTRY_OF: RelationshipType = 'SUB_INDUSTRY_OF';
export const INDUSTRY: EntityLabel = 'Industry';

export const CHAIN_HOPS = { default: 3, max: 6 } as const;
export const PATH_HOPS = { default: 4, max: 6 } as const;
export const PATH_LIMIT = { default: 5, max: 20 } as const;
export const NEIGHBORHOOD_HOPS = { default: 1, max: 3 } as const;
export const NEIGHBORHOOD_LIMIT = { default: 50, max: 500 } as const;

/** An integer argument within 1..max: BAD_USER_INPUT below 1, LIMIT_EXCEEDED above max. */
export function checkBound(argument: string, value: number | null | undefined, bound: { default: number; max: number }): number {
  const n = value ?? bound.default;
  if (n < 1) throw new BadUserInputError(`\`${argument}\` must be at least 1.`, { argument });
  if (n > bound.max) throw new LimitExceededError(`\`${argument}\` is ${n}, above the maximum of ${bound.max}.`, { limit: argument, max: bound.max, requested: n });
  return n;
}

export function checkId(argument: string, id: string, label?: EntityLabel): void {
  const idLabel = labelOfId(id);
  if (!idLabel || (label && idLabel !== label)) throw new BadUserInputError(`\`${id}\` is not a valid ${label ?? 'entity'} id.`, { argument });
}

/**
 * One breadth-first step: from `frontier`, the not yet `seen` nodes one `step` away (a
 * pattern from `f` to `n`) that pass `filter`, by id, appended to `levels` as the next
 * level. The step is skipped (an empty level) once `levels` holds `$<hopsParam>` levels or
 * `guard` fails, so the work stops at the requested bound however many steps the text holds.
 */
export function renderBfsStep(carry: string, step: string, hopsParam: string, { guard = 'true', filter = 'true' } = {}): string {
  return `WITH ${carry}, seen, frontier, levels, COLLECT {
    UNWIND CASE WHEN size(levels) < $${hopsParam} AND ${guard} THEN frontier ELSE [] END AS f
    MATCH ${step}
    WHERE NOT n IN seen AND ${filter}
    RETURN DISTINCT n ORDER BY n.id
  } AS next
WITH ${carry}, seen + next AS seen, next AS frontier, levels + [next] AS levels`;
}

/** Every level's nodes in order, each as `{node, depth}` (depth = level index + 1). */
export const FLATTEN_LEVELS = (levels: string) => `reduce(acc = [], i IN range(0, size(${levels}) - 1) | acc + [x IN ${levels}[i] | {node: x, depth: i + 1}])`;

export type RawLink = { r: Relationship; from: string; to: string };

/** A relationship between two ids, as read; its ends are then resolved to the entities read with it. */
export interface IdLink {
  from: string;
  to: string;
  link: LinkRecord;
}

/** A relationship in a path or subgraph, with both ends as entities. */
export interface PathLinkRecord {
  from: EntityRecord;
  to: EntityRecord;
  link: LinkRecord;
}

export function toIdLink(raw: RawLink): IdLink {
  return { from: raw.from, to: raw.to, link: toLinkRecord(raw.r, null)! };
}

/** The links with their ends taken from `nodes` (every end is among them: no further query). */
export function toPathLinkRecords(links: IdLink[], nodes: EntityRecord[]): PathLinkRecord[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const end = (id: string) => {
    const node = byId.get(id);
    if (!node) throw new Error(`link end ${id} is not among the nodes read with it`);
    return node;
  };
  return links.map((l) => ({ from: end(l.from), to: end(l.to), link: l.link }));
}

/** Code-point order, as Cypher's ORDER BY sorts strings (localeCompare would skip hyphens). */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const compareLinks = (a: IdLink, b: IdLink) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.link.type, b.link.type);
