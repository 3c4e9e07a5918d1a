// Which fields a request selects below the current one, so the data layer reads only those
// whose cost matters (an industry chain's zones and clusters). Follows aliases, fragments,
// inline fragments and @skip/@include as execution will. Type conditions are not checked:
// along a path of object types a valid fragment can only match, and where it could not, a
// field is at worst read without being returned.
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

function isIncluded(info: GraphQLResolveInfo, node: SelectionNode): boolean {
  return (
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false
  );
}

/** Every field selected directly in `sets` (through fragments), with its selection set. */
function collectFields(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], out: Array<{ name: string; set?: SelectionSetNode }>, seen: Set<string>) {
  for (const set of sets)
    for (const sel of set.selections) {
      if (!isIncluded(info, sel)) continue;
      if (sel.kind === Kind.FIELD) out.push({ name: sel.name.value, set: sel.selectionSet });
      else if (sel.kind === Kind.INLINE_FRAGMENT) collectFields(info, [sel.selectionSet], out, seen);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = info.fragments[sel.name.value];
        if (fragment) collectFields(info, [fragment.selectionSet], out, seen);
      }
    }
  return out;
}

/**
 * The names (not aliases) of the fields selected at `path` below the field being resolved:
 * `selectedFieldNames(info, ['nodes'])` in `industryChain` gives what is asked of each node.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const step of path)
    sets = collectFields(info, sets, [], new Set())
      .filter((f) => f.name === step && f.set)
      .map((f) => f.set!);
  return new Set(collectFields(info, sets, [], new Set()).map((f) => f.name));
}
