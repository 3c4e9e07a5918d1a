// Compiles `where` and `orderBy` inputs into Cypher predicates, sort keys and keyset
// cursor conditions. Values always travel as parameters; property names, labels and
// relationship patterns come only from fieldSpec.ts / model.ts.
import { BadUserInputError, LimitExceededError } from '../errors.js';
import type { Params } from './executor.js';
import { hasBilingualName, PROPERTIES, relationFilterFields, sortKeys, type PropertySpec } from './fieldSpec.js';
import { degreePattern, ENTITY, RELATION_FIELDS, type EntityLabel, type RelationField } from './model.js';

export type Where = Record<string, unknown>;
export type OrderInput = { field: string; direction?: 'ASC' | 'DESC' | null };

/** How deep `_some`/`_none`/AND/OR/NOT may nest. */
export const MAX_FILTER_DEPTH = 6;

/** Collects parameters with unique names while a query is being compiled. */
export class ParamBag {
  readonly params: Params = {};
  private n = 0;
  add(value: unknown): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    return `$${name}`;
  }
}

/** A relationship pattern rewritten for variables `from` → `to`, without binding `r`. */
export function patternBetween(field: RelationField, from: string, to: string): string {
  // One pass, so a `from` named `n` is not rewritten again as the target.
  return field.pattern.replace(/\((p|n)([:)])/g, (_m, v: string, end: string) => `(${v === 'p' ? from : to}${end}`).replace('[r:', '[:');
}

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

/**
 * The MATCH that binds `n` for a root list of `label`, and what is left of the filter.
 * When the filter asks for `<relation>_some: { id: ... }`, the match starts at that node
 * (an index lookup) and walks to `n`, instead of scanning every `label` node and testing
 * each: "measures in field X" reads X's measures, not all measures.
 */
export function rootMatch(label: EntityLabel, where: Where | null | undefined, bag: ParamBag): { match: string; rest: Where | null | undefined } {
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
    };
  }
  return { match: `MATCH (n:${label})`, rest: where };
}

/** One compiled ordering key: its Cypher expression over `n`, direction and value type. */
export interface SortKey {
  expression: string;
  direction: 'ASC' | 'DESC';
  kind: PropertySpec['kind'] | 'count';
  /** The value can be missing (any property but the id). Missing values sort last either way. */
  nullable: boolean;
}

/** How many ordering keys one list may use. */
export const MAX_ORDER_KEYS = 5;

export function compileOrder(label: EntityLabel, orderBy: OrderInput[] | null | undefined, v = 'n'): SortKey[] {
  const available = sortKeys(label);
  if ((orderBy?.length ?? 0) > MAX_ORDER_KEYS)
    throw new LimitExceededError(`\`orderBy\` has ${orderBy!.length} keys; at most ${MAX_ORDER_KEYS} are allowed.`, { limit: 'orderBy', max: MAX_ORDER_KEYS, requested: orderBy!.length });
  return (orderBy ?? []).map(({ field, direction }) => {
    const key = available.find((k) => k.name === field);
    if (!key) throw new BadUserInputError(`Cannot order ${label} by ${field}.`, { argument: 'orderBy' });
    const dir = direction ?? 'ASC';
    if (key.property) {
      const kind = PROPERTIES[label][key.property]!.kind;
      return { expression: `${v}.${key.property}`, direction: dir, kind, nullable: kind !== 'id' };
    }
    const rf = (RELATION_FIELDS[label] as Record<string, RelationField>)[key.countOf!]!;
    const w = `c${key.countOf}`;
    const degree = degreePattern(rf, v);
    return { expression: degree ? `COUNT { ${degree} }` : `COUNT { MATCH ${patternBetween(rf, v, w)} RETURN DISTINCT ${w} }`, direction: dir, kind: 'count', nullable: false };
  });
}

/**
 * ORDER BY's text for keys bound to `keyVars`, then the id. Cypher sorts null last ascending
 * but first descending; `IS NULL` ahead of each nullable key puts missing values last in both
 * directions, which is what readers expect of "largest first" (and what afterCondition assumes).
 */
export function orderByClause(keys: SortKey[], keyVars: string[], idExpr: string): string {
  const terms = keys.flatMap((k, i) => [...(k.nullable ? [`${keyVars[i]} IS NULL`] : []), `${keyVars[i]} ${k.direction}`]);
  return [...terms, `${idExpr} ASC`].join(', ');
}

/** A cursor holds the last item's sort values and id. */
export interface CursorPosition {
  values: unknown[];
  id: string;
}

export function encodeSortCursor(values: unknown[], id: string): string {
  return Buffer.from(JSON.stringify({ v: values, id }), 'utf8').toString('base64url');
}

/** A cursor value must have its key's type: a forged cursor must not reach Cypher's date(). */
function fitsKey(value: unknown, key: SortKey): boolean {
  if (value === null) return key.nullable;
  switch (key.kind) {
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    case 'int':
    case 'float':
    case 'count':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return typeof value === 'string';
  }
}

export function decodeSortCursor(cursor: string, keys: SortKey[]): CursorPosition {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; id?: unknown };
    if (typeof parsed.id === 'string' && Array.isArray(parsed.v) && parsed.v.length === keys.length && parsed.v.every((value, i) => fitsKey(value, keys[i]!)))
      return { values: parsed.v, id: parsed.id };
  } catch {
    // fall through: not one of ours
  }
  throw new BadUserInputError('`after` is not a cursor this API issued for this ordering.', { argument: 'after' });
}

/**
 * The keyset condition "strictly after the cursor" in orderByClause's order, for keys k0..kn
 * then id: (k0 after c0) OR (k0 = c0 AND k1 after c1) OR ... OR (all equal AND id > cid).
 * Missing values come after every value, so "after c" includes a missing value, and after a
 * missing value only other missing values remain (equal: `IS NULL`; nothing is beyond it).
 */
export function afterCondition(keys: SortKey[], keyVars: string[], idExpr: string, cursor: CursorPosition, bag: ParamBag): string {
  const disjuncts: string[] = [];
  const equal: string[] = [];
  keys.forEach((key, i) => {
    const kv = keyVars[i]!;
    const c = cursor.values[i];
    if (c === null) {
      equal.push(`${kv} IS NULL`);
      return;
    }
    const value = key.kind === 'date' ? `date(${bag.add(c)})` : bag.add(c);
    const beyond = `${kv} ${key.direction === 'ASC' ? '>' : '<'} ${value}`;
    disjuncts.push([...equal, key.nullable ? `(${beyond} OR ${kv} IS NULL)` : beyond].join(' AND '));
    equal.push(`${kv} = ${value}`);
  });
  disjuncts.push([...equal, `${idExpr} > ${bag.add(cursor.id)}`].join(' AND '));
  return disjuncts.map((d) => `(${d})`).join(' OR ');
}
