// What the code derives from the relation model (src/graph/model.ts) instead of guessing from
// field names: filters and sort keys, degree counts, and the SDL types the model implies.
import { buildSchema, getNamedType, isEnumType, isInterfaceType, isListType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { relationFilterFields, sortKeys } from '../../src/graph/fieldSpec.js';
import { degreePattern, ENTITY_LABELS, hopDegreePattern, RELATION_FIELDS, relationField, ROOT_FIELDS, type RelationField } from '../../src/graph/model.js';
import { CONNECTION_TYPES, connectionTypeOf, EDGE_TYPES } from '../../src/graphql/connectionTypes.js';
import { LABEL_BY_ENTITY_TYPE } from '../../src/graphql/entityTypeLabels.js';
import { resolvers } from '../../src/graphql/resolvers/index.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';

const fieldsOf = (label: (typeof ENTITY_LABELS)[number]) => Object.entries(RELATION_FIELDS[label] as Record<string, RelationField>);

describe('relation model', () => {
  it.each([
    ['ZoneArea.zone', 'one'],
    ['ZoneArea.establishedBy', 'one'],
    ['Industry.parent', 'one'],
    ['Authority.partOf', 'one'],
    ['IndustrialCluster.zone', 'one'],
    ['IndustrialCluster.area', 'one'],
    ['Observation.subject', 'one'],
    ['Zone.areas', 'many'],
    ['Source.supports', 'many'],
  ] as const)('%s has cardinality %s', (key, cardinality) => {
    expect(relationField(key).cardinality).toBe(cardinality);
  });

  it('names the fields that can lead to any label, and only those', () => {
    const any = ENTITY_LABELS.flatMap((l) =>
      fieldsOf(l)
        .filter(([, f]) => f.target === 'any')
        .map(([name]) => `${l}.${name}`),
    );
    expect(any).toEqual(expect.arrayContaining(['Observation.subject', 'Source.supports']));
  });

  it('builds one-hop patterns from type, direction and target', () => {
    expect(relationField('Zone.areas')).toMatchObject({ pattern: '(p)-[r:HAS_AREA]->(n:ZoneArea)', hop: { types: ['HAS_AREA'], direction: 'OUTGOING' } });
    expect(relationField('Source.supports').pattern).toBe('(p)<-[r:SOURCED_FROM]-(n)');
    expect(relationField('PolicyDocument.relatedDocuments').pattern).toBe('(p)-[r:IMPLEMENTS|SUPERSEDES|AMENDS]-(n:PolicyDocument)');
    // Derived fields keep their written pattern and have no hop.
    expect(relationField('Zone.industries').hop).toBeUndefined();
  });

  it('counts any-label fields by degree, and never by a typed degree pattern', () => {
    expect(degreePattern(relationField('Source.supports'), 'p')).toBeUndefined();
    expect(hopDegreePattern(relationField('Source.supports'), 'p')).toBe('(p)<-[:SOURCED_FROM]-()');
    expect(hopDegreePattern(relationField('Observation.subject'), 'p')).toBe('(p)-[:ABOUT]->()');
  });
});

describe('filters and sort keys from the model', () => {
  it('gives any-label fields no typed filter: Observation has no subject_some, Source no supports_some', () => {
    expect(relationFilterFields('Observation').map((f) => f.field)).toEqual(['sources']);
    expect(relationFilterFields('Source')).toEqual([]);
  });

  it('gives one-valued fields no count sort key: ZoneArea has no ZONE_COUNT', () => {
    const names = sortKeys('ZoneArea').map((k) => k.name);
    expect(names).not.toContain('ZONE_COUNT');
    expect(names).not.toContain('ESTABLISHED_BY_COUNT');
    expect(names).toContain('DOCUMENTS_COUNT');
    expect(sortKeys('Industry').map((k) => k.name)).not.toContain('PARENT_COUNT');
    expect(sortKeys('Authority').map((k) => k.name)).not.toContain('PART_OF_COUNT');
    expect(sortKeys('IndustrialCluster').map((k) => k.name)).toEqual(expect.not.arrayContaining(['ZONE_COUNT', 'AREA_COUNT']));
  });

  it('still filters by one-valued fields (ZoneArea.zone_some)', () => {
    expect(relationFilterFields('ZoneArea').map((f) => f.field)).toContain('zone');
  });

  it('gives every label a count sort key for each many field with one target label', () => {
    for (const label of ENTITY_LABELS) {
      const expected = fieldsOf(label)
        .filter(([, f]) => f.cardinality === 'many' && f.target !== 'any')
        .map(([name]) => name);
      expect(sortKeys(label).flatMap((k) => (k.countOf ? [k.countOf] : []))).toEqual(expected);
    }
  });
});

const schema = buildSchema(loadTypeDefs());
const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
/** The audit log's connection and edge are the audit module's records, not the model's. */
const sdlNamesEnding = (suffix: string) =>
  objectTypes
    .map((t) => t.name)
    .filter((n) => n.endsWith(suffix) && !n.startsWith('AuditEntry'))
    .sort();
const typeOf = (label: string): GraphQLObjectType => {
  const t = schema.getType(label);
  if (!isObjectType(t)) throw new Error(`${label} is not an object type in the SDL`);
  return t;
};

describe('SDL types the model implies', () => {
  it("derives CONNECTION_TYPES equal to the SDL's connection types", () => {
    expect([...CONNECTION_TYPES].sort()).toEqual(sdlNamesEnding('Connection'));
  });

  it("derives EDGE_TYPES equal to the SDL's edge types", () => {
    expect([...EDGE_TYPES].sort()).toEqual(sdlNamesEnding('Edge'));
  });

  it('gives every entity, connection and edge type in the SDL a codegen mapper to its record', () => {
    const generated = Object.values(config.generates)[0];
    const mappers =
      (typeof generated === 'object' && generated !== null && 'config' in generated ? (generated.config as { mappers?: Record<string, string> }).mappers : undefined) ?? {};
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    const entities = schema.getPossibleTypes(node).map((t) => t.name);
    expect(entities.sort()).toEqual([...ENTITY_LABELS].sort());
    for (const name of entities) expect(mappers[name], name).toBe('../../graph/records.js#EntityRecord');
    for (const name of sdlNamesEnding('Connection')) expect(mappers[name], name).toBe('../../graph/records.js#ConnectionRecord');
    for (const name of sdlNamesEnding('Edge')) expect(mappers[name], name).toBe('../../graph/records.js#EdgeRecord');
  });

  it.each([...ENTITY_LABELS])("%s: the model's relationship fields are the SDL's, with its cardinality and connection type", (label) => {
    const type = typeOf(label);
    const entityNames = new Set<string>([...ENTITY_LABELS, 'Node', ...CONNECTION_TYPES]);
    const sdlRelations = Object.values(type.getFields())
      .filter((f) => entityNames.has(getNamedType(f.type).name))
      .map((f) => f.name);
    expect(
      fieldsOf(label)
        .map(([name]) => name)
        .sort(),
    ).toEqual(sdlRelations.sort());
    for (const [name, f] of fieldsOf(label)) {
      const sdl = type.getFields()[name]!;
      const returns = getNamedType(sdl.type).name;
      // Observation.sources is the one plain list ([Source!]!, at most a handful), resolved in Observation.ts.
      if (label === 'Observation' && name === 'sources') {
        expect(isListType(isNonNullType(sdl.type) ? sdl.type.ofType : sdl.type)).toBe(true);
        continue;
      }
      if (f.cardinality === 'many') expect(returns, `${label}.${name}`).toBe(connectionTypeOf(f));
      else {
        expect(returns, `${label}.${name}`).toBe(f.target === 'any' ? 'Node' : f.target);
        expect(isNonNullType(sdl.type), `${label}.${name} non-null`).toBe(f.required === true);
      }
    }
  });

  it('resolves every relationship field of every entity type', () => {
    const map = resolvers as Record<string, Record<string, unknown> | undefined>;
    for (const label of ENTITY_LABELS) for (const [name] of fieldsOf(label)) expect(typeof map[label]?.[name], `${label}.${name}`).toBe('function');
  });

  it("names the SDL's root lookups and lists in ROOT_FIELDS, and resolves each", () => {
    const query = schema.getQueryType()!.getFields();
    const queryResolvers = (resolvers as { Query: Record<string, unknown> }).Query;
    const fromSdl = Object.values(query).flatMap((f) => {
      const returns = getNamedType(f.type).name;
      const label = ENTITY_LABELS.find((l) => returns === l || returns === `${l}Connection`);
      return label ? [`${label}.${returns === label ? 'byId' : 'list'}=${f.name}`] : [];
    });
    const fromModel = ENTITY_LABELS.flatMap((l) => Object.entries(ROOT_FIELDS[l]).map(([kind, name]) => `${l}.${kind}=${name}`));
    expect(fromModel.sort()).toEqual(fromSdl.sort());
    for (const l of ENTITY_LABELS) for (const name of Object.values(ROOT_FIELDS[l])) expect(typeof queryResolvers[name], name).toBe('function');
  });

  it("maps the SDL's EntityType values to labels", () => {
    const entityType = schema.getType('EntityType');
    if (!isEnumType(entityType)) throw new Error('EntityType is not an enum');
    expect(Object.keys(LABEL_BY_ENTITY_TYPE).sort()).toEqual(
      entityType
        .getValues()
        .map((v) => v.name)
        .sort(),
    );
    for (const [value, label] of Object.entries(LABEL_BY_ENTITY_TYPE)) expect(entityType.getValue(value)?.description).toBe(label);
  });
});
