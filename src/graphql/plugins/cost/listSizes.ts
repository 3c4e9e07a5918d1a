// How many items each list can return per parent: the page size its resolver will use,
// capped by what the graph can hold there (degree statistics, when they could be read), and
// the scope a traversal opens for the lists beneath it.
import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { checkFirst } from '../../../graph/aggregates.js';
import type { DegreeStatsRecord } from '../../../graph/degreeStats.js';
import { ENTITY_LABELS, type EntityLabel } from '../../../graph/model.js';
import { MAX_TIMELINE_ZONES } from '../../../graph/newsTimeline.js';
import { MAX_PAGE_SIZE, toPageWindow } from '../../../graph/pagination.js';
import { CHAIN_HOPS, NEIGHBORHOOD_HOPS, NEIGHBORHOOD_LIMIT, PATH_HOPS, PATH_LIMIT, TRAVERSED_LABELS } from '../../../graph/traversal/index.js';
import type { IntrospectionSizes } from './introspectionSizes.js';

/** A list the cost model knows nothing better of (admin lists, a link's sources without statistics). */
const UNKNOWN_LIST = 10;

/** What sizing a list reads of the walk (computeCost.ts): the graph's statistics and the introspection sizes. */
export interface SizeContext {
  stats: DegreeStatsRecord | null;
  introspection: IntrospectionSizes;
}

/** What an enclosing traversal says about the lists beneath it. */
export type Scope =
  | { kind: 'chain'; hops: number; both: boolean }
  | { kind: 'paths'; hops: number }
  | { kind: 'neighborhood'; hops: number; limit: number }
  | { kind: 'groups'; dimensions: number }
  | { kind: 'series'; series: number; observations: number }
  | undefined;

/** A resolver-side rule applied to the arguments: the size it will use, or undefined when it refuses them (nothing runs). */
function sizeBy(rule: () => number): number | undefined {
  try {
    return rule();
  } catch {
    return undefined;
  }
}

/** An integer bound the traversal resolvers accept (1..max, default when null). */
function boundOf(value: unknown, bound: { default: number; max: number }): number | undefined {
  const n = typeof value === 'number' ? value : bound.default;
  return n >= 1 && n <= bound.max ? n : undefined;
}

/** The entity label a connection or list field returns, from its `nodes` (or own) type. */
function labelOfList(field: GraphQLField<unknown, unknown>): EntityLabel | undefined {
  const type = getNamedType(field.type);
  const nodes = isObjectType(type) ? type.getFields().nodes : undefined;
  const name = nodes ? getNamedType(nodes.type).name : type.name;
  return (ENTITY_LABELS as readonly string[]).includes(name) ? (name as EntityLabel) : undefined;
}

const capBy = (n: number, cap: number | undefined) => (cap === undefined ? n : Math.min(n, cap));

/**
 * How many items a field can return per parent (1 for a single object), or undefined when
 * its resolver will refuse the arguments; and the scope it opens for the lists beneath it.
 */
export function sizeOf(
  walk: SizeContext,
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  scope: Scope,
): { size: number | undefined; scope: Scope } {
  const { stats } = walk;
  const key = `${parent.name}.${field.name}`;
  const introspected = walk.introspection[key];
  if (introspected !== undefined) return { size: introspected, scope };

  switch (key) {
    case 'Query.industryChain': {
      const hops = boundOf(args.maxHops, CHAIN_HOPS);
      return { size: hops && 1, scope: hops ? { kind: 'chain', hops, both: args.direction === 'BOTH' } : undefined };
    }
    case 'Query.paths': {
      const hops = boundOf(args.maxHops, PATH_HOPS);
      const limit = boundOf(args.limit, PATH_LIMIT);
      return { size: hops && limit, scope: hops ? { kind: 'paths', hops } : undefined };
    }
    case 'Query.neighborhood': {
      const hops = boundOf(args.hops, NEIGHBORHOOD_HOPS);
      const limit = boundOf(args.limit, NEIGHBORHOOD_LIMIT);
      return { size: hops && limit && 1, scope: hops && limit ? { kind: 'neighborhood', hops, limit } : undefined };
    }
    case 'Query.search':
      // The resolver's own rule: the page rule with a default of 10 (the SDL's), then the page cap.
      return { size: sizeBy(() => Math.min(toPageWindow({ first: args.first as number | null }, defaultOf(field, 10)).first, MAX_PAGE_SIZE)), scope };
    case 'Query.distinctValues':
      return { size: sizeBy(() => checkFirst(args.first as number | null, defaultOf(field, 100))), scope };
    case 'Query.indicatorSeries': {
      const metrics = Array.isArray(args.metrics) ? args.metrics.length : 1;
      const subject = typeof args.subject === 'string';
      // Every series holds at least one point and every point is an observation of one of the
      // requested metrics: their observations bound the series and the points together.
      const observations = stats ? readObservationsOf(args.metrics, stats) : 0;
      const series = stats ? Math.max(1, Math.min(metrics * (subject ? 1 : observations), observations)) : metrics;
      return { size: series, scope: { kind: 'series', series, observations } };
    }
    case 'Query.newsTimeline': {
      // A point is a (period, zone) with at least one item, or a period: never more points than
      // the periods the broadcasts span (within from/to) times the zones asked for (every zone
      // when none are named), nor than items times zones. Bounding by items alone refused the
      // dashboard's own chart once there were 2,000 items (a 1.2M cost for 441 possible points).
      const zones = Array.isArray(args.zones) ? args.zones.length : stats ? stats.nodes.Zone : MAX_TIMELINE_ZONES;
      const items = stats ? stats.nodes.NewsItem : MAX_PAGE_SIZE;
      const periods = timelinePeriods(stats?.newsYears, args);
      const points = Math.min(items, periods ?? items);
      return { size: Math.max(1, args.byZone === false ? points : points * zones), scope };
    }
    case 'Query.graphStats':
      return { size: 1, scope };
    case 'GraphStats.labels':
      return { size: ENTITY_LABELS.length, scope };
    case 'IndicatorSeries.points':
      // Each observation is a point of exactly one series: all the series together hold at
      // most every observation, so the points per series times the series is that total.
      if (!stats) return { size: MAX_PAGE_SIZE, scope };
      return { size: Math.max(1, Math.ceil((scope?.kind === 'series' ? scope.observations : stats.nodes.Observation) / (scope?.kind === 'series' ? scope.series : 1))), scope };
    case 'GroupCount.keys':
      return { size: scope?.kind === 'groups' ? scope.dimensions : 3, scope };
  }
  if (field.args.some((a) => a.name === 'by') && getNamedType(field.type).name === 'GroupCount') {
    const label = whereLabel(field);
    const groups = sizeBy(() => checkFirst(args.first as number | null, defaultOf(field, 100)));
    const dimensions = Array.isArray(args.by) ? args.by.length : 1;
    // Never more groups than nodes to group.
    return { size: groups === undefined ? undefined : capBy(groups, stats && label ? stats.nodes[label] : undefined), scope: { kind: 'groups', dimensions } };
  }

  if (scope?.kind === 'chain') {
    // Without statistics, the old bound: ten industries per hop and side.
    const perSide = 10 * scope.hops;
    const fallback = scope.both ? 2 * perSide : perSide;
    if (key === 'IndustryChain.nodes') return { size: stats ? stats.nodes.Industry : fallback, scope };
    if (key === 'IndustryChain.links') return { size: stats ? stats.chainLinks : fallback, scope };
    if (key === 'ChainNode.zones' || key === 'ChainNode.clusters') {
      if (!stats) return { size: UNKNOWN_LIST, scope };
      // Charged as a share of what all the chain's industries can hold together, not as every
      // industry having the busiest one's clusters (that made a 3-hop chain at 100k nodes cost
      // 547,693 and be refused): each IN_INDUSTRY link puts one cluster in one industry, and
      // an (industry, zone) pair needs a cluster located in the zone.
      const clusters = key === 'ChainNode.clusters';
      const together = clusters ? stats.clusterIndustryLinks : stats.clusterIndustryLinks * Math.max(1, stats.maxDegree['IndustrialCluster.zone'] ?? 1);
      const busiest = stats.maxDegree[clusters ? 'Industry.clusters' : 'Industry.zones'] ?? 0;
      return { size: Math.min(busiest, Math.ceil(together / Math.max(1, stats.nodes.Industry))), scope };
    }
  }
  if (scope?.kind === 'paths') {
    if (key === 'Path.nodes') return { size: scope.hops + 1, scope };
    if (key === 'Path.links') return { size: scope.hops, scope };
  }
  if (scope?.kind === 'neighborhood') {
    const reachable = stats ? TRAVERSED_LABELS.reduce((n, l) => n + stats.nodes[l], 0) : Infinity;
    const nodes = Math.min(scope.limit + 1, reachable);
    if (key === 'Subgraph.nodes') return { size: nodes, scope };
    // Every link among the nodes: no more than the graph has, nor than their degrees allow.
    if (key === 'Subgraph.links') return { size: stats ? Math.min(stats.traversedLinks, nodes * stats.maxTraversedDegree) : nodes * scope.hops, scope };
  }
  // A chain's links are SUPPLIES links: charged by the most sources one of those cites.
  if (key === 'Link.sources' && scope?.kind === 'chain' && stats) return { size: stats.maxChainLinkSources, scope };
  if (key === 'Link.sources' || key === 'Observation.sources') {
    const degrees = stats
      ? Object.entries(stats.maxDegree)
          .filter(([k]) => k.endsWith('.sources'))
          .map(([, n]) => n)
      : [];
    const sources = degrees.length ? Math.max(...degrees) : UNKNOWN_LIST;
    return { size: sources, scope };
  }

  if (field.args.some((a) => a.name === 'first')) {
    // The data layer's page rule: `first: null` (or a missing variable) is its default page.
    const page = sizeBy(() => toPageWindow({ first: args.first as number | null }, defaultOf(field, 20)).first);
    if (page === undefined || !stats) return { size: page, scope };
    const label = labelOfList(field);
    const degree = parent.name === 'Query' ? (label ? stats.nodes[label] : undefined) : stats.maxDegree[key];
    return { size: capBy(page, degree), scope };
  }
  // A page's own lists hold the items its field was charged for.
  if (/(Connection|Page)$/.test(parent.name)) return { size: 1, scope };
  // Other lists of objects (admin lists): a fixed guess; single objects: 1.
  const listed = field.type.toString().includes('[');
  return { size: listed ? UNKNOWN_LIST : 1, scope };
}

/** Observations of the requested metric slugs (unknown slugs have none; a non-list argument counts every observation). */
function readObservationsOf(metrics: unknown, stats: DegreeStatsRecord): number {
  if (!Array.isArray(metrics)) return stats.nodes.Observation;
  return [...new Set(metrics)].reduce((n: number, m) => n + (typeof m === 'string' ? (stats.observationsByMetric[m] ?? 0) : 0), 0);
}

/** The SDL default of `first` (what an omitted argument means), else the given one. */
function defaultOf(field: GraphQLField<unknown, unknown>, fallback: number): number {
  const d = field.args.find((a) => a.name === 'first')?.defaultValue;
  return typeof d === 'number' ? d : fallback;
}

function whereLabel(field: GraphQLField<unknown, unknown>): EntityLabel | undefined {
  const where = field.args.find((a) => a.name === 'where');
  const name = where ? getNamedType(where.type).name.replace(/Where$/, '') : '';
  return (ENTITY_LABELS as readonly string[]).includes(name) ? (name as EntityLabel) : undefined;
}

/** How many periods a timeline can have: the broadcast years within from/to, or their months; undefined when unknown. */
function timelinePeriods(years: DegreeStatsRecord['newsYears'], args: Record<string, unknown>): number | undefined {
  if (!years) return years === null ? 1 : undefined;
  const yearOf = (d: unknown) => (typeof d === 'string' && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : undefined);
  const first = Math.max(years.first, yearOf(args.from) ?? years.first);
  const last = Math.min(years.last, yearOf(args.to) ?? years.last);
  const spanned = Math.max(1, last - first + 1);
  return args.period === 'MONTH' ? spanned * 12 : spanned;
}
