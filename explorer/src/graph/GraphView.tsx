// Placeholder: the graph view is being built (issue 10).
import type { Lang } from '../route';

export function GraphView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  return (
    <main className="graph-view" data-lang={lang}>
      <pre>{JSON.stringify(params)}</pre>
    </main>
  );
}
