// The scene as URL parameters, keyed by the graph's own ids (never internal ids):
//   start=<id>,<id>   the entities the scene starts from
//   x=<id>:<kind>:<count>,…   expansions in order: the first <count> neighbours of <id> along <kind>
//   hide=<id>,…       collapsed nodes: their expansions are left out
//   path=<from>,<to>  a path between two entities, added and highlighted
//   sel=<id>          the selected node
// Ids contain ':' (zone:shanghai), so an expansion is read from the right.

export interface Expansion {
  id: string;
  kind: string;
  count: number;
}

export interface SceneState {
  start: string[];
  x: Expansion[];
  hide: string[];
  path: [string, string] | null;
  sel: string | null;
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseExpansion(text: string): Expansion | null {
  const match = /^(.+):([A-Za-z]+):(\d+)$/.exec(text);
  if (!match) return null;
  return { id: match[1]!, kind: match[2]!, count: Number(match[3]) };
}

export function readSceneState(params: Record<string, string>): SceneState {
  const path = splitList(params.path);
  return {
    start: splitList(params.start),
    x: splitList(params.x)
      .map(parseExpansion)
      .filter((e): e is Expansion => e !== null && e.count > 0),
    hide: splitList(params.hide),
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    sel: params.sel || null,
  };
}

export function writeSceneState(state: SceneState): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.start.length) params.start = state.start.join(',');
  if (state.x.length) params.x = state.x.map((e) => `${e.id}:${e.kind}:${e.count}`).join(',');
  if (state.hide.length) params.hide = state.hide.join(',');
  if (state.path) params.path = state.path.join(',');
  if (state.sel) params.sel = state.sel;
  return params;
}

/** The state after expanding `id` along `kind` by `more` neighbours (a new expansion, or a longer one). */
export function addExpansion(state: SceneState, id: string, kind: string, more: number): SceneState {
  const existing = state.x.find((e) => e.id === id && e.kind === kind);
  const x = existing ? state.x.map((e) => (e === existing ? { ...e, count: e.count + more } : e)) : [...state.x, { id, kind, count: more }];
  return { ...state, x, hide: state.hide.filter((h) => h !== id) };
}

export function collapseNode(state: SceneState, id: string): SceneState {
  return state.hide.includes(id) ? state : { ...state, hide: [...state.hide, id] };
}
