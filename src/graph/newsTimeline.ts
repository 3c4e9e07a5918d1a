// The news timeline: news items counted per year or month, per zone or over all items, in one
// statement. A zone counts an item that names it or one of its sub-areas.
import { BadUserInputError, LimitExceededError } from '../errors.js';
import type { Executor } from './executor.js';

export type NewsPeriod = 'YEAR' | 'MONTH';

export interface NewsTimelineArgs {
  period: NewsPeriod;
  byZone: boolean;
  zones?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

export interface NewsTimelinePointRecord {
  period: string;
  start: string;
  zoneId: string | null;
  count: number;
}

/** The most zones one request may name (there are 23). */
export const MAX_TIMELINE_ZONES = 30;

/** The period's text, from a fixed table: the period is an enum, never spliced from input. */
const PERIOD_TEXT: Record<NewsPeriod, string> = {
  YEAR: 'toString(n.broadcastOn.year)',
  MONTH: "toString(n.broadcastOn.year) + '-' + right('0' + toString(n.broadcastOn.month), 2)",
};

/** The zone an item's mention stands for: the zone itself, or the zone of a named sub-area. */
const MENTIONED_ZONE = `MATCH (n)-[:MENTIONS]->(m) WHERE m:Zone OR m:ZoneArea
OPTIONAL MATCH (m)<-[:HAS_AREA]-(parent:Zone)
WITH DISTINCT n, coalesce(parent, m) AS z
WHERE $zones IS NULL OR z.id IN $zones`;

/** The item names one of $zones or one of their sub-areas. */
const NAMES_A_ZONE = `EXISTS { MATCH (n)-[:MENTIONS]->(m) WHERE (m:Zone AND m.id IN $zones) OR (m:ZoneArea AND EXISTS { MATCH (m)<-[:HAS_AREA]-(z:Zone) WHERE z.id IN $zones }) }`;

export function buildNewsTimelineStatement(args: NewsTimelineArgs): { cypher: string; params: Record<string, unknown> } {
  const period = PERIOD_TEXT[args.period];
  if (!period) throw new BadUserInputError(`Unknown period ${String(args.period)}.`, { argument: 'period' });
  const zones = args.zones ?? null;
  if (zones?.length === 0) throw new BadUserInputError('zones takes at least one id (omit it for every zone).', { argument: 'zones' });
  if (zones && zones.length > MAX_TIMELINE_ZONES)
    throw new LimitExceededError(`zones takes 1 to ${MAX_TIMELINE_ZONES} ids; got ${zones.length}.`, { limit: 'timelineZones', max: MAX_TIMELINE_ZONES, requested: zones.length });
  const dated = `MATCH (n:NewsItem)
WHERE ($from IS NULL OR n.broadcastOn >= date($from)) AND ($to IS NULL OR n.broadcastOn <= date($to))`;
  const cypher = args.byZone
    ? `${dated}
${MENTIONED_ZONE}
WITH ${period} AS period, z.id AS zone, count(n) AS c
RETURN period, zone, c ORDER BY period, zone`
    : `${dated}${zones ? `\n  AND ${NAMES_A_ZONE}` : ''}
WITH ${period} AS period, count(n) AS c
RETURN period, null AS zone, c ORDER BY period`;
  return { cypher, params: { from: args.from ?? null, to: args.to ?? null, zones: zones ? [...zones] : null } };
}

export async function readNewsTimeline(executor: Executor, args: NewsTimelineArgs): Promise<NewsTimelinePointRecord[]> {
  const { cypher, params } = buildNewsTimelineStatement(args);
  const records = await executor.read<{ period: string; zone: string | null; c: number }>(cypher, params);
  return records.map((r) => {
    const period = r.get('period');
    return { period, start: period.length === 4 ? `${period}-01-01` : `${period}-01`, zoneId: r.get('zone'), count: r.get('c') };
  });
}
