// The industrial-chain view: /chain?industry=…&direction=BOTH&hops=3 (the URL is the state).
// One industryChain request; the chain drawn in ELK's layered layout, one column per tier,
// with what flows along each link, the zones and clusters at each tier, the links and
// industries as tables with CSV/JSON (and the diagram as SVG), citation and "open as a query".
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChainIndustriesQuery, IndustryChainLeanQuery } from '../__generated__/graphql';
import { ApiError, runOperation, type ApiAnswer } from '../api';
import { CiteBox } from '../CiteBox';
import { ExportButtons } from '../ExportButtons';
import { downloadText, type ExportRow } from '../exportList';
import { translate } from '../i18n';
import { RouteLink } from '../Link';
import { OpenAsQuery } from '../OpenAsQuery';
import { navigate, type Lang } from '../route';
import { ChainDiagram } from './ChainDiagram';
import type { ChainLayout } from './chainElkGraph';
import { layOutChain } from './chainLayout';
import { capChain, DIRECTIONS, HOPS, readChainParams, readName, toLinkId, toSignedTier, writeChainParams, type ChainAnswer, type ChainParams, type DrawnChain } from './chainModel';
import { ChainIndustriesQuery as industriesDocument, IndustryChainQuery as chainDocument, IndustryChainLeanQuery as leanChainDocument } from './chainOperations';
import { formatTier, translateChain as t } from './chainStrings';
import './chain.css';

type IndustryList = NonNullable<ChainIndustriesQuery['industries']>['nodes'];

let industriesRequest: Promise<IndustryList> | null = null;
/** The switcher's industries, asked for once per page load. */
function loadIndustries(): Promise<IndustryList> {
  industriesRequest ??= runOperation(industriesDocument, {}).then((a) => a.data.industries.nodes);
  industriesRequest.catch(() => (industriesRequest = null));
  return industriesRequest;
}

type ChainState =
  | { status: 'loading' }
  | { status: 'error'; message: string; code: string | null }
  /** `lean`: the full request was refused as too costly and the ids-only one answered. */
  | { status: 'done'; answer: ApiAnswer<{ industryChain: ChainAnswer | null }>; lean: boolean };

/** The ids-only answer in the full one's shape: names and titles fall back to the ids. */
function toFullAnswer(lean: IndustryChainLeanQuery['industryChain']): ChainAnswer | null {
  if (!lean) return null;
  const named = (e: { id: string }) => ({ id: e.id, nameEn: e.id, nameZh: null });
  return {
    root: lean.root,
    nodes: lean.nodes.map((n) => ({ ...n, zones: n.zones.map(named), clusters: n.clusters.map(named) })),
    links: lean.links.map((l) => ({
      ...l,
      link: { ...l.link, sources: l.link.sources.map((s) => ({ id: s.id, code: null, title: s.id, url: null, publisher: null, publishedOn: null })) },
    })),
  };
}

/** The chain: the full request, or the ids-only one when the full one is refused as too costly. */
async function loadChain(variables: { id: string; direction: ChainParams['direction']; maxHops: number }): Promise<Extract<ChainState, { status: 'done' }>> {
  try {
    return { status: 'done', answer: await runOperation(chainDocument, variables), lean: false };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'LIMIT_EXCEEDED') throw error;
    const lean = await runOperation(leanChainDocument, variables);
    return { status: 'done', answer: { data: { industryChain: toFullAnswer(lean.data.industryChain) }, dataVersion: lean.dataVersion }, lean: true };
  }
}

interface Entity {
  id: string;
  nameEn: string;
  nameZh?: string | null;
}

function collectAtTier(chain: DrawnChain, tier: number, key: 'zones' | 'clusters'): Entity[] {
  const byId = new Map<string, Entity>();
  for (const n of chain.nodes) if (toSignedTier(n) === tier) for (const e of n[key]) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function IndustrySwitcher({ value, lang, onChange }: { value: string; lang: Lang; onChange: (id: string) => void }) {
  const [industries, setIndustries] = useState<IndustryList | null>(null);
  useEffect(() => {
    let live = true;
    loadIndustries().then(
      (list) => live && setIndustries(list),
      () => live && setIndustries([]),
    );
    return () => {
      live = false;
    };
  }, []);
  const listed = industries?.some((i) => i.id === value || i.subIndustries.nodes.some((s) => s.id === value));
  return (
    <label className="chain-control">
      <span>{t(lang, 'focus')}</span>
      <select id="chain-industry" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {!listed && (
          <optgroup label={t(lang, 'other')}>
            <option value={value}>{value}</option>
          </optgroup>
        )}
        {industries && (
          <optgroup label={t(lang, 'topLevel')}>
            {industries.map((i) => (
              <option key={i.id} value={i.id}>
                {readName(i, lang)}
              </option>
            ))}
          </optgroup>
        )}
        {industries?.map((i) =>
          i.subIndustries.nodes.length ? (
            <optgroup key={i.id} label={`${t(lang, 'subIndustriesOf')} ${readName(i, lang)}`}>
              {i.subIndustries.nodes.map((s) => (
                <option key={s.id} value={s.id}>
                  {readName(s, lang)}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
      </select>
    </label>
  );
}

function TierPlaces({ chain, lang }: { chain: DrawnChain; lang: Lang }) {
  return (
    <section className="chain-places" aria-labelledby="chain-places-heading">
      <h2 id="chain-places-heading">{t(lang, 'atEachTier')}</h2>
      <div className="chain-places-columns">
        {chain.tiers.map((tier) => (
          <div key={tier} className="chain-tier-places" data-tier={tier}>
            <h3>{formatTier(tier, lang)}</h3>
            {(['zones', 'clusters'] as const).map((key) => {
              const items = collectAtTier(chain, tier, key);
              return (
                <div key={key} className={`chain-${key}`}>
                  <h4>
                    {t(lang, key)} <span className="count">{items.length}</span>
                  </h4>
                  {items.length ? (
                    <ul>
                      {items.map((e) => (
                        <li key={e.id} data-id={e.id}>
                          <RouteLink to={{ view: 'entity', id: e.id, lang }}>{readName(e, lang)}</RouteLink>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="meta">{t(lang, 'none')}</p>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}

function LinkDetails({ chain, id, lang, names }: { chain: DrawnChain; id: string | null; lang: Lang; names: Map<string, Entity> }) {
  const link = id ? chain.links.find((l) => toLinkId(l) === id) : undefined;
  const nameOf = (x: string) => (names.get(x) ? readName(names.get(x)!, lang) : x);
  return (
    <div className="chain-link-details" aria-live="polite" data-link={link ? id : undefined}>
      {!link ? (
        <p className="meta">{t(lang, 'linkHint')}</p>
      ) : (
        <>
          <p>
            <strong>{nameOf(link.from.id)}</strong> → <strong>{nameOf(link.to.id)}</strong>: {link.link.flow}{' '}
            <span className={`chain-kind ${link.link.editorial ? 'editorial' : 'sourced'}`}>{t(lang, link.link.editorial ? 'editorialShort' : 'sourcedShort')}</span>
          </p>
          {link.link.note && (
            <p className="chain-note">
              {t(lang, 'note')}: {link.link.note}
            </p>
          )}
          <p className="chain-sources-heading">{t(lang, 'sources')}:</p>
          {link.link.sources.length ? (
            <ul className="chain-sources">
              {link.link.sources.map((s) => (
                <li key={s.id} data-id={s.id}>
                  <RouteLink to={{ view: 'entity', id: s.id, lang }}>{s.title}</RouteLink>
                  {s.publisher && <span className="meta"> · {s.publisher}</span>}
                  {s.publishedOn && <span className="meta"> · {s.publishedOn}</span>}
                  {s.url && (
                    <>
                      {' '}
                      · <a href={s.url}>{translate(lang, 'link')}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">{t(lang, 'noSources')}</p>
          )}
        </>
      )}
    </div>
  );
}

function toLinkRows(chain: DrawnChain, names: Map<string, Entity>): ExportRow[] {
  return chain.links.map((l) => ({
    from: l.from.id,
    fromName: names.get(l.from.id)?.nameEn ?? null,
    to: l.to.id,
    toName: names.get(l.to.id)?.nameEn ?? null,
    flow: l.link.flow ?? null,
    editorial: l.link.editorial ?? null,
    verified: l.link.verified,
    note: l.link.note ?? null,
    sources: l.link.sources.map((s) => s.id).join('; '),
  }));
}

function toNodeRows(chain: DrawnChain): ExportRow[] {
  return chain.nodes.map((n) => ({
    industry: n.industry.id,
    nameEn: n.industry.nameEn,
    nameZh: n.industry.nameZh ?? null,
    side: n.side,
    depth: n.depth,
    tier: toSignedTier(n),
    zones: n.zones.map((z) => z.id).join('; '),
    clusters: n.clusters.map((c) => c.id).join('; '),
  }));
}

/** The diagram as drawn, at its own size (also when shown fitted to the frame). */
function exportSvg(svg: SVGSVGElement | null, layout: ChainLayout, name: string): void {
  if (!svg) return;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(layout.width));
  copy.setAttribute('height', String(layout.height));
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  downloadText(`${name}.svg`, text, 'image/svg+xml');
}

export function ChainView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  const current = readChainParams(params);
  const { industry, direction, hops } = current;
  const variables = useMemo(() => ({ id: industry, direction, maxHops: hops }), [industry, direction, hops]);
  const [state, setState] = useState<ChainState>({ status: 'loading' });
  const [layout, setLayout] = useState<{ for: DrawnChain; layout: ChainLayout } | null>(null);
  const [activeLink, setActiveLink] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  // Fit to the frame's width (null: decide per layout: fit unless that would shrink text below about half size).
  const [fitChoice, setFitChoice] = useState<boolean | null>(null);

  const change = (next: Partial<ChainParams>) => navigate({ view: 'chain', params: writeChainParams({ ...current, ...next }), lang });

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    setActiveLink(null);
    loadChain(variables).then(
      (done) => live && setState(done),
      (error: unknown) =>
        live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error), code: error instanceof ApiError ? error.code : null }),
    );
    return () => {
      live = false;
    };
  }, [variables]);

  const chain = state.status === 'done' ? state.answer.data.industryChain : null;
  const drawn = useMemo(() => (chain ? capChain(chain) : null), [chain]);
  const names = useMemo(() => new Map<string, Entity>((chain?.nodes ?? []).map((n) => [n.industry.id, n.industry])), [chain]);

  useEffect(() => {
    if (!drawn) return;
    let live = true;
    layOutChain(drawn, lang).then(
      (result) => live && setLayout({ for: drawn, layout: result }),
      (error: unknown) => live && setState({ status: 'error', message: `ELK: ${error instanceof Error ? error.message : String(error)}`, code: null }),
    );
    return () => {
      live = false;
    };
  }, [drawn, lang]);

  const shown = layout && layout.for === drawn ? layout.layout : null;
  const frameWidth = canvasRef.current?.clientWidth ?? 1200;
  const fit = fitChoice ?? (shown !== null && shown.width > frameWidth && shown.width * 0.55 <= frameWidth);
  const rootName = chain ? readName(chain.root, lang) : industry;
  const title = `${t(lang, 'title')}: ${rootName} (${t(lang, direction)}, ${hops} ${t(lang, 'hops')})`;
  const fileName = `chain-${industry.replace(/^industry:/, '')}-${direction.toLowerCase()}-${hops}`;

  return (
    <main className="chain-view" data-lang={lang} data-state={shown ? 'ready' : state.status === 'error' ? 'error' : 'loading'}>
      <h1>{t(lang, 'title')}</h1>
      <p className="meta">{t(lang, 'intro')}</p>
      <form className="chain-controls" onSubmit={(e) => e.preventDefault()}>
        <IndustrySwitcher value={industry} lang={lang} onChange={(id) => change({ industry: id })} />
        <label className="chain-control">
          <span>{t(lang, 'direction')}</span>
          <select id="chain-direction" value={direction} onChange={(e) => change({ direction: readChainParams({ direction: e.currentTarget.value }).direction })}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(lang, d)}
              </option>
            ))}
          </select>
        </label>
        <label className="chain-control">
          <span>{t(lang, 'hops')}</span>
          <select id="chain-hops" value={hops} onChange={(e) => change({ hops: Number(e.currentTarget.value) })}>
            {HOPS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      </form>

      {state.status === 'error' && (
        <p className="error" role="alert" data-code={state.code ?? undefined}>
          {translate(lang, 'error')}
          {state.code ? ` (${state.code})` : ''}: {state.message}
        </p>
      )}
      {state.status === 'loading' && <p className="meta">{translate(lang, 'loading')}</p>}
      {state.status === 'done' && !chain && <p className="meta">{t(lang, 'noChain')}</p>}

      {state.status === 'done' && chain && drawn && (
        <>
          <div className="chain-toolbar">
            <CiteBox title={title} dataVersion={state.answer.dataVersion} lang={lang} />
            <OpenAsQuery document={state.lean ? leanChainDocument : chainDocument} variables={variables} lang={lang} />
          </div>
          {state.lean && (
            <p className="chain-capped chain-lean" role="status">
              {t(lang, 'lean')}
            </p>
          )}
          {drawn.cappedAt !== null && (
            <p className="chain-capped" role="status" data-hidden-nodes={drawn.hiddenNodes} data-hidden-links={drawn.hiddenLinks}>
              {t(lang, 'cappedBefore')} {drawn.cappedAt} {t(lang, 'cappedMiddle')} {drawn.hiddenNodes} {t(lang, 'industriesWord')} {drawn.hiddenLinks} {t(lang, 'linksWord')}{' '}
              {t(lang, 'cappedAfter')}
            </p>
          )}
          {drawn.links.length === 0 && <p className="meta">{t(lang, 'noLinks')}</p>}
          {/* biome-ignore lint/a11y/useSemanticElements: a named group of legend entries, not a form fieldset */}
          <div className="chain-legend" role="group" aria-label={t(lang, 'legend')}>
            <span className="chain-legend-item">
              <svg width="40" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="40" y2="5" stroke="#1f4e8c" strokeWidth="2" />
              </svg>{' '}
              {t(lang, 'sourced')}
            </span>
            <span className="chain-legend-item">
              <svg width="40" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="40" y2="5" stroke="#8a6d3b" strokeWidth="2" strokeDasharray="6 4" />
              </svg>{' '}
              {t(lang, 'editorial')}
            </span>
            {shown && (
              <span className="meta" data-testid="layout-ms" data-ms={Math.round(shown.elapsedMs)}>
                {t(lang, 'layoutTime')}: {Math.round(shown.elapsedMs)} ms
              </span>
            )}
            {shown && (
              <button type="button" className="chain-fit" aria-pressed={fit} onClick={() => setFitChoice(!fit)}>
                {t(lang, 'fitWidth')}
              </button>
            )}
            {shown && (
              <button type="button" data-export="svg" onClick={() => exportSvg(svgRef.current, shown, fileName)}>
                ⤓ {t(lang, 'exportSvg')}
              </button>
            )}
          </div>
          <div className={`chain-canvas${fit ? ' fit' : ''}`} ref={canvasRef}>
            {shown ? (
              <ChainDiagram ref={svgRef} fit={fit} layout={shown} links={drawn.links} names={names} lang={lang} activeLink={activeLink} onActivateLink={setActiveLink} />
            ) : (
              <p className="meta">{t(lang, 'layingOut')}</p>
            )}
          </div>
          <LinkDetails chain={drawn} id={activeLink} lang={lang} names={names} />
          <TierPlaces chain={drawn} lang={lang} />

          <section className="chain-table" aria-labelledby="chain-links-heading">
            <h2 id="chain-links-heading">
              {t(lang, 'links')} <span className="count">{drawn.links.length}</span>
              <ExportButtons name={`${fileName}-links`} rows={toLinkRows(drawn, names)} lang={lang} />
            </h2>
            <table className="chain-links-table">
              <thead>
                <tr>
                  <th>{t(lang, 'from')}</th>
                  <th>{t(lang, 'to')}</th>
                  <th>{t(lang, 'flow')}</th>
                  <th>{t(lang, 'kind')}</th>
                  <th>{t(lang, 'sources')}</th>
                </tr>
              </thead>
              <tbody>
                {drawn.links.map((l) => (
                  <tr key={toLinkId(l)} data-from={l.from.id} data-to={l.to.id}>
                    <td>
                      <RouteLink to={{ view: 'entity', id: l.from.id, lang }}>{readName(names.get(l.from.id) ?? { nameEn: l.from.id }, lang)}</RouteLink>
                    </td>
                    <td>
                      <RouteLink to={{ view: 'entity', id: l.to.id, lang }}>{readName(names.get(l.to.id) ?? { nameEn: l.to.id }, lang)}</RouteLink>
                    </td>
                    <td>{l.link.flow}</td>
                    <td>{t(lang, l.link.editorial ? 'editorialShort' : 'sourcedShort')}</td>
                    <td>
                      {l.link.sources.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 && '; '}
                          <RouteLink to={{ view: 'entity', id: s.id, lang }}>{s.title}</RouteLink>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="chain-table" aria-labelledby="chain-nodes-heading">
            <h2 id="chain-nodes-heading">
              {t(lang, 'industries')} <span className="count">{drawn.nodes.length}</span>
              <ExportButtons name={`${fileName}-industries`} rows={toNodeRows(drawn)} lang={lang} />
            </h2>
            <table className="chain-nodes-table">
              <thead>
                <tr>
                  <th>{t(lang, 'industry')}</th>
                  <th>{t(lang, 'side')}</th>
                  <th>{t(lang, 'depth')}</th>
                  <th>{t(lang, 'zones')}</th>
                  <th>{t(lang, 'clusters')}</th>
                </tr>
              </thead>
              <tbody>
                {drawn.nodes.map((n) => (
                  <tr key={n.industry.id} data-id={n.industry.id}>
                    <td>
                      <RouteLink to={{ view: 'entity', id: n.industry.id, lang }}>{readName(n.industry, lang)}</RouteLink>
                    </td>
                    <td>{t(lang, n.side)}</td>
                    <td>{n.depth}</td>
                    <td>{n.zones.map((z) => readName(z, lang)).join('、')}</td>
                    <td>{n.clusters.map((c) => readName(c, lang)).join('、')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </main>
  );
}
