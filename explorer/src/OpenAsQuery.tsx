// "Open as a query": any view's request, opened in the query IDE with its variables, so a
// scene or a chart turns back into the GraphQL that produced it.
import { translate } from './i18n';
import { RouteLink } from './Link';
import type { Lang } from './route';

export function OpenAsQuery({ document, variables, lang }: { document: { toString(): string }; variables?: unknown; lang: Lang }) {
  const params: Record<string, string> = { query: document.toString().trim() };
  if (variables !== undefined && variables !== null && Object.keys(variables).length > 0) params.variables = JSON.stringify(variables, null, 2);
  return (
    <RouteLink to={{ view: 'query', params, lang }} className="open-as-query">
      {translate(lang, 'openAsQuery')}
    </RouteLink>
  );
}
