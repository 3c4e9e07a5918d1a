// The laid-out chain as SVG: a band and heading per tier, ELK's routed polylines with
// arrowheads and the flow on each, sourced links solid and editorial ones dashed, and the
// industries as links to their entity pages. Colours and dashes are attributes, not CSS,
// so the SVG export looks like the screen.
import { forwardRef } from 'react';
import { navigate, writeRoute, type Lang, type Route } from '../route';
import { HEADING_SPACE, type ChainLayout } from './chainElkGraph';
import type { ChainLinkItem } from './chainModel';
import { readName, toLinkId } from './chainModel';
import { formatTier, translateChain } from './chainStrings';

const SOURCED = '#1f4e8c';
const EDITORIAL = '#8a6d3b';
export const EDITORIAL_DASH = '6 4';

interface ChainDiagramProps {
  layout: ChainLayout;
  links: ChainLinkItem[];
  names: Map<string, { nameEn: string; nameZh?: string | null }>;
  lang: Lang;
  activeLink: string | null;
  /** Scaled to the frame's width instead of drawn at its own size. */
  fit: boolean;
  onActivateLink: (id: string | null) => void;
}

function toPointList(points: Array<{ x: number; y: number }>): string {
  return points.map((p) => `${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`).join(' ');
}

export const ChainDiagram = forwardRef<SVGSVGElement, ChainDiagramProps>(function ChainDiagram({ layout, links, names, lang, activeLink, fit, onActivateLink }, ref) {
  const linkById = new Map(links.map((l) => [toLinkId(l), l]));
  const nameOf = (id: string) => {
    const n = names.get(id);
    return n ? readName(n, lang) : id;
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG has no grouping element that carries a name; role=group does
    <svg
      ref={ref}
      className="chain-diagram"
      xmlns="http://www.w3.org/2000/svg"
      width={fit ? '100%' : layout.width}
      height={fit ? undefined : layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={translateChain(lang, 'diagram')}
      fontFamily="'Noto Sans SC', sans-serif"
    >
      <defs>
        <marker id="chain-arrow-sourced" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={SOURCED} />
        </marker>
        <marker id="chain-arrow-editorial" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={EDITORIAL} />
        </marker>
      </defs>
      <g className="chain-tiers">
        {layout.tiers.map((t) => (
          <g key={t.tier} className="chain-tier" data-tier={t.tier}>
            <rect x={t.x - 8} y={HEADING_SPACE - 4} width={t.width + 16} height={layout.height - HEADING_SPACE - 4} rx={6} fill={t.tier === 0 ? '#eaf1fa' : '#f0f1f3'} />
            <text x={t.x + t.width / 2} y={HEADING_SPACE - 14} textAnchor="middle" fontSize={13} fontWeight={600} fill="#3d4452">
              {formatTier(t.tier, lang)}
            </text>
          </g>
        ))}
      </g>
      <g className="chain-links">
        {layout.links.map((route) => {
          const link = linkById.get(route.id);
          if (!link || route.points.length < 2) return null;
          const editorial = link.link.editorial === true;
          const colour = editorial ? EDITORIAL : SOURCED;
          const flow = link.link.flow ?? '';
          return (
            // biome-ignore lint/a11y/noStaticElementInteractions: a focusable link of the diagram (tabIndex 0, named); hover and focus show its details, it has no action
            <g
              key={route.id}
              className={`chain-link ${editorial ? 'editorial' : 'sourced'}${activeLink === route.id ? ' active' : ''}`}
              data-from={link.from.id}
              data-to={link.to.id}
              data-flow={flow}
              tabIndex={0}
              aria-label={`${nameOf(link.from.id)} → ${nameOf(link.to.id)}: ${flow} (${translateChain(lang, editorial ? 'editorialShort' : 'sourcedShort')})`}
              onMouseEnter={() => onActivateLink(route.id)}
              onFocus={() => onActivateLink(route.id)}
              onKeyDown={(e) => e.key === 'Escape' && onActivateLink(null)}
            >
              <polyline className="chain-link-hit" points={toPointList(route.points)} fill="none" stroke="transparent" strokeWidth={10} />
              <polyline
                className="chain-link-line"
                points={toPointList(route.points)}
                fill="none"
                stroke={colour}
                strokeWidth={1.6}
                strokeDasharray={editorial ? EDITORIAL_DASH : undefined}
                markerEnd={`url(#chain-arrow-${editorial ? 'editorial' : 'sourced'})`}
              />
              {route.label && (
                <g className="chain-link-label">
                  <rect x={route.label.x} y={route.label.y} width={route.label.width} height={route.label.height} fill="#ffffff" fillOpacity={0.85} />
                  <text x={route.label.x + 2} y={route.label.y + 10} fontSize={11} fill={colour}>
                    {route.label.lines.map((line, i) => (
                      <tspan key={i} x={route.label!.x + 2} dy={i === 0 ? 0 : 13}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </g>
      <g className="chain-nodes">
        {layout.nodes.map((box) => {
          const to: Route = { view: 'entity', id: box.id, lang };
          return (
            <a
              key={box.id}
              className={`chain-node${box.tier === 0 ? ' root' : ''}`}
              href={writeRoute(to)}
              data-id={box.id}
              data-tier={box.tier}
              aria-label={nameOf(box.id)}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                navigate(to);
                window.scrollTo(0, 0);
              }}
            >
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={box.height}
                rx={5}
                fill={box.tier === 0 ? '#0b5cad' : '#ffffff'}
                stroke={box.tier === 0 ? '#0b5cad' : '#8d95a3'}
              />
              <text x={box.x + 10} y={box.y + 20} fontSize={13} fill={box.tier === 0 ? '#ffffff' : '#1d2330'}>
                {box.lines.map((line, i) => (
                  <tspan key={i} x={box.x + 10} dy={i === 0 ? 0 : 16}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
});
