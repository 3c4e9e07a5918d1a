// What the code derives from the relation model (src/graph/model.ts) instead of guessing from
// field names: filters and sort keys, degree counts, and the SDL types the model implies.
import { describe, expect, it } from 'vitest';
import { relationFilterFields, sortKeys } from '../../src/graph/fieldSpec.js';
import { degreePattern, ENTITY_LABELS, hopDegreePattern, RELATION_FIELDS, relationField, type RelationField } from '../../src/graph/model.js';

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
    const any = ENTITY_LABELS.flatMap((l) => fieldsOf(l).filter(([, f]) => f.target === 'any').map(([name]) => `${l}.${name}`));
    expect(any).toEqual(['Observation.subject', 'Source.supports']);
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
