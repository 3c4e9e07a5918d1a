// The news layer through the API, against the real Neo4j loaded from the seed: items by id, the
// `news` field of the entities they mention, the `newsItems` list with date and mention filters,
// the timeline, search over headlines, and the sub-areas' focus industries. Expected numbers
// are counted from the seed's own news files, so the test holds when the ingest is re-run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import type { RecordSet } from '../../src/records/schema.js';
import { readSeed } from '../../seed/readSeed.js';
import { gql, startTestApp } from '../support/graphqlClient.js';

let app: RunningApp;
const records: RecordSet = readSeed();
const items = records.newsItems;
const areasOf = (zone: string) => new Set(records.areas.filter((a) => a.zone === zone).map((a) => a.id));
/** Items naming the zone or one of its sub-areas, as the timeline counts them. */
const itemsOfZone = (zone: string) => items.filter((n) => n.mentions.some((m) => m.entity === zone || areasOf(zone).has(m.entity)));

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

type Edge = { node: { id: string }; link: { type: string; term: string | null; evidence: string | null; sources: Array<{ id: string }> } };

describe('the news layer', () => {
  it('holds at least 360 items, each mentioning at least one entity, from 2020 to 2026', async () => {
    const r = await gql<{ newsItems: { totalCount: number } }>(app, 'query NewsCount { newsItems { totalCount } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.newsItems.totalCount).toBe(items.length);
    expect(items.length).toBeGreaterThanOrEqual(360);
    expect(items.every((n) => n.mentions.length > 0)).toBe(true);
    expect(new Set(items.map((n) => n.broadcastOn.slice(0, 4)))).toEqual(new Set(['2020', '2021', '2022', '2023', '2024', '2025', '2026']));
    // No item from the corpus's gap (August to December 2020).
    expect(items.filter((n) => n.broadcastOn > '2020-08-01' && n.broadcastOn < '2021-01-01')).toEqual([]);
  });

  it("reads an item with its mentions: the Xinjiang FTZ's launch on 1 Nov 2023", async () => {
    const r = await gql<{
      newsItem: { id: string; broadcastOn: string; programme: string; headline: string; url: string; sources: { nodes: Array<{ id: string }> }; zones: { edges: Edge[] } };
    }>(
      app,
      `query NewsItemById($id: ID!) {
        newsItem(id: $id) {
          id broadcastOn programme headline url
          sources { nodes { id } }
          zones { edges { node { id } link { type term evidence sources { id } } } }
        }
      }`,
      { id: 'news:2023-11-01-7' },
    );
    expect(r.errors).toBeUndefined();
    const item = r.data!.newsItem;
    expect(item).toMatchObject({ broadcastOn: '2023-11-01', programme: '新闻联播', headline: '新疆自贸试验区挂牌成立' });
    expect(item.url).toMatch(/^https:\/\/tv\.cctv\.com\/2023\/11\/01\/VIDE\w+\.shtml$/);
    expect(item.sources.nodes).toEqual([{ id: 'source:xwlb-2023-11-01' }]);
    expect(item.zones.edges).toEqual([
      { node: { id: 'zone:xinjiang' }, link: { type: 'MENTIONS', term: '新疆自贸试验区', evidence: '新疆自贸试验区挂牌成立', sources: [{ id: 'source:xwlb-2023-11-01' }] } },
    ]);
  });

  it("an entity's news: the zone's items newest first, as many as the files hold", async () => {
    const direct = items.filter((n) => n.mentions.some((m) => m.entity === 'zone:xinjiang'));
    const r = await gql<{ zone: { news: { totalCount: number; nodes: Array<{ id: string; broadcastOn: string }> } } }>(
      app,
      `query ZoneNews { zone(id: "zone:xinjiang") { news(orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }], first: 100) { totalCount nodes { id broadcastOn } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const news = r.data!.zone.news;
    expect(news.totalCount).toBe(direct.length);
    expect(news.nodes.map((n) => n.id)).toContain('news:2023-11-01-7');
    const dates = news.nodes.map((n) => n.broadcastOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by date range and by what an item mentions', async () => {
    const r = await gql<{ day: { nodes: Array<{ id: string }> }; lingang: { totalCount: number } }>(
      app,
      `query NewsFilters {
        day: newsItems(where: { broadcastOn_gte: "2023-11-01", broadcastOn_lte: "2023-11-01" }) { nodes { id } }
        lingang: newsItems(where: { mentions_some: ["area:shanghai-lingang"] }) { totalCount }
      }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.day.nodes.map((n) => n.id)).toEqual(
      items
        .filter((n) => n.broadcastOn === '2023-11-01')
        .map((n) => n.id)
        .sort(),
    );
    const lingang = items.filter((n) => n.mentions.some((m) => m.entity === 'area:shanghai-lingang'));
    expect(lingang.length).toBeGreaterThan(20);
    expect(r.data!.lingang.totalCount).toBe(lingang.length);
  });

  it('refuses a mentions_some of more than 100 ids with LIMIT_EXCEEDED', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `zone:z${i}`);
    const r = await gql(app, 'query TooManyMentions($ids: [ID!]) { newsItems(where: { mentions_some: $ids }) { totalCount } }', { ids });
    expect(r.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it("an empty id list is bad input (BAD_USER_INPUT), not a limit: mentions_some and the timeline's zones", async () => {
    const none = await gql(app, 'query NoMentions { newsItems(where: { mentions_some: [] }) { totalCount } }');
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noZones = await gql(app, 'query NoZones { newsTimeline(zones: []) { period count } }');
    expect(noZones.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await gql(app, 'query TooManyZones($zones: [ID!]) { newsTimeline(zones: $zones) { period count } }', {
      zones: Array.from({ length: 31 }, (_, i) => `zone:z${i}`),
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('counts the timeline per year and zone, a sub-area mention counting for its zone', async () => {
    const r = await gql<{ newsTimeline: Array<{ period: string; start: string; zone: { id: string } | null; count: number }> }>(
      app,
      'query NewsTimeline { newsTimeline(period: YEAR, zones: ["zone:shanghai", "zone:hainan-ftp"]) { period start zone { id } count } }',
    );
    expect(r.errors).toBeUndefined();
    const expected = ['zone:hainan-ftp', 'zone:shanghai']
      .flatMap((zone) => {
        const byYear = new Map<string, number>();
        for (const n of itemsOfZone(zone)) byYear.set(n.broadcastOn.slice(0, 4), (byYear.get(n.broadcastOn.slice(0, 4)) ?? 0) + 1);
        return [...byYear].map(([period, count]) => ({ period, start: `${period}-01-01`, zone: { id: zone }, count }));
      })
      .sort((a, b) => a.period.localeCompare(b.period) || a.zone.id.localeCompare(b.zone.id));
    expect(r.data!.newsTimeline).toEqual(expected);
    // Lin-gang's items count for Shanghai even when they do not name the zone.
    expect(itemsOfZone('zone:shanghai').length).toBeGreaterThan(items.filter((n) => n.mentions.some((m) => m.entity === 'zone:shanghai')).length);
  });

  it('counts all items per month without zones', async () => {
    const r = await gql<{ newsTimeline: Array<{ period: string; zone: null; count: number }> }>(
      app,
      'query NewsMonths { newsTimeline(period: MONTH, byZone: false) { period zone { id } count } }',
    );
    expect(r.errors).toBeUndefined();
    const points = r.data!.newsTimeline;
    expect(points.reduce((s, p) => s + p.count, 0)).toBe(items.length);
    expect(points.every((p) => /^\d{4}-\d{2}$/.test(p.period) && p.zone === null)).toBe(true);
    expect(points.find((p) => p.period === '2023-11')!.count).toBe(items.filter((n) => n.broadcastOn.startsWith('2023-11')).length);
  });

  it('finds news items by headline in search', async () => {
    const r = await gql<{ search: Array<{ node: { __typename: string; id: string } }> }>(
      app,
      'query SearchNews { search(text: "新疆自贸试验区挂牌成立", types: [NEWS_ITEM], first: 3) { node { __typename id } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.search[0]!.node).toEqual({ __typename: 'NewsItem', id: 'news:2023-11-01-7' });
  });

  it("reads a sub-area's focus industries with their sources (Lin-gang)", async () => {
    const r = await gql<{ node: { focusIndustries: { edges: Array<{ node: { id: string }; link: { type: string; sources: Array<{ id: string }> } }> } } }>(
      app,
      'query AreaFocus { node(id: "area:shanghai-lingang") { ... on ZoneArea { focusIndustries(first: 50) { edges { node { id } link { type sources { id } } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const edges = r.data!.node.focusIndustries.edges;
    expect(edges).toHaveLength(12);
    const ic = edges.find((e) => e.node.id === 'industry:integrated-circuits')!;
    expect(ic.link.type).toBe('FOCUSES_ON');
    expect(ic.link.sources.map((s) => s.id).sort()).toEqual(['source:lgxc19', 'source:pd-lg']);
  });
});
