import { describe, expect, it } from 'vitest';
import { afterCondition, compileOrder, compileWhere, orderByClause, ParamBag } from '../../src/graph/filters/index.js';
import { labelOfId } from '../../src/graph/model.js';
import neo4j from 'neo4j-driver';
import { cursorFor, decodeAuditCursor, decodeSortCursor, encodeAuditCursor, encodeSortCursor, toPageWindow } from '../../src/graph/pagination.js';
import { formatDate } from '../../src/graph/records.js';
import { toLuceneQuery } from '../../src/graph/search.js';
import { GraphQLErrorWithCode } from '../../src/errors.js';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof GraphQLErrorWithCode ? (e.extensions.code as string) : 'NOT_A_CODED_ERROR';
  }
  return undefined;
};

describe('toLuceneQuery', () => {
  it.each([
    ['Shanghai', 'Shanghai'],
    ['上海 自贸', '上海 自贸'],
    ['a:b', 'a\\:b'],
    ['x") OR 1=1 //', 'x\\"\\) or 1=1 \\/\\/'],
    ['*wild?', '\\*wild\\?'],
    ['NOT AND', 'not and'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j', (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });
});

describe('compileWhere', () => {
  it('turns filters into a parameterized predicate: values never enter the text', () => {
    const bag = new ParamBag();
    const predicate = compileWhere('Zone', { batch_in: [1, 2], launchedOn_gte: '2015-01-01', province: "x' OR 1=1" }, bag);
    expect(predicate).toBe('n.batch IN $p0 AND n.launchedOn >= date($p1) AND n.province = $p2');
    expect(bag.params).toEqual({ p0: [1, 2], p1: '2015-01-01', p2: "x' OR 1=1" });
  });

  it('compiles AND / OR / NOT and relationship filters into EXISTS subqueries', () => {
    const bag = new ParamBag();
    const predicate = compileWhere('ReformMeasure', { OR: [{ fields_some: { id: 'field:finance' } }, { NOT: { zones_some: { batch: 1 } } }], nameEn_contains: 'trade' }, bag);
    expect(predicate).toBe(
      '((EXISTS { MATCH (n)-[:IN_FIELD]->(v2:ReformField) WHERE v2.id = $p0 }) OR (NOT (EXISTS { MATCH (n)-[:PILOTED_IN]->(v3:Zone) WHERE v3.batch = $p1 }))) AND toLower(n.nameEn) CONTAINS toLower($p2)',
    );
    expect(bag.params).toEqual({ p0: 'field:finance', p1: 1, p2: 'trade' });
  });

  it.each([
    ['Zone', { 'batch) MATCH (m': 1 }],
    ['Zone', { population: 'x' }],
    ['Industry', { kind: 'x' }],
    ['Zone', { areas_every: {} }],
  ])('refuses unknown filter keys (%s %j)', (label, where) => {
    expect(codeOf(() => compileWhere(label as 'Zone', where, new ParamBag()))).toBe('BAD_USER_INPUT');
  });

  it('caps filter nesting with LIMIT_EXCEEDED', () => {
    let where: Record<string, unknown> = { id: 'zone:x' };
    for (let i = 0; i < 10; i++) where = { NOT: where };
    expect(codeOf(() => compileWhere('Zone', where, new ParamBag()))).toBe('LIMIT_EXCEEDED');
  });
});

describe('ordering and keyset cursors', () => {
  it('orders by properties (missing values last) and by related counts', () => {
    const keys = compileOrder('Zone', [{ field: 'LAUNCHED_ON', direction: 'DESC' }, { field: 'MEASURES_COUNT' }, { field: 'INDUSTRIES_COUNT' }]);
    expect(keys.map((k) => [k.expression, k.direction])).toEqual([
      ['n.launchedOn', 'DESC'],
      // Only measures pilot in a zone: the node's degree is the count.
      ['COUNT { (n)<-[:PILOTED_IN]-() }', 'ASC'],
      // Derived through clusters: distinct industries are counted.
      ['COUNT { MATCH (n)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(cindustries:Industry) RETURN DISTINCT cindustries }', 'ASC'],
    ]);
    expect(codeOf(() => compileOrder('Zone', [{ field: 'TITLE_EN' }]))).toBe('BAD_USER_INPUT');
  });

  it('builds the strictly-after condition over every key, then the id', () => {
    const keys = compileOrder('Zone', [{ field: 'BATCH', direction: 'DESC' }]);
    const bag = new ParamBag();
    const cursor = decodeSortCursor(encodeSortCursor([3], 'zone:henan'), keys);
    // A missing batch comes after every batch, so it is "after" 3 too.
    expect(afterCondition(keys, ['k0'], 'n.id', cursor, bag)).toBe('((k0 < $p0 OR k0 IS NULL)) OR (k0 = $p0 AND n.id > $p1)');
    expect(bag.params).toEqual({ p0: 3, p1: 'zone:henan' });
  });

  it('puts missing values last in both directions: IS NULL ahead of each property key', () => {
    const keys = compileOrder('Zone', [
      { field: 'AREA_KM2', direction: 'DESC' },
      { field: 'MEASURES_COUNT', direction: 'DESC' },
      { field: 'ID', direction: 'DESC' },
    ]);
    expect(keys.map((k) => k.nullable)).toEqual([true, false, false]);
    expect(orderByClause(keys, ['k0', 'k1', 'k2'], 'n.id')).toBe('k0 IS NULL, k0 DESC, k1 DESC, k2 DESC, n.id ASC');
  });

  it('after a missing value, only missing values with a later key or id follow', () => {
    const keys = compileOrder('Zone', [{ field: 'LAUNCHED_ON', direction: 'DESC' }, { field: 'AREA_KM2' }]);
    const bag = new ParamBag();
    const cursor = decodeSortCursor(encodeSortCursor([null, 120.72], 'zone:hainan'), keys);
    expect(afterCondition(keys, ['k0', 'k1'], 'n.id', cursor, bag)).toBe('(k0 IS NULL AND (k1 > $p0 OR k1 IS NULL)) OR (k0 IS NULL AND k1 = $p0 AND n.id > $p1)');
    const both = decodeSortCursor(encodeSortCursor([null, null], 'zone:hainan'), keys);
    expect(afterCondition(keys, ['k0', 'k1'], 'n.id', both, new ParamBag())).toBe('(k0 IS NULL AND k1 IS NULL AND n.id > $p0)');
    const dated = decodeSortCursor(encodeSortCursor(['2019-08-30', null], 'zone:hebei'), keys);
    expect(afterCondition(keys, ['k0', 'k1'], 'n.id', dated, new ParamBag())).toBe('((k0 < date($p0) OR k0 IS NULL)) OR (k0 = date($p0) AND k1 IS NULL AND n.id > $p1)');
  });

  it('rejects cursors it did not issue, or issued for another ordering', () => {
    const keys = compileOrder('Zone', [{ field: 'BATCH' }]);
    expect(codeOf(() => decodeSortCursor('not-a-cursor', keys))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeSortCursor(encodeSortCursor([], 'zone:x'), keys))).toBe('BAD_USER_INPUT');
    // Only a property key can be missing.
    expect(codeOf(() => decodeSortCursor(encodeSortCursor([null], 'zone:x'), compileOrder('Zone', [{ field: 'MEASURES_COUNT' }])))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeSortCursor(encodeSortCursor([null], 'zone:x'), compileOrder('Zone', [{ field: 'ID' }])))).toBe('BAD_USER_INPUT');
  });
});

describe('the cursor codec (pagination.ts): clients hold cursors, so their bytes are pinned', () => {
  it.each([
    [[3], 'zone:henan', 'eyJ2IjpbM10sImlkIjoiem9uZTpoZW5hbiJ9'],
    [['2013-09-29', 12, null, '上海'], 'zone:shanghai', 'eyJ2IjpbIjIwMTMtMDktMjkiLDEyLG51bGwsIuS4iua1tyJdLCJpZCI6InpvbmU6c2hhbmdoYWkifQ'],
    [[], '', 'eyJ2IjpbXSwiaWQiOiIifQ'],
  ])('sort cursor %j %s', (values, id, bytes) => {
    expect(encodeSortCursor(values, id)).toBe(bytes);
  });

  it('a row read with a Neo4j date gets the cursor of its ISO day', () => {
    expect(cursorFor([new neo4j.types.Date(2013, 9, 29), 12], 'zone:shanghai')).toBe(encodeSortCursor(['2013-09-29', 12], 'zone:shanghai'));
  });

  it('the audit log cursor: time and id, pinned, round trip, and refused across lists', () => {
    const at = '2026-01-02T03:04:05.678000000Z';
    const id = '0b5e8a62-3c1d-4c52-9a39-0d6a1f6b7e11';
    const cursor = encodeAuditCursor(at, id);
    expect(cursor).toBe('WyIyMDI2LTAxLTAyVDAzOjA0OjA1LjY3ODAwMDAwMFoiLCIwYjVlOGE2Mi0zYzFkLTRjNTItOWEzOS0wZDZhMWY2YjdlMTEiXQ');
    expect(decodeAuditCursor(cursor)).toEqual({ at, id });
    expect(codeOf(() => decodeAuditCursor(encodeSortCursor([], id)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeAuditCursor('not-a-cursor'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeSortCursor(cursor, []))).toBe('BAD_USER_INPUT');
  });
});

describe('ids, cursors and dates', () => {
  it.each([
    ['zone:shanghai', 'Zone'],
    ['area:shanghai-lingang', 'ZoneArea'],
    ['document:guofa-2020-10', 'PolicyDocument'],
    ['source:xwlb-2023-11-01', 'Source'],
    ['zone:Shanghai', undefined],
    ['planet:mars', undefined],
    ['zone:', undefined],
    // A prefix that is an inherited property of the table, not one of its own keys.
    ['constructor:x', undefined],
  ])('labelOfId(%j) is %j', (id, label) => expect(labelOfId(id)).toBe(label));

  it('caps the page size with LIMIT_EXCEEDED and refuses negative sizes', () => {
    expect(toPageWindow({ first: 100 }).first).toBe(100);
    expect(codeOf(() => toPageWindow({ first: 101 }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => toPageWindow({ first: -1 }))).toBe('BAD_USER_INPUT');
  });

  it.each([undefined, null, ''])('reads after: %j as the first page', (after) => {
    expect(toPageWindow({ first: 3, after }).after).toBeNull();
  });

  it.each([
    ['DAY', '2013-09-29'],
    ['MONTH', '2013-09'],
    ['YEAR', '2013'],
  ] as const)('formats a stored date at %s precision', (precision, expected) => {
    expect(formatDate({ year: 2013, month: 9, day: 29 }, precision)).toBe(expected);
  });
});
