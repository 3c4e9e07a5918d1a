// Issue 12's sub-area facts as loaded into Neo4j: positioning text on the areas, the new
// industries with their sourced Chinese names. (FOCUSES_ON itself is checked on the seed rows in
// test/data/areaFocus.test.ts until the model lists the type and the writer loads it.)
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';

const driver = neo4j.driver(inject('neo4jUri'), undefined, { disableLosslessIntegers: true });
afterAll(() => driver.close());

describe('sub-area positioning and focus industries in Neo4j', () => {
  it.each([
    ['area:jiangsu-nanjing', 'positioningZh', '自主创新先导区', 'source:ql'],
    ['area:anhui-bengbu', 'positioningZh', '硅基和生物基制造业中心', 'source:xh20-ah'],
    ['area:fujian-pingtan', 'positioningEn', 'international tourism destination', 'source:gov15-fj'],
  ])('%s has %s containing "%s", sourced from %s', async (id, field, text, source) => {
    const { records } = await driver.executeQuery('MATCH (a:ZoneArea {id: $id})-[:SOURCED_FROM]->(s:Source) RETURN a[$field] AS text, collect(s.id) AS sources', { id, field });
    expect(records).toHaveLength(1);
    expect(records[0]!.get('text')).toContain(text);
    expect(records[0]!.get('sources')).toContain(source);
  });

  it.each([
    ['industry:integrated-circuits', '集成电路', 'source:cri-js'],
    ['industry:shipping-logistics', '航运物流', 'source:cnfin15-tj'],
    ['industry:marine-services', '海洋服务业', 'source:xwlb-2025-02-24'],
    ['industry:medical-tourism', '医疗旅游', 'source:xwlb-2021-04-13'],
  ])('%s is named %s, and cites %s', async (id, nameZh, source) => {
    const { records } = await driver.executeQuery('MATCH (i:Industry {id: $id})-[:SOURCED_FROM]->(s:Source) RETURN i.nameZh AS nameZh, collect(s.id) AS sources', { id });
    expect(records[0]!.get('nameZh')).toBe(nameZh);
    expect(records[0]!.get('sources')).toContain(source);
  });
});
