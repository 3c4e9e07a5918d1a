// The Date scalar: output as stored (ISO 8601 at day, month or year precision); input must
// be a full, real YYYY-MM-DD date.
import { buildASTSchema, GraphQLScalarType, isScalarType, Kind, parse, type DocumentNode } from 'graphql';
import { BadUserInputError } from '../../errors.js';
import { loadTypeDefs } from '../typeDefs.js';

function parseInputDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)) return value;
  }
  throw new BadUserInputError('A Date argument must be a real calendar date written YYYY-MM-DD.');
}

/**
 * `scalar Date` as the SDL declares it. Apollo copies every property of a resolver-map scalar
 * onto the schema's, `description: undefined` included, so the scalar is built from the
 * SDL's config: its description and `@specifiedBy` URL reach introspection and codegen.
 */
function readSdlDate(): GraphQLScalarType {
  const definition = parse(loadTypeDefs()).definitions.find((d) => d.kind === Kind.SCALAR_TYPE_DEFINITION && d.name.value === 'Date');
  const type = definition && buildASTSchema({ kind: Kind.DOCUMENT, definitions: [definition] } satisfies DocumentNode).getType('Date');
  if (!isScalarType(type)) throw new Error('schema/ declares no `scalar Date`.');
  return type;
}

export const DateScalar = new GraphQLScalarType({
  ...readSdlDate().toConfig(),
  serialize: (value) => String(value),
  parseValue: parseInputDate,
  parseLiteral: (ast) => parseInputDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
