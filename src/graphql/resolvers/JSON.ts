// The JSON scalar: any JSON value, sent as itself. Values come from JSON.parse in the data
// layer, so output needs no conversion; input literals are read as plain JSON values.
import { valueFromASTUntyped, type GraphQLScalarType, type GraphQLScalarTypeConfig } from 'graphql';

const config = {
  serialize: (value: unknown) => value,
  parseValue: (value: unknown) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
} satisfies Pick<GraphQLScalarTypeConfig<unknown, unknown>, 'serialize' | 'parseValue' | 'parseLiteral'>;

/**
 * Only the scalar's functions: graphql-tools copies every property of the resolver onto the
 * SDL's scalar, so a whole GraphQLScalarType would overwrite the SDL's description and
 * `@specifiedBy` URL with undefined. The cast gives the resolver map the type it declares.
 */
export const JsonScalar = config as unknown as GraphQLScalarType;
