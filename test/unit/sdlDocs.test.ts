// The SDL is the API documentation: every type, field, argument, input field and enum value
// has a description, and every paging or capped argument states its default and its cap.
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLArgument } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';

const schema = buildSchema(loadTypeDefs());
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

describe('SDL documentation', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    for (const type of types) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type))
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      if (isInputObjectType(type)) for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('states the default and the cap of every page-size, hop and limit argument', () => {
    const vague: string[] = [];
    const capped = new Set(['first', 'maxHops', 'hops', 'limit']);
    for (const type of types) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args as GraphQLArgument[])
          if (capped.has(arg.name) && !(/default/i.test(arg.description ?? '') && /at most|cap|maximum|max/i.test(arg.description ?? '')))
            vague.push(`${type.name}.${field.name}(${arg.name}): ${arg.description}`);
    }
    expect(vague).toEqual([]);
  });
});
