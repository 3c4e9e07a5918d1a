// Placeholder: the dashboard view is being built (issue 10).
import type { Lang } from '../route';

export function DashboardView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  return (
    <main className="dashboard-view" data-lang={lang}>
      <pre>{JSON.stringify(params)}</pre>
    </main>
  );
}
