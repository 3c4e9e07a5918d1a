// The root-match rewrite: a root list filtered by a related node's id starts at that node.
import { relationFilterFields } from '../fieldSpec.js';
import { ENTITY, RELATION_FIELDS, type EntityLabel, type RelationField } from '../model.js';
import { compileWhere, MAX_MENTION_IDS, type Where } from './compileWhere.js';
import { patternBetween, type ParamBag } from './cypherText.js';

/**
 * The MATCH that binds `n` for a root list of `label`, and what is left of the filter.
 * When the filter asks for `<relation>_some: { id: ... }`, the match starts at that node
 * (an index lookup) and walks to `n`, instead of scanning every `label` node and testing
 * each: "measures in field X" reads X's measures, not all measures. `anchored`: it does (the
 * match yields at most the anchor's neighbours).
 */
export function rootMatch(label: EntityLabel, where: Where | null | undefined, bag: ParamBag): { match: string; rest: Where | null | undefined; anchored: boolean } {
  const mentioned = where?.mentions_some;
  if (label === 'NewsItem' && Array.isArray(mentioned) && mentioned.length > 0 && mentioned.length <= MAX_MENTION_IDS) {
    // News naming one of a few entities: start from those (by the id index) and walk back to
    // the items, not test every item's mentions (medium scale, 20,000 items: 114,820 db hits
    // and 413 ms against 316 and 57 ms). Out-of-range lists keep the filter, which refuses them.
    const { mentions_some: _anchored, ...rest } = where!;
    return {
      match: `MATCH (a:${ENTITY}) WHERE a.id IN ${bag.add(mentioned)}
MATCH (n:NewsItem)-[:MENTIONS]->(a)
WITH DISTINCT n`,
      rest,
      anchored: true,
    };
  }
  for (const [key, value] of Object.entries(where ?? {})) {
    const rel = /^(\w+)_some$/.exec(key);
    const relField = rel && relationFilterFields(label).find((f) => f.field === rel[1]);
    const inner = value as Where | null;
    if (!relField || typeof inner?.id !== 'string') continue;
    const field = (RELATION_FIELDS[label] as Record<string, RelationField>)[relField.field]!;
    const { id, ...innerRest } = inner;
    const { [key]: _anchored, ...rest } = where!;
    return {
      // DISTINCT: a node linked to the anchor twice (or through two paths) is listed once.
      match: `MATCH (a:${relField.target} {id: ${bag.add(id)}})
WHERE ${compileWhere(relField.target, innerRest, bag, 'a', 1)}
MATCH ${patternBetween(field, 'n', 'a')}
WHERE n:${label}
WITH DISTINCT n`,
      rest,
      anchored: true,
    };
  }
  return { match: `MATCH (n:${label})`, rest: where, anchored: false };
}
