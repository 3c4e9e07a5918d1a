// The graph's shape as the data layer knows it: labels, id prefixes and the relationship
// patterns behind every relationship field. Labels and relationship types cannot be Cypher
// parameters, so every one that reaches a query comes from the constants in this file.

export const ENTITY_LABELS = [
  'Zone',
  'ZoneArea',
  'PolicyDocument',
  'Authority',
  'Person',
  'ReformMeasure',
  'ReformField',
  'Industry',
  'IndustrialCluster',
  'Observation',
  'Source',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every entity node also carries this label; its `id` is unique across the whole graph. */
export const ENTITY = 'Entity';

/**
 * The one id-prefix table: every entity id is `<prefix>:<slug>` and its prefix names its label.
 * The record schemas' id checks (src/records/ids.ts) are derived from it.
 */
export const LABEL_BY_PREFIX = {
  zone: 'Zone',
  area: 'ZoneArea',
  document: 'PolicyDocument',
  authority: 'Authority',
  person: 'Person',
  measure: 'ReformMeasure',
  field: 'ReformField',
  industry: 'Industry',
  cluster: 'IndustrialCluster',
  obs: 'Observation',
  source: 'Source',
} as const satisfies Record<string, EntityLabel>;
export type IdPrefix = keyof typeof LABEL_BY_PREFIX;

/** An id's slug: lowercase ASCII words joined by '-'. */
export const ID_SLUG_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ID_PATTERN = new RegExp(`^([a-z]+):${ID_SLUG_PATTERN}$`);

/** The label an id belongs to, or undefined when the id is not `<known prefix>:<slug>`. */
export function labelOfId(id: string): EntityLabel | undefined {
  const prefix = ID_PATTERN.exec(id)?.[1];
  // Own keys only: `constructor:x` named Object.prototype.constructor, not undefined.
  return prefix !== undefined && Object.hasOwn(LABEL_BY_PREFIX, prefix) ? LABEL_BY_PREFIX[prefix as IdPrefix] : undefined;
}

/** Labels the full-text index covers, and the properties it indexes. */
export const SEARCHABLE_LABELS = [
  'Zone',
  'ZoneArea',
  'PolicyDocument',
  'Authority',
  'Person',
  'ReformMeasure',
  'ReformField',
  'Industry',
  'IndustrialCluster',
] as const satisfies readonly EntityLabel[];
export const SEARCHABLE_PROPERTIES = ['nameEn', 'nameZh', 'shortName', 'titleEn', 'titleZh', 'docNumber', 'abbreviation'] as const;
export const FULLTEXT_INDEX = 'entitySearch';

/**
 * A relationship field: the pattern from the parent `p` to the related node `n`, with the
 * relationship bound to `r` unless the field is derived through several hops.
 */
export interface RelationField {
  pattern: string;
  target: EntityLabel;
  /**
   * Derived through intermediate nodes: distinct targets, no stored relationship; the edge's
   * link reports this type, seen from the parent in this direction, with no sources.
   */
  derived?: { type: DerivedLinkType; direction: 'OUTGOING' | 'INCOMING' };
}

/** Link types the API reports for derived fields; never stored. */
export const DERIVED_LINK_TYPES = ['CLUSTERED_IN'] as const;
export type DerivedLinkType = (typeof DERIVED_LINK_TYPES)[number];

const sources: RelationField = { pattern: '(p)-[r:SOURCED_FROM]->(n:Source)', target: 'Source' };
const observations: RelationField = { pattern: '(p)<-[r:ABOUT]-(n:Observation)', target: 'Observation' };

export const RELATION_FIELDS = {
  Zone: {
    areas: { pattern: '(p)-[r:HAS_AREA]->(n:ZoneArea)', target: 'ZoneArea' },
    documents: { pattern: '(p)<-[r:APPLIES_TO]-(n:PolicyDocument)', target: 'PolicyDocument' },
    measures: { pattern: '(p)<-[r:PILOTED_IN]-(n:ReformMeasure)', target: 'ReformMeasure' },
    clusters: { pattern: '(p)<-[r:LOCATED_IN]-(n:IndustrialCluster)', target: 'IndustrialCluster' },
    industries: {
      pattern: '(p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry)',
      target: 'Industry',
      derived: { type: 'CLUSTERED_IN', direction: 'INCOMING' },
    },
    observations,
    sources,
  },
  ZoneArea: {
    zone: { pattern: '(p)<-[r:HAS_AREA]-(n:Zone)', target: 'Zone' },
    establishedBy: { pattern: '(p)<-[r:ESTABLISHES]-(n:PolicyDocument)', target: 'PolicyDocument' },
    documents: { pattern: '(p)<-[r:APPLIES_TO]-(n:PolicyDocument)', target: 'PolicyDocument' },
    measures: { pattern: '(p)<-[r:PILOTED_IN]-(n:ReformMeasure)', target: 'ReformMeasure' },
    clusters: { pattern: '(p)<-[r:LOCATED_IN]-(n:IndustrialCluster)', target: 'IndustrialCluster' },
    observations,
    sources,
  },
  PolicyDocument: {
    issuers: { pattern: '(p)-[r:ISSUED_BY]->(n:Authority)', target: 'Authority' },
    zones: { pattern: '(p)-[r:APPLIES_TO]->(n:Zone)', target: 'Zone' },
    areas: { pattern: '(p)-[r:APPLIES_TO]->(n:ZoneArea)', target: 'ZoneArea' },
    measures: { pattern: '(p)-[r:SETS_OUT]->(n:ReformMeasure)', target: 'ReformMeasure' },
    relatedDocuments: { pattern: '(p)-[r:IMPLEMENTS|SUPERSEDES|AMENDS]-(n:PolicyDocument)', target: 'PolicyDocument' },
    establishedAreas: { pattern: '(p)-[r:ESTABLISHES]->(n:ZoneArea)', target: 'ZoneArea' },
    observations,
    sources,
  },
  Authority: {
    partOf: { pattern: '(p)-[r:PART_OF]->(n:Authority)', target: 'Authority' },
    units: { pattern: '(p)<-[r:PART_OF]-(n:Authority)', target: 'Authority' },
    documents: { pattern: '(p)<-[r:ISSUED_BY]-(n:PolicyDocument)', target: 'PolicyDocument' },
    people: { pattern: '(p)<-[r:WORKS_FOR]-(n:Person)', target: 'Person' },
    observations,
    sources,
  },
  Person: {
    authorities: { pattern: '(p)-[r:WORKS_FOR]->(n:Authority)', target: 'Authority' },
    observations,
    sources,
  },
  ReformField: {
    measures: { pattern: '(p)<-[r:IN_FIELD]-(n:ReformMeasure)', target: 'ReformMeasure' },
    observations,
    sources,
  },
  ReformMeasure: {
    fields: { pattern: '(p)-[r:IN_FIELD]->(n:ReformField)', target: 'ReformField' },
    documents: { pattern: '(p)<-[r:SETS_OUT]-(n:PolicyDocument)', target: 'PolicyDocument' },
    zones: { pattern: '(p)-[r:PILOTED_IN]->(n:Zone)', target: 'Zone' },
    areas: { pattern: '(p)-[r:PILOTED_IN]->(n:ZoneArea)', target: 'ZoneArea' },
    industries: { pattern: '(p)-[r:SUPPORTS]->(n:Industry)', target: 'Industry' },
    observations,
    sources,
  },
  Industry: {
    parent: { pattern: '(p)-[r:SUB_INDUSTRY_OF]->(n:Industry)', target: 'Industry' },
    subIndustries: { pattern: '(p)<-[r:SUB_INDUSTRY_OF]-(n:Industry)', target: 'Industry' },
    upstream: { pattern: '(p)<-[r:SUPPLIES]-(n:Industry)', target: 'Industry' },
    downstream: { pattern: '(p)-[r:SUPPLIES]->(n:Industry)', target: 'Industry' },
    clusters: { pattern: '(p)<-[r:IN_INDUSTRY]-(n:IndustrialCluster)', target: 'IndustrialCluster' },
    zones: {
      pattern: '(p)<-[:IN_INDUSTRY]-(:IndustrialCluster)-[:LOCATED_IN]->(n:Zone)',
      target: 'Zone',
      derived: { type: 'CLUSTERED_IN', direction: 'OUTGOING' },
    },
    measures: { pattern: '(p)<-[r:SUPPORTS]-(n:ReformMeasure)', target: 'ReformMeasure' },
    observations,
    sources,
  },
  IndustrialCluster: {
    industries: { pattern: '(p)-[r:IN_INDUSTRY]->(n:Industry)', target: 'Industry' },
    zone: { pattern: '(p)-[r:LOCATED_IN]->(n:Zone)', target: 'Zone' },
    area: { pattern: '(p)-[r:LOCATED_IN]->(n:ZoneArea)', target: 'ZoneArea' },
    observations,
    sources,
  },
  Observation: {
    subject: { pattern: '(p)-[r:ABOUT]->(n)', target: 'Source' /* any label; resolved by __typename */ },
    sources,
  },
  Source: {
    supports: { pattern: '(p)<-[r:SOURCED_FROM]-(n)', target: 'Zone' /* any label; resolved by __typename */ },
  },
} as const satisfies Record<EntityLabel, Record<string, RelationField>>;

export type RelationKey = { [L in EntityLabel]: `${L}.${keyof (typeof RELATION_FIELDS)[L] & string}` }[EntityLabel];

export function relationField(key: RelationKey): RelationField {
  const [label, field] = key.split('.') as [EntityLabel, string];
  return (RELATION_FIELDS[label] as Record<string, RelationField>)[field]!;
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
  'ABOUT',
  'SOURCED_FROM',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

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
  ABOUT: { from: ['Observation'], to: ENTITY_LABELS },
  SOURCED_FROM: { from: ENTITY_LABELS, to: ['Source'] },
};

/**
 * For a one-hop field whose relationship type and direction only ever lead to its target
 * label: the pattern without the target's label, `(<v>)<-[:PILOTED_IN]-()`, which Neo4j
 * counts from the node's degree instead of visiting each neighbour. Undefined otherwise.
 */
export function degreePattern(field: RelationField, v: string): string | undefined {
  const m = /^\(p\)(<?)-\[r:(\w+)\]-(>?)\(n:(\w+)\)$/.exec(field.pattern);
  if (!m || field.derived) return undefined;
  const [, left, type, right, target] = m;
  const ends = RELATIONSHIP_ENDS[type as RelationshipType];
  const other = right ? ends.to : left ? ends.from : undefined;
  if (!other || other.length !== 1 || other[0] !== target) return undefined;
  return `(${v})${left}-[:${type}]-${right}()`;
}
