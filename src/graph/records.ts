// The data layer's record types (the GraphQL mappers point here) and the conversion from
// driver values: Neo4j dates become ISO strings at their stored precision.
import { isDate, type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import { ENTITY, type DerivedLinkType, type EntityLabel, type RelationField, type RelationshipType } from './model.js';

/** Any entity: its label as `__typename`, then its properties as the API names them. */
export interface EntityRecord {
  __typename: EntityLabel;
  id: string;
  [property: string]: unknown;
}

export type LinkDirection = 'OUTGOING' | 'INCOMING';

/** A relationship as the API shows it. `sources` holds source ids, resolved on demand. */
export interface LinkRecord {
  type: RelationshipType | DerivedLinkType;
  sources: string[];
  verified: boolean;
  direction: LinkDirection | null;
  [property: string]: unknown;
}

/** An edge: `link` is set under relationship fields (the *LinkEdge types), null in root lists. */
export interface EdgeRecord {
  cursor: string;
  node: EntityRecord;
  link: LinkRecord | null;
}

export interface PageRecord {
  edges: EdgeRecord[];
  hasNextPage: boolean;
}

/** What PageInfo reads of a page, whatever its edges hold. */
export interface PageInfoRecord {
  edges: ReadonlyArray<{ cursor: string }>;
  hasNextPage: boolean;
}

/** A connection whose page and count are fetched only if the query asks for them. */
export interface ConnectionRecord {
  page(): Promise<PageRecord>;
  count(): Promise<number>;
  /**
   * What the parent's statement already read. Resolvers hand these back as they are, not as
   * promises: graphql-js then completes the whole prefetched subtree synchronously, where a
   * promise per field cost a third of the dashboard's CPU (docs/profiles/, fourth pass).
   */
  ready?: { page?: PageRecord; count?: number };
}

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDate(value: { year: unknown; month: unknown; day: unknown }, precision: DatePrecision = 'DAY'): string {
  const y = pad(Number(value.year), 4);
  if (precision === 'YEAR') return y;
  if (precision === 'MONTH') return `${y}-${pad(Number(value.month))}`;
  return `${y}-${pad(Number(value.month))}-${pad(Number(value.day))}`;
}

/** Converts stored properties: dates to strings at their precision; `<name>Precision` helpers dropped. */
export function toApiProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key.endsWith('Precision')) continue;
    out[key] = isDate(value) ? formatDate(value, props[`${key}Precision`] as DatePrecision | undefined) : value;
  }
  return out;
}

/** From a node, or anything shaped like one (a label and a property map read as `properties(n)`). */
export function toEntityRecord(node: Pick<Neo4jNode, 'labels' | 'properties'>): EntityRecord {
  const label = node.labels.find((l) => l !== ENTITY) as EntityLabel;
  return { ...(toApiProperties(node.properties) as { id: string }), __typename: label };
}

/** From a relationship, or anything shaped like one (a type and a property map read as `properties(r)`). */
export function toLinkRecord(rel: Pick<Relationship, 'type' | 'properties'> | null, direction: LinkDirection | null): LinkRecord | null {
  if (!rel) return null;
  const props = toApiProperties(rel.properties);
  return {
    ...props,
    type: rel.type as RelationshipType,
    sources: (props.sources as string[] | undefined) ?? [],
    verified: (props.verified as boolean | undefined) ?? true,
    direction,
  };
}

/** The link of an edge under a relationship field: the stored one, or the derived field's own. */
export function toEdgeLinkRecord(field: RelationField, rel: Pick<Relationship, 'type' | 'properties'> | null, direction: LinkDirection | null): LinkRecord | null {
  if (field.derived) return { type: field.derived.type, sources: [], verified: true, direction: field.derived.direction };
  return toLinkRecord(rel, direction);
}
