// What a statement returns of a selection: the selected properties, `id` always for a node,
// and each date's precision beside it. One rule for every reader that returns maps instead
// of whole nodes (trees, grouped-count keys, search hits, chains, paths).
import { PROPERTIES } from './fieldSpec.js';
import { ENTITY_LABELS, type EntityLabel } from './model.js';

/** A node of one label, a node of any label, or a relationship (null). */
export type ProjectionOf = EntityLabel | 'any' | null;

/** Link properties that are not stored: the type is type(r) (or fixed), and path and chain links have no direction. */
const LINK_COMPUTED = new Set(['type', 'direction']);
const LINK_DATES = new Set(['from', 'to', 'asOf']);

const isDate = (of: ProjectionOf, p: string) =>
  of === null ? LINK_DATES.has(p) : of === 'any' ? ENTITY_LABELS.some((l) => PROPERTIES[l][p]?.kind === 'date') : PROPERTIES[of][p]?.kind === 'date';

/** The property names to return for `properties` selected on `of`. */
export function projectedNames(of: ProjectionOf, properties: readonly string[]): string[] {
  const names = new Set(of ? ['id'] : []);
  for (const p of properties) {
    // Names come from the schema's field names; the check keeps anything else out of the text.
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(p) || (!of && LINK_COMPUTED.has(p))) continue;
    names.add(p);
    if (isDate(of, p)) names.add(`${p}Precision`);
  }
  return [...names];
}

/** `x {.id, .nameEn, ...}` (a map projection: `x` is a variable; null stays null). */
export function renderMapProjection(x: string, of: ProjectionOf, properties: readonly string[]): string {
  return `${x} {${projectedNames(of, properties)
    .map((p) => `.${p}`)
    .join(', ')}}`;
}

/** `{id: x.id, nameEn: x.nameEn, ...}` (a map literal: `x` may be any expression). */
export function renderLiteralProjection(x: string, of: ProjectionOf, properties: readonly string[]): string {
  return `{${projectedNames(of, properties)
    .map((p) => `${p}: ${x}.${p}`)
    .join(', ')}}`;
}
