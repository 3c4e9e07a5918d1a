// Compiles `where` and `orderBy` inputs into Cypher predicates, sort keys and keyset
// cursor conditions. Values always travel as parameters; property names, labels and
// relationship patterns come only from fieldSpec.ts / model.ts.
export { afterCondition, compileOrder, MAX_ORDER_KEYS, orderByClause, type OrderInput } from './compileOrder.js';
export { compileWhere, hasFilter, type Where } from './compileWhere.js';
export { createTextCache, indent, ParamBag } from './cypherText.js';
export { rootMatch } from './rootMatch.js';
