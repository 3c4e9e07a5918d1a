import { describe, expect, it } from 'vitest';
import { compileWhere } from '../../src/graph/entities.js';
import { labelOfId } from '../../src/graph/model.js';
import { toPageWindow } from '../../src/graph/pagination.js';
import { decodeCursor, encodeCursor, formatDate } from '../../src/graph/records.js';
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
    const { predicate, params } = compileWhere('Zone', { batch_in: [1, 2], launchedOn_gte: '2015-01-01', province: "x' OR 1=1" });
    expect(predicate).toBe('n.batch IN $w0 AND n.launchedOn >= date($w1) AND n.province = $w2');
    expect(params).toEqual({ w0: [1, 2], w1: '2015-01-01', w2: "x' OR 1=1" });
  });
  it.each([['Zone', { 'batch) MATCH (m': 1 }], ['Zone', { nameEn: 'x' }], ['Industry', { kind: 'x' }]])('refuses unknown filter keys (%s %j)', (label, where) => {
    expect(codeOf(() => compileWhere(label as 'Zone', where))).toBe('BAD_USER_INPUT');
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
  ])('labelOfId(%j) is %j', (id, label) => expect(labelOfId(id)).toBe(label));

  it('round-trips cursors and rejects foreign ones', () => {
    expect(decodeCursor(encodeCursor('zone:shanghai'))).toBe('zone:shanghai');
    expect(codeOf(() => toPageWindow({ after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('caps the page size with LIMIT_EXCEEDED and refuses negative sizes', () => {
    expect(toPageWindow({ first: 100 }).first).toBe(100);
    expect(codeOf(() => toPageWindow({ first: 101 }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(() => toPageWindow({ first: -1 }))).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['DAY', '2013-09-29'],
    ['MONTH', '2013-09'],
    ['YEAR', '2013'],
  ] as const)('formats a stored date at %s precision', (precision, expected) => {
    expect(formatDate({ year: 2013, month: 9, day: 29 }, precision)).toBe(expected);
  });
});
