// Rebuilds a scene (nodes and links) from its URL state by replaying it: the start entities,
// then each expansion's pages in order (20 per request, cursor paging), then the path. Answers
// are cached by request, so undo, redo and Back rebuild without asking the API again, and a
// reopened permalink asks the same requests and gets the same scene.
import type { LinkFieldsFragment, NodeLabelFragment, SourceFieldsFragment } from '../__generated__/graphql';
import { runOperation } from '../api';
import { EntityKindQuery, fetchKindPage, GraphPathQuery, isOutgoing, type KindPage, type RanRequest } from './graphOperations';
import type { SceneState } from './sceneState';

/** Most nodes a scene may hold; expands beyond it are refused. */
export const MAX_SCENE_NODES = 2000;
/** Most neighbours one expand click adds. */
export const EXPAND_STEP = 20;

export interface SceneNode {
  id: string;
  typename: string;
  nameEn: string | null;
  nameZh: string | null;
  /** The node it was first reached from (new nodes are placed near it), or null for a start. */
  parent: string | null;
}

export interface SceneLink {
  key: string;
  type: string;
  source: string;
  target: string;
  flow: string | null;
  editorial: boolean;
  sources: SourceFieldsFragment[];
  onPath: boolean;
}

export interface PathHop {
  from: string;
  to: string;
  link: SceneLink;
}

export interface Scene {
  nodes: Map<string, SceneNode>;
  links: Map<string, SceneLink>;
  /** `<id>|<kind>` → how many neighbours that kind has and how many the scene shows. */
  expanded: Map<string, { total: number; shown: number }>;
  /** The path's hops in reading order; null when no path was asked, [] when none was found. */
  path: PathHop[] | null;
  full: boolean;
  dataVersion: string | null;
  lastRequest: RanRequest | null;
}

const cache = new Map<string, Promise<unknown>>();

function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

export function readNames(node: NodeLabelFragment): { nameEn: string | null; nameZh: string | null } {
  // A news item's name is its own headline (a bundle item's sub-headline), in Chinese as broadcast.
  if (node.__typename === 'NewsItem') return { nameEn: null, nameZh: node.subHeadline ?? node.headline };
  const en = 'nameEn' in node ? node.nameEn : 'titleEn' in node ? node.titleEn : 'title' in node ? node.title : 'metric' in node ? node.metric : null;
  const zh = 'nameZh' in node ? node.nameZh : 'titleZh' in node ? node.titleZh : null;
  return { nameEn: en ?? null, nameZh: zh ?? null };
}

function toSceneNode(node: NodeLabelFragment, parent: string | null): SceneNode {
  return { id: node.id, typename: node.__typename, ...readNames(node), parent };
}

function toSceneLink(source: string, target: string, link: LinkFieldsFragment, onPath = false): SceneLink {
  return {
    key: `${source}|${link.type}|${target}`,
    type: link.type,
    source,
    target,
    flow: link.flow ?? null,
    editorial: link.editorial === true,
    sources: link.sources,
    onPath,
  };
}

const kindRequest = { document: EntityKindQuery, variables: {} as Record<string, unknown> };

function loadEntity(id: string) {
  return remember(`kind|${id}`, () => runOperation(EntityKindQuery, { id }));
}

function loadPage(typename: string, id: string, kind: string, index: number, after: string | null): Promise<KindPage | null> {
  return remember(`page|${id}|${kind}|${index}`, () => fetchKindPage(typename, id, kind, after));
}

function loadPath(from: string, to: string) {
  return remember(`path|${from}|${to}`, () => runOperation(GraphPathQuery, { from, to }));
}

export async function buildScene(state: SceneState): Promise<Scene> {
  const scene: Scene = { nodes: new Map(), links: new Map(), expanded: new Map(), path: null, full: false, dataVersion: null, lastRequest: null };
  const addNode = (node: SceneNode) => {
    if (scene.nodes.has(node.id)) return true;
    if (scene.nodes.size >= MAX_SCENE_NODES) {
      scene.full = true;
      return false;
    }
    scene.nodes.set(node.id, node);
    return true;
  };
  const addLink = (link: SceneLink) => {
    const known = scene.links.get(link.key);
    scene.links.set(link.key, known ? { ...known, onPath: known.onPath || link.onPath } : link);
  };

  for (const id of state.start) {
    const answer = await loadEntity(id);
    scene.dataVersion = answer.dataVersion ?? scene.dataVersion;
    scene.lastRequest = { ...kindRequest, variables: { id } };
    if (answer.data.node) addNode(toSceneNode(answer.data.node, null));
  }

  for (const expansion of state.x) {
    const parent = scene.nodes.get(expansion.id);
    if (!parent || state.hide.includes(expansion.id)) continue;
    let after: string | null = null;
    let shown = 0;
    let total = 0;
    for (let index = 0; shown < expansion.count; index++) {
      const page = await loadPage(parent.typename, parent.id, expansion.kind, index, after);
      if (!page) break;
      scene.dataVersion = page.dataVersion ?? scene.dataVersion;
      scene.lastRequest = page.request;
      total = page.totalCount;
      for (const edge of page.edges.slice(0, expansion.count - shown)) {
        shown++;
        if (!addNode(toSceneNode(edge.node, parent.id))) break;
        const out = isOutgoing(parent.typename, expansion.kind, edge.link);
        addLink(out ? toSceneLink(parent.id, edge.node.id, edge.link) : toSceneLink(edge.node.id, parent.id, edge.link));
      }
      if (!page.hasNextPage || !page.endCursor || scene.full) break;
      after = page.endCursor;
    }
    scene.expanded.set(`${expansion.id}|${expansion.kind}`, { total, shown: Math.min(shown, total) });
  }

  if (state.path) {
    const [from, to] = state.path;
    const answer = await loadPath(from, to);
    scene.dataVersion = answer.dataVersion ?? scene.dataVersion;
    scene.lastRequest = { document: GraphPathQuery, variables: { from, to } };
    const first = answer.data.paths[0];
    scene.path = [];
    if (first) {
      first.nodes.forEach((node, i) => {
        addNode(toSceneNode(node, i > 0 ? first.nodes[i - 1]!.id : null));
      });
      first.links.forEach((pathLink, i) => {
        const link = toSceneLink(pathLink.from.id, pathLink.to.id, pathLink.link, true);
        addLink(link);
        scene.path!.push({ from: first.nodes[i]!.id, to: first.nodes[i + 1]!.id, link });
      });
    }
  }

  // Links whose ends a cap left out are not drawn.
  for (const [key, link] of scene.links) if (!scene.nodes.has(link.source) || !scene.nodes.has(link.target)) scene.links.delete(key);
  return scene;
}
