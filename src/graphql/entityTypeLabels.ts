// The API's EntityType enum and the graph labels it stands for: one value per searchable
// label, named like it (`IndustrialCluster` → `INDUSTRIAL_CLUSTER`).
import type { EntityType } from './__generated__/resolvers-types.js';
import { toEnumName } from '../graph/fieldSpec.js';
import { SEARCHABLE_LABELS, type EntityLabel } from '../graph/model.js';

export const LABEL_BY_ENTITY_TYPE = Object.fromEntries(SEARCHABLE_LABELS.map((l) => [toEnumName(l), l])) as Readonly<Record<EntityType, EntityLabel>>;

/** The labels for a list of entity types; null when the list is absent or empty (no restriction). */
export function labelsOfEntityTypes(types: readonly EntityType[] | null | undefined): EntityLabel[] | null {
  return types?.length ? types.map((t) => LABEL_BY_ENTITY_TYPE[t]) : null;
}
