// Degree statistics (src/graph/degreeStats.ts), read for the cost model: one statement per
// label, then link totals and observations per metric. Text only, no database.
import { describe, expect, it } from 'vitest';
import { readDegreeStats } from '../../src/graph/degreeStats.js';
import { createRecordingExecutor, formatStatements } from './support/recordingExecutor.js';

describe('readDegreeStats', () => {
  it('every statement, in order', async () => {
    const { executor, statements } = createRecordingExecutor();
    await readDegreeStats(executor);
    expect(formatStatements(statements)).toMatchInlineSnapshot(`
      "-- read
      params: (none)
      MATCH (p:Zone) RETURN count(p) AS nodes, max(COUNT { (p)-[:HAS_AREA]->() }) AS d0, max(COUNT { (p)<-[:APPLIES_TO]-() }) AS d1, max(COUNT { (p)<-[:PILOTED_IN]-() }) AS d2, max(COUNT { (p)<-[:LOCATED_IN]-() }) AS d3, max(COUNT { MATCH (p)<-[:LOCATED_IN]-(:IndustrialCluster)-[:IN_INDUSTRY]->(n:Industry) RETURN DISTINCT n }) AS d4, max(COUNT { (p)<-[:MENTIONS]-() }) AS d5, max(COUNT { (p)<-[:ABOUT]-() }) AS d6, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d7

      -- read
      params: (none)
      MATCH (p:ZoneArea) RETURN count(p) AS nodes, max(COUNT { (p)<-[:HAS_AREA]-() }) AS d0, max(COUNT { (p)<-[:ESTABLISHES]-() }) AS d1, max(COUNT { (p)<-[:APPLIES_TO]-() }) AS d2, max(COUNT { (p)<-[:PILOTED_IN]-() }) AS d3, max(COUNT { (p)<-[:LOCATED_IN]-() }) AS d4, max(COUNT { (p)-[:FOCUSES_ON]->() }) AS d5, max(COUNT { (p)<-[:MENTIONS]-() }) AS d6, max(COUNT { (p)<-[:ABOUT]-() }) AS d7, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d8

      -- read
      params: (none)
      MATCH (p:PolicyDocument) RETURN count(p) AS nodes, max(COUNT { (p)-[:ISSUED_BY]->() }) AS d0, max(COUNT { MATCH (p)-[r:APPLIES_TO]->(n:Zone) RETURN DISTINCT n }) AS d1, max(COUNT { MATCH (p)-[r:APPLIES_TO]->(n:ZoneArea) RETURN DISTINCT n }) AS d2, max(COUNT { (p)-[:SETS_OUT]->() }) AS d3, max(COUNT { MATCH (p)-[r:IMPLEMENTS|SUPERSEDES|AMENDS]-(n:PolicyDocument) RETURN DISTINCT n }) AS d4, max(COUNT { (p)-[:ESTABLISHES]->() }) AS d5, max(COUNT { (p)<-[:MENTIONS]-() }) AS d6, max(COUNT { (p)<-[:ABOUT]-() }) AS d7, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d8

      -- read
      params: (none)
      MATCH (p:Authority) RETURN count(p) AS nodes, max(COUNT { (p)-[:PART_OF]->() }) AS d0, max(COUNT { (p)<-[:PART_OF]-() }) AS d1, max(COUNT { (p)<-[:ISSUED_BY]-() }) AS d2, max(COUNT { (p)<-[:WORKS_FOR]-() }) AS d3, max(COUNT { (p)<-[:ABOUT]-() }) AS d4, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d5

      -- read
      params: (none)
      MATCH (p:Person) RETURN count(p) AS nodes, max(COUNT { (p)-[:WORKS_FOR]->() }) AS d0, max(COUNT { (p)<-[:MENTIONS]-() }) AS d1, max(COUNT { (p)<-[:ABOUT]-() }) AS d2, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d3

      -- read
      params: (none)
      MATCH (p:ReformMeasure) RETURN count(p) AS nodes, max(COUNT { (p)-[:IN_FIELD]->() }) AS d0, max(COUNT { (p)<-[:SETS_OUT]-() }) AS d1, max(COUNT { MATCH (p)-[r:PILOTED_IN]->(n:Zone) RETURN DISTINCT n }) AS d2, max(COUNT { MATCH (p)-[r:PILOTED_IN]->(n:ZoneArea) RETURN DISTINCT n }) AS d3, max(COUNT { (p)-[:SUPPORTS]->() }) AS d4, max(COUNT { (p)<-[:MENTIONS]-() }) AS d5, max(COUNT { (p)<-[:ABOUT]-() }) AS d6, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d7

      -- read
      params: (none)
      MATCH (p:ReformField) RETURN count(p) AS nodes, max(COUNT { (p)<-[:IN_FIELD]-() }) AS d0, max(COUNT { (p)<-[:ABOUT]-() }) AS d1, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d2

      -- read
      params: (none)
      MATCH (p:Industry) RETURN count(p) AS nodes, max(COUNT { (p)-[:SUB_INDUSTRY_OF]->() }) AS d0, max(COUNT { (p)<-[:SUB_INDUSTRY_OF]-() }) AS d1, max(COUNT { (p)<-[:SUPPLIES]-() }) AS d2, max(COUNT { (p)-[:SUPPLIES]->() }) AS d3, max(COUNT { (p)<-[:IN_INDUSTRY]-() }) AS d4, max(COUNT { MATCH (p)<-[:IN_INDUSTRY]-(:IndustrialCluster)-[:LOCATED_IN]->(n:Zone) RETURN DISTINCT n }) AS d5, max(COUNT { (p)<-[:SUPPORTS]-() }) AS d6, max(COUNT { (p)<-[:FOCUSES_ON]-() }) AS d7, max(COUNT { (p)<-[:MENTIONS]-() }) AS d8, max(COUNT { (p)<-[:ABOUT]-() }) AS d9, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d10

      -- read
      params: (none)
      MATCH (p:IndustrialCluster) RETURN count(p) AS nodes, max(COUNT { (p)-[:IN_INDUSTRY]->() }) AS d0, max(COUNT { MATCH (p)-[r:LOCATED_IN]->(n:Zone) RETURN DISTINCT n }) AS d1, max(COUNT { MATCH (p)-[r:LOCATED_IN]->(n:ZoneArea) RETURN DISTINCT n }) AS d2, max(COUNT { (p)<-[:ABOUT]-() }) AS d3, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d4

      -- read
      params: (none)
      MATCH (p:Observation) RETURN count(p) AS nodes, max(COUNT { (p)-[:ABOUT]->() }) AS d0, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d1

      -- read
      params: (none)
      MATCH (p:Source) RETURN count(p) AS nodes, max(COUNT { (p)<-[:SOURCED_FROM]-() }) AS d0

      -- read
      params: (none)
      MATCH (p:NewsItem) RETURN count(p) AS nodes, max(COUNT { MATCH (p)-[r:MENTIONS]->(n:Zone) RETURN DISTINCT n }) AS d0, max(COUNT { MATCH (p)-[r:MENTIONS]->(n:ZoneArea) RETURN DISTINCT n }) AS d1, max(COUNT { MATCH (p)-[r:MENTIONS]->(n:Industry) RETURN DISTINCT n }) AS d2, max(COUNT { MATCH (p)-[r:MENTIONS]->(n:ReformMeasure) RETURN DISTINCT n }) AS d3, max(COUNT { MATCH (p)-[r:MENTIONS]->(n:PolicyDocument) RETURN DISTINCT n }) AS d4, max(COUNT { MATCH (p)-[r:MENTIONS]->(n:Person) RETURN DISTINCT n }) AS d5, max(COUNT { (p)-[:SOURCED_FROM]->() }) AS d6

      -- read
      params: (none)
      CALL { MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS chainLinks }
      CALL { MATCH ()-[r:IN_INDUSTRY]->() RETURN count(r) AS clusterIndustryLinks }
      CALL { MATCH ()-[r:SUPPLIES]->() RETURN max(size(coalesce(r.sources, []))) AS maxChainLinkSources }
      CALL { MATCH ()-[r:HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN|FOCUSES_ON]->() RETURN count(r) AS traversedLinks }
      CALL { MATCH (n:Entity) RETURN max(COUNT { (n)-[:HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN|FOCUSES_ON]-() }) AS maxTraversedDegree }
      RETURN chainLinks, clusterIndustryLinks, maxChainLinkSources, traversedLinks, maxTraversedDegree

      -- read
      params: (none)
      MATCH (n:NewsItem) RETURN min(n.broadcastOn).year AS first, max(n.broadcastOn).year AS last

      -- read
      params: (none)
      MATCH (o:Observation) WHERE o.metric IS NOT NULL RETURN o.metric AS metric, count(*) AS n"
    `);
  });
});
