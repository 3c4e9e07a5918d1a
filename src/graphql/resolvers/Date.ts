// The Date scalar: output as stored (ISO 8601 at day, month or year precision); input must
// be a full, real YYYY-MM-DD date.
import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../../errors.js';

function parseInputDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(value)) return value;
  }
  throw new BadUserInputError('A Date argument must be a real calendar date written YYYY-MM-DD.');
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: parseInputDate,
  parseLiteral: (ast) => parseInputDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
