// The explorer's frame: title, the views' navigation, language toggle (kept in the URL as
// ?lang=zh) and the view the URL names. The graph, chain, dashboard and query views are
// loaded on demand, so the first view ships only search and entity pages.
import { lazy, Suspense, useEffect } from 'react';
import { EntityPage } from './EntityPage';
import { translate, type StringKey } from './i18n';
import { RouteLink } from './Link';
import { navigate, useRoute, type Lang, type ParamView, type Route } from './route';
import { SearchPage } from './SearchPage';

const GraphView = lazy(() => import('./graph/GraphView').then((m) => ({ default: m.GraphView })));
const ChainView = lazy(() => import('./chain/ChainView').then((m) => ({ default: m.ChainView })));
const DashboardView = lazy(() => import('./dashboard/DashboardView').then((m) => ({ default: m.DashboardView })));
const QueryView = lazy(() => import('./query/QueryView').then((m) => ({ default: m.QueryView })));

const PARAM_VIEW_COMPONENTS = { graph: GraphView, chain: ChainView, dashboard: DashboardView, query: QueryView };

const NAV: Array<{ view: 'search' | ParamView; label: StringKey }> = [
  { view: 'search', label: 'navSearch' },
  { view: 'graph', label: 'navGraph' },
  { view: 'chain', label: 'navChain' },
  { view: 'dashboard', label: 'navDashboard' },
  { view: 'query', label: 'navQuery' },
];

function toNavRoute(view: 'search' | ParamView, lang: Lang): Route {
  return view === 'search' ? { view, q: '', types: [], lang } : { view, params: {}, lang };
}

function renderView(route: Route) {
  if (route.view === 'entity') return <EntityPage key={route.id} id={route.id} lang={route.lang} />;
  if (route.view === 'search') return <SearchPage q={route.q} types={route.types} lang={route.lang} />;
  const View = PARAM_VIEW_COMPONENTS[route.view];
  return (
    <Suspense fallback={<p className="meta">{translate(route.lang, 'loading')}</p>}>
      <View params={route.params} lang={route.lang} />
    </Suspense>
  );
}

export function App() {
  const route = useRoute();
  const lang = route.lang;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  const otherLanguage: Route = { ...route, lang: lang === 'zh' ? 'en' : 'zh' };
  return (
    <div className={`app app-${route.view}`}>
      <header className="top">
        <RouteLink to={toNavRoute('search', lang)} className="brand">
          {translate(lang, 'appTitle')}
        </RouteLink>
        <nav aria-label="Views">
          {NAV.map((item) => (
            <span key={item.view} className={route.view === item.view ? 'nav-current' : undefined} data-nav={item.view}>
              <RouteLink to={toNavRoute(item.view, lang)}>{translate(lang, item.label)}</RouteLink>
            </span>
          ))}
          <button
            type="button"
            className="lang-toggle"
            data-testid="lang-toggle"
            aria-label={translate(lang, 'languageLabel')}
            onClick={() => navigate(otherLanguage, { replace: true })}
          >
            {translate(lang, 'language')}
          </button>
        </nav>
      </header>
      {renderView(route)}
    </div>
  );
}
