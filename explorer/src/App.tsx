// The explorer's frame: title, language toggle (kept in the URL as ?lang=zh) and the view the URL names.
import { useEffect } from 'react';
import { EntityPage } from './EntityPage';
import { translate } from './i18n';
import { RouteLink } from './Link';
import { navigate, useRoute, type Route } from './route';
import { SearchPage } from './SearchPage';

export function App() {
  const route = useRoute();
  const lang = route.lang;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  const otherLanguage: Route = { ...route, lang: lang === 'zh' ? 'en' : 'zh' };
  return (
    <div className="app">
      <header className="top">
        <RouteLink to={{ view: 'search', q: '', types: [], lang }} className="brand">
          {translate(lang, 'appTitle')}
        </RouteLink>
        <nav>
          {route.view !== 'search' && <RouteLink to={{ view: 'search', q: '', types: [], lang }}>{translate(lang, 'back')}</RouteLink>}
          <button type="button" className="lang-toggle" data-testid="lang-toggle" aria-label={translate(lang, 'languageLabel')} onClick={() => navigate(otherLanguage, { replace: true })}>
            {translate(lang, 'language')}
          </button>
        </nav>
      </header>
      {route.view === 'entity' ? <EntityPage key={route.id} id={route.id} lang={lang} /> : <SearchPage q={route.q} types={route.types} lang={lang} />}
    </div>
  );
}
