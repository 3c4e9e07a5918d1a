// The model's RELATIONSHIP_ENDS against the loaded seed: every relationship connects the
// labels the model says, which is what lets counts use node degrees (model.degreePattern).
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { LINK_ENDS, LINK_TYPES } from '../../src/graph/curation/index.js';
import { degreePattern, RELATION_FIELDS, RELATIONSHIP_ENDS, type RelationField } from '../../src/graph/model.js';

const driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
afterAll(() => driver.close());

describe('relationship ends', () => {
  it('every relationship in the seeded graph connects the labels RELATIONSHIP_ENDS names', async () => {
    const { records } = await driver.executeQuery(
      `UNWIND $ends AS e
       MATCH (a)-[r]->(b) WHERE type(r) = e.type
       WITH e, count(r) AS total,
            count(CASE WHEN none(l IN labels(a) WHERE l IN e.from) OR none(l IN labels(b) WHERE l IN e.to) THEN r END) AS outside
       RETURN e.type AS type, total, outside`,
      { ends: Object.entries(RELATIONSHIP_ENDS).map(([type, e]) => ({ type, from: e.from, to: e.to })) },
    );
    const byType: Record<string, { total: number; outside: number }> = Object.fromEntries(
      records.map((r) => [r.get('type'), { total: r.get('total'), outside: r.get('outside') }]),
    );
    for (const type of ['HAS_AREA', 'APPLIES_TO', 'PILOTED_IN', 'LOCATED_IN', 'SOURCED_FROM', 'ABOUT', 'SUPPLIES']) expect(byType[type]?.total).toBeGreaterThan(0);
    for (const [type, { outside }] of Object.entries(byType)) expect({ type, outside }).toEqual({ type, outside: 0 });
  });

  it('no two relationships of one type join the same two nodes the same way (grouped counts rely on it)', async () => {
    const { records } = await driver.executeQuery('MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(r) AS c WHERE c > 1 RETURN count(*) AS parallel');
    expect(records[0]!.get('parallel')).toBe(0);
  });

  it('curators can only link within those ends', () => {
    for (const type of LINK_TYPES) {
      for (const l of LINK_ENDS[type].from) expect(RELATIONSHIP_ENDS[type].from).toContain(l);
      for (const l of LINK_ENDS[type].to) expect(RELATIONSHIP_ENDS[type].to).toContain(l);
    }
  });

  it('counts by degree only where the type and direction lead to one label', () => {
    const field = (label: keyof typeof RELATION_FIELDS, name: string) => (RELATION_FIELDS[label] as Record<string, RelationField>)[name]!;
    expect(degreePattern(field('Zone', 'measures'), 'n')).toBe('(n)<-[:PILOTED_IN]-()');
    expect(degreePattern(field('Zone', 'areas'), 'n')).toBe('(n)-[:HAS_AREA]->()');
    // PILOTED_IN leads to zones and areas; relatedDocuments has three types; industries is derived.
    expect(degreePattern(field('ReformMeasure', 'zones'), 'n')).toBeUndefined();
    expect(degreePattern(field('PolicyDocument', 'relatedDocuments'), 'n')).toBeUndefined();
    expect(degreePattern(field('Zone', 'industries'), 'n')).toBeUndefined();
  });
});
