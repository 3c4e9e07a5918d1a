// Industrial chains along SUPPLIES, in one query: the industries an industry's chain reaches
// up- and downstream, the links between them, and where each is placed.
import neo4j from 'neo4j-driver';
import type { Executor } from '../executor.js';
import { indent } from '../filters/index.js';
import { relationField, targetLabelOf, type EntityLabel } from '../model.js';
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

/** Which of each chain node's lists to read: each costs a walk from every industry, and the nodes found. */
export interface ChainPlacements {
  zones: boolean;
  clusters: boolean;
}

const ALL_PLACEMENTS: ChainPlacements = { zones: true, clusters: true };

/**
 * The industries one direction reaches, nearest first, as `{node, depth}`: a shortest
 * SUPPLIES path from any seed to each, kept when it is within `$hops` (the same nodes and
 * depths as a breadth-first walk: checked for every industry, direction and bound). Planning
 * was the cost: the six written-out breadth-first steps per walk took the planner 1.4-1.9 s
 * for the six chain texts; this takes 0.5-1.1 s, and 30 requests at once against a cold plan
 * cache (each alias plans its own copy) 1.9-2.5 s instead of 2.6-5.4 s. The quantifier's
 * bound must be a literal, so it is the cap, and `$hops` filters.
 */
function renderChainWalk(arrow: '->' | '<-'): string {
  const step = arrow === '->' ? `-[:${SUPPLIES}]->` : `<-[:${SUPPLIES}]-`;
  return `COLLECT {
    UNWIND seeds AS s
    MATCH p = ANY SHORTEST (s)${step}{1,${CHAIN_HOPS.max}}(n:${INDUSTRY})
    WHERE NOT n IN seeds
    WITH n, min(length(p)) AS depth
    WHERE depth <= $hops
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
 * - Nodes and links come back as property maps: whole nodes and relationships carry element
 *   ids the API never shows, and took about 40% longer to send and decode.
 * - Only the walk the direction needs is written.
 * So one text per direction and choice of placements: at most twelve.
 */
function renderChainCypher(direction: ChainDirection, placements: ChainPlacements): string {
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
  const distinct = (pattern: string) => `[n IN COLLECT { UNWIND ${industries} AS p MATCH ${pattern} RETURN DISTINCT n } | properties(n)]`;
  const placed = [...(placements.clusters ? [`clusters: ${ids(clusters.pattern)}`] : []), ...(placements.zones ? [`zones: ${ids(zones.pattern)}`] : [])];
  return `MATCH (root:${INDUSTRY} {id: $id})
WITH root, CASE WHEN EXISTS { (root)-[:${SUPPLIES}]-() } THEN [root]
  ELSE [root] + COLLECT { MATCH (root)<-[:${SUB_INDUSTRY_OF}]-(s:${INDUSTRY}) RETURN s ORDER BY s.id } END AS seeds
WITH root, seeds${down ? `, ${renderChainWalk('->')} AS down` : ''}${up ? `, ${renderChainWalk('<-')} AS up` : ''}
WITH root, ${entries.join('\n  + ')} AS entries,
  COLLECT {
    ${indent(linkSearches.join('\nUNION\n'))}
  } AS links
RETURN properties(root) AS root,
  [e IN entries | {node: properties(e.node), depth: e.depth, side: e.side}] AS nodes,
  [r IN links | {r: properties(r), from: startNode(r).id, to: endNode(r).id}] AS links,
  ${placed.length ? `COLLECT { UNWIND ${industries} AS p WITH DISTINCT p RETURN {industry: p.id, ${placed.join(', ')}} AS placement }` : '[]'} AS placements,
  ${placements.clusters ? distinct(clusters.pattern) : '[]'} AS clusters,
  ${placements.zones ? distinct(zones.pattern) : '[]'} AS zones`;
}

const chainCyphers = new Map<string, string>();
function chainCypher(direction: ChainDirection, placements: ChainPlacements): string {
  const key = `${direction}/${placements.zones}/${placements.clusters}`;
  let text = chainCyphers.get(key);
  if (!text) chainCyphers.set(key, (text = renderChainCypher(direction, placements)));
  return text;
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
 * The chain from an industry, or null when no industry has the id. Zones and clusters are
 * read only when `placements` asks for them; otherwise every node's lists are empty.
 */
export async function readIndustryChain(executor: Executor, args: IndustryChainArgs, placements: ChainPlacements = ALL_PLACEMENTS): Promise<IndustryChainRecord | null> {
  checkId('id', args.id, INDUSTRY);
  const maxHops = checkBound('maxHops', args.maxHops, CHAIN_HOPS);
  const direction = args.direction ?? 'DOWNSTREAM';
  const records = await executor.read<RawChain>(chainCypher(direction, placements), { id: args.id, hops: neo4j.int(maxHops) });
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
