// Traversals (industryChain, paths, neighborhood) over HTTP against the real server and the
// seed graph. Expected chains are read off seed/data/industries/*.yaml (supplies: upstream →
// downstream) and the clusters in seed/data/zones/*.yaml.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { readSeed } from '../../seed/readSeed.js';
import { gql, startTestApp, type GraphQLResponse } from '../support/graphqlClient.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

interface ChainNode {
  industry: { id: string };
  side: 'ROOT' | 'UPSTREAM' | 'DOWNSTREAM';
  depth: number;
  zones: Array<{ id: string }>;
  clusters: Array<{ id: string }>;
}
interface ChainLink {
  from: { id: string };
  to: { id: string };
  link: { type: string; flow: string | null; editorial: boolean | null; sources: Array<{ id: string }> };
}
interface Chain {
  root: { id: string };
  nodes: ChainNode[];
  links: ChainLink[];
}
interface PathLink {
  from: { __typename: string; id: string };
  to: { __typename: string; id: string };
  link: { type: string; sources: Array<{ id: string }> };
}
interface Path {
  length: number;
  nodes: Array<{ __typename: string; id: string }>;
  links: PathLink[];
}
interface Subgraph {
  center: { id: string };
  nodes: Array<{ __typename: string; id: string }>;
  links: PathLink[];
  truncated: boolean;
}

const CHAIN = `query($id: ID!, $direction: ChainDirection, $maxHops: Int) {
  industryChain(id: $id, direction: $direction, maxHops: $maxHops) {
    root { id }
    nodes { industry { id } side depth zones { id } clusters { id } }
    links { from { id } to { id } link { type flow editorial sources { id } } }
  }
}`;
const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $limit: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
    length nodes { __typename id } links { from { __typename id } to { __typename id } link { type sources { id } } }
  }
}`;
const NEIGHBORHOOD = `query($id: ID!, $hops: Int, $limit: Int, $types: [EntityType!]) {
  neighborhood(id: $id, hops: $hops, limit: $limit, types: $types) {
    center { id } nodes { __typename id } links { from { __typename id } to { __typename id } link { type sources { id } } } truncated
  }
}`;

async function chain(id: string, direction: string, maxHops: number): Promise<{ chain: Chain; queries: number }> {
  const r = await gql<{ industryChain: Chain }>(app, CHAIN, { id, direction, maxHops });
  expect(r.errors).toBeUndefined();
  return { chain: r.data!.industryChain, queries: r.extensions!.neo4j!.queries };
}

/** `id → "SIDE depth"`, for comparing a whole chain at once. */
const placement = (c: Chain) => Object.fromEntries(c.nodes.map((n) => [n.industry.id, `${n.side} ${n.depth}`]));
const linkKeys = (c: Chain) => c.links.map((l) => `${l.from.id} -> ${l.to.id}`);
const codeOf = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;

describe('industryChain', () => {
  it('follows SUPPLIES downstream from a sub-industry, with shortest depths and the links within the bound', async () => {
    const { chain: c } = await chain('industry:drug-rd', 'DOWNSTREAM', 3);
    expect(c.root.id).toBe('industry:drug-rd');
    expect(placement(c)).toEqual({
      'industry:drug-rd': 'ROOT 0',
      'industry:clinical-trials': 'DOWNSTREAM 1',
      'industry:api-chemical-drugs': 'DOWNSTREAM 2',
      'industry:biologics-manufacturing': 'DOWNSTREAM 2',
      'industry:pharma-cold-chain-bonded-import': 'DOWNSTREAM 3',
    });
    // Root first, then by depth, then by id.
    expect(c.nodes.map((n) => n.industry.id)).toEqual([
      'industry:drug-rd',
      'industry:clinical-trials',
      'industry:api-chemical-drugs',
      'industry:biologics-manufacturing',
      'industry:pharma-cold-chain-bonded-import',
    ]);
    expect(linkKeys(c)).toEqual([
      'industry:api-chemical-drugs -> industry:pharma-cold-chain-bonded-import',
      'industry:biologics-manufacturing -> industry:pharma-cold-chain-bonded-import',
      'industry:clinical-trials -> industry:api-chemical-drugs',
      'industry:clinical-trials -> industry:biologics-manufacturing',
      'industry:drug-rd -> industry:clinical-trials',
    ]);
    const first = c.links.find((l) => l.from.id === 'industry:drug-rd')!;
    expect(first.link).toEqual({ type: 'SUPPLIES', flow: 'drug candidates', editorial: true, sources: [{ id: 'source:editorial' }] });
    // Clusters and zones of each industry: Zhangjiang Pharma Valley (Shanghai) is in drug R&D.
    const root = c.nodes[0]!;
    expect(root.clusters.map((x) => x.id)).toContain('cluster:zhangjiang-pharma-valley');
    expect(root.zones.map((x) => x.id)).toContain('zone:shanghai');
  });

  it('one more hop reaches medical tourism through the cited bonded-import link', async () => {
    const { chain: c } = await chain('industry:drug-rd', 'DOWNSTREAM', 4);
    expect(placement(c)['industry:medical-tourism']).toBe('DOWNSTREAM 4');
    const cited = c.links.find((l) => l.to.id === 'industry:medical-tourism')!;
    expect(cited.from.id).toBe('industry:pharma-cold-chain-bonded-import');
    expect(cited.link.editorial).toBe(false);
    expect(cited.link.sources.map((s) => s.id).sort()).toEqual(['source:xwlb-2021-04-13', 'source:xwlb-2022-07-31']);
    const tourism = c.nodes.find((n) => n.industry.id === 'industry:medical-tourism')!;
    expect(tourism.zones.map((z) => z.id)).toContain('zone:hainan-ftp');
  });

  it('a top-level industry without links of its own starts from its sub-industries (bulk commodities, both ways)', async () => {
    const { chain: c } = await chain('industry:bulk-commodities', 'BOTH', 3);
    expect(placement(c)).toEqual({
      'industry:bulk-commodities': 'ROOT 0',
      'industry:bunkering': 'ROOT 0',
      'industry:commodity-trading-futures': 'ROOT 0',
      'industry:crude-oil-lng-import-storage': 'ROOT 0',
      'industry:iron-ore-import-trading': 'ROOT 0',
      'industry:pta-chemicals': 'ROOT 0',
      'industry:refining-petrochemicals': 'ROOT 0',
      // Upstream, from the marine economy chain.
      'industry:ports-shipping-logistics': 'UPSTREAM 1',
      'industry:marine-services': 'UPSTREAM 2',
      'industry:marine-fisheries-aquaculture': 'UPSTREAM 2',
      'industry:marine-research': 'UPSTREAM 3',
    });
    expect(c.nodes[0]!.industry.id).toBe('industry:bulk-commodities');
    expect(linkKeys(c).sort()).toEqual(
      [
        // Within bulk commodities.
        'industry:commodity-trading-futures -> industry:crude-oil-lng-import-storage',
        'industry:commodity-trading-futures -> industry:iron-ore-import-trading',
        'industry:commodity-trading-futures -> industry:pta-chemicals',
        'industry:crude-oil-lng-import-storage -> industry:bunkering',
        'industry:crude-oil-lng-import-storage -> industry:refining-petrochemicals',
        'industry:refining-petrochemicals -> industry:bunkering',
        'industry:refining-petrochemicals -> industry:pta-chemicals',
        // Into it, from the marine economy.
        'industry:marine-fisheries-aquaculture -> industry:ports-shipping-logistics',
        'industry:marine-research -> industry:marine-fisheries-aquaculture',
        'industry:marine-services -> industry:ports-shipping-logistics',
        'industry:ports-shipping-logistics -> industry:bunkering',
        'industry:ports-shipping-logistics -> industry:crude-oil-lng-import-storage',
        'industry:ports-shipping-logistics -> industry:iron-ore-import-trading',
      ].sort(),
    );
    expect(new Set(linkKeys(c)).size).toBe(c.links.length);
    const crude = c.links.find((l) => l.from.id === 'industry:crude-oil-lng-import-storage' && l.to.id === 'industry:refining-petrochemicals')!;
    expect(crude.link).toMatchObject({ type: 'SUPPLIES', flow: 'crude oil', editorial: false });
    expect(crude.link.sources.map((s) => s.id).sort()).toEqual(['source:govcd-zs', 'source:xwlb-2022-11-24']);
    // The Zhoushan hub (Zhejiang) covers crude storage, refining and bunkering.
    const byId = new Map(c.nodes.map((n) => [n.industry.id, n]));
    for (const id of ['industry:crude-oil-lng-import-storage', 'industry:refining-petrochemicals', 'industry:bunkering']) {
      expect(byId.get(id)!.clusters.map((x) => x.id)).toContain('cluster:zhoushan-oil-gas-hub');
      expect(byId.get(id)!.zones.map((x) => x.id)).toContain('zone:zhejiang');
    }
    expect(byId.get('industry:commodity-trading-futures')!.clusters.map((x) => x.id)).toContain('cluster:ine-crude-oil-futures');
  });

  it('every link has sources, and both ends in the chain', async () => {
    for (const [id, direction] of [
      ['industry:bulk-commodities', 'BOTH'],
      ['industry:biomedicine', 'BOTH'],
      ['industry:marine-economy', 'BOTH'],
      ['industry:marine-research', 'DOWNSTREAM'],
    ] as const) {
      const { chain: c } = await chain(id, direction, 6);
      const ids = new Set(c.nodes.map((n) => n.industry.id));
      expect(ids.size, id).toBe(c.nodes.length);
      expect(c.links.length, id).toBeGreaterThan(0);
      for (const l of c.links) {
        expect(l.link.type).toBe('SUPPLIES');
        expect(l.link.flow).toBeTruthy();
        expect(l.link.sources.length, `${l.from.id} -> ${l.to.id}`).toBeGreaterThan(0);
        expect(ids.has(l.from.id) && ids.has(l.to.id), `${l.from.id} -> ${l.to.id}`).toBe(true);
      }
    }
  });

  it('a 1-hop chain is a subset of the 3-hop chain, at the same depths', async () => {
    for (const direction of ['UPSTREAM', 'DOWNSTREAM', 'BOTH']) {
      const { chain: one } = await chain('industry:marine-research', direction, 1);
      const { chain: three } = await chain('industry:marine-research', direction, 3);
      const threePlaces = placement(three);
      for (const [id, place] of Object.entries(placement(one))) expect(threePlaces[id], `${direction} ${id}`).toBe(place);
      expect(linkKeys(three)).toEqual(expect.arrayContaining(linkKeys(one)));
      expect(one.nodes.every((n) => n.depth <= 1)).toBe(true);
    }
    const { chain: one } = await chain('industry:marine-research', 'DOWNSTREAM', 1);
    expect(placement(one)).toEqual({
      'industry:marine-research': 'ROOT 0',
      'industry:marine-biomedicine': 'DOWNSTREAM 1',
      'industry:marine-fisheries-aquaculture': 'DOWNSTREAM 1',
      'industry:offshore-energy': 'DOWNSTREAM 1',
    });
    // marine-fisheries also supplies marine-biomedicine, a link between two 1-hop nodes: not on a 1-hop path.
    expect(linkKeys(one)).toHaveLength(3);
  });

  it('equals a breadth-first walk of the seed for every industry, direction and bound (all-paths walk to 3 hops, shortest-path search above)', async () => {
    const industries = readSeed().industries;
    const down = new Map<string, string[]>();
    const up = new Map<string, string[]>();
    for (const i of industries)
      for (const s of i.supplies) {
        down.set(i.id, [...(down.get(i.id) ?? []), s.to]);
        up.set(s.to, [...(up.get(s.to) ?? []), i.id]);
      }
    const linked = new Set([...down.keys(), ...up.keys()]);
    /** Depth of each industry reached from the seeds (not the seeds), breadth first. */
    const walk = (seeds: string[], next: Map<string, string[]>, hops: number) => {
      const depth = new Map<string, number>();
      let frontier = seeds;
      for (let d = 1; d <= hops && frontier.length; d++) {
        const reached: string[] = [];
        for (const a of frontier)
          for (const b of next.get(a) ?? [])
            if (!seeds.includes(b) && !depth.has(b)) {
              depth.set(b, d);
              reached.push(b);
            }
        frontier = reached;
      }
      return depth;
    };
    let compared = 0;
    for (const root of industries) {
      const seeds = linked.has(root.id) ? [root.id] : [root.id, ...industries.filter((i) => i.parent === root.id).map((i) => i.id)];
      const cases = (['DOWNSTREAM', 'UPSTREAM', 'BOTH'] as const).flatMap((direction) => [1, 3, 4, 6].map((hops) => ({ direction, hops })));
      // The twelve cases of one root at once: the server answers them concurrently.
      const answers = await Promise.all(cases.map(({ direction, hops }) => chain(root.id, direction, hops)));
      for (const [k, { direction, hops }] of cases.entries()) {
        const expected: Record<string, string> = Object.fromEntries(seeds.map((s) => [s, 'ROOT 0']));
        const d = direction === 'UPSTREAM' ? new Map() : walk(seeds, down, hops);
        const u = direction === 'DOWNSTREAM' ? new Map() : walk(seeds, up, hops);
        for (const [id, depth] of u) expected[id] = `UPSTREAM ${depth}`;
        // An industry on both sides is kept on the nearer one, downstream on a tie.
        for (const [id, depth] of d) if (!(id in expected) || u.get(id)! >= depth) expected[id] = `DOWNSTREAM ${depth}`;
        const c = answers[k]!.chain;
        expect(placement(c), `${root.id} ${direction} ${hops}`).toEqual(expected);
        compared += c.nodes.length;
      }
    }
    // The seed's chains are not trivial: the comparison covered this many placed industries.
    expect(compared).toBeGreaterThan(2000);
  });

  it('UPSTREAM of a downstream node contains the root', async () => {
    const { chain: down } = await chain('industry:marine-research', 'DOWNSTREAM', 3);
    expect(placement(down)['industry:crude-oil-lng-import-storage']).toBe('DOWNSTREAM 3');
    const { chain: up } = await chain('industry:crude-oil-lng-import-storage', 'UPSTREAM', 3);
    expect(placement(up)).toMatchObject({
      'industry:crude-oil-lng-import-storage': 'ROOT 0',
      'industry:ports-shipping-logistics': 'UPSTREAM 1',
      'industry:commodity-trading-futures': 'UPSTREAM 1',
      'industry:marine-fisheries-aquaculture': 'UPSTREAM 2',
      'industry:marine-research': 'UPSTREAM 3',
    });
    expect(up.nodes.every((n) => n.side !== 'DOWNSTREAM')).toBe(true);
  });

  it('null for an unknown industry; BAD_USER_INPUT for a non-industry id or maxHops below 1; LIMIT_EXCEEDED above 6', async () => {
    const missing = await gql(app, CHAIN, { id: 'industry:no-such-industry' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.industryChain).toBeNull();
    expect(missing.extensions!.neo4j!.queries).toBe(1);

    for (const id of ['zone:shanghai', 'drug-rd', 'industry:Drug RD']) {
      expect(codeOf(await gql(app, CHAIN, { id })), id).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await gql(app, CHAIN, { id: 'industry:drug-rd', maxHops: 0 }))).toBe('BAD_USER_INPUT');
    const tooFar = await gql(app, CHAIN, { id: 'industry:drug-rd', maxHops: 7 });
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxHops', max: 6, requested: 7 });
    expect(tooFar.data?.industryChain).toBeNull();
  });

  it('defaults: DOWNSTREAM, 3 hops', async () => {
    const r = await gql<{ industryChain: Chain }>(app, CHAIN, { id: 'industry:drug-rd' });
    const { chain: explicit } = await chain('industry:drug-rd', 'DOWNSTREAM', 3);
    expect(r.data!.industryChain).toEqual(explicit);
  });

  it('zones and clusters are read only when selected (alias, fragment, @include), and leaving them out changes nothing else', async () => {
    const id = 'industry:bulk-commodities';
    const { chain: full } = await chain(id, 'BOTH', 3);
    const bare = await gql<{ industryChain: Chain }>(
      app,
      `query($id: ID!) {
        industryChain(id: $id, direction: BOTH, maxHops: 3) {
          root { id }
          nodes { industry { id } side depth }
          links { from { id } to { id } link { type flow editorial sources { id } } }
        }
      }`,
      { id },
    );
    expect(bare.errors).toBeUndefined();
    expect(bare.data!.industryChain).toEqual({ ...full, nodes: full.nodes.map(({ zones: _z, clusters: _c, ...n }) => n) });

    const zonesOnly = await gql<{ industryChain: { nodes: Array<{ industry: { id: string }; zones: Array<{ id: string }> }> } }>(
      app,
      `query($id: ID!) { industryChain(id: $id, direction: BOTH, maxHops: 3) { nodes { industry { id } zones { id } } } }`,
      { id },
    );
    expect(zonesOnly.data!.industryChain.nodes).toEqual(full.nodes.map((n) => ({ industry: n.industry, zones: n.zones })));

    const INDIRECT = `query($id: ID!, $withZones: Boolean!) {
      industryChain(id: $id, direction: BOTH, maxHops: 3) {
        nodes { industry { id } ...Placed ... on ChainNode { where: zones @include(if: $withZones) { id } } }
      }
    }
    fragment Placed on ChainNode { clusters { id } }`;
    type Indirect = { industryChain: { nodes: Array<{ industry: { id: string }; clusters: Array<{ id: string }>; where?: Array<{ id: string }> }> } };
    const withZones = await gql<Indirect>(app, INDIRECT, { id, withZones: true });
    expect(withZones.data!.industryChain.nodes).toEqual(full.nodes.map((n) => ({ industry: n.industry, clusters: n.clusters, where: n.zones })));
    const withoutZones = await gql<Indirect>(app, INDIRECT, { id, withZones: false });
    expect(withoutZones.data!.industryChain.nodes).toEqual(full.nodes.map((n) => ({ industry: n.industry, clusters: n.clusters })));
    // Zones and clusters were found at all (the comparisons above are not between empty lists).
    expect(full.nodes.some((n) => n.zones.length > 0 && n.clusters.length > 0)).toBe(true);
  });

  it("reads only the selected properties, and they are the stored ones: an industry selected on a link's end only, a link's unselected defaults", async () => {
    type Props = { id: string; nameEn: string; nameZh: string | null; description: string | null; verified: boolean };
    type LinkProps = { flow: string | null; editorial: boolean | null; verified: boolean; note: string | null };
    const r = await gql<{
      industryChain: { root: { nameZh: string | null }; nodes: Array<{ industry: { id: string } }>; links: Array<{ from: Props; to: Props; link: LinkProps }> };
    }>(
      app,
      `query($id: ID!) {
        industryChain(id: $id, direction: DOWNSTREAM, maxHops: 3) {
          root { nameZh }
          nodes { industry { id } }
          links { from { id nameEn nameZh description verified } to { id nameEn nameZh description verified } link { flow editorial verified note } }
        }
      }`,
      { id: 'industry:drug-rd' },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.industryChain;
    // The same industries and links read another way: by id, and along each industry's downstream links.
    const ends = [...new Map(c.links.flatMap((l) => [l.from, l.to]).map((e) => [e.id, e])).values()];
    const stored = await gql<Record<string, (Props & { downstream: { edges: Array<{ node: { id: string }; link: LinkProps }> } }) | null>>(
      app,
      `{ ${['industry:drug-rd', ...ends.map((e) => e.id)]
        .map(
          (id, i) =>
            `i${i}: industry(id: "${id}") { id nameEn nameZh description verified downstream(first: 100) { edges { node { id } link { flow editorial verified note } } } }`,
        )
        .join('\n')} }`,
    );
    expect(stored.errors).toBeUndefined();
    const byId = new Map(Object.values(stored.data!).map((i) => [i!.id, i!]));
    expect(c.root.nameZh).toBe(byId.get('industry:drug-rd')!.nameZh);
    expect(c.root.nameZh).toBeTruthy();
    for (const e of ends) {
      const { downstream: _d, ...props } = byId.get(e.id)!;
      expect(e).toEqual(props);
    }
    for (const l of c.links) expect(l.link).toEqual(byId.get(l.from.id)!.downstream.edges.find((x) => x.node.id === l.to.id)!.link);
    // Not vacuous: names and flows were read, and the ends include industries (the last) that are no link's upstream end.
    expect(ends.every((e) => e.nameEn.length > 0) && c.links.every((l) => l.link.flow !== null && l.link.verified !== null)).toBe(true);
    expect(ends.map((e) => e.id)).toContain('industry:pharma-cold-chain-bonded-import');
  });

  it('round trips: 2 Neo4j queries (the chain, then every link source at once) for 1 hop or 6, small chain or large', async () => {
    const small = await chain('industry:drug-rd', 'DOWNSTREAM', 1);
    const large = await chain('industry:bulk-commodities', 'BOTH', 6);
    const marine = await chain('industry:marine-economy', 'BOTH', 6);
    expect(small.chain.links).toHaveLength(1);
    expect(large.chain.links.length).toBeGreaterThan(10);
    expect([small.queries, large.queries, marine.queries]).toEqual([2, 2, 2]);
  });
});

/** links[i] joins nodes[i] and nodes[i+1], in either direction. */
function expectAlternates(p: Path) {
  expect(p.nodes).toHaveLength(p.length + 1);
  expect(p.links).toHaveLength(p.length);
  p.links.forEach((l, i) => {
    expect([l.from.id, l.to.id].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort());
  });
}

describe('paths', () => {
  it("reads only the selected properties, and they are the stored ones: a path's zone, cluster and industry and its links, as the entities' own lookups give them", async () => {
    const RICH = `query($from: ID!, $to: ID!) {
      paths(from: $from, to: $to, maxHops: 2, limit: 20) {
        nodes { __typename id ... on Zone { nameEn launchedOn } ... on IndustrialCluster { nameEn foundedOn } ... on Industry { nameZh } }
        links { from { id } to { __typename id ... on Zone { shortName } } link { type direction verified sources { id } } }
      }
    }`;
    const r = await gql<{ paths: Array<{ nodes: Array<Record<string, unknown>>; links: Array<{ to: Record<string, unknown>; link: Record<string, unknown> }> }> }>(app, RICH, {
      from: 'zone:zhejiang',
      to: 'industry:bulk-commodities',
    });
    expect(r.errors).toBeUndefined();
    const hub = r.data!.paths.find((p) => p.nodes[1]!.id === 'cluster:zhoushan-oil-gas-hub')!;
    const own = await gql<{ zone: object; cluster: object; industry: object }>(
      app,
      `{ zone(id: "zone:zhejiang") { __typename id nameEn launchedOn } cluster: industrialCluster(id: "cluster:zhoushan-oil-gas-hub") { __typename id nameEn foundedOn } industry(id: "industry:bulk-commodities") { __typename id nameZh } }`,
    );
    expect(own.errors).toBeUndefined();
    expect(hub.nodes).toEqual([own.data!.zone, own.data!.cluster, own.data!.industry]);
    expect(hub.nodes[0]!.launchedOn).toBe('2017-04-01');
    // The zone as a link's end carries what is selected there (shortName), not only what the nodes list asked.
    expect(hub.links[0]!.to).toEqual({ __typename: 'Zone', id: 'zone:zhejiang', shortName: 'Zhejiang' });
    for (const l of hub.links) {
      expect(l.link).toMatchObject({ direction: null, verified: true });
      expect((l.link.sources as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('zone:zhejiang to industry:bulk-commodities: two hops, through the Zhoushan oil and gas hub', async () => {
    const r = await gql<{ paths: Path[] }>(app, PATHS, { from: 'zone:zhejiang', to: 'industry:bulk-commodities', limit: 20 });
    expect(r.errors).toBeUndefined();
    const paths = r.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.length).toBe(2);
      expect(p.nodes[0]!.id).toBe('zone:zhejiang');
      expect(p.nodes.at(-1)!.id).toBe('industry:bulk-commodities');
      expectAlternates(p);
      for (const n of p.nodes) expect(['Source', 'Observation']).not.toContain(n.__typename);
      for (const l of p.links) expect(['SOURCED_FROM', 'ABOUT']).not.toContain(l.link.type);
    }
    const hub = paths.find((p) => p.nodes[1]!.id === 'cluster:zhoushan-oil-gas-hub')!;
    expect(hub.nodes.map((n) => n.__typename)).toEqual(['Zone', 'IndustrialCluster', 'Industry']);
    // Each link keeps its stored direction: the cluster is LOCATED_IN the zone and IN_INDUSTRY the industry.
    expect(hub.links.map((l) => [l.from.id, l.link.type, l.to.id])).toEqual([
      ['cluster:zhoushan-oil-gas-hub', 'LOCATED_IN', 'zone:zhejiang'],
      ['cluster:zhoushan-oil-gas-hub', 'IN_INDUSTRY', 'industry:bulk-commodities'],
    ]);
    expect(hub.links.every((l) => l.link.sources.length > 0)).toBe(true);
    // Ordered by the ids along the path.
    const keys = paths.map((p) => p.nodes.map((n) => n.id).join(' '));
    expect(keys).toEqual([...keys].sort());
  });

  it('reaches a sub-industry and a longer chain (Shanghai to medical tourism)', async () => {
    const sub = await gql<{ paths: Path[] }>(app, PATHS, { from: 'zone:zhejiang', to: 'industry:refining-petrochemicals' });
    expect(sub.data!.paths.map((p) => p.nodes[1]!.id)).toContain('cluster:zhoushan-oil-gas-hub');
    sub.data!.paths.forEach(expectAlternates);

    const far = await gql<{ paths: Path[] }>(app, PATHS, { from: 'industry:medical-tourism', to: 'zone:zhejiang', maxHops: 6, limit: 20 });
    expect(far.errors).toBeUndefined();
    expect(far.data!.paths.length).toBeGreaterThan(0);
    for (const p of far.data!.paths) {
      expect(p.nodes[0]!.id).toBe('industry:medical-tourism');
      expect(p.nodes.at(-1)!.id).toBe('zone:zhejiang');
      expect(p.length).toBe(far.data!.paths[0]!.length);
      expectAlternates(p);
    }
  });

  it('limit caps the number of paths; maxHops below the distance gives none', async () => {
    const all = await gql<{ paths: Path[] }>(app, PATHS, { from: 'zone:zhejiang', to: 'industry:bulk-commodities', limit: 20 });
    const one = await gql<{ paths: Path[] }>(app, PATHS, { from: 'zone:zhejiang', to: 'industry:bulk-commodities', limit: 1 });
    expect(one.data!.paths).toEqual(all.data!.paths.slice(0, 1));
    const near = await gql<{ paths: Path[] }>(app, PATHS, { from: 'zone:zhejiang', to: 'industry:bulk-commodities', maxHops: 1 });
    expect(near.errors).toBeUndefined();
    expect(near.data!.paths).toEqual([]);
  });

  it('unknown ids give an empty list; malformed ids, from == to and bounds below 1 give BAD_USER_INPUT; above the cap, LIMIT_EXCEEDED', async () => {
    const unknown = await gql(app, PATHS, { from: 'zone:atlantis', to: 'industry:bulk-commodities' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.paths).toEqual([]);

    const bad = [
      { from: 'atlantis', to: 'zone:zhejiang' },
      { from: 'zone:zhejiang', to: 'nowhere:x' },
      { from: 'zone:zhejiang', to: 'zone:zhejiang' },
      { from: 'zone:zhejiang', to: 'zone:shanghai', maxHops: 0 },
      { from: 'zone:zhejiang', to: 'zone:shanghai', limit: 0 },
    ];
    for (const vars of bad) expect(codeOf(await gql(app, PATHS, vars)), JSON.stringify(vars)).toBe('BAD_USER_INPUT');

    const hops = await gql(app, PATHS, { from: 'zone:zhejiang', to: 'zone:shanghai', maxHops: 7 });
    expect(hops.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxHops', max: 6, requested: 7 });
    const many = await gql(app, PATHS, { from: 'zone:zhejiang', to: 'zone:shanghai', limit: 21 });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'limit', max: 20, requested: 21 });
  });

  it('round trips: 2 Neo4j queries (the paths, then every link source at once) for maxHops 2 or 6', async () => {
    const counts: number[] = [];
    for (const [from, to, maxHops] of [
      ['zone:zhejiang', 'industry:bulk-commodities', 2],
      ['zone:zhejiang', 'industry:bulk-commodities', 6],
      ['industry:medical-tourism', 'zone:zhejiang', 6],
    ] as const) {
      const r = await gql<{ paths: Path[] }>(app, PATHS, { from, to, maxHops, limit: 20 });
      expect(r.data!.paths.length).toBeGreaterThan(0);
      counts.push(r.extensions!.neo4j!.queries);
    }
    expect(counts).toEqual([2, 2, 2]);
  });
});

describe('path and subgraph links', () => {
  const NAMED = `query($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, limit: 1) {
      nodes { __typename id }
      links { from { __typename id ... on IndustrialCluster { nameEn } } to { __typename id ... on Zone { shortName } ... on Industry { nameEn } } link { type } }
    }
    neighborhood(id: $from, limit: 500) {
      nodes { __typename id }
      links { from { __typename id } to { __typename id } link { type } }
    }
  }`;
  interface Named {
    paths: Array<{ nodes: Array<{ __typename: string; id: string }>; links: Array<{ from: Record<string, unknown>; to: Record<string, unknown>; link: { type: string } }> }>;
    neighborhood: { nodes: Array<{ __typename: string; id: string }>; links: PathLink[] };
  }

  it('from and to are the entities themselves, equal to the nodes they join, read without extra queries', async () => {
    const r = await gql<Named>(app, NAMED, { from: 'zone:zhejiang', to: 'industry:bulk-commodities' });
    expect(r.errors).toBeUndefined();
    const [path] = r.data!.paths;
    expect(path!.nodes.map((n) => n.id)).toEqual(['zone:zhejiang', 'cluster:zhoushan-oil-gas-hub', 'industry:bulk-commodities']);
    // Each end is the path's own node (same id and type), with the fields asked of it.
    expect(path!.links).toEqual([
      {
        from: { __typename: 'IndustrialCluster', id: 'cluster:zhoushan-oil-gas-hub', nameEn: expect.any(String) },
        to: { __typename: 'Zone', id: 'zone:zhejiang', shortName: 'Zhejiang' },
        link: { type: 'LOCATED_IN' },
      },
      {
        from: { __typename: 'IndustrialCluster', id: 'cluster:zhoushan-oil-gas-hub', nameEn: expect.any(String) },
        to: { __typename: 'Industry', id: 'industry:bulk-commodities', nameEn: expect.any(String) },
        link: { type: 'IN_INDUSTRY' },
      },
    ]);
    const nodes = new Map(r.data!.neighborhood.nodes.map((n) => [n.id, n.__typename]));
    expect(r.data!.neighborhood.links.length).toBeGreaterThan(5);
    for (const l of r.data!.neighborhood.links) {
      expect(nodes.get(l.from.id)).toBe(l.from.__typename);
      expect(nodes.get(l.to.id)).toBe(l.to.__typename);
    }
    // One query for the paths, one for the neighbourhood: the ends come with the nodes.
    expect(r.extensions!.neo4j!.queries).toBe(2);
  });
});

describe('neighborhood', () => {
  it('zone:shanghai at 1 hop: its areas, clusters and documents, and the links among them; no provenance', async () => {
    const r = await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'zone:shanghai', limit: 500 });
    expect(r.errors).toBeUndefined();
    const g = r.data!.neighborhood;
    expect(g.center.id).toBe('zone:shanghai');
    expect(g.nodes[0]!.id).toBe('zone:shanghai');
    expect(g.truncated).toBe(false);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    expect([...ids]).toEqual(expect.arrayContaining(['area:shanghai-lingang', 'area:shanghai-zhangjiang', 'cluster:zhangjiang-pharma-valley', 'cluster:ine-crude-oil-futures']));
    for (const n of g.nodes) expect(['Source', 'Observation']).not.toContain(n.__typename);
    for (const l of g.links) {
      expect(['SOURCED_FROM', 'ABOUT']).not.toContain(l.link.type);
      expect(ids.has(l.from.id) && ids.has(l.to.id), `${l.from.id} ${l.link.type} ${l.to.id}`).toBe(true);
    }
    const keys = g.links.map((l) => `${l.from.id} ${l.link.type} ${l.to.id}`);
    expect(keys).toContain('zone:shanghai HAS_AREA area:shanghai-lingang');
    // A link between two neighbours, not through the center: the Lin-gang cluster lies in the Lin-gang area.
    expect(keys).toContain('cluster:lingang-biomedicine LOCATED_IN area:shanghai-lingang');
    expect(new Set(keys).size).toBe(keys.length);
    // One hop: every neighbour is linked to the center.
    for (const id of ids)
      if (id !== 'zone:shanghai')
        expect(
          g.links.some((l) => (l.from.id === id && l.to.id === 'zone:shanghai') || (l.to.id === id && l.from.id === 'zone:shanghai')),
          id,
        ).toBe(true);
  });

  it('limit cuts nearest-first and says so; 2 hops reach further than 1', async () => {
    const one = (await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'zone:shanghai', limit: 500 })).data!.neighborhood;
    const cut = (await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'zone:shanghai', limit: 3 })).data!.neighborhood;
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.map((n) => n.id)).toEqual(one.nodes.slice(0, 4).map((n) => n.id));
    for (const l of cut.links) expect(cut.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([l.from.id, l.to.id]));

    const two = (await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'zone:shanghai', hops: 2, limit: 500 })).data!.neighborhood;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    // Nearest first: the 1-hop neighbours lead the 2-hop list.
    expect(two.nodes.slice(0, one.nodes.length).map((n) => n.id)).toEqual(one.nodes.map((n) => n.id));
    // The Lin-gang cluster's industry is two hops away.
    expect(two.nodes.map((n) => n.id)).toContain('industry:biomedicine');
  });

  it('types restrict the walk: only areas around Shanghai, and industries two hops from a cluster', async () => {
    const areas = (await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'zone:shanghai', hops: 3, types: ['ZONE_AREA'] })).data!.neighborhood;
    expect(areas.nodes[0]!.id).toBe('zone:shanghai');
    expect(areas.nodes.length).toBeGreaterThan(1);
    for (const n of areas.nodes.slice(1)) expect(n.__typename).toBe('ZoneArea');
    expect(areas.links.every((l) => l.link.type === 'HAS_AREA')).toBe(true);

    const industries = (await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'cluster:zhoushan-oil-gas-hub', hops: 2, types: ['INDUSTRY'], limit: 500 })).data!
      .neighborhood;
    for (const n of industries.nodes.slice(1)) expect(n.__typename).toBe('Industry');
    // Refining is supplied by crude storage (in the cluster) and supplies PTA (not in it): reached through industries only.
    expect(industries.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['industry:refining-petrochemicals', 'industry:pta-chemicals']));
  });

  it('null for an unknown id; BAD_USER_INPUT for a malformed id or bounds below 1; LIMIT_EXCEEDED above 3 hops or 500 nodes', async () => {
    const missing = await gql(app, NEIGHBORHOOD, { id: 'zone:atlantis' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.neighborhood).toBeNull();
    for (const vars of [{ id: 'shanghai' }, { id: 'zone:shanghai', hops: 0 }, { id: 'zone:shanghai', limit: 0 }])
      expect(codeOf(await gql(app, NEIGHBORHOOD, vars)), JSON.stringify(vars)).toBe('BAD_USER_INPUT');
    const hops = await gql(app, NEIGHBORHOOD, { id: 'zone:shanghai', hops: 4 });
    expect(hops.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'hops', max: 3, requested: 4 });
    const limit = await gql(app, NEIGHBORHOOD, { id: 'zone:shanghai', limit: 501 });
    expect(limit.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'limit', max: 500, requested: 501 });
  });

  it('round trips: 2 Neo4j queries (the subgraph, then every link source at once) for 1 hop or 3, 5 nodes or 500', async () => {
    const small = await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'zone:shanghai', hops: 1, limit: 5 });
    const large = await gql<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, { id: 'zone:shanghai', hops: 3, limit: 500 });
    expect(small.data!.neighborhood.nodes).toHaveLength(6);
    expect(large.data!.neighborhood.nodes.length).toBeGreaterThan(50);
    expect([small.extensions!.neo4j!.queries, large.extensions!.neo4j!.queries]).toEqual([2, 2]);
  });
});
