// Compiles `where` inputs into Cypher predicates. Values always travel as parameters;
// property names, labels and relationship patterns come only from fieldSpec.ts / model.ts.
import { BadUserInputError, LimitExceededError } from '../../errors.js';
import { hasBilingualName, PROPERTIES, relationFilterFields, type PropertySpec } from '../fieldSpec.js';
import { ENTITY, RELATION_FIELDS, type EntityLabel, type RelationField } from '../model.js';
import { patternBetween, type ParamBag } from './cypherText.js';

export type Where = Record<string, unknown>;

/** How deep `_some`/`_none`/AND/OR/NOT may nest. */
export const MAX_FILTER_DEPTH = 6;

const DATE_KINDS = new Set<PropertySpec['kind']>(['date']);

function compare(v: string, prop: string, spec: PropertySpec, suffix: string, value: unknown, bag: ParamBag): string {
  const lhs = `${v}.${prop}`;
  const asDate = (p: string) => (DATE_KINDS.has(spec.kind) ? `date(${p})` : p);
  switch (suffix) {
    case '':
      return `${lhs} = ${asDate(bag.add(value))}`;
    case '_not':
      return `${lhs} <> ${asDate(bag.add(value))}`;
    case '_in':
      return DATE_KINDS.has(spec.kind) ? `${lhs} IN [d IN ${bag.add(value)} | date(d)]` : `${lhs} IN ${bag.add(value)}`;
    case '_gt':
      return `${lhs} > ${asDate(bag.add(value))}`;
    case '_gte':
      return `${lhs} >= ${asDate(bag.add(value))}`;
    case '_lt':
      return `${lhs} < ${asDate(bag.add(value))}`;
    case '_lte':
      return `${lhs} <= ${asDate(bag.add(value))}`;
    case '_contains':
      return `toLower(${lhs}) CONTAINS toLower(${bag.add(value)})`;
    case '_startsWith':
      return `toLower(${lhs}) STARTS WITH toLower(${bag.add(value)})`;
  }
  throw new BadUserInputError(`Unknown comparison ${suffix}.`, { argument: 'where' });
}

/** The most ids one `mentions_some` may list. */
export const MAX_MENTION_IDS = 100;

/** The start of something: the earliest of its known dates. */
const ZONE_START = (z: string) => `coalesce(${z}.launchedOn, ${z}.approvedOn, ${z}.publishedOn)`;
const DOC_START = (d: string) => `coalesce(${d}.effectiveOn, ${d}.issuedOn, ${d}.publishedOn)`;

function special(label: EntityLabel, key: string, v: string, value: unknown, bag: ParamBag, depth: number): string | undefined {
  const w = `v${depth + 1}`;
  switch (`${label}.${key}`) {
    case 'Zone.existedOn':
      return `${ZONE_START(v)} <= date(${bag.add(value)})`;
    case 'ZoneArea.existedOn': {
      const d = bag.add(value);
      return `(${v}.establishedOn IS NULL OR ${v}.establishedOn <= date(${d})) AND EXISTS { MATCH (${w}:Zone)-[:HAS_AREA]->(${v}) WHERE ${ZONE_START(w)} <= date(${d}) }`;
    }
    case 'PolicyDocument.inForceOn': {
      const d = bag.add(value);
      return `${DOC_START(v)} <= date(${d}) AND NOT EXISTS { MATCH (${w}:PolicyDocument)-[:SUPERSEDES]->(${v}) WHERE ${DOC_START(w)} <= date(${d}) }`;
    }
    case 'Industry.topLevel':
      return value ? `NOT EXISTS { MATCH (${v})-[:SUB_INDUSTRY_OF]->() }` : `EXISTS { MATCH (${v})-[:SUB_INDUSTRY_OF]->() }`;
    case 'Observation.subject':
      return `EXISTS { MATCH (${v})-[:ABOUT]->(:${ENTITY} {id: ${bag.add(value)}}) }`;
    case 'NewsItem.mentions_some': {
      const ids = value as string[];
      // An empty list asks nothing answerable: bad input, not a limit.
      if (ids.length === 0) throw new BadUserInputError('mentions_some takes at least one id.', { argument: 'mentions_some' });
      if (ids.length > MAX_MENTION_IDS)
        throw new LimitExceededError(`mentions_some takes 1 to ${MAX_MENTION_IDS} ids; got ${ids.length}.`, { limit: 'mentionIds', max: MAX_MENTION_IDS, requested: ids.length });
      return `EXISTS { MATCH (${v})-[:MENTIONS]->(${w}:${ENTITY}) WHERE ${w}.id IN ${bag.add(ids)} }`;
    }
  }
  return undefined;
}

/** True when `where` has any condition (null fields and an empty object have none). */
export function hasFilter(where: Where | null | undefined): boolean {
  return Object.values(where ?? {}).some((v) => v !== null && v !== undefined);
}

/** Translates `where` into a Cypher predicate over variable `v` (`true` when empty). */
export function compileWhere(label: EntityLabel, where: Where | null | undefined, bag: ParamBag, v = 'n', depth = 0): string {
  if (depth > MAX_FILTER_DEPTH)
    throw new LimitExceededError(`Filters nest ${depth} levels deep; at most ${MAX_FILTER_DEPTH} are allowed.`, { limit: 'filterDepth', max: MAX_FILTER_DEPTH, requested: depth });
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'AND' || key === 'OR') {
      const subs = (value as Where[]).map((w) => `(${compileWhere(label, w, bag, v, depth + 1)})`);
      if (subs.length) parts.push(`(${subs.join(key === 'AND' ? ' AND ' : ' OR ')})`);
      else if (key === 'OR') parts.push('false');
      continue;
    }
    if (key === 'NOT') {
      parts.push(`NOT (${compileWhere(label, value as Where, bag, v, depth + 1)})`);
      continue;
    }
    if (key === 'name_contains' && hasBilingualName(label)) {
      const p = bag.add(value);
      parts.push(`(toLower(${v}.nameEn) CONTAINS toLower(${p}) OR toLower(${v}.nameZh) CONTAINS toLower(${p}))`);
      continue;
    }
    const specialPredicate = special(label, key, v, value, bag, depth);
    if (specialPredicate) {
      parts.push(specialPredicate);
      continue;
    }
    const rel = /^(\w+)_(some|none)$/.exec(key);
    const relField = rel && relationFilterFields(label).find((f) => f.field === rel[1]);
    if (rel && relField) {
      const field = (RELATION_FIELDS[label] as Record<string, RelationField>)[relField.field]!;
      const w = `v${depth + 1}`;
      const inner = compileWhere(relField.target, value as Where, bag, w, depth + 1);
      const exists = `EXISTS { MATCH ${patternBetween(field, v, w)} WHERE ${inner} }`;
      parts.push(rel[2] === 'some' ? exists : `NOT ${exists}`);
      continue;
    }
    const m = /^([a-zA-Z][a-zA-Z0-9]*?)(_in|_not|_gt|_gte|_lt|_lte|_contains|_startsWith)?$/.exec(key);
    const spec = m ? PROPERTIES[label][m[1]!] : undefined;
    if (!m || !spec) throw new BadUserInputError(`Unknown filter \`${key}\` for ${label}.`, { argument: 'where' });
    parts.push(compare(v, m[1]!, spec, m[2] ?? '', value, bag));
  }
  return parts.length ? parts.join(' AND ') : 'true';
}
