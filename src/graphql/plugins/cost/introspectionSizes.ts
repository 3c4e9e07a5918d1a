// Introspection lists, sized by this schema: a full introspection costs about what it returns.
import { isAbstractType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

export type IntrospectionSizes = Record<string, number>;
const introspectionSizes = new WeakMap<GraphQLSchema, IntrospectionSizes>();

/** Introspection lists by their average length in this schema: a full introspection costs about what it returns. */
export function measureIntrospection(schema: GraphQLSchema): IntrospectionSizes {
  let sizes = introspectionSizes.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const average = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)));
  const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
  const allFields = types.flatMap(fieldsOf);
  const directives = schema.getDirectives();
  sizes = {
    '__Schema.types': types.length,
    '__Schema.directives': directives.length,
    '__Type.fields': average(types.map((t) => fieldsOf(t).length)),
    // Averages over every type: a type that has none of a list returns an empty one.
    '__Type.inputFields': average(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))),
    '__Type.enumValues': average(types.map((t) => (isEnumType(t) ? t.getValues().length : 0))),
    '__Type.interfaces': average(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0))),
    '__Type.possibleTypes': average(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0))),
    '__Field.args': average(allFields.map((f) => f.args.length)),
    '__Directive.args': average(directives.map((d) => d.args.length)),
  };
  introspectionSizes.set(schema, sizes);
  return sizes;
}
