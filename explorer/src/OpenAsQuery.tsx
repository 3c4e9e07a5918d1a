// "Open as a query": any view's request, opened in the query IDE with its variables, so a
// scene or a chart turns back into the GraphQL that produced it. A plain link (a page load,
// not pushState): the IDE's page is served with its own content security policy
// (src/http/explorerStatic.ts, QUERY_IDE_CSP), which only a page load at /query gets.
import { readDocumentText } from './api';
import { translate } from './i18n';
import { writeRoute, type Lang } from './route';

/** The IDE's URL for a document and its variables (left out when there are none). */
export function writeQueryLink(document: { toString(): string }, variables: unknown, lang: Lang): string {
  const params: Record<string, string> = { query: readDocumentText(document) };
  if (variables !== undefined && variables !== null && typeof variables === 'object' && Object.keys(variables).length > 0) params.variables = JSON.stringify(variables, null, 2);
  return writeRoute({ view: 'query', params, lang });
}

export function OpenAsQuery({ document, variables, lang }: { document: { toString(): string }; variables?: unknown; lang: Lang }) {
  return (
    <a href={writeQueryLink(document, variables, lang)} className="open-as-query">
      {translate(lang, 'openAsQuery')}
    </a>
  );
}
