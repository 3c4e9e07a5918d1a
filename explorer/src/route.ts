// Every view's state lives in the URL, keyed by the graph's own ids:
//   /search?q=…&types=…          /entity/<id>
//   /graph?…  /chain?…  /dashboard?…  /query?query=…&variables=…&example=…
// and ?lang=zh on any. The search and entity views have typed fields; the other views own
// their parameters (`params`, read and written by the view itself), so a view's URL format
// changes in one file.
import { useEffect, useState } from 'react';

export type Lang = 'en' | 'zh';

/** Views whose state is a set of URL parameters the view reads itself. */
export const PARAM_VIEWS = ['graph', 'chain', 'dashboard', 'query'] as const;
export type ParamView = (typeof PARAM_VIEWS)[number];

export type Route =
  | { view: 'search'; q: string; types: string[]; lang: Lang }
  | { view: 'entity'; id: string; lang: Lang }
  | { view: ParamView; params: Record<string, string>; lang: Lang };

function isParamView(name: string): name is ParamView {
  return (PARAM_VIEWS as readonly string[]).includes(name);
}

export function readRoute(location: Location = window.location): Route {
  const params = new URLSearchParams(location.search);
  const lang: Lang = params.get('lang') === 'zh' ? 'zh' : 'en';
  const entity = /^\/entity\/(.+)$/.exec(location.pathname);
  if (entity?.[1]) return { view: 'entity', id: decodeURIComponent(entity[1]), lang };
  const name = location.pathname.replace(/^\/+|\/+$/g, '');
  if (isParamView(name)) {
    params.delete('lang');
    return { view: name, params: Object.fromEntries(params), lang };
  }
  const types = (params.get('types') ?? '').split(',').filter(Boolean);
  return { view: 'search', q: params.get('q') ?? '', types, lang };
}

/** The URL of a route; `lang=en` is the default and left out. */
export function writeRoute(route: Route): string {
  const params = new URLSearchParams();
  let path: string;
  if (route.view === 'entity') path = `/entity/${encodeURIComponent(route.id).replace(/%3A/gi, ':')}`;
  else if (route.view === 'search') {
    path = '/search';
    if (route.q) params.set('q', route.q);
    if (route.types.length) params.set('types', route.types.join(','));
  } else {
    path = `/${route.view}`;
    for (const [key, value] of Object.entries(route.params)) if (value !== '') params.set(key, value);
  }
  if (route.lang === 'zh') params.set('lang', 'zh');
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export function navigate(route: Route, { replace = false } = {}): void {
  const url = writeRoute(route);
  if (url === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onPop = () => setRoute(readRoute());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return route;
}
