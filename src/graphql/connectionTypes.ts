// The connection and edge types the relation model implies, by name: a root list of `Zone`
// returns `ZoneConnection` (edges `ZoneEdge`); a relationship field to `Zone` returns
// `ZoneLinkConnection` (edges `ZoneLinkEdge`, with the link), or `ZoneConnection` when its
// edges carry no link; a field to any label, `NodeLinkConnection`. The resolvers and codegen's
// mappers (codegen.ts) are built from these lists, so a new label needs no line here.
import { ENTITY_LABELS, RELATION_FIELDS, ROOT_FIELDS, type RelationField, type RelationTarget } from '../graph/model.js';

const typeNameOf = (target: RelationTarget) => (target === 'any' ? 'Node' : target);

/** The connection type a `many` relationship field returns. */
export function connectionTypeOf(field: RelationField): string {
  return `${typeNameOf(field.target)}${field.withLink ? 'Link' : ''}Connection`;
}

const relationConnections = ENTITY_LABELS.flatMap((label) =>
  Object.values(RELATION_FIELDS[label] as Record<string, RelationField>)
    .filter((f) => f.cardinality === 'many')
    .map(connectionTypeOf),
);

/** Every connection type of root lists and relationship fields (not the audit log's). */
export const CONNECTION_TYPES: readonly string[] = [...new Set([...ENTITY_LABELS.filter((l) => ROOT_FIELDS[l].list).map((l) => `${l}Connection`), ...relationConnections])];

/** Their edge types: `ZoneConnection` → `ZoneEdge`, `ZoneLinkConnection` → `ZoneLinkEdge`. */
export const EDGE_TYPES: readonly string[] = CONNECTION_TYPES.map((c) => c.replace(/Connection$/, 'Edge'));
