// One page for every entity type, driven by node(id:): facts with dates as the API gives them
// (2019, 2023-11, 2013-09-29), every source, relationships grouped by kind with their
// totalCount and "show 20 more", disputed figures side by side with their sources, and
// unverified facts marked. Each list exports as CSV and JSON.
import { useEffect, useRef, useState } from 'react';
import type { LinkFieldsFragment, NodeLabelFragment, ObservationFieldsFragment, SourceFieldsFragment, TypedDocumentString } from './__generated__/graphql';
import { runOperation } from './api';
import { CiteBox } from './CiteBox';
import {
  EntityAuthorityQuery,
  EntityIndustrialClusterQuery,
  EntityIndustryQuery,
  EntityKindQuery,
  EntityNewsItemQuery,
  EntityObservationQuery,
  EntityPersonQuery,
  EntityPolicyDocumentQuery,
  EntityReformFieldQuery,
  EntityReformMeasureQuery,
  EntitySourceQuery,
  EntityZoneAreaQuery,
  EntityZoneQuery,
} from './entityOperations';
import { ExportButtons } from './ExportButtons';
import type { ExportRow } from './exportList';
import { formatLinkDetails, translate, translateFieldName, translateRelationship, translateTypeName } from './i18n';
import { readEntityLabel, readSecondaryLabel } from './labels';
import { RouteLink } from './Link';
import { OpenAsQuery } from './OpenAsQuery';
import type { Lang } from './route';

/** What every entity operation answers, read generically: the node's fields by name. */
type EntityNode = NodeLabelFragment & Record<string, unknown>;
type EntityVariables = { id: string; after?: string | null } & Record<string, unknown>;
type EntityDocument = TypedDocumentString<{ node: EntityNode | null }, EntityVariables>;

function asEntityDocument(document: unknown): EntityDocument {
  return document as EntityDocument;
}

/** Each type's operation and the lists it pages (the operation's boolean flags). */
const ENTITY_OPERATIONS: Record<string, { document: EntityDocument; lists: string[] }> = {
  Zone: { document: asEntityDocument(EntityZoneQuery), lists: ['areas', 'documents', 'measures', 'clusters', 'industries', 'news', 'observations', 'sources'] },
  ZoneArea: { document: asEntityDocument(EntityZoneAreaQuery), lists: ['focusIndustries', 'documents', 'measures', 'clusters', 'news', 'observations', 'sources'] },
  PolicyDocument: {
    document: asEntityDocument(EntityPolicyDocumentQuery),
    lists: ['issuers', 'zones', 'areas', 'measures', 'relatedDocuments', 'establishedAreas', 'news', 'observations', 'sources'],
  },
  Authority: { document: asEntityDocument(EntityAuthorityQuery), lists: ['units', 'documents', 'people', 'observations', 'sources'] },
  Person: { document: asEntityDocument(EntityPersonQuery), lists: ['authorities', 'news', 'observations', 'sources'] },
  ReformField: { document: asEntityDocument(EntityReformFieldQuery), lists: ['measures', 'observations', 'sources'] },
  ReformMeasure: { document: asEntityDocument(EntityReformMeasureQuery), lists: ['fields', 'documents', 'zones', 'areas', 'industries', 'news', 'observations', 'sources'] },
  Industry: {
    document: asEntityDocument(EntityIndustryQuery),
    lists: ['focusAreas', 'subIndustries', 'upstream', 'downstream', 'clusters', 'zones', 'measures', 'news', 'observations', 'sources'],
  },
  IndustrialCluster: { document: asEntityDocument(EntityIndustrialClusterQuery), lists: ['industries', 'observations', 'sources'] },
  Source: { document: asEntityDocument(EntitySourceQuery), lists: ['supports'] },
  Observation: { document: asEntityDocument(EntityObservationQuery), lists: [] },
  NewsItem: { document: asEntityDocument(EntityNewsItemQuery), lists: ['zones', 'areas', 'industries', 'measures', 'documents', 'people', 'sources'] },
};

interface LinkItem {
  cursor: string;
  node: NodeLabelFragment;
  link: LinkFieldsFragment;
}
interface ListPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  items: T[];
}
type AnyListPage = ListPage<LinkItem | ObservationFieldsFragment | SourceFieldsFragment>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A connection in the answer, as a page of items (edges for relationships, nodes otherwise). */
function readListPage(value: unknown): AnyListPage | null {
  if (!isRecord(value) || typeof value.totalCount !== 'number' || !isRecord(value.pageInfo)) return null;
  const items = (Array.isArray(value.edges) ? value.edges : Array.isArray(value.nodes) ? value.nodes : []) as AnyListPage['items'];
  return { totalCount: value.totalCount, pageInfo: value.pageInfo as AnyListPage['pageInfo'], items };
}

const LABEL_FIELDS = new Set(['__typename', 'id', 'title']);
const NOT_FACTS = new Set(['obsSources']);

interface Loaded {
  node: EntityNode;
  lists: Record<string, AnyListPage>;
  dataVersion: string | null;
}

async function loadEntity(id: string): Promise<Loaded | null> {
  const kind = await runOperation(EntityKindQuery, { id });
  const typename = kind.data.node?.__typename;
  const operation = typename ? ENTITY_OPERATIONS[typename] : undefined;
  if (!operation) return null;
  const answer = await runOperation(operation.document, { id });
  const node = answer.data.node;
  if (!node) return null;
  const lists: Record<string, AnyListPage> = {};
  for (const name of operation.lists) {
    const page = readListPage(node[name]);
    if (page) lists[name] = page;
  }
  return { node, lists, dataVersion: answer.dataVersion };
}

async function loadMore(typename: string, id: string, list: string, after: string | null): Promise<AnyListPage | null> {
  const operation = ENTITY_OPERATIONS[typename];
  if (!operation) return null;
  const flags = Object.fromEntries(operation.lists.map((name) => [name, name === list]));
  const answer = await runOperation(operation.document, { id, after, ...flags });
  return answer.data.node ? readListPage(answer.data.node[list]) : null;
}

function UnverifiedMark({ lang }: { lang: Lang }) {
  return (
    <span className="unverified" title={translate(lang, 'unverified')}>
      ⚠ {translate(lang, 'unverified')}
    </span>
  );
}

function SourceLinks({ sources, lang }: { sources: SourceFieldsFragment[]; lang: Lang }) {
  if (!sources.length) return null;
  return (
    <span className="source-links">
      {sources.map((s) => (
        <RouteLink key={s.id} to={{ view: 'entity', id: s.id, lang }} className="source-chip">
          {s.code ?? s.id}
        </RouteLink>
      ))}
    </span>
  );
}

function formatFactValue(typename: string, key: string, value: unknown, lang: Lang): React.ReactNode {
  // A news item's original page (tv.cctv.com): the link, not the bare address.
  if (typename === 'NewsItem' && key === 'url' && typeof value === 'string')
    return (
      <a href={value} target="_blank" rel="noreferrer noopener" className="external" data-testid="original-link">
        {translate(lang, 'original')} ({new URL(value, window.location.href).hostname})
      </a>
    );
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (isRecord(value) && typeof value.id === 'string')
    return <RouteLink to={{ view: 'entity', id: value.id, lang }}>{readEntityLabel(value as NodeLabelFragment, lang)}</RouteLink>;
  return String(value);
}

function FactsTable({ node, lang }: { node: EntityNode; lang: Lang }) {
  const rows = Object.entries(node).filter(
    ([key, value]) => !LABEL_FIELDS.has(key) && !NOT_FACTS.has(key) && value !== null && value !== undefined && !readListPage(value) && !Array.isArray(value),
  );
  return (
    <section className="facts">
      <h2>{translate(lang, 'facts')}</h2>
      <dl>
        <dt>{translateFieldName(lang, 'id')}</dt>
        <dd>
          <code>{node.id}</code>
        </dd>
        {rows.map(([key, value]) => (
          <div key={key} className="fact" data-field={key}>
            <dt>{translateFieldName(lang, key)}</dt>
            <dd>
              {formatFactValue(node.__typename, key, value, lang)}
              {key === 'verified' && value === false && <UnverifiedMark lang={lang} />}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function toLinkRow(item: LinkItem): ExportRow {
  return {
    id: item.node.id,
    type: item.node.__typename,
    nameEn: readEntityLabel(item.node, 'en'),
    nameZh: readEntityLabel(item.node, 'zh'),
    relationship: item.link.type,
    direction: item.link.direction,
    verified: item.link.verified,
    from: item.link.from,
    to: item.link.to,
    title: item.link.title,
    first: item.link.first,
    flow: item.link.flow,
    term: item.link.term ?? null,
    evidence: item.link.evidence ?? null,
    sources: item.link.sources.map((s) => s.id).join(' '),
  };
}

function toSourceRow(s: SourceFieldsFragment): ExportRow {
  return { id: s.id, code: s.code, title: s.title, publisher: s.publisher, publishedOn: s.publishedOn, url: s.url, note: s.note };
}

function toObservationRow(o: ObservationFieldsFragment): ExportRow {
  return {
    id: o.id,
    metric: o.metric,
    value: o.value,
    valueText: o.valueText,
    unit: o.unit,
    asOf: o.asOf,
    disputed: o.disputed,
    verified: o.verified,
    sources: o.sources.map((s) => s.id).join(' '),
  };
}

function ListHeader({ name, page, rows, lang, heading }: { name: string; page: AnyListPage; rows: ExportRow[]; lang: Lang; heading: string }) {
  return (
    <h3>
      {heading}{' '}
      <span className="count" data-testid={`count-${name}`}>
        {page.totalCount}
      </span>
      <span className="shown">
        {' '}
        ({page.items.length} {translate(lang, 'shown')})
      </span>
      <ExportButtons name={`${name}`} rows={rows} lang={lang} />
    </h3>
  );
}

function MoreButton({ page, onMore, lang, name }: { page: AnyListPage; onMore: () => void; lang: Lang; name: string }) {
  if (!page.pageInfo.hasNextPage) return null;
  return (
    <button type="button" className="more" data-more={name} onClick={onMore}>
      {translate(lang, 'showMore')}
    </button>
  );
}

function SourcesTable({ sources, lang }: { sources: SourceFieldsFragment[]; lang: Lang }) {
  if (!sources.length) return <p>{translate(lang, 'none')}</p>;
  return (
    <table className="sources-table">
      <thead>
        <tr>
          <th>{translateFieldName(lang, 'title')}</th>
          <th>{translate(lang, 'publisher')}</th>
          <th>{translate(lang, 'published')}</th>
          <th>{translate(lang, 'link')}</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id} data-id={s.id}>
            <td>
              <RouteLink to={{ view: 'entity', id: s.id, lang }}>{s.title}</RouteLink>
              {s.code && <span className="meta"> {s.code}</span>}
            </td>
            <td>{s.publisher ?? '—'}</td>
            <td className="date">{s.publishedOn ?? '—'}</td>
            <td>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer noopener" className="external">
                  {new URL(s.url, window.location.href).hostname}
                </a>
              ) : (
                '—'
              )}
              {s.note && <span className="meta"> {s.note}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ObservationsSection({ page, lang, onMore }: { page: ListPage<ObservationFieldsFragment>; lang: Lang; onMore: () => void }) {
  const disputed = new Map<string, ObservationFieldsFragment[]>();
  for (const o of page.items) if (o.disputed) disputed.set(o.metric, [...(disputed.get(o.metric) ?? []), o]);
  const formatValue = (o: ObservationFieldsFragment) => `${o.valueText ?? o.value ?? '—'}${o.unit && o.valueText == null ? ` ${o.unit}` : ''}`;
  return (
    <section className="observations" data-list="observations">
      <ListHeader name="observations" heading={translate(lang, 'observations')} page={page} rows={page.items.map(toObservationRow)} lang={lang} />
      {disputed.size > 0 && (
        <div className="disputed">
          <h4>{translate(lang, 'disputed')}</h4>
          <p className="hint">{translate(lang, 'disputedNote')}</p>
          {[...disputed].map(([key, values]) => (
            <div key={key} className="disputed-row" data-metric={values[0]?.metric}>
              {values.map((o) => (
                <div key={o.id} className="disputed-value" data-id={o.id}>
                  <div className="metric">{o.metric}</div>
                  <div className="value">{formatValue(o)}</div>
                  <div className="date">{o.asOf}</div>
                  {!o.verified && <UnverifiedMark lang={lang} />}
                  <SourcesTable sources={o.sources} lang={lang} />
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th>{translateFieldName(lang, 'metric')}</th>
            <th>{translateFieldName(lang, 'value')}</th>
            <th>{translateFieldName(lang, 'asOf')}</th>
            <th>{translate(lang, 'sources')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((o) => (
            <tr key={o.id} data-id={o.id} className={o.disputed ? 'is-disputed' : undefined}>
              <td>
                <RouteLink to={{ view: 'entity', id: o.id, lang }}>{o.metric}</RouteLink>
                {o.disputed && <span className="disputed-mark"> ⇄ {translateFieldName(lang, 'disputed')}</span>}
              </td>
              <td>
                {formatValue(o)} {!o.verified && <UnverifiedMark lang={lang} />}
              </td>
              <td className="date">{o.asOf}</td>
              <td>
                <SourceLinks sources={o.sources} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreButton page={page} onMore={onMore} lang={lang} name="observations" />
    </section>
  );
}

/** A MENTIONS link's term and evidence sentence, quoted and marked as the broadcast's own words. */
function MentionEvidence({ link, lang }: { link: LinkFieldsFragment; lang: Lang }) {
  if (!link.term && !link.evidence) return null;
  return (
    <div className="mention">
      {link.term && (
        <span className="term" data-testid="mention-term">
          {translate(lang, 'term')}: <q lang="zh">{link.term}</q>
        </span>
      )}
      {link.evidence && (
        <p className="evidence" data-testid="mention-evidence">
          <span className="evidence-label">{translate(lang, 'broadcastWords')}</span> <q lang="zh">{link.evidence}</q>
        </p>
      )}
    </div>
  );
}

function RelationshipGroup({ name, page, lang, onMore }: { name: string; page: ListPage<LinkItem>; lang: Lang; onMore: () => void }) {
  const list = useRef<HTMLUListElement>(null);
  const shown = useRef(page.items.length);
  // After "show 20 more", keyboard focus moves to the first new entry (the button may be gone).
  useEffect(() => {
    if (page.items.length > shown.current) list.current?.querySelectorAll<HTMLAnchorElement>(':scope > li > a:first-of-type')[shown.current]?.focus();
    shown.current = page.items.length;
  }, [page.items.length]);
  return (
    <section className="relationship-group" data-list={name}>
      <ListHeader name={name} heading={translateFieldName(lang, name)} page={page} rows={page.items.map(toLinkRow)} lang={lang} />
      <ul ref={list}>
        {page.items.map((item) => (
          <li key={item.node.id} data-id={item.node.id}>
            {item.node.__typename === 'NewsItem' && <span className="date news-date">{item.node.broadcastOn} </span>}
            <RouteLink to={{ view: 'entity', id: item.node.id, lang }}>{readEntityLabel(item.node, lang)}</RouteLink>
            {readSecondaryLabel(item.node, lang) && <span className="secondary"> {readSecondaryLabel(item.node, lang)}</span>}
            <span className="meta">
              {' '}
              <span data-relationship={item.link.type}>{translateRelationship(lang, item.link.type, item.link.direction)}</span>
              {formatLinkDetails(lang, item.link) && ` · ${formatLinkDetails(lang, item.link)}`}
            </span>
            {!item.link.verified && <UnverifiedMark lang={lang} />}
            <SourceLinks sources={item.link.sources} lang={lang} />
            <MentionEvidence link={item.link} lang={lang} />
          </li>
        ))}
      </ul>
      <MoreButton page={page} onMore={onMore} lang={lang} name={name} />
    </section>
  );
}

export function EntityPage({ id, lang }: { id: string; lang: Lang }) {
  const [state, setState] = useState<{ id: string; loaded: Loaded | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownId = state?.id === id && state.loaded ? id : null;

  // A new entity moves keyboard focus to its heading, as a page load would.
  useEffect(() => {
    if (shownId) heading.current?.focus();
  }, [shownId]);

  useEffect(() => {
    let live = true;
    setError(null);
    loadEntity(id).then(
      (loaded) => live && setState({ id, loaded }),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (error)
    return (
      <main>
        <p role="alert">
          {translate(lang, 'error')}: {error}
        </p>
      </main>
    );
  if (!state || state.id !== id) return <main aria-busy="true">{translate(lang, 'loading')}</main>;
  const loaded = state.loaded;
  if (!loaded)
    return (
      <main>
        <h1>{id}</h1>
        <p>{translate(lang, 'notFound')}</p>
      </main>
    );
  const { node, lists } = loaded;

  async function showMore(list: string) {
    const page = lists[list];
    if (!page) return;
    const next = await loadMore(node.__typename, node.id, list, page.pageInfo.endCursor);
    if (!next || !loaded) return;
    setState({ id, loaded: { ...loaded, lists: { ...lists, [list]: { ...next, items: [...page.items, ...next.items] } } } });
  }

  const title = readEntityLabel(node, lang);
  const secondary = readSecondaryLabel(node, lang);
  // A news item's mentions are grouped by type; the types it names none of are left out.
  const relationNames = Object.keys(lists).filter((name) => name !== 'observations' && name !== 'sources' && !(node.__typename === 'NewsItem' && lists[name]?.totalCount === 0));
  const ownSources = lists.sources?.items as SourceFieldsFragment[] | undefined;
  const obsSources = Array.isArray(node.obsSources) ? (node.obsSources as SourceFieldsFragment[]) : undefined;

  return (
    <main className="entity-page" data-typename={node.__typename}>
      <header>
        <p className="type">{translateTypeName(lang, node.__typename)}</p>
        <h1 ref={heading} tabIndex={-1}>
          {title} {node.verified === false && <UnverifiedMark lang={lang} />}
        </h1>
        {secondary && <p className="secondary">{secondary}</p>}
        <p className="view-links">
          <RouteLink to={{ view: 'graph', params: { start: node.id }, lang }} className="open-in-graph">
            {translate(lang, 'openInGraph')}
          </RouteLink>
          <OpenAsQuery document={ENTITY_OPERATIONS[node.__typename]?.document ?? EntityKindQuery} variables={{ id: node.id }} lang={lang} />
        </p>
      </header>
      <CiteBox title={title} dataVersion={loaded.dataVersion} lang={lang} />
      <FactsTable node={node} lang={lang} />
      {relationNames.length > 0 && (
        <section className="relationships">
          <h2>{translate(lang, 'relationships')}</h2>
          {relationNames.map((name) => (
            <RelationshipGroup key={name} name={name} page={lists[name] as ListPage<LinkItem>} lang={lang} onMore={() => void showMore(name)} />
          ))}
        </section>
      )}
      {lists.observations && lists.observations.totalCount > 0 && (
        <ObservationsSection page={lists.observations as ListPage<ObservationFieldsFragment>} lang={lang} onMore={() => void showMore('observations')} />
      )}
      {(ownSources || obsSources) && (
        <section className="sources" data-list="sources">
          {lists.sources ? (
            <ListHeader name="sources" heading={translate(lang, 'sources')} page={lists.sources} rows={(ownSources ?? []).map(toSourceRow)} lang={lang} />
          ) : (
            <h2>
              {translate(lang, 'sources')} <ExportButtons name="sources" rows={(obsSources ?? []).map(toSourceRow)} lang={lang} />
            </h2>
          )}
          <SourcesTable sources={ownSources ?? obsSources ?? []} lang={lang} />
          {lists.sources && <MoreButton page={lists.sources} onMore={() => void showMore('sources')} lang={lang} name="sources" />}
        </section>
      )}
    </main>
  );
}
