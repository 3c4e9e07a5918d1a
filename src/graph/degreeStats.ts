// What the graph can hold in each place a query can ask for a list: the node count per
// label (root lists), the most related nodes any parent has per relationship field, and
// what traversals can reach. The cost model charges a list by min(first, this), so the
// limit is fair to honest clients (a zone has at most 17 clusters, whatever `first` says)
// and still tight against queries that multiply pages. Read at start and again whenever the
// data-version stamp moves (each curated write moves it).
import neo4j from 'neo4j-driver';
import type { Executor } from './executor.js';
import { degreePattern, ENTITY, ENTITY_LABELS, hopDegreePattern, PROVENANCE_TYPES, RELATION_FIELDS, RELATIONSHIP_TYPES, type EntityLabel, type RelationField } from './model.js';

export interface DegreeStatsRecord {
  /** Nodes per label. */
  nodes: Record<EntityLabel, number>;
  /** Per relationship field (`Zone.clusters`): the most related nodes any one parent has. */
  maxDegree: Record<string, number>;
  /** SUPPLIES relationships: the most links an industrial chain can have. */
  chainLinks: number;
  /**
   * IN_INDUSTRY relationships: all the industries of a chain together have at most this many
   * clusters (each link puts one cluster in one industry).
   */
  clusterIndustryLinks: number;
  /** The most sources any one SUPPLIES link cites (a chain link's `sources`). */
  maxChainLinkSources: number;
  /** Observations per metric slug: what `indicatorSeries(metrics:)` can return at most. */
  observationsByMetric: Record<string, number>;
  /** Relationships that paths and neighbourhoods follow (all but provenance). */
  traversedLinks: number;
  /** The most such relationships any one entity has. */
  maxTraversedDegree: number;
  /** The years the news items' broadcasts span (null without items): a timeline has at most that many periods. */
  newsYears?: { first: number; last: number } | null;
  /** The data-version stamp read just before the statistics, or null when unknown. */
  dataVersion: string | null;
}

/** The relationships paths and neighbourhoods follow: all but provenance. */
const TRAVERSED = RELATIONSHIP_TYPES.filter((t) => !PROVENANCE_TYPES.includes(t)).join('|');

/** How many distinct nodes one parent `p` has through `field`, as a Cypher expression. */
function renderDegree(field: RelationField): string {
  // From the degree store when the type and direction only lead to the target label, or when
  // the field takes any label (a source's subjects): parallel links would count twice, which
  // only overestimates.
  const degree = degreePattern(field, 'p') ?? (field.target === 'any' ? hopDegreePattern(field, 'p') : undefined);
  return degree ? `COUNT { ${degree} }` : `COUNT { MATCH ${field.pattern} RETURN DISTINCT n }`;
}

/** One statement per label (each text fixed, so planned once): its count and each field's maximum degree. */
function renderLabelStatement(label: EntityLabel): { cypher: string; fields: string[] } {
  const fields = Object.entries(RELATION_FIELDS[label] as Record<string, RelationField>);
  const degrees = fields.map(([, f], i) => `max(${renderDegree(f)}) AS d${i}`);
  return { cypher: `MATCH (p:${label}) RETURN count(p) AS nodes${degrees.map((d) => `, ${d}`).join('')}`, fields: fields.map(([name]) => name) };
}

const LABEL_STATEMENTS = ENTITY_LABELS.map((label) => ({ label, ...renderLabelStatement(label) }));

const toNumber = (v: unknown): number => (typeof v === 'number' ? v : neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : 0);

/** Reads the statistics: one statement per label (a scan using degree counts where it can), then two more. */
export async function readDegreeStats(executor: Executor, dataVersion: string | null = null): Promise<DegreeStatsRecord> {
  const nodes = {} as Record<EntityLabel, number>;
  const maxDegree: Record<string, number> = {};
  for (const s of LABEL_STATEMENTS) {
    const [record] = await executor.read(s.cypher);
    nodes[s.label] = toNumber(record?.get('nodes'));
    for (const [i, field] of s.fields.entries()) maxDegree[`${s.label}.${field}`] = toNumber(record?.get(`d${i}`));
  }
  const [links] = await executor.read(
    `CALL { MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS chainLinks }
CALL { MATCH ()-[r:IN_INDUSTRY]->() RETURN count(r) AS clusterIndustryLinks }
CALL { MATCH ()-[r:SUPPLIES]->() RETURN max(size(coalesce(r.sources, []))) AS maxChainLinkSources }
CALL { MATCH ()-[r:${TRAVERSED}]->() RETURN count(r) AS traversedLinks }
CALL { MATCH (n:${ENTITY}) RETURN max(COUNT { (n)-[:${TRAVERSED}]-() }) AS maxTraversedDegree }
RETURN chainLinks, clusterIndustryLinks, maxChainLinkSources, traversedLinks, maxTraversedDegree`,
  );
  // The broadcast-date range index answers min and max without a scan.
  const [span] = await executor.read('MATCH (n:NewsItem) RETURN min(n.broadcastOn).year AS first, max(n.broadcastOn).year AS last');
  const observationsByMetric: Record<string, number> = {};
  for (const r of await executor.read<{ metric: string; n: number }>('MATCH (o:Observation) WHERE o.metric IS NOT NULL RETURN o.metric AS metric, count(*) AS n'))
    observationsByMetric[r.get('metric')] = toNumber(r.get('n'));
  return {
    nodes,
    maxDegree,
    chainLinks: toNumber(links?.get('chainLinks')),
    clusterIndustryLinks: toNumber(links?.get('clusterIndustryLinks')),
    maxChainLinkSources: toNumber(links?.get('maxChainLinkSources')),
    observationsByMetric,
    traversedLinks: toNumber(links?.get('traversedLinks')),
    maxTraversedDegree: toNumber(links?.get('maxTraversedDegree')),
    newsYears: span?.get('first') == null ? null : { first: toNumber(span.get('first')), last: toNumber(span.get('last')) },
    dataVersion,
  };
}

export interface DegreeStatsProvider {
  /** The statistics last read, or null while none could be read; never waits for Neo4j. */
  current(): DegreeStatsRecord | null;
  /** Reads them again now (after a write has committed). */
  refresh(): Promise<void>;
}

/**
 * Keeps the statistics current: `current()` at most every `checkEveryMs` starts a check in
 * the background; the statistics are re-read when the data-version stamp has moved, or when
 * they could not be read before (Neo4j was down at start). Failures keep the last statistics.
 */
export function createDegreeStatsProvider(
  executor: Executor,
  readDataVersion: (options?: { fresh?: boolean }) => Promise<string | null>,
  { checkEveryMs = 5_000 }: { checkEveryMs?: number } = {},
): DegreeStatsProvider {
  let stats: DegreeStatsRecord | null = null;
  let lastCheck = 0;
  let inFlight: Promise<void> | undefined;

  const reread = async (fresh: boolean) => {
    try {
      const version = await readDataVersion({ fresh });
      if (stats && version !== null && version === stats.dataVersion) return;
      stats = await readDegreeStats(executor, version);
    } catch {
      // Neo4j unreachable: keep what we had (or the page-size fallback) and try again later.
    }
  };
  const start = (fresh: boolean) => {
    lastCheck = Date.now();
    inFlight ??= reread(fresh).finally(() => (inFlight = undefined));
    return inFlight;
  };
  return {
    current() {
      if (Date.now() - lastCheck >= checkEveryMs) void start(false);
      return stats;
    },
    async refresh() {
      // A check already running may have read the stamp before the write: wait, then read again.
      await inFlight;
      await start(true);
    },
  };
}
