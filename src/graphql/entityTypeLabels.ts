// The API's EntityType enum and the graph labels it stands for.
import type { EntityType } from './__generated__/resolvers-types.js';
import type { EntityLabel } from '../graph/model.js';

export const LABEL_BY_ENTITY_TYPE: Readonly<Record<EntityType, EntityLabel>> = {
  ZONE: 'Zone',
  ZONE_AREA: 'ZoneArea',
  POLICY_DOCUMENT: 'PolicyDocument',
  AUTHORITY: 'Authority',
  PERSON: 'Person',
  REFORM_MEASURE: 'ReformMeasure',
  REFORM_FIELD: 'ReformField',
  INDUSTRY: 'Industry',
  INDUSTRIAL_CLUSTER: 'IndustrialCluster',
};

/** The labels for a list of entity types; null when the list is absent or empty (no restriction). */
export function labelsOfEntityTypes(types: readonly EntityType[] | null | undefined): EntityLabel[] | null {
  return types?.length ? types.map((t) => LABEL_BY_ENTITY_TYPE[t]) : null;
}
