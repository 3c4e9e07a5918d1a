// The graph's vocabulary: its entity labels and the one id-prefix table. The lowest room:
// the record schemas (src/records) and the data layer's model (src/graph/model.ts) both build
// on it, and it imports nothing. A new entity label starts here.

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
  'NewsItem',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/**
 * The one id-prefix table: every entity id is `<prefix>:<slug>` and its prefix names its label.
 * The record schemas' id checks (ids.ts) are derived from it.
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
  news: 'NewsItem',
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
