// What a field's `where` and `orderBy` cost to plan, and the caps that refuse them.
import { getNamedType, isInputObjectType, type GraphQLField, type GraphQLInputObjectType } from 'graphql';
import { LimitExceededError } from '../../../errors.js';
import { MAX_ORDER_KEYS } from '../../../graph/filters/index.js';
import { MAX_PAGE_SIZE } from '../../../graph/pagination.js';

/**
 * Caps on one filter tree (a `where` argument, through AND/OR/NOT and `_some`/`_none`).
 * Planning time grows with the filter's length and every new length is a new query text,
 * so the plan cache does not help. Measured on the seed graph (2 shared cores), cold plans
 * of `zones(where:)`: 10 OR leaves 0.25 s, 20 0.5 s, 30 1.5 s, 50 1.8 s, 100 2.4 s, 390
 * 2.4-9 s; `_some` subqueries cost 3-5 leaves each (20 of them 1.3 s, nested pairs 1.7 s).
 * An `_in` list is one parameter (its length does not change the plan) but is capped like
 * a page, so one condition cannot carry an unbounded list.
 */
export const FILTER_LIMITS = { conditions: 20, subqueries: 5, inValues: MAX_PAGE_SIZE } as const;

/**
 * Cost units for planning, charged once per occurrence in the document (each is compiled
 * into a statement once, however many rows it is applied to): a condition about what the
 * planner spends on it, ~10 ms, against a field's 1 unit. With the default maximum of
 * 200,000 an operation carries at most 200 conditions (about 2.5 s of cold planning).
 */
export const PLANNING_COST = { condition: 1_000, subquery: 3_000, orderKey: 500, countOrderKey: 3_000 } as const;

interface FilterCount {
  conditions: number;
  subqueries: number;
}

/** Counts a filter tree's leaves and subqueries from its coerced value; refuses an `_in` list over the cap. */
function countFilter(type: GraphQLInputObjectType, value: unknown, count: FilterCount = { conditions: 0, subqueries: 0 }): FilterCount {
  if (value === null || typeof value !== 'object') return count;
  const fields = type.getFields();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) continue;
    const inner = fields[key] ? getNamedType(fields[key].type) : undefined;
    if (isInputObjectType(inner)) {
      // AND/OR lists and NOT combine; `<relation>_some`/`_none` are subqueries with their own tree.
      if (key !== 'AND' && key !== 'OR' && key !== 'NOT') count.subqueries++;
      for (const item of Array.isArray(v) ? v : [v]) countFilter(inner, item, count);
      continue;
    }
    count.conditions++;
    if (key.endsWith('_in') && Array.isArray(v) && v.length > FILTER_LIMITS.inValues)
      throw new LimitExceededError(`\`${key}\` lists ${v.length} values; at most ${FILTER_LIMITS.inValues} are allowed.`, {
        limit: 'filterValues',
        max: FILTER_LIMITS.inValues,
        requested: v.length,
      });
  }
  return count;
}

/** The planning charge of a field's `where` and `orderBy`; refuses them over their caps. */
export function chargeArguments(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  let planning = 0;
  const whereType = field.args.find((a) => a.name === 'where')?.type;
  const whereInput = whereType ? getNamedType(whereType) : undefined;
  if (isInputObjectType(whereInput) && args.where) {
    const { conditions, subqueries } = countFilter(whereInput, args.where);
    if (conditions > FILTER_LIMITS.conditions)
      throw new LimitExceededError(`The filter has ${conditions} conditions; at most ${FILTER_LIMITS.conditions} are allowed in one \`where\`.`, {
        limit: 'filterConditions',
        max: FILTER_LIMITS.conditions,
        requested: conditions,
      });
    if (subqueries > FILTER_LIMITS.subqueries)
      throw new LimitExceededError(`The filter has ${subqueries} \`_some\`/\`_none\` conditions; at most ${FILTER_LIMITS.subqueries} are allowed in one \`where\`.`, {
        limit: 'filterSubqueries',
        max: FILTER_LIMITS.subqueries,
        requested: subqueries,
      });
    planning += conditions * PLANNING_COST.condition + subqueries * PLANNING_COST.subquery;
  }
  if (Array.isArray(args.orderBy)) {
    if (args.orderBy.length > MAX_ORDER_KEYS)
      throw new LimitExceededError(`\`orderBy\` has ${args.orderBy.length} keys; at most ${MAX_ORDER_KEYS} are allowed.`, {
        limit: 'orderBy',
        max: MAX_ORDER_KEYS,
        requested: args.orderBy.length,
      });
    // A `*_COUNT` key is a COUNT subquery per row and in the keyset condition: 5 of them
    // planned in 0.2-0.5 s cold, about what as many `_some` filters take.
    for (const key of args.orderBy as Array<{ field?: unknown }>)
      planning += typeof key?.field === 'string' && key.field.endsWith('_COUNT') ? PLANNING_COST.countOrderKey : PLANNING_COST.orderKey;
  }
  return planning;
}
