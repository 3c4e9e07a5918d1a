// The graph view's requests. Counts and expansions reuse the entity pages' per-type
// operations (one relationship list switched on, `first`/`after` paging), so an expand shows
// exactly the page the entity page and the API give; search and paths have their own.
import { graphql } from '../__generated__';
import type { LinkFieldsFragment, NodeLabelFragment, RelationshipType, TypedDocumentString } from '../__generated__/graphql';
import { runOperation, type ApiAnswer } from '../api';
import {
  EntityAuthorityQuery,
  EntityIndustrialClusterQuery,
  EntityIndustryQuery,
  EntityKindQuery,
  EntityNewsItemQuery,
  EntityPersonQuery,
  EntityPolicyDocumentQuery,
  EntityReformFieldQuery,
  EntityReformMeasureQuery,
  EntityZoneAreaQuery,
  EntityZoneQuery,
} from '../entityOperations';

export const GraphSearchQuery = graphql(`
  query GraphSearch($text: String!, $first: Int = 10) {
    search(text: $text, first: $first) { score node { ...NodeLabel } }
  }
`);

export const GraphPathQuery = graphql(`
  query GraphPath($from: ID!, $to: ID!, $maxHops: Int = 4, $limit: Int = 1) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
      length
      nodes { ...NodeLabel }
      links { from { id } to { id } link { ...LinkFields } }
    }
  }
`);

export { EntityKindQuery };

/** What an expand or a count request ran, for "open as a query". */
export interface RanRequest {
  document: { toString(): string };
  variables: Record<string, unknown>;
}

interface KindConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: Array<{ cursor: string; node: NodeLabelFragment; link: LinkFieldsFragment }>;
}

type LooseDocument = TypedDocumentString<{ node?: unknown }, Record<string, unknown>>;

interface TypeKinds {
  document: LooseDocument;
  /** Relationship lists of the type (figures and sources are provenance, not drawn). */
  kinds: string[];
  /** Every @include flag of the operation. */
  flags: string[];
  /** Single-entity relationships (always in the operation's answer): field → relationship type. */
  singles: Record<string, RelationshipType>;
}

function describeType(document: unknown, kinds: string[], singles: Record<string, RelationshipType> = {}): TypeKinds {
  return { document: document as LooseDocument, kinds, flags: [...kinds, 'observations', 'sources'], singles };
}

const TYPE_KINDS: Record<string, TypeKinds> = {
  Zone: describeType(EntityZoneQuery, ['areas', 'documents', 'measures', 'clusters', 'industries', 'news']),
  ZoneArea: describeType(EntityZoneAreaQuery, ['documents', 'measures', 'clusters', 'focusIndustries', 'news'], { zone: 'HAS_AREA', establishedBy: 'ESTABLISHES' }),
  PolicyDocument: describeType(EntityPolicyDocumentQuery, ['issuers', 'zones', 'areas', 'measures', 'relatedDocuments', 'establishedAreas', 'news']),
  Authority: describeType(EntityAuthorityQuery, ['units', 'documents', 'people'], { partOf: 'PART_OF' }),
  Person: describeType(EntityPersonQuery, ['authorities', 'news']),
  ReformField: describeType(EntityReformFieldQuery, ['measures']),
  ReformMeasure: describeType(EntityReformMeasureQuery, ['fields', 'documents', 'zones', 'areas', 'industries', 'news']),
  Industry: describeType(EntityIndustryQuery, ['subIndustries', 'upstream', 'downstream', 'clusters', 'zones', 'measures', 'focusAreas', 'news'], { parent: 'SUB_INDUSTRY_OF' }),
  IndustrialCluster: describeType(EntityIndustrialClusterQuery, ['industries'], { zone: 'LOCATED_IN', area: 'LOCATED_IN' }),
  // A news item's operation has no figures list: its flags are its kinds and its sources.
  NewsItem: {
    ...describeType(EntityNewsItemQuery, ['zones', 'areas', 'industries', 'measures', 'documents', 'people']),
    flags: ['zones', 'areas', 'industries', 'measures', 'documents', 'people', 'sources'],
  },
};

/** The kinds the panel offers: the single relationships (a sub-area's zone, …) first, then the lists. */
export function listKinds(typename: string): string[] {
  const type = TYPE_KINDS[typename];
  return type ? [...Object.keys(type.singles), ...type.kinds] : [];
}

function readSingle(node: unknown, kind: string): NodeLabelFragment | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as Record<string, unknown>)[kind];
  return value && typeof value === 'object' ? (value as NodeLabelFragment) : null;
}

/** A single relationship's link: the entity fields carry no Link, so only its type is known (no sources). */
function toSingleLink(type: RelationshipType): LinkFieldsFragment {
  return {
    type,
    verified: true,
    note: null,
    from: null,
    to: null,
    asOf: null,
    title: null,
    first: null,
    flow: null,
    editorial: null,
    direction: null,
    term: null,
    evidence: null,
    sources: [],
  };
}

function readConnection(node: unknown, kind: string): KindConnection | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as Record<string, unknown>)[kind];
  return value && typeof value === 'object' ? (value as KindConnection) : null;
}

export interface KindCounts {
  counts: Record<string, number>;
  dataVersion: string | null;
  request: RanRequest;
}

/** Every relationship kind's totalCount for one entity, in one request (`first: 0`). */
export async function fetchKindCounts(typename: string, id: string): Promise<KindCounts | null> {
  const type = TYPE_KINDS[typename];
  if (!type) return null;
  const variables: Record<string, unknown> = { id, first: 0 };
  for (const flag of type.flags) if (!type.kinds.includes(flag)) variables[flag] = false;
  const answer = await runOperation(type.document, variables);
  const counts: Record<string, number> = {};
  for (const kind of Object.keys(type.singles)) counts[kind] = readSingle(answer.data.node, kind) ? 1 : 0;
  for (const kind of type.kinds) counts[kind] = readConnection(answer.data.node, kind)?.totalCount ?? 0;
  return { counts, dataVersion: answer.dataVersion, request: { document: type.document, variables } };
}

export interface KindPage {
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  edges: KindConnection['edges'];
  dataVersion: string | null;
  request: RanRequest;
}

/** One page (at most 20) of an entity's neighbours along one relationship kind. */
export async function fetchKindPage(typename: string, id: string, kind: string, after: string | null): Promise<KindPage | null> {
  const type = TYPE_KINDS[typename];
  if (!type) return null;
  const single = type.singles[kind];
  if (single) {
    // The single relationships come with every answer: ask for no list at all.
    const variables: Record<string, unknown> = { id, first: 0 };
    for (const flag of type.flags) variables[flag] = false;
    const answer: ApiAnswer<{ node?: unknown }> = await runOperation(type.document, variables);
    const target = readSingle(answer.data.node, kind);
    const edges = target ? [{ cursor: '', node: target, link: toSingleLink(single) }] : [];
    return { totalCount: edges.length, endCursor: null, hasNextPage: false, edges, dataVersion: answer.dataVersion, request: { document: type.document, variables } };
  }
  if (!type.kinds.includes(kind)) return null;
  const variables: Record<string, unknown> = { id, first: 20 };
  if (after) variables.after = after;
  for (const flag of type.flags) if (flag !== kind) variables[flag] = false;
  const answer: ApiAnswer<{ node?: unknown }> = await runOperation(type.document, variables);
  const connection = readConnection(answer.data.node, kind);
  if (!connection) return null;
  return {
    totalCount: connection.totalCount,
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
    edges: connection.edges,
    dataVersion: answer.dataVersion,
    request: { document: type.document, variables },
  };
}

// Which end a relationship starts from, for the types whose two ends differ in type (the
// SDL's RelationshipType descriptions); the rest are read from the edge.
const FROM_TYPENAME: Record<string, string> = {
  HAS_AREA: 'Zone',
  ESTABLISHES: 'PolicyDocument',
  ISSUED_BY: 'PolicyDocument',
  APPLIES_TO: 'PolicyDocument',
  SETS_OUT: 'PolicyDocument',
  WORKS_FOR: 'Person',
  IN_FIELD: 'ReformMeasure',
  PILOTED_IN: 'ReformMeasure',
  SUPPORTS: 'ReformMeasure',
  IN_INDUSTRY: 'IndustrialCluster',
  LOCATED_IN: 'IndustrialCluster',
  CLUSTERED_IN: 'Industry',
  FOCUSES_ON: 'ZoneArea',
  MENTIONS: 'NewsItem',
};
// Same-type relationships without a `direction`: the lists that read them against their stored direction.
const INCOMING_KINDS = new Set(['units', 'subIndustries', 'upstream']);

/** Whether the relationship points from the expanded entity to the neighbour, as stored. */
export function isOutgoing(parentTypename: string, kind: string, link: LinkFieldsFragment): boolean {
  if (link.direction) return link.direction === 'OUTGOING';
  const from = FROM_TYPENAME[link.type];
  if (from) return from === parentTypename;
  return !INCOMING_KINDS.has(kind);
}
