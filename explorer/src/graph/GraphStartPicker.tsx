// An empty /graph: a search box to pick the entity the graph starts from.
import { useEffect, useState } from 'react';
import type { GraphSearchQuery as GraphSearchAnswer } from '../__generated__/graphql';
import { runOperation } from '../api';
import { CiteBox } from '../CiteBox';
import { translateTypeName } from '../i18n';
import { navigate, type Lang } from '../route';
import { readNames } from './buildScene';
import { GraphSearchQuery } from './graphOperations';
import { translateGraph as t } from './graphStrings';

export function GraphStartPicker({ lang }: { lang: Lang }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<GraphSearchAnswer['search']>([]);
  const [dataVersion, setDataVersion] = useState<string | null>(null);

  useEffect(() => {
    if (!text.trim()) return setHits([]);
    let live = true;
    const timer = setTimeout(() => {
      void runOperation(GraphSearchQuery, { text: text.trim() }).then((answer) => {
        if (!live) return;
        setHits(answer.data.search);
        setDataVersion(answer.dataVersion);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  const start = (id: string) => navigate({ view: 'graph', params: { start: id }, lang });
  return (
    <main className="graph-view graph-start">
      <label htmlFor="graph-start-box">{t(lang, 'pickStart')}</label>
      <input
        id="graph-start-box"
        type="search"
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) start(hits[0].node.id);
          if (e.key === 'Escape') setText('');
        }}
      />
      <ul className="graph-start-hits">
        {hits.map((hit) => {
          const names = readNames(hit.node);
          return (
            <li key={hit.node.id} data-id={hit.node.id}>
              <button type="button" onClick={() => start(hit.node.id)}>
                {(lang === 'zh' ? names.nameZh || names.nameEn : names.nameEn || names.nameZh) ?? hit.node.id}{' '}
                <span className="meta">{translateTypeName(lang, hit.node.__typename)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <CiteBox title={t(lang, 'title')} dataVersion={dataVersion} lang={lang} />
    </main>
  );
}
