// What can be filtered and sorted on, per label: the single source of truth for both the
// Cypher compiler (src/graph/filters/) and the generated SDL (schema/generated-filters.graphql).
import { RELATION_FIELDS, type EntityLabel, type RelationField } from './model.js';

export type PropertyKind = 'id' | 'string' | 'text' | 'enum' | 'int' | 'float' | 'date' | 'boolean';

export interface PropertySpec {
  kind: PropertyKind;
  /** GraphQL enum type for `enum` properties. */
  enumType?: string;
  /** Can lists be ordered by it. */
  sortable?: boolean;
}

const id: PropertySpec = { kind: 'id', sortable: true };
const text: PropertySpec = { kind: 'text', sortable: true };
const date: PropertySpec = { kind: 'date', sortable: true };
const int: PropertySpec = { kind: 'int', sortable: true };
const float: PropertySpec = { kind: 'float', sortable: true };
const bool: PropertySpec = { kind: 'boolean' };
const str: PropertySpec = { kind: 'string', sortable: true };

export const PROPERTIES: Record<EntityLabel, Record<string, PropertySpec>> = {
  Zone: {
    id,
    kind: { kind: 'enum', enumType: 'ZoneKind' },
    nameEn: text,
    nameZh: text,
    shortName: text,
    province: str,
    batch: int,
    approvedOn: date,
    planIssuedOn: date,
    publishedOn: date,
    launchedOn: date,
    areaKm2: float,
    verified: bool,
  },
  ZoneArea: { id, nameEn: text, nameZh: text, areaKm2: float, bondedAreaKm2: float, establishedOn: date, verified: bool },
  PolicyDocument: {
    id,
    kind: { kind: 'enum', enumType: 'DocumentKind' },
    titleEn: text,
    titleZh: text,
    docNumber: text,
    issuedOn: date,
    publishedOn: date,
    effectiveOn: date,
    itemCount: int,
    verified: bool,
  },
  Authority: { id, nameEn: text, nameZh: text, abbreviation: str, verified: bool },
  Person: { id, nameEn: text, nameZh: text, verified: bool },
  ReformField: { id, nameEn: text, nameZh: text },
  ReformMeasure: { id, nameEn: text, nameZh: text, replicatedNationwideOn: date, verified: bool },
  Industry: { id, nameEn: text, nameZh: text, verified: bool },
  IndustrialCluster: { id, nameEn: text, nameZh: text, foundedOn: date, verified: bool },
  Observation: { id, metric: str, value: float, valueText: text, unit: str, asOf: date, disputed: bool, verified: bool },
  Source: { id, code: str, title: text, url: str, publisher: str, publishedOn: date },
  NewsItem: { id, broadcastOn: date, programme: str, headline: text, subHeadline: text, url: str },
};

/** Filters that are not a property comparison. */
export interface SpecialFilter {
  graphqlType: string;
  description: string;
}

export const SPECIAL_FILTERS: Partial<Record<EntityLabel, Record<string, SpecialFilter>>> = {
  Zone: {
    existedOn: { graphqlType: 'Date', description: 'As of a date: zones launched (or, failing a launch date, approved) on or before it.' },
  },
  ZoneArea: {
    existedOn: {
      graphqlType: 'Date',
      description: 'As of a date: sub-areas that existed then (established on or before it, in a zone launched on or before it).',
    },
  },
  PolicyDocument: {
    inForceOn: {
      graphqlType: 'Date',
      description: 'As of a date: documents in effect then (effective, issued or published on or before it, and not superseded by a document in effect by then).',
    },
  },
  Industry: { topLevel: { graphqlType: 'Boolean', description: 'true: only top-level industries; false: only sub-industries.' } },
  Observation: { subject: { graphqlType: 'ID', description: 'Only figures about this entity id.' } },
  NewsItem: {
    mentions_some: {
      graphqlType: '[ID!]',
      description: 'Only items that mention at least one of these entities (ids of any type: zones, sub-areas, industries, measures, documents, people); 1 to 100 ids.',
    },
  },
};

/** Labels with both nameEn and nameZh get a bilingual `name_contains`. */
export function hasBilingualName(label: EntityLabel): boolean {
  return 'nameEn' in PROPERTIES[label] && 'nameZh' in PROPERTIES[label];
}

/**
 * Relationship fields usable in filters (`<field>_some`, `<field>_none`): those with one target
 * label (a field that can lead to any label has no typed filter).
 */
export function relationFilterFields(label: EntityLabel): Array<{ field: string; target: EntityLabel; cardinality: RelationField['cardinality'] }> {
  return Object.entries(RELATION_FIELDS[label] as Record<string, RelationField>).flatMap(([field, f]) =>
    f.target === 'any' ? [] : [{ field, target: f.target, cardinality: f.cardinality }],
  );
}

/** `launchedOn` → `LAUNCHED_ON`; `measures` count → `MEASURES_COUNT`. */
export function toEnumName(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

type SortKeySpec = { name: string; property?: string; countOf?: string };
const sortKeyCache = new Map<EntityLabel, SortKeySpec[]>();

/** Sort keys of a label: sortable properties, then counts of each filterable `many` relationship field. */
export function sortKeys(label: EntityLabel): SortKeySpec[] {
  let keys = sortKeyCache.get(label);
  if (!keys) sortKeyCache.set(label, (keys = buildSortKeys(label)));
  return keys;
}

function buildSortKeys(label: EntityLabel): SortKeySpec[] {
  const props = Object.entries(PROPERTIES[label])
    .filter(([, s]) => s.sortable)
    .map(([p]) => ({ name: toEnumName(p), property: p }));
  const counts = relationFilterFields(label)
    .filter(({ cardinality }) => cardinality === 'many')
    .map(({ field }) => ({ name: `${toEnumName(field)}_COUNT`, countOf: field }));
  return [...props, ...counts];
}
