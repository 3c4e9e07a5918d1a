// Placeholder: the chain view is being built (issue 10).
import type { Lang } from '../route';

export function ChainView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  return (
    <main className="chain-view" data-lang={lang}>
      <pre>{JSON.stringify(params)}</pre>
    </main>
  );
}
