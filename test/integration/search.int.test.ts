// The data layer's search against the real Neo4j: the probe (the index asked for its best
// hits only) must give exactly what a search over every hit gives, ties and type filters
// included. Small probe sizes force the full-search branch on the small seed graph.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { Executor } from '../../src/graph/executor.js';
import { FULLTEXT_INDEX, type EntityLabel } from '../../src/graph/model.js';
import { searchEntities, toLuceneQuery } from '../../src/graph/search.js';
import { createDriver } from '../../src/neo4j/driver.js';

let driver: Driver;
let executor: Executor;

beforeAll(() => {
  driver = createDriver({ uri: inject('neo4jUri') });
  executor = new Executor(driver, { timeoutMs: 60_000 });
});
afterAll(() => driver.close());

/** Every hit scored, filtered, sorted by score then id: what the answer must equal. */
async function searchEveryHit(text: string, labels: EntityLabel[] | null, first: number): Promise<string[]> {
  const records = await executor.read<{ id: string; score: number }>(
    `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN node.id AS id, score ORDER BY score DESC, id LIMIT $limit`,
    { query: toLuceneQuery(text), labels, limit: neo4j.int(first) },
  );
  return records.map((r) => `${r.get('id')} ${r.get('score')}`);
}

const TEXTS = ['Shanghai', '上海', 'zone', 'free trade zone', '生物医药 biomedicine', '自贸试验区', 'marine', 'no-such-word-anywhere'];
const LABELS: Array<EntityLabel[] | null> = [null, ['Zone'], ['ZoneArea'], ['PolicyDocument', 'ReformMeasure']];

describe('searchEntities', () => {
  it.each([
    ['1 and 2 hits', { narrow: 1, wide: 2 }],
    ['2 and 5 hits', { narrow: 2, wide: 5 }],
    ['1 and 50 hits', { narrow: 1, wide: 50 }],
    ['the default sizes', undefined],
  ])('with probes of %s, answers as a search over every hit would', async (_size, probeSize) => {
    for (const text of TEXTS)
      for (const labels of LABELS)
        for (const first of [0, 1, 3, 10]) {
          const got = await searchEntities(executor, text, labels, first, probeSize);
          expect(
            got.map((h) => `${h.node.id} ${h.score}`),
            `${text} ${labels} first ${first}`,
          ).toEqual(await searchEveryHit(text, labels, first));
        }
  });

  it('the seed has ties at a cut, so the id order among equal scores is really checked', async () => {
    const scores = (await searchEveryHit('zone', null, 100)).map((h) => h.split(' ')[1]);
    expect(new Set(scores).size).toBeLessThan(scores.length);
  });

  it('answers in one round trip whichever branch it takes', async () => {
    for (const probeSize of [{ narrow: 1, wide: 2 }, { narrow: 1, wide: 50 }, undefined]) {
      const stats = { queries: 0, timeMs: 0 };
      await searchEntities(executor.forRequest(stats), 'zone', null, 10, probeSize);
      expect(stats.queries).toBe(1);
    }
  });

  it('with the selected properties only: the same hits in the same order, those properties (dates with their precision) and the type, nothing else', async () => {
    for (const probeSize of [{ narrow: 1, wide: 2 }, undefined]) {
      const whole = await searchEntities(executor, 'Shanghai', null, 10, probeSize);
      const lean = await searchEntities(executor, 'Shanghai', null, 10, probeSize, ['launchedOn', 'nameEn']);
      expect(lean.map((h) => `${h.node.id} ${h.score}`)).toEqual(whole.map((h) => `${h.node.id} ${h.score}`));
      for (const [i, hit] of lean.entries()) {
        // The whole node's values of those keys (a missing property is no key, like null).
        const present = (o: object, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k, v]) => keys.includes(k) && v !== null && v !== undefined));
        const keys = ['__typename', 'id', 'nameEn', 'launchedOn', 'launchedOnPrecision'];
        expect(present(hit.node, Object.keys(hit.node))).toEqual(present(whole[i]!.node, keys));
      }
      // Not vacuous: Shanghai's zone, with its launch date, is among the hits.
      expect(lean.find((h) => h.node.id === 'zone:shanghai')?.node).toMatchObject({ __typename: 'Zone', launchedOn: '2013-09-29' });
    }
  });
});
