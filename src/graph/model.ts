// The graph's shape as the data layer knows it: the labels and id prefixes (from the
// vocabulary, src/records/labels.ts) and the relationship patterns behind every relationship
// field. Labels and relationship types cannot be Cypher parameters, so every one that reaches a
// query comes from the constants here.
import { ENTITY_LABELS, type EntityLabel } from '../records/labels.js';

export { ENTITY_LABELS, LABEL_BY_PREFIX, labelOfId, type EntityLabel } from '../records/labels.js';

/** Every entity node also carries this label; its `id` is unique across the whole graph. */
export const ENTITY = 'Entity';

/**
 * How the API reaches each label from the root: its list field (a `<Label>Connection`) and its
 * lookup by id, where it has them (the SDL declares the same fields; test/unit/relationModel checks).
 */
export const ROOT_FIELDS: Readonly<Record<EntityLabel, { list?: string; byId?: string }>> = {
  Zone: { list: 'zones', byId: 'zone' },
  ZoneArea: {},
  PolicyDocument: { list: 'policyDocuments', byId: 'policyDocument' },
  Authority: { list: 'authorities', byId: 'authority' },
  Person: { list: 'people' },
  ReformMeasure: { list: 'reformMeasures', byId: 'reformMeasure' },
  ReformField: { list: 'reformFields' },
  Industry: { list: 'industries', byId: 'industry' },
  IndustrialCluster: { list: 'industrialClusters', byId: 'industrialCluster' },
  Observation: { list: 'observations' },
  Source: {},
  NewsItem: { list: 'newsItems', byId: 'newsItem' },
};

/** Labels the full-text index covers (every entity but figures and sources), and the properties it indexes. */
export const SEARCHABLE_LABELS: readonly EntityLabel[] = ENTITY_LABELS.filter((l) => l !== 'Observation' && l !== 'Source');
export const SEARCHABLE_PROPERTIES = ['nameEn', 'nameZh', 'shortName', 'titleEn', 'titleZh', 'docNumber', 'abbreviation', 'headline', 'subHeadline'] as const;
export const FULLTEXT_INDEX = 'entitySearch';

/** What a relationship field can lead to: one label, or any (Observation.subject, Source.supports). */
export type RelationTarget = EntityLabel | 'any';

/** Which way a one-hop field follows its relationship, seen from the parent. */
type HopDirection = 'OUTGOING' | 'INCOMING' | 'BOTH';

/**
 * A relationship field: the pattern from the parent `p` to the related node `n`, with the
 * relationship bound to `r` unless the field is derived through several hops.
 */
export interface RelationField {
  pattern: string;
  target: RelationTarget;
  /** `one`: the field returns an object (the first related node); `many`: a connection. */
  cardinality: 'one' | 'many';
  /** `one` fields the data guarantees: the SDL's type is non-null. */
  required?: true;
  /**
   * `many` fields: the API's edges report the link (`<Target>LinkConnection`), or not
   * (`<Target>Connection`: observations and sources, whose link says nothing more).
   */
  withLink: boolean;
  /** One-hop fields: the stored relationship the pattern follows (the pattern is built from it). */
  hop?: { types: readonly RelationshipType[]; direction: HopDirection };
  /**
   * Derived through intermediate nodes: distinct targets, no stored relationship; the edge's
   * link reports this type, seen from the parent in this direction, with no sources.
   */
  derived?: { type: DerivedLinkType; direction: 'OUTGOING' | 'INCOMING' };
}

/** Link types the API reports for derived fields; never stored. */
export const DERIVED_LINK_TYPES = ['CLUSTERED_IN'] as const;
export type DerivedLinkType = (typeof DERIVED_LINK_TYPES)[number];

/** `(p)<-[r:A|B]-(n:Target)`: the pattern of a one-hop field. */
function renderHopPattern(types: readonly RelationshipType[], direction: HopDirection, target: RelationTarget): string {
  const rel = `-[r:${types.join('|')}]-`;
  const node = target === 'any' ? '(n)' : `(n:${target})`;
  return `(p)${direction === 'INCOMING' ? '<' : ''}${rel}${direction === 'OUTGOING' ? '>' : ''}${node}`;
}

type HopOptions = { one?: 'optional' | 'required'; withLink?: boolean };

/** A one-hop field following `type` (or any of `types`) in `direction` to `target`. */
function hop(direction: HopDirection, type: RelationshipType | readonly RelationshipType[], target: RelationTarget, { one, withLink = true }: HopOptions = {}): RelationField {
  const types = typeof type === 'string' ? [type] : type;
  return {
    pattern: renderHopPattern(types, direction, target),
    target,
    cardinality: one ? 'one' : 'many',
    ...(one === 'required' ? { required: true as const } : {}),
    withLink,
    hop: { types, direction },
  };
}
const outgoing = (type: RelationshipType | readonly RelationshipType[], target: RelationTarget, options?: HopOptions) => hop('OUTGOING', type, target, options);
const incoming = (type: RelationshipType, target: RelationTarget, options?: HopOptions) => hop('INCOMING', type, target, options);
const either = (types: readonly RelationshipType[], target: RelationTarget, options?: HopOptions) => hop('BOTH', types, target, options);

/** A field derived through intermediate nodes: its pattern is written out. */
function derived(pattern: string, target: EntityLabel, link: NonNullable<RelationField['derived']>): RelationField {
  return { pattern, target, cardinality: 'many', withLink: true, derived: link };
}

const sources = outgoing('SOURCED_FROM', 'Source', { withLink: false });
const observations = incoming('ABOUT', 'Observation', { withLink: false });
/** News items that mention the parent; each link holds the matched term and its sentence. */
const news = incoming('MENTIONS', 'NewsItem');

export const RELATION_FIELDS = {
  Zone: {
    areas: outgoing('HAS_AREA', 'ZoneArea'),
    documents: incoming('APPLIES_TO', 'PolicyDocument'),
    measures: incoming('PILOTED_IN', 'ReformMeasure'),
    clusters: incoming('LOCATED_IN', 'IndustrialCluster'),
    industries: derived('(p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry)', 'Industry', { type: 'CLUSTERED_IN', direction: 'INCOMING' }),
    news,
    observations,
    sources,
  },
  ZoneArea: {
    zone: incoming('HAS_AREA', 'Zone', { one: 'required' }),
    establishedBy: incoming('ESTABLISHES', 'PolicyDocument', { one: 'optional' }),
    documents: incoming('APPLIES_TO', 'PolicyDocument'),
    measures: incoming('PILOTED_IN', 'ReformMeasure'),
    clusters: incoming('LOCATED_IN', 'IndustrialCluster'),
    focusIndustries: outgoing('FOCUSES_ON', 'Industry'),
    news,
    observations,
    sources,
  },
  PolicyDocument: {
    issuers: outgoing('ISSUED_BY', 'Authority'),
    zones: outgoing('APPLIES_TO', 'Zone'),
    areas: outgoing('APPLIES_TO', 'ZoneArea'),
    measures: outgoing('SETS_OUT', 'ReformMeasure'),
    relatedDocuments: either(['IMPLEMENTS', 'SUPERSEDES', 'AMENDS'], 'PolicyDocument'),
    establishedAreas: outgoing('ESTABLISHES', 'ZoneArea'),
    news,
    observations,
    sources,
  },
  Authority: {
    partOf: outgoing('PART_OF', 'Authority', { one: 'optional' }),
    units: incoming('PART_OF', 'Authority'),
    documents: incoming('ISSUED_BY', 'PolicyDocument'),
    people: incoming('WORKS_FOR', 'Person'),
    observations,
    sources,
  },
  Person: {
    authorities: outgoing('WORKS_FOR', 'Authority'),
    news,
    observations,
    sources,
  },
  ReformField: {
    measures: incoming('IN_FIELD', 'ReformMeasure'),
    observations,
    sources,
  },
  ReformMeasure: {
    fields: outgoing('IN_FIELD', 'ReformField'),
    documents: incoming('SETS_OUT', 'PolicyDocument'),
    zones: outgoing('PILOTED_IN', 'Zone'),
    areas: outgoing('PILOTED_IN', 'ZoneArea'),
    industries: outgoing('SUPPORTS', 'Industry'),
    news,
    observations,
    sources,
  },
  Industry: {
    parent: outgoing('SUB_INDUSTRY_OF', 'Industry', { one: 'optional' }),
    subIndustries: incoming('SUB_INDUSTRY_OF', 'Industry'),
    upstream: incoming('SUPPLIES', 'Industry'),
    downstream: outgoing('SUPPLIES', 'Industry'),
    clusters: incoming('IN_INDUSTRY', 'IndustrialCluster'),
    zones: derived('(p)<-[:IN_INDUSTRY]-(:IndustrialCluster)-[:LOCATED_IN]->(n:Zone)', 'Zone', { type: 'CLUSTERED_IN', direction: 'OUTGOING' }),
    measures: incoming('SUPPORTS', 'ReformMeasure'),
    focusAreas: incoming('FOCUSES_ON', 'ZoneArea'),
    news,
    observations,
    sources,
  },
  IndustrialCluster: {
    industries: outgoing('IN_INDUSTRY', 'Industry'),
    zone: outgoing('LOCATED_IN', 'Zone', { one: 'required' }),
    area: outgoing('LOCATED_IN', 'ZoneArea', { one: 'optional' }),
    observations,
    sources,
  },
  Observation: {
    // The figure's subject, resolved by its __typename.
    subject: outgoing('ABOUT', 'any', { one: 'optional' }),
    sources,
  },
  Source: {
    supports: incoming('SOURCED_FROM', 'any'),
  },
  NewsItem: {
    zones: outgoing('MENTIONS', 'Zone'),
    areas: outgoing('MENTIONS', 'ZoneArea'),
    industries: outgoing('MENTIONS', 'Industry'),
    measures: outgoing('MENTIONS', 'ReformMeasure'),
    documents: outgoing('MENTIONS', 'PolicyDocument'),
    people: outgoing('MENTIONS', 'Person'),
    sources,
  },
} as const satisfies Record<EntityLabel, Record<string, RelationField>>;

export type RelationKey = { [L in EntityLabel]: `${L}.${keyof (typeof RELATION_FIELDS)[L] & string}` }[EntityLabel];

export function relationField(key: RelationKey): RelationField {
  const [label, field] = key.split('.') as [EntityLabel, string];
  return (RELATION_FIELDS[label] as Record<string, RelationField>)[field]!;
}

/** The target label of a field that has one; throws for an any-label field, which no caller of this should reach. */
export function targetLabelOf(field: RelationField): EntityLabel {
  if (field.target === 'any') throw new Error(`${field.pattern} leads to any label`);
  return field.target;
}

/**
 * The label a field's list compiles `where` and `orderBy` against. An any-label field takes
 * neither (its SDL has no such arguments), and an empty filter and order compile alike for
 * every label, so any label would do: Source is used.
 */
export function listLabelOf(field: RelationField): EntityLabel {
  return field.target === 'any' ? 'Source' : field.target;
}

/** Relationship types the writers may create. */
export const RELATIONSHIP_TYPES = [
  'HAS_AREA',
  'ESTABLISHES',
  'ISSUED_BY',
  'APPLIES_TO',
  'SETS_OUT',
  'IMPLEMENTS',
  'SUPERSEDES',
  'AMENDS',
  'PART_OF',
  'WORKS_FOR',
  'IN_FIELD',
  'PILOTED_IN',
  'SUPPORTS',
  'SUB_INDUSTRY_OF',
  'SUPPLIES',
  'IN_INDUSTRY',
  'LOCATED_IN',
  'FOCUSES_ON',
  'MENTIONS',
  'ABOUT',
  'SOURCED_FROM',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Provenance: observations, sources and news items, and the links to them. Traversals do not
 * follow them: they would join everything through shared sources, and a news item naming two
 * zones says nothing about how the zones are related (a mention is not a fact).
 */
export const PROVENANCE_TYPES: readonly RelationshipType[] = ['SOURCED_FROM', 'ABOUT', 'MENTIONS'];
export const PROVENANCE_LABELS: readonly EntityLabel[] = ['Source', 'Observation', 'NewsItem'];

type Ends = { from: readonly EntityLabel[]; to: readonly EntityLabel[] };

/**
 * Which labels each relationship type connects. The seed's and the curators' writers only
 * create these (checked against the loaded graph in test/integration/relationshipEnds), so a
 * relationship's type and direction can tell the label at its other end.
 */
export const RELATIONSHIP_ENDS: Record<RelationshipType, Ends> = {
  HAS_AREA: { from: ['Zone'], to: ['ZoneArea'] },
  ESTABLISHES: { from: ['PolicyDocument'], to: ['ZoneArea'] },
  ISSUED_BY: { from: ['PolicyDocument'], to: ['Authority'] },
  APPLIES_TO: { from: ['PolicyDocument'], to: ['Zone', 'ZoneArea'] },
  SETS_OUT: { from: ['PolicyDocument'], to: ['ReformMeasure'] },
  IMPLEMENTS: { from: ['PolicyDocument'], to: ['PolicyDocument'] },
  SUPERSEDES: { from: ['PolicyDocument'], to: ['PolicyDocument'] },
  AMENDS: { from: ['PolicyDocument'], to: ['PolicyDocument'] },
  PART_OF: { from: ['Authority'], to: ['Authority'] },
  WORKS_FOR: { from: ['Person'], to: ['Authority'] },
  IN_FIELD: { from: ['ReformMeasure'], to: ['ReformField'] },
  PILOTED_IN: { from: ['ReformMeasure'], to: ['Zone', 'ZoneArea'] },
  SUPPORTS: { from: ['ReformMeasure'], to: ['Industry'] },
  SUB_INDUSTRY_OF: { from: ['Industry'], to: ['Industry'] },
  SUPPLIES: { from: ['Industry'], to: ['Industry'] },
  IN_INDUSTRY: { from: ['IndustrialCluster'], to: ['Industry'] },
  LOCATED_IN: { from: ['IndustrialCluster'], to: ['Zone', 'ZoneArea'] },
  FOCUSES_ON: { from: ['ZoneArea'], to: ['Industry'] },
  MENTIONS: { from: ['NewsItem'], to: ['Zone', 'ZoneArea', 'Industry', 'ReformMeasure', 'PolicyDocument', 'Person'] },
  ABOUT: { from: ['Observation'], to: ENTITY_LABELS },
  SOURCED_FROM: { from: ENTITY_LABELS, to: ['Source'] },
};

/**
 * For a one-hop field whose relationship type and direction only ever lead to its target
 * label: the pattern without the target's label, `(<v>)<-[:PILOTED_IN]-()`, which Neo4j
 * counts from the node's degree instead of visiting each neighbour. Undefined otherwise.
 */
export function degreePattern(field: RelationField, v: string): string | undefined {
  if (field.hop?.types.length !== 1 || field.hop.direction === 'BOTH' || field.target === 'any') return undefined;
  const ends = RELATIONSHIP_ENDS[field.hop.types[0]!];
  const other = field.hop.direction === 'OUTGOING' ? ends.to : ends.from;
  if (other.length !== 1 || other[0] !== field.target) return undefined;
  return hopDegreePattern(field, v);
}

/**
 * A one-hop field's pattern without the target's label, whatever the labels at the other end:
 * exact for degreePattern's fields and for any-label fields; undefined for derived fields.
 */
export function hopDegreePattern(field: RelationField, v: string): string | undefined {
  if (!field.hop) return undefined;
  const { types, direction } = field.hop;
  return `(${v})${direction === 'INCOMING' ? '<' : ''}-[:${types.join('|')}]-${direction === 'OUTGOING' ? '>' : ''}()`;
}
