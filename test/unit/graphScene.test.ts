// The graph view's scene logic without a browser: the URL format (ids contain ':'), and the
// caps that keep it usable on a 100k-node graph: never more than 20 neighbours per request and
// a 2,000-node scene ceiling. The API is replaced by a synthetic one here because the curated
// graph has no list long enough; the real queries are checked in test/browser/graph.int.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';

// The explorer is type-checked by `tsc -p explorer` (bundler resolution, extensionless
// imports), which this project's NodeNext check cannot follow: load it through a specifier
// tsc does not resolve, typed here by the parts the test uses.
interface SceneStateLike {
  start: string[];
  x: Array<{ id: string; kind: string; count: number }>;
  hide: string[];
  path: [string, string] | null;
  sel: string | null;
}
interface SceneStateModule {
  readSceneState(params: Record<string, string>): SceneStateLike;
  writeSceneState(state: SceneStateLike): Record<string, string>;
  addExpansion(state: SceneStateLike, id: string, kind: string, more: number): SceneStateLike;
  collapseNode(state: SceneStateLike, id: string): SceneStateLike;
}
interface BuildSceneModule {
  MAX_SCENE_NODES: number;
  buildScene(state: SceneStateLike): Promise<{ nodes: Map<string, unknown>; links: Map<string, { source: string; type: string; target: string }>; full: boolean }>;
}
const explorerGraph = '../../explorer/src/graph/';
const { buildScene, MAX_SCENE_NODES } = (await import(`${explorerGraph}buildScene.ts`)) as BuildSceneModule;
const { addExpansion, collapseNode, readSceneState, writeSceneState } = (await import(`${explorerGraph}sceneState.ts`)) as SceneStateModule;

describe('graph scene URL state', () => {
  it.each([
    [{ start: 'zone:shanghai' }, { start: ['zone:shanghai'], x: [], hide: [], path: null, sel: null }],
    [
      {
        start: 'zone:shanghai,industry:biomedicine',
        x: 'zone:shanghai:documents:20,document:ftz-cross-border-services-negative-list-2024:zones:40',
        hide: 'zone:shanghai',
        path: 'zone:shanghai,industry:biomedicine',
        sel: 'industry:biomedicine',
      },
      {
        start: ['zone:shanghai', 'industry:biomedicine'],
        x: [
          { id: 'zone:shanghai', kind: 'documents', count: 20 },
          { id: 'document:ftz-cross-border-services-negative-list-2024', kind: 'zones', count: 40 },
        ],
        hide: ['zone:shanghai'],
        path: ['zone:shanghai', 'industry:biomedicine'],
        sel: 'industry:biomedicine',
      },
    ],
  ])('reads %j and writes it back unchanged', (params, state) => {
    expect(readSceneState(params)).toEqual(state);
    expect(writeSceneState(readSceneState(params))).toEqual(params);
  });

  it('"show 20 more" lengthens the expansion in place; expanding a collapsed node un-collapses it', () => {
    const once = addExpansion(readSceneState({ start: 'zone:shanghai' }), 'zone:shanghai', 'measures', 20);
    const collapsed = collapseNode(once, 'zone:shanghai');
    expect(writeSceneState(collapsed)).toEqual({ start: 'zone:shanghai', x: 'zone:shanghai:measures:20', hide: 'zone:shanghai' });
    expect(writeSceneState(addExpansion(collapsed, 'zone:shanghai', 'measures', 20))).toEqual({ start: 'zone:shanghai', x: 'zone:shanghai:measures:40' });
  });
});

describe('graph scene caps', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks at most 20 neighbours per request and stops at the 2,000-node ceiling, however long the list', async () => {
    const firsts: number[] = [];
    // A zone with 100,000 measures, paged by cursor like the API.
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      const { query, variables } = JSON.parse(init.body) as { query: string; variables: { id: string; first?: number; after?: string } };
      const node = { __typename: 'Zone', id: 'zone:big', nameEn: 'Big', nameZh: '大' };
      if (query.includes('query EntityKind')) return Response.json({ data: { node }, extensions: { dataVersion: 'v1' } });
      const first = variables.first ?? 20;
      firsts.push(first);
      const offset = variables.after ? Number(variables.after) : 0;
      const edges = Array.from({ length: first }, (_, i) => ({
        cursor: String(offset + i + 1),
        node: { __typename: 'ReformMeasure', id: `measure:m${offset + i}`, nameEn: `M${offset + i}`, nameZh: null },
        link: {
          type: 'PILOTED_IN',
          verified: true,
          note: null,
          from: null,
          to: null,
          asOf: null,
          title: null,
          first: null,
          flow: null,
          editorial: null,
          direction: null,
          sources: [],
        },
      }));
      const measures = { totalCount: 100_000, pageInfo: { hasNextPage: true, endCursor: String(offset + first) }, edges };
      return Response.json({ data: { node: { ...node, measures } }, extensions: { dataVersion: 'v1' } });
    });
    const scene = await buildScene(readSceneState({ start: 'zone:big', x: 'zone:big:measures:5000' }));
    expect(scene.nodes.size).toBe(MAX_SCENE_NODES);
    expect(scene.full).toBe(true);
    expect(Math.max(...firsts)).toBe(20);
    expect(firsts.length).toBe(Math.ceil((MAX_SCENE_NODES - 1) / 20));
    // The measures point at the zone (ReformMeasure PILOTED_IN Zone), as stored.
    const link = [...scene.links.values()][0]!;
    expect([link.source, link.type, link.target]).toEqual(['measure:m0', 'PILOTED_IN', 'zone:big']);
  });
});
