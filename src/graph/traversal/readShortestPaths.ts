// Shortest paths between two entities, along every relationship but provenance.
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import { BadUserInputError } from '../../errors.js';
import type { Executor } from '../executor.js';
import { createTextCache } from '../filters/index.js';
import { ENTITY } from '../model.js';
import type { PathPlan } from '../plan.js';
import { renderLiteralProjection } from '../projection.js';
import { toEntityRecord, type EntityRecord } from '../records.js';
import { checkBound, checkId, PATH_HOPS, PATH_LIMIT, toIdLink, toPathLinkRecords, TRAVERSED_TYPES, type PathLinkRecord, type RawLink } from './traversalRules.js';

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
// text. It is safe there: a validated integer in 1..PATH_HOPS.max, never user text; one text
// per bound and selection, each built once.
// With a plan, nodes and links come back as maps of the selected properties (and the
// nodes' labels): whole nodes and relationships took 6.0 ms per statement for the
// benchmark's path at the small scale, the maps 4.9 ms (the floor's 4.5 ms).
const pathsTexts = createTextCache();
function pathsCypher(maxHops: number, plan: PathPlan | null): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > PATH_HOPS.max) throw new Error(`unchecked hop bound ${maxHops}`);
  return pathsTexts(JSON.stringify([maxHops, plan?.node, plan?.link]), () => {
    const nodes = plan?.node ? `[x IN nodes(p) | {n: ${renderLiteralProjection('x', 'any', plan.node)}, labels: labels(x)}]` : 'nodes(p)';
    const link = plan ? `{type: type(r), properties: ${renderLiteralProjection('r', null, plan.link)}}` : 'r';
    return `MATCH (a:${ENTITY} {id: $from}), (b:${ENTITY} {id: $to})
MATCH p = allShortestPaths((a)-[:${TRAVERSED_TYPES}*..${maxHops}]-(b))
WITH p LIMIT $candidates
WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)] LIMIT $limit
RETURN ${nodes} AS nodes, [r IN relationships(p) | {r: ${link}, from: startNode(r).id, to: endNode(r).id}] AS links`;
  });
}

/** The shortest paths between two entities; empty when either is absent or none is in reach. `plan`: read only what it names (null: whole nodes and links). */
export async function readShortestPaths(executor: Executor, args: PathsArgs, plan: PathPlan | null = null): Promise<PathRecord[]> {
  checkId('from', args.from);
  checkId('to', args.to);
  if (args.from === args.to) throw new BadUserInputError('`from` and `to` must be different entities.', { argument: 'to' });
  const maxHops = checkBound('maxHops', args.maxHops, PATH_HOPS);
  const limit = checkBound('limit', args.limit, PATH_LIMIT);
  const records = await executor.read<{ nodes: Array<Neo4jNode | { n: Record<string, unknown>; labels: string[] }>; links: RawLink[] }>(pathsCypher(maxHops, plan), {
    from: args.from,
    to: args.to,
    limit: neo4j.int(limit),
    candidates: neo4j.int(PATH_CANDIDATES),
  });
  return records.map((r) => {
    const nodes = r.get('nodes').map((x) => toEntityRecord('n' in x ? { labels: x.labels, properties: x.n } : x));
    const links = toPathLinkRecords(r.get('links').map(toIdLink), nodes);
    return { length: links.length, nodes, links };
  });
}
