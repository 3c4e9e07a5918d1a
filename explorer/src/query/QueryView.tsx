// The query view's entry: a small chunk that loads the IDE (GraphiQL and Monaco, some 3 MB)
// only when it can work. Monaco needs inline styles, which the server allows only on pages
// loaded at /query (src/http/explorerStatic.ts, QUERY_IDE_CSP); when the explorer comes here
// from another view without a page load, the page still has the strict policy, so it is
// reloaded at this URL first.
import { lazy, Suspense, useEffect } from 'react';
import { translate } from '../i18n';
import type { Lang } from '../route';

const QueryIde = lazy(() => import('./QueryIde').then((m) => ({ default: m.QueryIde })));

/** The path the current document was loaded at (pushState does not change it). */
function readDocumentPath(): string {
  const entry = performance.getEntriesByType('navigation')[0];
  return new URL(entry?.name ?? window.location.href).pathname.replace(/\/+$/, '');
}

export function QueryView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  const strictPage = readDocumentPath() !== '/query';
  useEffect(() => {
    if (strictPage) window.location.reload();
  }, [strictPage]);
  const loading = <p className="meta">{translate(lang, 'loading')}</p>;
  if (strictPage) return loading;
  return (
    <Suspense fallback={loading}>
      <QueryIde params={params} lang={lang} />
    </Suspense>
  );
}
