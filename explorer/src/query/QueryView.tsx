// Placeholder: the query view is being built (issue 10).
import type { Lang } from '../route';

export function QueryView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  return (
    <main className="query-view" data-lang={lang}>
      <pre>{JSON.stringify(params)}</pre>
    </main>
  );
}
