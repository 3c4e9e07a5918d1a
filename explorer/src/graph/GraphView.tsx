// The graph view (issue 10, view 3): a scene grown from one or more entities by expanding
// relationship kinds (count shown first, 20 at a time), collapsing, undoing and following a
// path; drawn by sigma (WebGL) with positions from ForceAtlas2 in a worker; the whole scene in
// the URL (sceneState.ts); exports as GraphML, PNG, SVG, CSV and JSON.
import './graph.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import { CiteBox } from '../CiteBox';
import { ExportButtons } from '../ExportButtons';
import { downloadBlob, downloadText } from '../exportList';
import { translate, translateFieldName, translateTypeName } from '../i18n';
import { RouteLink } from '../Link';
import { OpenAsQuery } from '../OpenAsQuery';
import { navigate, type Lang } from '../route';
import { buildScene, EXPAND_STEP, MAX_SCENE_NODES, type Scene, type SceneNode } from './buildScene';
import { formatGraphml, listLinkRows, listNodeRows, renderPng, renderSvg } from './graphExports';
import { fetchKindCounts, listKinds, type KindCounts } from './graphOperations';
import { applySceneSize, createRenderer, createSceneGraph, loadLabelFont, placeNear, shortenLabel, type EdgeAttributes, type NodeAttributes } from './graphRenderer';
import { translateGraph as t } from './graphStrings';
import { EDGE_COLOR, EDITORIAL_EDGE_COLOR, formatEdgeLabel, PATH_EDGE_COLOR, readTypeStyle, TYPE_STYLE } from './graphStyle';
import { GraphStartPicker } from './GraphStartPicker';
import { LayoutRunner } from './runLayout';
import { addExpansion, collapseNode, readSceneState, writeSceneState, type SceneState } from './sceneState';

declare global {
  interface Window {
    /** Where a node is drawn (viewport px), for the browser tests' pixel checks. */
    __graphView?: { locateNode(id: string): { x: number; y: number; size: number; label: string } | null };
  }
}

export function readNodeLabel(node: SceneNode, lang: Lang): string {
  return (lang === 'zh' ? node.nameZh || node.nameEn : node.nameEn || node.nameZh) ?? node.id;
}

export function GraphView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the params' JSON, not by the object identity of each render
  const state = useMemo(() => readSceneState(params), [JSON.stringify(params)]);
  if (!state.start.length) return <GraphStartPicker lang={lang} />;
  return <GraphScene state={state} lang={lang} />;
}

const countCache = new Map<string, Promise<KindCounts | null>>();

function loadCounts(node: SceneNode): Promise<KindCounts | null> {
  let hit = countCache.get(node.id);
  if (!hit) {
    hit = fetchKindCounts(node.typename, node.id);
    countCache.set(node.id, hit);
    hit.catch(() => countCache.delete(node.id));
  }
  return hit;
}

function GraphScene({ state, lang }: { state: SceneState; lang: Lang }) {
  const sceneKey = JSON.stringify({ ...state, sel: null });
  const [scene, setScene] = useState<Scene | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [layoutDone, setLayoutDone] = useState(false);
  const [counts, setCounts] = useState<KindCounts | null>(null);
  const [pathFrom, setPathFrom] = useState<string | null>(null);
  const [, setHistoryTick] = useState(0);
  const undoStack = useRef<SceneState[]>([]);
  const redoStack = useRef<SceneState[]>([]);
  const containerRef = useRef<HTMLDivElement>(null);
  const [graph] = useState(createSceneGraph);
  const rendererRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const [layout] = useState(() => new LayoutRunner());
  const stateRef = useRef(state);
  stateRef.current = state;

  const go = useCallback((next: SceneState, replace = false) => navigate({ view: 'graph', params: writeSceneState(next), lang }, { replace }), [lang]);
  const changeScene = useCallback(
    (next: SceneState) => {
      undoStack.current.push(stateRef.current);
      redoStack.current = [];
      setHistoryTick((n) => n + 1);
      go(next);
    },
    [go],
  );
  const undo = useCallback(() => {
    const previous = undoStack.current.pop();
    if (!previous) return;
    redoStack.current.push(stateRef.current);
    setHistoryTick((n) => n + 1);
    go(previous);
  }, [go]);
  const redo = useCallback(() => {
    const next = redoStack.current.pop();
    if (!next) return;
    undoStack.current.push(stateRef.current);
    setHistoryTick((n) => n + 1);
    go(next);
  }, [go]);
  const select = useCallback((id: string | null) => go({ ...stateRef.current, sel: id }, true), [go]);
  const selectRef = useRef(select);
  selectRef.current = select;

  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt when the scene key changes, not on every state object
  useEffect(() => {
    let live = true;
    setError(null);
    buildScene(state)
      .then((built) => live && setScene(built))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [sceneKey]);

  // The renderer lives as long as the view.
  useEffect(() => {
    const renderer = createRenderer(graph, containerRef.current!);
    rendererRef.current = renderer;
    layout.warm();
    // Through a ref: a language switch changes `select` but must not rebuild the WebGL renderer.
    renderer.on('clickNode', ({ node }) => selectRef.current(node));
    renderer.on('clickStage', () => selectRef.current(null));
    window.__graphView = {
      locateNode(id) {
        const display = renderer.getNodeDisplayData(id);
        if (!display) return null;
        const p = renderer.framedGraphToViewport(display);
        return { x: p.x, y: p.y, size: renderer.scaleSize(display.size), label: display.label ?? '' };
      },
    };
    return () => {
      renderer.kill();
      layout.stop();
      rendererRef.current = null;
      delete window.__graphView;
    };
  }, [graph, layout]);

  // Sync the drawn graph with the scene; new nodes start near the node they came from, then the layout settles.
  useEffect(() => {
    if (!scene) return;
    const renderer = rendererRef.current;
    let added = false;
    graph.forEachNode((id) => {
      if (!scene.nodes.has(id)) graph.dropNode(id);
    });
    const newByParent = new Map<string | null, SceneNode[]>();
    for (const node of scene.nodes.values()) {
      if (graph.hasNode(node.id)) continue;
      const anchor = node.parent && graph.hasNode(node.parent) ? node.parent : null;
      newByParent.set(anchor, [...(newByParent.get(anchor) ?? []), node]);
    }
    for (const [anchor, nodes] of newByParent) {
      const at = anchor ? { x: graph.getNodeAttribute(anchor, 'x'), y: graph.getNodeAttribute(anchor, 'y') } : null;
      nodes.forEach((node, i) => {
        const style = readTypeStyle(node.typename);
        graph.addNode(node.id, {
          ...placeNear(at, i, nodes.length),
          size: style.size,
          color: style.color,
          label: shortenLabel(readNodeLabel(node, lang)),
          typename: node.typename,
        });
        added = true;
      });
    }
    const fewNodes = scene.nodes.size <= 150;
    if (renderer) applySceneSize(renderer, scene.nodes.size);
    for (const node of scene.nodes.values()) {
      graph.mergeNodeAttributes(node.id, { label: shortenLabel(readNodeLabel(node, lang)), forceLabel: fewNodes });
    }
    graph.forEachEdge((key) => {
      if (!scene.links.has(key)) graph.dropEdge(key);
    });
    for (const link of scene.links.values()) {
      const attributes: EdgeAttributes = {
        size: link.onPath ? 3 : 1.5,
        color: link.onPath ? PATH_EDGE_COLOR : link.editorial ? EDITORIAL_EDGE_COLOR : EDGE_COLOR,
        label: formatEdgeLabel(lang, link.type, link.flow),
        relType: link.type,
        editorial: link.editorial,
        onPath: link.onPath,
      };
      if (graph.hasEdge(link.key)) graph.replaceEdgeAttributes(link.key, attributes);
      else graph.addDirectedEdgeWithKey(link.key, link.source, link.target, attributes);
    }
    // Canvas text does not wait for a font: load the label characters' subsets of the shipped font first.
    const fontReady = loadLabelFont(graph);
    setLayoutDone(false);
    if (!added) {
      renderer?.refresh();
      void fontReady.then(() => {
        rendererRef.current?.refresh();
        setLayoutDone(true);
      });
      return;
    }
    const positions = new Map<string, { x: number; y: number }>();
    graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
    renderer?.refresh();
    const laidOut = layout.run({ ids: graph.nodes(), positions, edges: graph.mapEdges((_k, _a, s, tgt) => [s, tgt] as [string, string]) });
    void Promise.all([laidOut, fontReady]).then(([result]) => {
      if (!result) return;
      // One update event for all nodes (one merge per node would re-index the renderer each time).
      graph.updateEachNodeAttributes((id, a) => ({ ...a, ...result.positions.get(id) }), { attributes: ['x', 'y'] });
      rendererRef.current?.refresh();
      setLayoutDone(true);
    });
  }, [scene, lang, graph, layout]);

  // Selection and path are drawn by reducers, not by changing the graph.
  useEffect(() => {
    const renderer = rendererRef.current;
    if (!renderer) return;
    const pathNodes = new Set(scene?.path?.flatMap((hop) => [hop.from, hop.to]) ?? []);
    renderer.setSetting('nodeReducer', (id, data) => {
      if (id === state.sel) return { ...data, highlighted: true, size: data.size * 1.5, zIndex: 2, forceLabel: true };
      if (pathNodes.has(id)) return { ...data, highlighted: true, zIndex: 1 };
      return data;
    });
  }, [state.sel, scene]);

  const selected = state.sel ? (scene?.nodes.get(state.sel) ?? null) : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: counts are loaded when the selected id changes, not on every scene rebuild
  useEffect(() => {
    setCounts(null);
    if (!selected) return;
    let live = true;
    void loadCounts(selected).then((answer) => live && setCounts(answer));
    return () => {
      live = false;
    };
  }, [selected?.id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        redo();
      } else if (event.key === 'Escape' && stateRef.current.sel) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, select]);

  const full = (scene?.nodes.size ?? 0) >= MAX_SCENE_NODES;
  const title = `${t(lang, 'title')}: ${state.start.join(', ')}`;
  const exportName = `graph-${state.start.join('-')}`;

  return (
    <main
      className="graph-view"
      data-lang={lang}
      data-layout={layoutDone && scene ? 'done' : 'running'}
      data-node-count={scene?.nodes.size ?? 0}
      data-link-count={scene?.links.size ?? 0}
    >
      <div className="graph-canvas-wrap">
        <div ref={containerRef} className="graph-canvas" data-testid="graph-canvas" role="img" aria-label={t(lang, 'title')} />
        {!layoutDone && <p className="graph-status meta">{t(lang, 'laying')}</p>}
        <Legend lang={lang} />
      </div>
      <aside className="graph-panel" aria-label={t(lang, 'title')}>
        <div className="graph-toolbar">
          <button type="button" data-action="undo" onClick={undo} disabled={!undoStack.current.length} title="Ctrl+Z">
            ↶ {t(lang, 'undo')}
          </button>
          <button type="button" data-action="redo" onClick={redo} disabled={!redoStack.current.length} title="Ctrl+Shift+Z">
            ↷ {t(lang, 'redo')}
          </button>
          <span className="meta">
            {scene?.nodes.size ?? 0} {t(lang, 'nodeCount')} · {scene?.links.size ?? 0} {t(lang, 'linkCount')}
          </span>
        </div>
        {error && (
          <p className="error" role="alert">
            {translate(lang, 'error')}: {error}
          </p>
        )}
        {full && (
          <p className="graph-ceiling" role="status" data-testid="graph-ceiling">
            {t(lang, 'ceiling')}
          </p>
        )}
        {selected && scene && (
          <SelectedPanel
            node={selected}
            scene={scene}
            state={state}
            counts={counts}
            full={full}
            lang={lang}
            pathFrom={pathFrom}
            onExpand={(kind) => changeScene(addExpansion(state, selected.id, kind, EXPAND_STEP))}
            onCollapse={() => changeScene(collapseNode(state, selected.id))}
            onPathFrom={() => setPathFrom(selected.id)}
            onPathTo={() => {
              if (!pathFrom) return;
              changeScene({ ...state, path: [pathFrom, selected.id] });
              setPathFrom(null);
            }}
            onClear={() => select(null)}
          />
        )}
        {pathFrom && !selected && (
          <p className="meta">
            {t(lang, 'pathFromIs')}: <code>{pathFrom}</code>
          </p>
        )}
        {scene?.path && <PathPanel scene={scene} lang={lang} onClear={() => changeScene({ ...state, path: null })} />}
        {scene && <NodeList scene={scene} selected={state.sel} lang={lang} onSelect={select} />}
        {scene && (
          <section className="graph-exports" aria-label={t(lang, 'exports')}>
            <h3>{t(lang, 'exports')}</h3>
            <button type="button" data-export="graphml" onClick={() => downloadText(`${exportName}.graphml`, formatGraphml(scene, lang), 'application/graphml+xml')}>
              ⤓ {t(lang, 'exportGraphml')}
            </button>
            <button
              type="button"
              data-export="png"
              onClick={() =>
                void loadLabelFont(graph)
                  .then(() => rendererRef.current && renderPng(rendererRef.current))
                  .then((blob) => blob && downloadBlob(`${exportName}.png`, blob))
              }
            >
              ⤓ {t(lang, 'exportPng')}
            </button>
            <button
              type="button"
              data-export="svg"
              onClick={() => rendererRef.current && void renderSvg(rendererRef.current, graph).then((svg) => downloadText(`${exportName}.svg`, svg, 'image/svg+xml'))}
            >
              ⤓ {t(lang, 'exportSvg')}
            </button>
            <div className="graph-export-lists">
              <span data-list="nodes">
                {t(lang, 'nodes')}: <ExportButtons name={`${exportName}-nodes`} rows={listNodeRows(scene)} lang={lang} />
              </span>
              <span data-list="links">
                {t(lang, 'links')}: <ExportButtons name={`${exportName}-links`} rows={listLinkRows(scene)} lang={lang} />
              </span>
            </div>
          </section>
        )}
        {scene?.lastRequest && <OpenAsQuery document={scene.lastRequest.document} variables={scene.lastRequest.variables} lang={lang} />}
        <CiteBox title={title} dataVersion={scene?.dataVersion ?? counts?.dataVersion ?? null} lang={lang} />
      </aside>
    </main>
  );
}

function Legend({ lang }: { lang: Lang }) {
  return (
    <ul className="graph-legend" aria-label={t(lang, 'legend')}>
      {Object.entries(TYPE_STYLE).map(([typename, style]) => (
        <li key={typename}>
          <span className="swatch" style={{ background: style.color, width: style.size, height: style.size }} />
          {translateTypeName(lang, typename)}
        </li>
      ))}
      <li>
        <span className="swatch-line" style={{ borderColor: EDITORIAL_EDGE_COLOR }} />
        {t(lang, 'editorial')}
      </li>
      <li>
        <span className="swatch-line" style={{ borderColor: PATH_EDGE_COLOR }} />
        {t(lang, 'path')}
      </li>
    </ul>
  );
}

interface SelectedPanelProps {
  node: SceneNode;
  scene: Scene;
  state: SceneState;
  counts: KindCounts | null;
  full: boolean;
  lang: Lang;
  pathFrom: string | null;
  onExpand(kind: string): void;
  onCollapse(): void;
  onPathFrom(): void;
  onPathTo(): void;
  onClear(): void;
}

function SelectedPanel({ node, scene, state, counts, full, lang, pathFrom, onExpand, onCollapse, onPathFrom, onPathTo, onClear }: SelectedPanelProps) {
  const kinds = listKinds(node.typename);
  const canCollapse = state.x.some((e) => e.id === node.id) && !state.hide.includes(node.id);
  const other = lang === 'zh' ? node.nameEn : node.nameZh;
  return (
    <section className="graph-selected" data-testid="graph-selected" data-id={node.id} aria-label={t(lang, 'selected')}>
      <h2>
        <span className="swatch" style={{ background: readTypeStyle(node.typename).color }} /> {readNodeLabel(node, lang)}
      </h2>
      {other && other !== readNodeLabel(node, lang) && <p className="meta">{other}</p>}
      <p className="meta">
        {translateTypeName(lang, node.typename)} · <code>{node.id}</code> · <RouteLink to={{ view: 'entity', id: node.id, lang }}>{t(lang, 'entityPage')}</RouteLink>
      </p>
      <h3>{translate(lang, 'relationships')}</h3>
      {!kinds.length && <p className="meta">{t(lang, 'noKinds')}</p>}
      {!counts && kinds.length > 0 && <p className="meta">{t(lang, 'counting')}</p>}
      {counts && (
        <ul className="graph-kinds">
          {kinds.map((kind) => {
            const total = counts.counts[kind] ?? 0;
            const expanded = state.hide.includes(node.id) ? undefined : scene.expanded.get(`${node.id}|${kind}`);
            const shown = expanded?.shown ?? 0;
            return (
              <li key={kind} data-kind={kind} data-count={total} data-shown={shown}>
                <span className="kind-name">{translateFieldName(lang, kind)}</span> <span className="kind-count">{total}</span>
                {expanded && (
                  <span className="meta">
                    {' '}
                    ({shown} {t(lang, 'shownOf')} {total})
                  </span>
                )}
                {total > shown && (
                  <button type="button" data-action={expanded ? 'more' : 'expand'} disabled={full} onClick={() => onExpand(kind)}>
                    {expanded ? t(lang, 'showMore') : `${t(lang, 'expand')} (${Math.min(EXPAND_STEP, total)})`}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="graph-actions">
        <button type="button" data-action="collapse" disabled={!canCollapse} onClick={onCollapse}>
          {t(lang, 'collapse')}
        </button>
        <button type="button" data-action="path-from" onClick={onPathFrom}>
          {t(lang, 'pathFrom')}
        </button>
        <button type="button" data-action="path-to" disabled={!pathFrom || pathFrom === node.id} onClick={onPathTo}>
          {t(lang, 'pathTo')}
        </button>
        <button type="button" data-action="clear-selection" onClick={onClear}>
          {t(lang, 'clearSelection')}
        </button>
      </p>
    </section>
  );
}

function PathPanel({ scene, lang, onClear }: { scene: Scene; lang: Lang; onClear(): void }) {
  const name = (id: string) => {
    const node = scene.nodes.get(id);
    return node ? readNodeLabel(node, lang) : id;
  };
  return (
    <section className="graph-path" data-testid="graph-path" aria-label={t(lang, 'path')}>
      <h3>
        {t(lang, 'path')}{' '}
        <button type="button" data-action="clear-path" onClick={onClear}>
          {t(lang, 'clearPath')}
        </button>
      </h3>
      {scene.path!.length === 0 && <p className="meta">{t(lang, 'noPath')}</p>}
      <ol>
        {scene.path!.map((hop, i) => (
          <li key={i} className="hop" data-from={hop.from} data-to={hop.to} data-type={hop.link.type}>
            <span>{name(hop.from)}</span> → <code>{formatEdgeLabel(lang, hop.link.type, hop.link.flow)}</code> → <span>{name(hop.to)}</span>
            {hop.link.sources.length > 0 && (
              <ul className="hop-sources" aria-label={t(lang, 'sources')}>
                {hop.link.sources.map((source) => (
                  <li key={source.id} data-source-id={source.id}>
                    {source.url ? (
                      <a href={source.url} rel="noreferrer" target="_blank">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                    {source.publisher && <span className="meta"> · {source.publisher}</span>}
                    {source.publishedOn && <span className="meta"> · {source.publishedOn}</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function NodeList({ scene, selected, lang, onSelect }: { scene: Scene; selected: string | null; lang: Lang; onSelect(id: string): void }) {
  return (
    <section className="graph-nodes" aria-label={t(lang, 'nodeList')}>
      <h3>{t(lang, 'nodeList')}</h3>
      <ul>
        {[...scene.nodes.values()].map((node) => (
          <li key={node.id} data-id={node.id}>
            <button type="button" aria-pressed={node.id === selected} onClick={() => onSelect(node.id)}>
              <span className="swatch" style={{ background: readTypeStyle(node.typename).color }} /> {readNodeLabel(node, lang)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
