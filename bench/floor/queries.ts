// The floor's hand-written Cypher: one statement per operation of the suite, returning
// exactly what the operation asks for. Lists are capped at 20 like the GraphQL servers'
// default page size and ordered by id, as the project's keyset pages are.

export interface FloorOperation {
  cypher: string;
  /** Name of the single column returned; one row unless `rows` is set. */
  column: string;
  /** The result is every row (a list), not one row. */
  rows?: boolean;
}

const DOMAIN_TYPES =
  'HAS_AREA|ESTABLISHES|ISSUED_BY|APPLIES_TO|SETS_OUT|IMPLEMENTS|SUPERSEDES|AMENDS|PART_OF|WORKS_FOR|IN_FIELD|PILOTED_IN|SUPPORTS|SUB_INDUSTRY_OF|SUPPLIES|IN_INDUSTRY|LOCATED_IN';

/** A partial date's text as our API's Date scalar writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` by its precision. */
const PRECISION_LENGTH = (precision: string) => `CASE ${precision} WHEN 'YEAR' THEN 4 WHEN 'MONTH' THEN 7 ELSE 10 END`;

export const FLOOR_OPERATIONS: Record<string, FloorOperation> = {
  dashboard: {
    column: 'zone',
    cypher: `MATCH (z:Zone {id: $id})
RETURN z {
  .id, .nameEn, .nameZh, .shortName, launchedOn: toString(z.launchedOn),
  areas: COLLECT { MATCH (z)-[:HAS_AREA]->(a:ZoneArea) RETURN a {.id, .nameEn, .areaKm2} ORDER BY a.id LIMIT 20 },
  documents: COLLECT {
    MATCH (z)<-[:APPLIES_TO]-(d:PolicyDocument) WITH d ORDER BY d.id LIMIT 20
    RETURN d {.id, .titleEn, issuers: COLLECT { MATCH (d)-[:ISSUED_BY]->(i:Authority) RETURN i {.id, .nameEn} ORDER BY i.id LIMIT 20 }}
  },
  clusters: COLLECT {
    MATCH (z)<-[:LOCATED_IN]-(c:IndustrialCluster) WITH c ORDER BY c.id LIMIT 20
    RETURN c {.id, .nameEn, industries: COLLECT { MATCH (c)-[:IN_INDUSTRY]->(n:Industry) RETURN n {.id, .nameEn} ORDER BY n.id LIMIT 20 }}
  },
  measures: COLLECT { MATCH (z)<-[:PILOTED_IN]-(m:ReformMeasure) RETURN m {.id, .nameEn} ORDER BY m.id LIMIT 20 }
} AS zone`,
  },
  zonesOverview: {
    column: 'page',
    cypher: `CALL () { MATCH (z:Zone) RETURN count(z) AS totalCount }
CALL () {
  MATCH (z:Zone) WITH z ORDER BY z.id LIMIT $first
  RETURN collect(z {
    .id, .nameEn,
    areas: COUNT { (z)-[:HAS_AREA]->(:ZoneArea) },
    documents: COUNT { (z)<-[:APPLIES_TO]-(:PolicyDocument) },
    measures: COUNT { (z)<-[:PILOTED_IN]-(:ReformMeasure) },
    clusters: COUNT { (z)<-[:LOCATED_IN]-(:IndustrialCluster) }
  }) AS nodes
}
RETURN {totalCount: totalCount, nodes: nodes} AS page`,
  },
  researcherFilter: {
    column: 'page',
    cypher: `MATCH (:ReformField {id: $field})<-[:IN_FIELD]-(m:ReformMeasure)
WHERE EXISTS { (m)-[:PILOTED_IN]->(z:Zone) WHERE z.launchedOn <= date($launchedBefore) }
WITH m ORDER BY m.nameEn DESC, m.id DESC
WITH collect(m) AS matches
RETURN {totalCount: size(matches), nodes: [m IN matches[0..$first] | m {.id, .nameEn}], endCursor: last(matches[0..$first]).id} AS page`,
  },
  chain: {
    column: 'chain',
    cypher: `MATCH (s:Industry {id: $id})
OPTIONAL MATCH p = (s)-[:SUPPLIES*1..3]->(n:Industry)
WITH collect(p) AS paths
CALL (paths) {
  UNWIND paths AS p
  WITH last(nodes(p)) AS n, min(length(p)) AS depth
  RETURN collect({depth: depth, industry: {id: n.id, nameEn: n.nameEn}}) AS nodes
}
CALL (paths) {
  UNWIND paths AS p
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  RETURN collect({from: startNode(r).id, to: endNode(r).id, flow: r.flow}) AS links
}
RETURN {nodes: nodes, links: links} AS chain`,
  },
  path: {
    column: 'path',
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${DOMAIN_TYPES}*..4]-(b))
RETURN {
  length: length(p),
  nodes: [n IN nodes(p) | n.id],
  links: [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r)}]
} AS path`,
  },
  search: {
    column: 'hit',
    rows: true,
    cypher: `CALL db.index.fulltext.queryNodes('entitySearch', $text, {limit: $first}) YIELD node, score
RETURN {score: score, id: node.id, label: [l IN labels(node) WHERE l <> 'Entity'][0], name: coalesce(node.nameEn, node.titleEn)} AS hit`,
  },
  deepPage: {
    column: 'page',
    // Keyset: the 50th page starts after the id that ended the 49th (range-index seek, no skip).
    cypher: `MATCH (m:ReformMeasure) WHERE m.id > $after
WITH m ORDER BY m.id LIMIT $first
WITH collect(m {.id, .nameEn}) AS nodes
RETURN {nodes: nodes, endCursor: last(nodes).id} AS page`,
  },
  groupedCount: {
    column: 'c',
    rows: true,
    // 'none' groups (a measure with no zone or no field) included, as the API counts them.
    cypher: `MATCH (m:ReformMeasure)
OPTIONAL MATCH (m)-[:PILOTED_IN]->(z:Zone)
OPTIONAL MATCH (m)-[:IN_FIELD]->(f:ReformField)
WITH z, f, count(m) AS count
ORDER BY count DESC, z.id, f.id LIMIT $first
RETURN {zone: z.id, field: f.id, count: count} AS c`,
  },
  neighbourhoodExpand: {
    column: 'zone',
    // The zone's label and facts, and one page of its measures with each PILOTED_IN link and the
    // link's sources read from their ids, as the explorer's expand asks of our API.
    cypher: `MATCH (z:Zone {id: $id})
RETURN z {
  .id, .nameEn, .nameZh, .kind, .shortName, .province, .batch, .areaKm2, .verified,
  approvedOn: toString(z.approvedOn), launchedOn: toString(z.launchedOn),
  measures: {
    totalCount: COUNT { (z)<-[:PILOTED_IN]-(:ReformMeasure) },
    edges: COLLECT {
      MATCH (z)<-[r:PILOTED_IN]-(m:ReformMeasure) WITH m, r ORDER BY m.id LIMIT $first
      RETURN {
        cursor: m.id,
        node: m {.id, .nameEn, .nameZh},
        link: {
          type: type(r), verified: r.verified, from: left(toString(r.from), ${PRECISION_LENGTH('r.fromPrecision')}), first: r.first,
          sources: COLLECT {
            UNWIND r.sources AS sid MATCH (s:Source {id: sid})
            RETURN s {.id, .code, .title, .url, .publisher, publishedOn: left(toString(s.publishedOn), ${PRECISION_LENGTH('s.publishedOnPrecision')})}
          }
        }
      }
    }
  }
} AS zone`,
  },
  dashboardChart: {
    column: 'g',
    rows: true,
    // As the API groups: 'none' groups included (OPTIONAL MATCH), ties by industry id then zone id, nulls last.
    cypher: `MATCH (n:IndustrialCluster)
OPTIONAL MATCH (n)-[:IN_INDUSTRY]->(i:Industry)
OPTIONAL MATCH (n)-[:LOCATED_IN]->(z:Zone)
WITH i, z, count(n) AS c
ORDER BY c DESC, i.id, z.id LIMIT $first
RETURN {count: c, industry: i {.id, .nameEn, .nameZh}, zone: z {.id, .nameEn, .nameZh, .shortName}} AS g`,
  },
  newsTimeline: {
    column: 'timeline',
    // A zone counts an item naming it or one of its sub-areas, once (DISTINCT n, z), like src/graph/newsTimeline.ts.
    cypher: `CALL () {
  MATCH (n:NewsItem)-[:MENTIONS]->(m) WHERE m:Zone OR m:ZoneArea
  OPTIONAL MATCH (m)<-[:HAS_AREA]-(parent:Zone)
  WITH DISTINCT n, coalesce(parent, m) AS z
  WITH toString(n.broadcastOn.year) AS period, z, count(n) AS c
  ORDER BY period, z.id
  RETURN collect({period: period, start: period + '-01-01', count: c, zone: z {.id, .nameEn, .nameZh, .shortName}}) AS byZone
}
CALL () {
  MATCH (n:NewsItem)
  WITH toString(n.broadcastOn.year) AS period, count(n) AS c
  ORDER BY period
  RETURN collect({period: period, start: period + '-01-01', count: c}) AS overall
}
RETURN {byZone: byZone, all: overall} AS timeline`,
  },
  newsFilter: {
    column: 'page',
    cypher: `MATCH (:Zone {id: $zone})<-[:MENTIONS]-(n:NewsItem)
WHERE n.broadcastOn >= date($since)
WITH n ORDER BY n.broadcastOn DESC, n.id
WITH collect(n) AS matches
RETURN {totalCount: size(matches), nodes: [n IN matches[0..$first] | n {.id, broadcastOn: toString(n.broadcastOn), .headline}], endCursor: last(matches[0..$first]).id} AS page`,
  },
};
