// The news pipeline as a function: corpus → per-year news files + report text. No writing here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsItemRecord, NewsSourceRecord } from './newsFileSchema.js';
import type { FalseFriendReason, NewsDictionary } from './newsDictionary.js';
import { normalizeForMatch } from './newsDictionary.js';
import { compileMatcher, isPlaceId, type ItemMatch, matchItem, mayNamePlace } from './matchMentions.js';
import { readBroadcast } from './readBroadcast.js';
import { renderNewsFile, sourceForBroadcast } from './writeNewsFiles.js';
import { renderNewsReport } from './renderNewsReport.js';

/** Words that make an item FTZ-related even when it names no zone (used to count what was dropped). */
const FTZ_WORDS = ['自贸', '自由贸易'];

export interface IngestStats {
  broadcasts: number;
  firstDate: string;
  lastDate: string;
  itemsRead: number;
  itemsKeptByYear: Map<string, number>;
  /** Kept items that name no zone, port or sub-area: they speak of the pilot FTZs in general, name another entity, and their broadcast names a zone. */
  itemsKeptAsGeneral: number;
  mentionsByType: Map<string, number>;
  mentionsByEntity: Map<string, number>;
  /** FTZ-worded items dropped because they name no zone, port or sub-area, by why. */
  droppedItems: Map<string, number>;
  /** False-friend occurrences in FTZ-worded items, by reason. */
  falseFriends: Map<FalseFriendReason, number>;
  /** Contextual aliases seen without their context, by entity type. */
  withoutContext: Map<string, number>;
  /** Entities named in FTZ-worded items that were dropped (no zone, port or sub-area), by type. */
  mentionsInDroppedItems: Map<string, number>;
  sourcesReused: number;
  sourcesNew: number;
}

export interface IngestResult {
  /** File name (e.g. "2023.yaml", "report.md") → contents. */
  files: Map<string, string>;
  items: NewsItemRecord[];
  stats: IngestStats;
}

export interface BroadcastText {
  /** File name, e.g. 2021-03-05.md. */
  name: string;
  text: string;
}

export function readCorpus(corpusDir: string): BroadcastText[] {
  const dir = join(corpusDir, 'news');
  return readdirSync(dir)
    .filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const typeOf = (id: string) => id.slice(0, id.indexOf(':'));
const bump = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Runs the pipeline over the given transcripts; `knownSources` are the seed's source ids (reused, not repeated). */
export function ingestNews(broadcasts: BroadcastText[], dict: NewsDictionary, knownSources: ReadonlySet<string>): IngestResult {
  const matcher = compileMatcher(dict);
  // A title such as 关于做好自由贸易试验区第七批…的通知 is matched as the document, so its 自由贸易试验区 is
  // no false-friend hit; it still speaks of the pilot FTZs in general.
  const pilotFtzWords = dict.falseFriends.filter((f) => f.reason === 'pilot-ftzs').map((f) => normalizeForMatch(f.term));
  const speaksOfPilotFtzs = (m: ItemMatch) =>
    m.falseFriends.some((f) => f.reason === 'pilot-ftzs') || m.mentions.some((x) => !isPlaceId(x.entity) && pilotFtzWords.some((w) => normalizeForMatch(x.term).includes(w)));
  const stats: IngestStats = {
    broadcasts: broadcasts.length,
    firstDate: '',
    lastDate: '',
    itemsRead: 0,
    itemsKeptByYear: new Map(),
    itemsKeptAsGeneral: 0,
    mentionsByType: new Map(),
    mentionsByEntity: new Map(),
    droppedItems: new Map(),
    falseFriends: new Map(),
    withoutContext: new Map(),
    mentionsInDroppedItems: new Map(),
    sourcesReused: 0,
    sourcesNew: 0,
  };
  const items: NewsItemRecord[] = [];
  const newSourcesByYear = new Map<string, NewsSourceRecord[]>();
  const dates: string[] = [];
  for (const b of broadcasts) {
    const broadcast = readBroadcast(b.text, b.name);
    if (`${broadcast.date}.md` !== b.name) throw new Error(`${b.name}: title date ${broadcast.date} does not match the file name`);
    dates.push(broadcast.date);
    let cited = false;
    // The rule is per broadcast: an item that speaks of the pilot FTZs in general is kept only
    // when some item of the same broadcast names a zone, the port or a sub-area.
    const matches = broadcast.items.map((item) => (mayNamePlace(matcher, item) ? matchItem(matcher, item) : undefined));
    const broadcastNamesPlace = matches.some((m) => m?.mentions.some((x) => isPlaceId(x.entity)));
    for (const [k, item] of broadcast.items.entries()) {
      stats.itemsRead++;
      // Most items cannot name a place; skipping them keeps the whole corpus well under 10 s.
      const m = matches[k];
      if (!m) continue;
      const text = [item.subHeadline ?? item.headline, ...item.paragraphs].join('\n');
      const ftzWorded = FTZ_WORDS.some((w) => text.includes(w));
      if (ftzWorded) {
        for (const f of m.falseFriends) bump(stats.falseFriends, f.reason);
        for (const w of m.withoutContext) bump(stats.withoutContext, typeOf(w.entity));
      }
      const namesPlace = m.mentions.some((x) => isPlaceId(x.entity));
      const pilotFtzs = speaksOfPilotFtzs(m);
      const keptAsGeneral = !namesPlace && pilotFtzs && broadcastNamesPlace && m.mentions.length > 0;
      if ((!namesPlace && !keptAsGeneral) || item.url === undefined) {
        if (ftzWorded) for (const x of m.mentions) bump(stats.mentionsInDroppedItems, typeOf(x.entity));
        if (namesPlace || keptAsGeneral) bump(stats.droppedItems, 'kept by the rules but has no original link');
        else if (pilotFtzs) bump(stats.droppedItems, broadcastNamesPlace ? DROP_GENERAL_NO_ENTITY : DROP_GENERAL_NO_PLACE_IN_BROADCAST);
        else if (ftzWorded)
          bump(
            stats.droppedItems,
            dropReason(
              m.falseFriends.map((f) => f.reason),
              m.withoutContext.length > 0,
            ),
          );
        continue;
      }
      if (keptAsGeneral) stats.itemsKeptAsGeneral++;
      cited = true;
      const year = broadcast.date.slice(0, 4);
      bump(stats.itemsKeptByYear, year);
      for (const x of m.mentions) {
        bump(stats.mentionsByType, typeOf(x.entity));
        bump(stats.mentionsByEntity, x.entity);
      }
      items.push({
        id: `news:${broadcast.date}-${item.ordinal}`,
        broadcastOn: broadcast.date,
        programme: '新闻联播',
        headline: item.headline,
        ...(item.subHeadline !== undefined ? { subHeadline: item.subHeadline } : {}),
        url: item.url,
        sources: [`source:xwlb-${broadcast.date}`],
        mentions: m.mentions,
      });
    }
    if (!cited) continue;
    const source = sourceForBroadcast(broadcast.date);
    if (knownSources.has(source.id)) stats.sourcesReused++;
    else {
      stats.sourcesNew++;
      const year = broadcast.date.slice(0, 4);
      newSourcesByYear.set(year, [...(newSourcesByYear.get(year) ?? []), source]);
    }
  }
  dates.sort();
  stats.firstDate = dates[0] ?? '';
  stats.lastDate = dates.at(-1) ?? '';

  const files = new Map<string, string>();
  const years = [...new Set(items.map((i) => i.broadcastOn.slice(0, 4)))].sort();
  for (const year of years) {
    files.set(
      `${year}.yaml`,
      renderNewsFile(
        newSourcesByYear.get(year) ?? [],
        items.filter((i) => i.broadcastOn.startsWith(year)),
      ),
    );
  }
  files.set('report.md', renderNewsReport(stats, dict));
  return { files, items, stats };
}

export const DROP_GENERAL_NO_PLACE_IN_BROADCAST = 'the pilot FTZs in general, in a broadcast that names no zone, port or sub-area';
export const DROP_GENERAL_NO_ENTITY = 'the pilot FTZs in general, naming no entity';

/** Why an FTZ-worded item names no zone: the false friends it holds say which trap it is. */
function dropReason(reasons: FalseFriendReason[], hadContextual: boolean): string {
  if (reasons.includes('foreign')) return 'a foreign free trade zone or port only';
  if (reasons.includes('fta')) return 'free trade agreement (FTA) only, e.g. 中国—东盟自贸区 or RCEP';
  if (hadContextual) return 'a contextual alias without its context (南京片区 without 自贸, 自贸港 without 海南)';
  return 'no zone, port or sub-area named (bare 自贸区 / 自贸港, 自由贸易 as free trade, or a city name alone)';
}
