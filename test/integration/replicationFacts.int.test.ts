// Issue 12's sourced facts as loaded into Neo4j: replication figures (dates, values, subjects,
// sources), the State Council replication batches and the seventh batch's measures.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';

const driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
afterAll(() => driver.close());

async function rowsOf(cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject());
}

describe('replication figures', () => {
  it('the national running total of replicated outcomes is a dated series from 260 (2020) to 485 (2025)', async () => {
    const rows = await rowsOf(
      `MATCH (o:Observation {metric: 'reforms-replicated-nationwide'}) WHERE NOT (o)-[:ABOUT]->()
       RETURN toString(o.asOf) AS asOf, o.asOfPrecision AS precision, o.value AS value ORDER BY o.asOf`,
    );
    expect(rows.map((r) => [String(r.asOf).slice(0, 7), r.value])).toEqual([
      ['2020-01', 260],
      ['2021-07', 278],
      ['2022-05', 278],
      ['2022-10', 278],
      ['2023-09', 302],
      ['2024-01', 349],
      ['2025-01', 485],
    ]);
    expect(rows[0]!.precision).toBe('YEAR');
  });

  it('keeps the 173 replicated during 2016–2020 apart from the running total, on the broadcast that says both', async () => {
    const rows = await rowsOf(
      `MATCH (o:Observation {id: 'obs:reforms-replicated-2020'})-[:SOURCED_FROM]->(s:Source) RETURN o.metric AS metric, o.value AS value, collect(s.id) AS sources`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.metric).toBe('reforms-replicated-nationwide-in-period');
    expect(rows[0]!.value).toBe(173);
    expect(rows[0]!.sources).toContain('source:xwlb-2021-02-03');
  });

  it.each([
    ['area:guangdong-qianhai-shekou', 'institutional-innovations-launched', '2020-04-27', 520, 'source:xwlb-2020-04-27'],
    ['area:guangdong-qianhai-shekou', 'institutional-innovations-replicated-nationwide', '2022-07-01', 65, 'source:xwlb-2022-07-29'],
    ['zone:shaanxi', 'pilot-experiences-replicated-nationwide', '2022-08-01', 32, 'source:xwlb-2022-08-06'],
    ['zone:shaanxi', 'pilot-experiences-replicated-nationwide-since-2021', '2025-10-01', 38, 'source:xwlb-2025-10-06'],
    ['area:fujian-xiamen', 'innovation-measures-national-firsts', '2024-10-01', 142, 'source:xwlb-2024-10-17'],
    ['zone:guangdong', 'reform-experiences-replicated-nationwide', '2025-09-01', 300, 'source:xwlb-2025-09-28'],
  ])('%s: %s on %s is %d, from %s', async (subject, metric, asOf, value, source) => {
    const rows = await rowsOf(
      `MATCH (o:Observation {metric: $metric})-[:ABOUT]->(:Entity {id: $subject})
       MATCH (o)-[:SOURCED_FROM]->(s:Source)
       RETURN toString(o.asOf) AS asOf, o.value AS value, collect(s.id) AS sources`,
      { metric, subject },
    );
    expect(rows.map((r) => [r.asOf, r.value])).toContainEqual([asOf, value]);
    expect(rows.find((r) => r.asOf === asOf)!.sources).toEqual([source]);
  });
});

describe('replication batches', () => {
  it('records the State Council notices with only their attested numbers, dates and counts', async () => {
    const rows = await rowsOf(
      `MATCH (d:PolicyDocument) WHERE d.id STARTS WITH 'document:replication-'
       OPTIONAL MATCH (d)-[:ISSUED_BY]->(a:Authority)
       RETURN d.id AS id, d.docNumber AS docNumber, d.itemCount AS itemCount, toString(d.publishedOn) AS publishedOn, collect(a.id) AS issuers ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'document:replication-batch-5-2019', docNumber: '国函〔2019〕38号', itemCount: null, publishedOn: null, issuers: ['authority:state-council'] },
      { id: 'document:replication-batch-7-2023', docNumber: '国函〔2023〕56号', itemCount: null, publishedOn: '2023-07-01', issuers: ['authority:state-council'] },
      { id: 'document:replication-new-batch-2016', docNumber: '国发〔2016〕63号', itemCount: 19, publishedOn: '2016-11-01', issuers: ['authority:state-council'] },
      { id: 'document:replication-shanghai-experience-2015', docNumber: null, itemCount: null, publishedOn: '2015-01-29', issuers: ['authority:state-council'] },
    ]);
  });

  it("sets out the 7th batch's 18 legible nationwide items, 3 + 5 + 6 + 4 across its four fields", async () => {
    const rows = await rowsOf(
      `MATCH (:PolicyDocument {id: 'document:replication-batch-7-2023'})-[:SETS_OUT]->(m:ReformMeasure)-[:IN_FIELD]->(f:ReformField)
       RETURN f.nameZh AS field, count(m) AS n, collect(m.nameZh) AS names ORDER BY field`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.field, r.n]))).toEqual({ 投资贸易便利化: 3, 政府管理创新: 5, 金融开放创新: 6, 产业高质量发展: 4 });
    expect(rows.flatMap((r) => r.names as string[])).toEqual(expect.arrayContaining(['海事政务闭环管理', '跨境人民币全程电子缴税', '专利开放许可新模式']));
  });
});
