// The scene's exports: GraphML (nodes and edges with their ids and types), PNG (sigma's canvas
// layers composited, so labels keep the screen's font) and SVG (labels as <text> in Noto Sans
// SC, with the shipped font's subsets for the labels' characters embedded, so it renders the
// same offline).
import type Sigma from 'sigma';
import type { ExportRow } from '../exportList';
import type { Lang } from '../route';
import type { Scene } from './buildScene';
import type { EdgeAttributes, NodeAttributes, SceneGraph } from './graphRenderer';
import { EDITORIAL_EDGE_COLOR, PATH_EDGE_COLOR } from './graphStyle';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export function formatGraphml(scene: Scene, lang: Lang): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="nameEn" for="node" attr.name="nameEn" attr.type="string"/>',
    '  <key id="nameZh" for="node" attr.name="nameZh" attr.type="string"/>',
    '  <key id="typename" for="node" attr.name="typename" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="flow" for="edge" attr.name="flow" attr.type="string"/>',
    '  <key id="editorial" for="edge" attr.name="editorial" attr.type="boolean"/>',
    '  <graph id="scene" edgedefault="directed">',
  ];
  for (const node of scene.nodes.values()) {
    const label = (lang === 'zh' ? node.nameZh || node.nameEn : node.nameEn || node.nameZh) ?? node.id;
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(`      <data key="label">${escapeXml(label)}</data>`);
    if (node.nameEn) lines.push(`      <data key="nameEn">${escapeXml(node.nameEn)}</data>`);
    if (node.nameZh) lines.push(`      <data key="nameZh">${escapeXml(node.nameZh)}</data>`);
    lines.push(`      <data key="typename">${escapeXml(node.typename)}</data>`);
    lines.push('    </node>');
  }
  for (const link of scene.links.values()) {
    lines.push(`    <edge id="${escapeXml(link.key)}" source="${escapeXml(link.source)}" target="${escapeXml(link.target)}">`);
    lines.push(`      <data key="type">${escapeXml(link.type)}</data>`);
    if (link.flow) lines.push(`      <data key="flow">${escapeXml(link.flow)}</data>`);
    if (link.editorial) lines.push('      <data key="editorial">true</data>');
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export function listNodeRows(scene: Scene): ExportRow[] {
  return [...scene.nodes.values()].map((n) => ({ id: n.id, typename: n.typename, nameEn: n.nameEn, nameZh: n.nameZh }));
}

export function listLinkRows(scene: Scene): ExportRow[] {
  return [...scene.links.values()].map((l) => ({
    source: l.source,
    type: l.type,
    target: l.target,
    flow: l.flow,
    editorial: l.editorial,
    onPath: l.onPath,
    sources: l.sources.map((s) => s.id).join(' '),
  }));
}

/** The canvas layers as drawn (WebGL nodes and edges, 2D labels), on white. */
export function renderPng(renderer: Sigma<NodeAttributes, EdgeAttributes>): Promise<Blob> {
  // A synchronous render right before reading: WebGL buffers are only readable in the task that drew them.
  renderer.refresh();
  const container = renderer.getContainer();
  const layers = [...container.querySelectorAll('canvas')].filter((c) => !c.classList.contains('sigma-mouse'));
  const first = layers[0];
  const out = document.createElement('canvas');
  out.width = first?.width ?? 1;
  out.height = first?.height ?? 1;
  const context = out.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) context.drawImage(layer, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

interface FontSubset {
  ranges: Array<[number, number]>;
  url: string;
  unicodeRange: string;
}

function parseUnicodeRange(text: string): Array<[number, number]> {
  return text.split(',').flatMap((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
    if (!m) return [];
    if (m[1]!.includes('?')) return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'f'), 16)] as [number, number]];
    const start = parseInt(m[1]!, 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start] as [number, number]];
  });
}

/** The shipped Noto Sans SC faces (one per unicode-range subset) the page's stylesheets declare. */
function listFontSubsets(): FontSubset[] {
  const subsets: FontSubset[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule) || !rule.style.getPropertyValue('font-family').includes('Noto Sans SC')) continue;
      const src = rule.style.getPropertyValue('src');
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(src)?.[1];
      const unicodeRange = rule.style.getPropertyValue('unicode-range');
      if (url) subsets.push({ url: new URL(url, sheet.href ?? document.baseURI).href, unicodeRange, ranges: parseUnicodeRange(unicodeRange || 'U+0-10FFFF') });
    }
  }
  return subsets;
}

async function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** @font-face rules with the subsets that cover `text`, as data: URLs. */
async function embedFontFor(text: string): Promise<string> {
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  const needed = listFontSubsets().filter((s) => [...codes].some((code) => s.ranges.some(([a, b]) => code >= a && code <= b)));
  const faces = await Promise.all(
    needed.map(async (subset) => {
      const data = await readAsDataUrl(await (await fetch(subset.url)).blob());
      const range = subset.unicodeRange ? `unicode-range:${subset.unicodeRange};` : '';
      return `@font-face{font-family:"Noto Sans SC";font-weight:400;src:url(${data.replace(/^data:[^;]*;/, 'data:font/woff2;')}) format("woff2");${range}}`;
    }),
  );
  return faces.join('\n');
}

/** The scene as drawn, in SVG: positions from the renderer's viewport, labels as text. */
export async function renderSvg(renderer: Sigma<NodeAttributes, EdgeAttributes>, graph: SceneGraph): Promise<string> {
  const { width, height } = renderer.getDimensions();
  const point = (node: string) => {
    const display = renderer.getNodeDisplayData(node);
    const p = renderer.framedGraphToViewport({ x: display?.x ?? 0, y: display?.y ?? 0 });
    return { x: p.x, y: p.y, size: renderer.scaleSize(display?.size ?? 5) };
  };
  const parts: string[] = [];
  let labels = '';
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = point(source);
    const b = point(target);
    const color = attributes.onPath ? PATH_EDGE_COLOR : attributes.editorial ? EDITORIAL_EDGE_COLOR : attributes.color;
    const dash = attributes.editorial ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${color}" stroke-width="${attributes.onPath ? 3 : 1}"${dash}><title>${escapeXml(attributes.label)}</title></line>`,
    );
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = point(source);
    const b = point(target);
    const label = attributes.label;
    labels += label;
    parts.push(`<text class="edge-label" x="${((a.x + b.x) / 2).toFixed(1)}" y="${((a.y + b.y) / 2).toFixed(1)}" text-anchor="middle">${escapeXml(label)}</text>`);
  });
  graph.forEachNode((node, attributes) => {
    const p = point(node);
    labels += attributes.label;
    parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.size.toFixed(1)}" fill="${attributes.color}" data-id="${escapeXml(node)}"/>`);
    parts.push(`<text class="node-label" x="${(p.x + p.size + 3).toFixed(1)}" y="${(p.y + 4).toFixed(1)}">${escapeXml(attributes.label)}</text>`);
  });
  const fontFaces = await embedFontFor(labels).catch(() => '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="&quot;Noto Sans SC&quot;, sans-serif">`,
    `<style>${fontFaces}\ntext{font-family:"Noto Sans SC",sans-serif;font-size:13px;fill:#1f2328}.edge-label{font-size:10px;fill:#6b7280}</style>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
