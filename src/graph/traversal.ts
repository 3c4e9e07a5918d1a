// Graph traversals: industrial chains along SUPPLIES, shortest paths between two entities,
// and an entity's neighbourhood. Each answers in one Neo4j query whatever the size of the
// result: walks are breadth-first, one level per step, with the steps written out up to the
// cap and skipped past the requested bound, so the bound stays a parameter and each shape of
// walk has one query text (Neo4j's plan cache is hit). Only `paths` writes its hop bound into
// the text, because allShortestPaths needs a literal bound.
import neo4j, { type Node as Neo4jNode, type Relationship } from 'neo4j-driver';
import { BadUserInputError, LimitExceededError } from '../errors.js';
import type { Executor } from './executor.js';
import { ENTITY, ENTITY_LABELS, labelOfId, relationField, RELATIONSHIP_TYPES, type EntityLabel, type RelationshipType } from './model.js';
import { toEntityRecord, toLinkRecord, type EntityRecord, type LinkRecord } from './records.js';

// ---- Rules shared by the walks ----------------------------------------------------------

/** Provenance: following it would join everything through shared sources. */
const PROVENANCE_TYPES: readonly RelationshipType[] = ['SOURCED_FROM', 'ABOUT'];
const PROVENANCE_LABELS: readonly EntityLabel[] = ['Source', 'Observation'];

/** The relationship types paths and neighbourhoods follow, as a Cypher type alternation. */
const TRAVERSED_TYPES = RELATIONSHIP_TYPES.filter((t) => !PROVENANCE_TYPES.includes(t)).join('|');
/** The labels a neighbourhood may reach when the caller does not narrow them. */
const TRAVERSED_LABELS = ENTITY_LABELS.filter((l) => !PROVENANCE_LABELS.includes(l));

const SUPPLIES: RelationshipType = 'SUPPLIES';
const SUB_INDUSTRY_OF: RelationshipType = 'SUB_INDUSTRY_OF';
const INDUSTRY: EntityLabel = 'Industry';

export const CHAIN_HOPS = { default: 3, max: 6 } as const;
export const PATH_HOPS = { default: 4, max: 6 } as const;
export const PATH_LIMIT = { default: 5, max: 20 } as const;
export const NEIGHBORHOOD_HOPS = { default: 1, max: 3 } as const;
export const NEIGHBORHOOD_LIMIT = { default: 50, max: 500 } as const;

/** An integer argument within 1..max: BAD_USER_INPUT below 1, LIMIT_EXCEEDED above max. */
function checkBound(argument: string, value: number | null | undefined, bound: { default: number; max: number }): number {
  const n = value ?? bound.default;
  if (n < 1) throw new BadUserInputError(`\`${argument}\` must be at least 1.`, { argument });
  if (n > bound.max)
    throw new LimitExceededError(`\`${argument}\` is ${n}, above the maximum of ${bound.max}.`, { limit: argument, max: bound.max, requested: n });
  return n;
}

function checkId(argument: string, id: string, label?: EntityLabel): void {
  const idLabel = labelOfId(id);
  if (!idLabel || (label && idLabel !== label)) throw new BadUserInputError(`\`${id}\` is not a valid ${label ?? 'entity'} id.`, { argument });
}

/**
 * One breadth-first step: from `frontier`, the not yet `seen` nodes one `step` away (a
 * pattern from `f` to `n`) that pass `filter`, by id, appended to `levels` as the next
 * level. The step is skipped (an empty level) once `levels` holds `$<hopsParam>` levels or
 * `guard` fails, so the work stops at the requested bound however many steps the text holds.
 */
function renderBfsStep(carry: string, step: string, hopsParam: string, { guard = 'true', filter = 'true' } = {}): string {
  return `WITH ${carry}, seen, frontier, levels, COLLECT {
    UNWIND CASE WHEN size(levels) < $${hopsParam} AND ${guard} THEN frontier ELSE [] END AS f
    MATCH ${step}
    WHERE NOT n IN seen AND ${filter}
    RETURN DISTINCT n ORDER BY n.id
  } AS next
WITH ${carry}, seen + next AS seen, next AS frontier, levels + [next] AS levels`;
}

/** Every level's nodes in order, each as `{node, depth}` (depth = level index + 1). */
const FLATTEN_LEVELS = (levels: string) => `reduce(acc = [], i IN range(0, size(${levels}) - 1) | acc + [x IN ${levels}[i] | {node: x, depth: i + 1}])`;

type RawLink = { r: Relationship; from: string; to: string };

/** A relationship between two ids, as read; its ends are then resolved to the entities read with it. */
interface IdLink {
  from: string;
  to: string;
  link: LinkRecord;
}

/** A relationship in a path or subgraph, with both ends as entities. */
export interface PathLinkRecord {
  from: EntityRecord;
  to: EntityRecord;
  link: LinkRecord;
}

function toIdLink(raw: RawLink): IdLink {
  return { from: raw.from, to: raw.to, link: toLinkRecord(raw.r, null)! };
}

/** The links with their ends taken from `nodes` (every end is among them: no further query). */
function toPathLinkRecords(links: IdLink[], nodes: EntityRecord[]): PathLinkRecord[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const end = (id: string) => {
    const node = byId.get(id);
    if (!node) throw new Error(`link end ${id} is not among the nodes read with it`);
    return node;
  };
  return links.map((l) => ({ from: end(l.from), to: end(l.to), link: l.link }));
}

/** Code-point order, as Cypher's ORDER BY sorts strings (localeCompare would skip hyphens). */
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const compareLinks = (a: IdLink, b: IdLink) =>
  compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.link.type, b.link.type);

// ---- Industrial chains ------------------------------------------------------------------

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
  const placed = [
    ...(placements.clusters ? [`clusters: ${ids(clusters.pattern)}`] : []),
    ...(placements.zones ? [`zones: ${ids(zones.pattern)}`] : []),
  ];
  return `MATCH (root:${INDUSTRY} {id: $id})
WITH root, CASE WHEN EXISTS { (root)-[:${SUPPLIES}]-() } THEN [root]
  ELSE [root] + COLLECT { MATCH (root)<-[:${SUB_INDUSTRY_OF}]-(s:${INDUSTRY}) RETURN s ORDER BY s.id } END AS seeds
WITH root, seeds${down ? `, ${renderChainWalk('->')} AS down` : ''}${up ? `, ${renderChainWalk('<-')} AS up` : ''}
WITH root, ${entries.join('\n  + ')} AS entries,
  COLLECT {
    ${linkSearches.join('\n    UNION\n    ')}
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
export async function readIndustryChain(
  executor: Executor,
  args: IndustryChainArgs,
  placements: ChainPlacements = ALL_PLACEMENTS,
): Promise<IndustryChainRecord | null> {
  checkId('id', args.id, INDUSTRY);
  const maxHops = checkBound('maxHops', args.maxHops, CHAIN_HOPS);
  const direction = args.direction ?? 'DOWNSTREAM';
  const records = await executor.read<RawChain>(chainCypher(direction, placements), { id: args.id, hops: neo4j.int(maxHops) });
  const record = records[0];
  if (!record) return null;

  const byIdOf = (label: EntityLabel, raw: Properties[]) => new Map(raw.map(toEntityRecordOf(label)).map((e) => [e.id, e]));
  const clustersById = byIdOf(clusters.target, record.get('clusters'));
  const zonesById = byIdOf(zones.target, record.get('zones'));
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

// ---- Shortest paths ---------------------------------------------------------------------

export interface PathRecord {
  length: number;
  nodes: EntityRecord[];
  links: PathLinkRecord[];
}

export interface PathsArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  limit?: number | null;
}

/**
 * How many shortest paths are read before ordering: between two hubs (a zone and an
 * industry at 1M nodes, say) there can be thousands of equally short paths (3,853 of
 * length 4 in the benchmark), and ordering them all would cost more than the few asked for
 * are worth (reading 1,000 took 26 ms where 100 take 16, and one shortest path 16). Past
 * this many, which paths come first is Neo4j's choice rather than id order.
 */
const PATH_CANDIDATES = 100;

// allShortestPaths takes no parameter for its upper bound, so the bound is written into the
// text. It is safe there: a validated integer in 1..PATH_HOPS.max, never user text; that
// gives at most PATH_HOPS.max query texts, each built once.
const pathsCyphers = new Map<number, string>();
function pathsCypher(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > PATH_HOPS.max) throw new Error(`unchecked hop bound ${maxHops}`);
  let text = pathsCyphers.get(maxHops);
  if (!text)
    pathsCyphers.set(
      maxHops,
      (text = `MATCH (a:${ENTITY} {id: $from}), (b:${ENTITY} {id: $to})
MATCH p = allShortestPaths((a)-[:${TRAVERSED_TYPES}*..${maxHops}]-(b))
WITH p LIMIT $candidates
WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT $limit
RETURN nodes(p) AS nodes, [r IN relationships(p) | {r: r, from: startNode(r).id, to: endNode(r).id}] AS links`),
    );
  return text;
}

/** The shortest paths between two entities; empty when either is absent or none is in reach. */
export async function readShortestPaths(executor: Executor, args: PathsArgs): Promise<PathRecord[]> {
  checkId('from', args.from);
  checkId('to', args.to);
  if (args.from === args.to) throw new BadUserInputError('`from` and `to` must be different entities.', { argument: 'to' });
  const maxHops = checkBound('maxHops', args.maxHops, PATH_HOPS);
  const limit = checkBound('limit', args.limit, PATH_LIMIT);
  const records = await executor.read<{ nodes: Neo4jNode[]; links: RawLink[] }>(pathsCypher(maxHops), {
    from: args.from,
    to: args.to,
    limit: neo4j.int(limit),
    candidates: neo4j.int(PATH_CANDIDATES),
  });
  return records.map((r) => {
    const nodes = r.get('nodes').map(toEntityRecord);
    const links = toPathLinkRecords(r.get('links').map(toIdLink), nodes);
    return { length: links.length, nodes, links };
  });
}

// ---- Neighbourhoods ---------------------------------------------------------------------

export interface SubgraphRecord {
  center: EntityRecord;
  nodes: EntityRecord[];
  links: PathLinkRecord[];
  truncated: boolean;
}

export interface NeighborhoodArgs {
  id: string;
  hops?: number | null;
  limit?: number | null;
  /** Labels that may be reached; null or empty for every label but provenance. */
  labels?: readonly EntityLabel[] | null;
}

/**
 * The neighbourhood in one query. A level is expanded only while no more than `limit`
 * neighbours are known: the next level is then needed to fill the limit or to tell
 * whether it was cut, and nothing beyond it.
 */
const NEIGHBORHOOD_CYPHER = `MATCH (c:${ENTITY} {id: $id})
WITH c, [c] AS seen, [c] AS frontier, [] AS levels
${Array.from({ length: NEIGHBORHOOD_HOPS.max }, () =>
  renderBfsStep('c', `(f)-[:${TRAVERSED_TYPES}]-(n:${ENTITY})`, 'hops', {
    guard: 'size(seen) <= $limit + 1',
    filter: 'any(l IN labels(n) WHERE l IN $labels)',
  }),
).join('\n')}
WITH c, ${FLATTEN_LEVELS('levels')} AS reached
WITH c, [c] + [e IN reached[0..$limit] | e.node] AS nodes, size(reached) > $limit AS truncated
RETURN c, nodes, truncated, COLLECT {
    UNWIND nodes AS a MATCH (a)-[r:${TRAVERSED_TYPES}]->(b) WHERE b IN nodes
    RETURN {r: r, from: a.id, to: b.id} AS link
  } AS links`;

/** An entity's surroundings, or null when no entity has the id. */
export async function readNeighborhood(executor: Executor, args: NeighborhoodArgs): Promise<SubgraphRecord | null> {
  checkId('id', args.id);
  const hops = checkBound('hops', args.hops, NEIGHBORHOOD_HOPS);
  const limit = checkBound('limit', args.limit, NEIGHBORHOOD_LIMIT);
  const labels = args.labels?.length ? args.labels : TRAVERSED_LABELS;
  const records = await executor.read<{ c: Neo4jNode; nodes: Neo4jNode[]; truncated: boolean; links: RawLink[] }>(NEIGHBORHOOD_CYPHER, {
    id: args.id,
    hops: neo4j.int(hops),
    limit: neo4j.int(limit),
    labels,
  });
  const record = records[0];
  if (!record) return null;
  const nodes = record.get('nodes').map(toEntityRecord);
  return {
    center: nodes[0]!,
    nodes,
    links: toPathLinkRecords(record.get('links').map(toIdLink).sort(compareLinks), nodes),
    truncated: record.get('truncated'),
  };
}
