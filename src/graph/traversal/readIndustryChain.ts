// Industrial chains along SUPPLIES, in one query: the industries an industry's chain reaches
// up- and downstream, the links between them, and where each is placed.
import neo4j from 'neo4j-driver';
import type { Executor } from '../executor.js';
import { createTextCache, indent } from '../filters/index.js';
import { relationField, targetLabelOf, type EntityLabel } from '../model.js';
import type { ChainPlan } from '../plan.js';
import { renderLiteralProjection } from '../projection.js';
import { toEntityRecord, toLinkRecord, type EntityRecord, type LinkRecord } from '../records.js';
import { CHAIN_HOPS, checkBound, checkId, compareLinks, compareStrings, INDUSTRY, SUB_INDUSTRY_OF, SUPPLIES } from './traversalRules.js';

export type ChainDirection = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';
export type ChainSide = 'ROOT' | 'UPSTREAM' | 'DOWNSTREAM';

export interface ChainNodeRecord {
  industry: EntityRecord;
  side: ChainSide;
  depth: number;
  zones: EntityRecord[];
  clusters: EntityRecord[];
}

export interface ChainLinkRecord {
  from: EntityRecord;
  to: EntityRecord;
  link: LinkRecord;
}

export interface IndustryChainRecord {
  root: EntityRecord;
  nodes: ChainNodeRecord[];
  links: ChainLinkRecord[];
}

const clusters = relationField('Industry.clusters');
const zones = relationField('Industry.zones');

/**
 * The industries one direction reaches, nearest first, as `{node, depth}`: the shortest
 * SUPPLIES path from any seed to each within `hops` (the same nodes and depths as a
 * breadth-first walk: checked for every industry, direction and bound). A quantifier's bound
 * must be a literal, so the text is written for the asked bound, a checked integer of
 * CHAIN_HOPS (at most six texts per selection, each planned once). Writing the cap (6) and
 * filtering by `$hops` searched every industry six hops out to keep those three out: 23 ms
 * against 12 ms per statement for the benchmark's 3-hop chain at the small scale.
 * Up to SHORT_WALK hops every path is enumerated and the shortest kept per industry (143
 * paths for that chain: 5.3 ms, the floor's `*1..3` 5.0 ms, where ANY SHORTEST took 7.8 ms);
 * beyond it the paths grow as degree^hops (8,536 at 6 hops there, 64 million for a degree of
 * 20) while a shortest-path search grows with the industries reached, so it takes over.
 */
const SHORT_WALK = 3;
function renderChainWalk(arrow: '->' | '<-', hops: number): string {
  const step = arrow === '->' ? `-[:${SUPPLIES}]->` : `<-[:${SUPPLIES}]-`;
  const selector = hops <= SHORT_WALK ? '' : 'ANY SHORTEST ';
  return `COLLECT {
    UNWIND seeds AS s
    MATCH p = ${selector}(s)${step}{1,${hops}}(n:${INDUSTRY})
    WHERE NOT n IN seeds
    WITH n, min(length(p)) AS depth
    RETURN {node: n, depth: depth} AS e ORDER BY depth, n.id
  }`;
}

/**
 * The chain in one query. The walk starts from `seeds`: the root, plus its direct
 * sub-industries when the root has no SUPPLIES link of its own (a top-level industry).
 * A link is on a chain path within the bound exactly when its upstream end is a seed or a
 * downstream node nearer than the bound (downstream walk), or its downstream end is a seed
 * or an upstream node nearer than the bound (upstream walk); so links need no path search.
 *
 * What is measured to matter (100k-node graph, 3 hops down: 120 industries, 150 links):
 * - Zones and clusters are read only when asked for: they were most of the cost (about ten
 *   of each per industry, the same zones over and over). When asked, each industry gets
 *   their ids, and each zone or cluster is returned once, not once per industry.
 * - Nodes and links come back as maps of the selected properties only: whole nodes and
 *   relationships carry element ids the API never shows, and took about 40% longer to send
 *   and decode; every property of 72 industries and 136 links, where a query asked for two,
 *   was most of the rest of the decoding and shaping.
 * - Only the walk the direction needs is written.
 * So one text per direction, bound and selection (kept for the most recent ones).
 */
function renderChainCypher(direction: ChainDirection, hops: number, plan: ChainPlan): string {
  const down = direction !== 'UPSTREAM';
  const up = direction !== 'DOWNSTREAM';
  const reached = (walk: string) => `seeds + [e IN ${walk} WHERE e.depth < $hops | e.node]`;
  const linkSearches = [
    ...(down ? [`UNWIND ${reached('down')} AS a MATCH (a)-[r:${SUPPLIES}]->(:${INDUSTRY}) RETURN r`] : []),
    ...(up ? [`UNWIND ${reached('up')} AS b MATCH (:${INDUSTRY})-[r:${SUPPLIES}]->(b) RETURN r`] : []),
  ];
  const entries = [
    `[s IN seeds | {node: s, depth: 0, side: 'ROOT'}]`,
    ...(down ? [`[e IN down | e {.*, side: 'DOWNSTREAM'}]`] : []),
    ...(up ? [`[e IN up | e {.*, side: 'UPSTREAM'}]`] : []),
  ];
  const industries = `[e IN entries | e.node]`;
  const ids = (pattern: string) => `COLLECT { MATCH ${pattern} RETURN DISTINCT n.id AS nid ORDER BY nid }`;
  const distinct = (pattern: string, label: EntityLabel, properties: readonly string[]) =>
    `[n IN COLLECT { UNWIND ${industries} AS p MATCH ${pattern} RETURN DISTINCT n } | ${renderLiteralProjection('n', label, properties)}]`;
  const placed = [...(plan.clusters ? [`clusters: ${ids(clusters.pattern)}`] : []), ...(plan.zones ? [`zones: ${ids(zones.pattern)}`] : [])];
  return `MATCH (root:${INDUSTRY} {id: $id})
WITH root, CASE WHEN EXISTS { (root)-[:${SUPPLIES}]-() } THEN [root]
  ELSE [root] + COLLECT { MATCH (root)<-[:${SUB_INDUSTRY_OF}]-(s:${INDUSTRY}) RETURN s ORDER BY s.id } END AS seeds
WITH root, seeds${down ? `, ${renderChainWalk('->', hops)} AS down` : ''}${up ? `, ${renderChainWalk('<-', hops)} AS up` : ''}
WITH root, ${entries.join('\n  + ')} AS entries,
  COLLECT {
    ${indent(linkSearches.join('\nUNION\n'))}
  } AS links
RETURN ${renderLiteralProjection('root', INDUSTRY, plan.industry)} AS root,
  [e IN entries | {node: ${renderLiteralProjection('e.node', INDUSTRY, plan.industry)}, depth: e.depth, side: e.side}] AS nodes,
  [r IN links | {r: ${renderLiteralProjection('r', null, plan.link)}, from: startNode(r).id, to: endNode(r).id}] AS links,
  ${placed.length ? `COLLECT { UNWIND ${industries} AS p WITH DISTINCT p RETURN {industry: p.id, ${placed.join(', ')}} AS placement }` : '[]'} AS placements,
  ${plan.clusters ? distinct(clusters.pattern, targetLabelOf(clusters), plan.clusters) : '[]'} AS clusters,
  ${plan.zones ? distinct(zones.pattern, targetLabelOf(zones), plan.zones) : '[]'} AS zones`;
}

/** Chain texts kept, by direction, bound and selection. */
const chainTexts = createTextCache();
function chainCypher(direction: ChainDirection, hops: number, plan: ChainPlan): string {
  // The bound is written into the text: only a checked integer may get there.
  if (!Number.isInteger(hops) || hops < 1 || hops > CHAIN_HOPS.max) throw new RangeError(`chain bound ${hops}`);
  return chainTexts(JSON.stringify([direction, hops, plan.industry, plan.link, plan.zones, plan.clusters]), () => renderChainCypher(direction, hops, plan));
}

type Properties = Record<string, unknown>;
type RawChainNode = { node: Properties; depth: number; side: ChainSide };
type RawChainLink = { r: Properties; from: string; to: string };
type RawPlacement = { industry: string; clusters?: string[]; zones?: string[] };
type RawChain = { root: Properties; nodes: RawChainNode[]; links: RawChainLink[]; placements: RawPlacement[]; clusters: Properties[]; zones: Properties[] };

const toEntityRecordOf = (label: EntityLabel) => (properties: Properties) => toEntityRecord({ labels: [label], properties });
const toIndustryRecord = toEntityRecordOf(INDUSTRY);

const SIDE_ORDER: Record<ChainSide, number> = { ROOT: 0, UPSTREAM: 1, DOWNSTREAM: 2 };

export interface IndustryChainArgs {
  id: string;
  direction?: ChainDirection | null;
  maxHops?: number | null;
}

/**
 * The chain from an industry, or null when no industry has the id. Only the properties
 * `plan` names are read (records hold those and `id`); zones and clusters only when it asks
 * for them, otherwise every node's lists are empty.
 */
export async function readIndustryChain(executor: Executor, args: IndustryChainArgs, plan: ChainPlan): Promise<IndustryChainRecord | null> {
  checkId('id', args.id, INDUSTRY);
  const maxHops = checkBound('maxHops', args.maxHops, CHAIN_HOPS);
  const direction = args.direction ?? 'DOWNSTREAM';
  const records = await executor.read<RawChain>(chainCypher(direction, maxHops, plan), { id: args.id, hops: neo4j.int(maxHops) });
  const record = records[0];
  if (!record) return null;

  const byIdOf = (label: EntityLabel, raw: Properties[]) => new Map(raw.map(toEntityRecordOf(label)).map((e) => [e.id, e]));
  const clustersById = byIdOf(targetLabelOf(clusters), record.get('clusters'));
  const zonesById = byIdOf(targetLabelOf(zones), record.get('zones'));
  const placementsById = new Map(record.get('placements').map((p) => [p.industry, p]));

  // An industry on both sides (a cycle through the root) is kept on the nearer one.
  const byId = new Map<string, ChainNodeRecord>();
  for (const raw of record.get('nodes')) {
    const industry = toIndustryRecord(raw.node);
    const known = byId.get(industry.id);
    const nearer = !known || raw.depth < known.depth || (raw.depth === known.depth && raw.side === 'DOWNSTREAM');
    if (nearer) {
      const placed = placementsById.get(industry.id);
      byId.set(industry.id, {
        industry,
        side: raw.side,
        depth: raw.depth,
        clusters: (placed?.clusters ?? []).map((id) => clustersById.get(id)!),
        zones: (placed?.zones ?? []).map((id) => zonesById.get(id)!),
      });
    }
  }
  const root = toIndustryRecord(record.get('root'));
  const nodes = [...byId.values()].sort(
    (a, b) =>
      Number(b.industry.id === root.id) - Number(a.industry.id === root.id) ||
      a.depth - b.depth ||
      SIDE_ORDER[a.side] - SIDE_ORDER[b.side] ||
      compareStrings(a.industry.id, b.industry.id),
  );
  const links = record
    .get('links')
    .map((raw) => ({ from: raw.from, to: raw.to, link: toLinkRecord({ type: SUPPLIES, properties: raw.r }, null)! }))
    .sort(compareLinks)
    .map((l) => ({ from: byId.get(l.from)!.industry, to: byId.get(l.to)!.industry, link: l.link }));
  return { root, nodes, links };
}
