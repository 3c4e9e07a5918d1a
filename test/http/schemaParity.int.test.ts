// The schema a client introspects is the one in schema/*.graphql: no description is lost on the
// way (a resolver map that replaces a type, as a `new GraphQLScalarType` for Date did, drops
// the SDL's description; then codegen and every schema browser show nothing).
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

const W3C_DATETIME = 'https://www.w3.org/TR/NOTE-datetime';

let app: RunningApp;
let live: GraphQLSchema;
beforeAll(async () => {
  app = await startTestApp({ NODE_ENV: 'development' });
  const r = await gql<IntrospectionQuery>(app, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
  expect(r.errors).toBeUndefined();
  live = buildClientSchema(r.data!);
});
afterAll(() => app?.stop());

/** Every described element of the schema, by path (`Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`). */
function describeAll(schema: GraphQLSchema): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    out.set(type.name, type.description ?? null);
    if (isScalarType(type)) out.set(`${type.name} @specifiedBy`, type.specifiedByURL ?? null);
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields())) {
        out.set(`${type.name}.${field.name}`, field.description ?? null);
        for (const arg of field.args) out.set(`${type.name}.${field.name}(${arg.name})`, arg.description ?? null);
      }
    if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) out.set(`${type.name}.${f.name}`, f.description ?? null);
    if (isEnumType(type)) for (const v of type.getValues()) out.set(`${type.name}.${v.name}`, v.description ?? null);
  }
  return out;
}

describe('the live schema against schema/*.graphql', () => {
  it('has every type, field, argument, input field, enum value and scalar with the SDL description', () => {
    const sdl = describeAll(buildSchema(loadTypeDefs()));
    const served = describeAll(live);
    // Built-in scalars are described by graphql-js on both sides; compare everything.
    const differences = [...new Set([...sdl.keys(), ...served.keys()])]
      .filter((path) => sdl.get(path) !== served.get(path))
      .map((path) => ({ path, sdl: sdl.get(path), served: served.get(path) }));
    expect(differences).toEqual([]);
    expect(sdl.size).toBeGreaterThan(500);
  });

  it('describes Date with its three precisions and points at the W3C profile of ISO 8601', () => {
    const date = live.getType('Date');
    expect(isScalarType(date)).toBe(true);
    if (!isScalarType(date)) return;
    expect(date.specifiedByURL).toBe(W3C_DATETIME);
    for (const example of ['"2013-09-29"', '"2023-11"', '"2019"']) expect(date.description).toContain(example);
  });
});
