// The Cypher text that `where` and `orderBy` compile to (src/graph/filters/), no database:
// a change to the compiler shows here as a diff of its text. Values never appear in the
// text, only as parameters ($p0, $p1, ...).
import { describe, expect, it } from 'vitest';
import { afterCondition, compileOrder, compileWhere, indent, orderByClause, ParamBag, rootMatch } from '../../src/graph/filters/index.js';
import { decodeSortCursor, encodeSortCursor } from '../../src/graph/pagination.js';
import { paramNames } from './support/recordingExecutor.js';

describe('compileWhere', () => {
  it('scalar operators, one parameter each', () => {
    const bag = new ParamBag();
    expect(
      compileWhere('Zone', { province: 'Shanghai', batch_in: [1, 2], nameEn_contains: 'pilot', nameEn_startsWith: 'China', launchedOn_gte: '2015-01-01', areaKm2_lt: 200 }, bag),
    ).toMatchInlineSnapshot(
      `"n.province = $p0 AND n.batch IN $p1 AND toLower(n.nameEn) CONTAINS toLower($p2) AND toLower(n.nameEn) STARTS WITH toLower($p3) AND n.launchedOn >= date($p4) AND n.areaKm2 < $p5"`,
    );
    expect(paramNames(bag.params)).toMatchInlineSnapshot(`"$p0, $p1, $p2, $p3, $p4, $p5"`);
  });

  it('AND, OR, NOT and relation filters (_some, _none) as nested EXISTS', () => {
    const bag = new ParamBag();
    expect(
      compileWhere('ReformMeasure', { OR: [{ fields_some: { id: 'field:finance' } }, { NOT: { zones_some: { batch: 1 } } }], AND: [{ zones_none: { province: 'Hainan' } }] }, bag),
    ).toMatchInlineSnapshot(
      `"((EXISTS { MATCH (n)-[:IN_FIELD]->(v2:ReformField) WHERE v2.id = $p0 }) OR (NOT (EXISTS { MATCH (n)-[:PILOTED_IN]->(v3:Zone) WHERE v3.batch = $p1 }))) AND ((NOT EXISTS { MATCH (n)-[:PILOTED_IN]->(v2:Zone) WHERE v2.province = $p2 }))"`,
    );
    expect(paramNames(bag.params)).toMatchInlineSnapshot(`"$p0, $p1, $p2"`);
  });

  it('no filter is `true`', () => {
    expect(compileWhere('Zone', null, new ParamBag())).toMatchInlineSnapshot(`"true"`);
  });
});

describe('rootMatch', () => {
  it('a root list scans its label when no relation filter anchors it', () => {
    const bag = new ParamBag();
    expect(rootMatch('ReformMeasure', { nameEn_contains: 'trade' }, bag)).toMatchInlineSnapshot(`
      {
        "anchored": false,
        "match": "MATCH (n:ReformMeasure)",
        "rest": {
          "nameEn_contains": "trade",
        },
      }
    `);
  });

  it('`<relation>_some: { id }` starts at that node and walks to the list', () => {
    const bag = new ParamBag();
    const { match, rest, anchored } = rootMatch('ReformMeasure', { fields_some: { id: 'field:finance', nameEn_contains: 'fin' }, nameEn_contains: 'trade' }, bag);
    expect(anchored).toBe(true);
    expect(match).toMatchInlineSnapshot(`
      "MATCH (a:ReformField {id: $p0})
      WHERE toLower(a.nameEn) CONTAINS toLower($p1)
      MATCH (n)-[:IN_FIELD]->(a:ReformField)
      WHERE n:ReformMeasure
      WITH DISTINCT n"
    `);
    expect(rest).toEqual({ nameEn_contains: 'trade' });
    expect(paramNames(bag.params)).toMatchInlineSnapshot(`"$p0, $p1"`);
  });
});

describe('compileOrder and the keyset condition', () => {
  it('property keys, degree counts and derived counts', () => {
    const keys = compileOrder('Zone', [{ field: 'LAUNCHED_ON', direction: 'DESC' }, { field: 'MEASURES_COUNT' }, { field: 'INDUSTRIES_COUNT' }]);
    expect(keys.map((k) => `${k.expression} ${k.direction}${k.nullable ? ' (nullable)' : ''}`)).toMatchInlineSnapshot(`
      [
        "n.launchedOn DESC (nullable)",
        "COUNT { (n)<-[:PILOTED_IN]-() } ASC",
        "COUNT { MATCH (n)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(cindustries:Industry) RETURN DISTINCT cindustries } ASC",
      ]
    `);
    expect(orderByClause(keys, ['k0', 'k1', 'k2'], 'n.id')).toMatchInlineSnapshot(`"k0 IS NULL, k0 DESC, k1 ASC, k2 ASC, n.id ASC"`);
  });

  it('the condition for the page after a cursor', () => {
    const keys = compileOrder('Zone', [{ field: 'BATCH', direction: 'DESC' }, { field: 'AREA_KM2' }]);
    const bag = new ParamBag();
    const cursor = decodeSortCursor(encodeSortCursor([3, 119.5], 'zone:shanghai'), keys);
    expect(afterCondition(keys, ['k0', 'k1'], 'n.id', cursor, bag)).toMatchInlineSnapshot(
      `"((k0 < $p0 OR k0 IS NULL)) OR (k0 = $p0 AND (k1 > $p1 OR k1 IS NULL)) OR (k0 = $p0 AND k1 = $p1 AND n.id > $p2)"`,
    );
    expect(paramNames(bag.params)).toMatchInlineSnapshot(`"$p0, $p1, $p2"`);
  });
});

describe('indent (the one helper every builder nests subqueries with)', () => {
  it.each([
    ['MATCH (n)\nRETURN n', 4, 'MATCH (n)\n    RETURN n'],
    ['MATCH (n)\nRETURN n', 2, 'MATCH (n)\n  RETURN n'],
    ['RETURN 1', 4, 'RETURN 1'],
  ])('%j by %i', (text, spaces, out) => {
    expect(indent(text, spaces)).toBe(out);
  });
});
