// Search: one box (English or 中文), scored hits grouped by type, type filters; Enter opens the
// best hit. The text and the filters live in the URL (/search?q=…&types=…).
import { useEffect, useRef, useState } from 'react';
import { graphql } from './__generated__';
import type { EntityType, SearchQuery } from './__generated__/graphql';
import { runOperation, type ApiAnswer } from './api';
import { CiteBox } from './CiteBox';
import { ExportButtons } from './ExportButtons';
import { OpenAsQuery } from './OpenAsQuery';
import { SEARCHABLE_TYPENAMES, toEntityType, translate, translateTypeName } from './i18n';
import { readEntityLabel, readSecondaryLabel } from './labels';
import { RouteLink } from './Link';
import { navigate, type Lang } from './route';

const SearchOperation = graphql(`
  query Search($text: String!, $types: [EntityType!], $first: Int = 50) {
    search(text: $text, types: $types, first: $first) {
      score
      node { ...NodeLabel }
    }
  }
`);

type Hit = SearchQuery['search'][number];

const ENTITY_TYPES = new Set<string>(SEARCHABLE_TYPENAMES.map(toEntityType));

function isEntityType(value: string): value is EntityType {
  return ENTITY_TYPES.has(value);
}

function fetchHits(q: string, types: string[]): Promise<ApiAnswer<SearchQuery>> {
  const known = types.filter(isEntityType);
  return runOperation(SearchOperation, { text: q, types: known.length ? known : null });
}

export function SearchPage({ q, types, lang }: { q: string; types: string[]; lang: Lang }) {
  const [text, setText] = useState(q);
  const [answer, setAnswer] = useState<{ key: string; result: ApiAnswer<SearchQuery> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const key = `${q}\u0000${types.join(',')}`;

  useEffect(() => setText(q), [q]);
  useEffect(() => input.current?.focus(), []);

  // Typing updates the URL (replacing the entry, so Back is not a keystroke history).
  useEffect(() => {
    if (text === q) return;
    const timer = setTimeout(() => navigate({ view: 'search', q: text, types, lang }, { replace: true }), 200);
    return () => clearTimeout(timer);
  }, [text, q, types, lang]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the query and types together (key), not by each array identity
  useEffect(() => {
    if (!q.trim()) return setAnswer(null);
    let live = true;
    fetchHits(q, types).then(
      (result) => {
        if (!live) return;
        setAnswer({ key, result });
        setError(null);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [key]);

  async function openBestHit() {
    if (!text.trim()) return;
    const hits = answer && answer.key === `${text}\u0000${types.join(',')}` ? answer.result.data.search : (await fetchHits(text, types)).data.search;
    const best = hits[0];
    if (best) navigate({ view: 'entity', id: best.node.id, lang });
  }

  function toggleType(typename: string) {
    const value = toEntityType(typename);
    const next = types.includes(value) ? types.filter((t) => t !== value) : [...types, value];
    navigate({ view: 'search', q: text, types: next, lang }, { replace: true });
  }

  const hits = answer?.key === key ? answer.result.data.search : [];
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) groups.set(hit.node.__typename, [...(groups.get(hit.node.__typename) ?? []), hit]);

  return (
    <main className="search-page">
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search is the landmark every browser supports; <search> is not yet */}
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void openBestHit();
        }}
      >
        <label htmlFor="search-box">{translate(lang, 'searchLabel')}</label>
        <input
          id="search-box"
          ref={input}
          type="search"
          value={text}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setText('');
          }}
        />
        <button type="submit">{translate(lang, 'search')}</button>
        <p className="hint">{translate(lang, 'searchHint')}</p>
        <fieldset className="type-filters">
          <legend>{translate(lang, 'types')}</legend>
          {SEARCHABLE_TYPENAMES.map((typename) => (
            <label key={typename}>
              <input type="checkbox" name="types" value={toEntityType(typename)} checked={types.includes(toEntityType(typename))} onChange={() => toggleType(typename)} />
              {translateTypeName(lang, typename)}
            </label>
          ))}
        </fieldset>
      </form>
      {error && (
        <p role="alert">
          {translate(lang, 'error')}: {error}
        </p>
      )}
      {answer?.key === key && (
        <section aria-live="polite" className="hits">
          <p className="summary">
            {hits.length} {translate(lang, hits.length === 1 ? 'hit' : 'hits')}
            <ExportButtons
              name={`search ${q}`}
              lang={lang}
              rows={hits.map((h) => ({ id: h.node.id, type: h.node.__typename, label: readEntityLabel(h.node, 'en'), labelZh: readEntityLabel(h.node, 'zh'), score: h.score }))}
            />
            <OpenAsQuery document={SearchOperation} variables={{ text: q, types: types.length ? types : null }} lang={lang} />
          </p>
          {hits.length === 0 && <p>{translate(lang, 'noHits')}</p>}
          {[...groups].map(([typename, group]) => (
            <section key={typename} className="hit-group" data-type={typename}>
              <h2>
                {translateTypeName(lang, typename)} <span className="count">{group.length}</span>
              </h2>
              <ol>
                {group.map((hit) => (
                  <li key={hit.node.id} data-id={hit.node.id}>
                    <RouteLink to={{ view: 'entity', id: hit.node.id, lang }}>{readEntityLabel(hit.node, lang)}</RouteLink>
                    {readSecondaryLabel(hit.node, lang) && <span className="secondary"> {readSecondaryLabel(hit.node, lang)}</span>}
                    <span className="meta">
                      {' '}
                      {hit.node.__typename === 'NewsItem' && <span className="date">{hit.node.broadcastOn} · </span>}
                      <code>{hit.node.id}</code> · {translate(lang, 'score')} {hit.score.toFixed(2)}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ))}
          <CiteBox title={`${translate(lang, 'search')}: ${q}`} dataVersion={answer.result.dataVersion} lang={lang} />
        </section>
      )}
    </main>
  );
}
