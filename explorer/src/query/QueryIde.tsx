// The query IDE: GraphiQL 5 (served from our own assets, lazy-loaded with this view only) and
// an examples gallery. The URL is the state: `?query=…&variables=…` opens exactly that
// document and variables (what "Open as a query" links carry), `?example=<slug>` opens an
// example, `&run=1` runs it on open; edits are written back (replaceState, debounced) so the
// address bar is always a permalink. The last answer's dataVersion feeds "cite this".
import './monacoWorkers';
import 'graphiql/graphiql.css';
import '@graphiql/react/style.css';
import './queryView.css';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { CiteBox } from '../CiteBox';
import { ExportButtons } from '../ExportButtons';
import { downloadText, slugifyName } from '../exportList';
import { navigate, type Lang } from '../route';
import { ExamplesGallery } from './ExamplesGallery';
import { findExample, QUERY_EXAMPLES } from './queryExamples';
import { translateQuery } from './queryStrings';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** Writes to the URL wait this long after the last keystroke. */
const URL_WRITE_DELAY_MS = 400;

interface EditorState {
  query: string;
  variables: string;
}

/** What the URL asks the editors to hold: its own document, else the example's, else nothing. */
function readRequestedState(params: Record<string, string>): EditorState {
  if (params.query !== undefined) return { query: params.query, variables: params.variables ?? '' };
  const example = findExample(params.example);
  if (example) return { query: example.query, variables: example.variables ? JSON.stringify(example.variables, null, 2) : '' };
  return { query: '', variables: '' };
}

/**
 * Tabs and history live in memory, not localStorage: the URL is the state, so a reload or a
 * link opens what it names instead of a pile of tabs from earlier visits.
 */
function createMemoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** The last answer the IDE got (GraphiQL's own schema fetch left out). */
interface Answer {
  body: unknown;
  operationName: string | null;
  dataVersion: string | null;
}

/** Posts to /graphql like every other view, and hands back the answer's dataVersion. */
function createFetcher(onAnswer: (answer: Answer) => void): Fetcher {
  return async (params, opts) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...opts?.headers },
      body: JSON.stringify(params),
    });
    const body = (await res.json()) as { extensions?: { dataVersion?: unknown } };
    // Introspection (GraphiQL's own schema fetch) must not overwrite the version of an answer.
    if (params.operationName !== 'IntrospectionQuery')
      onAnswer({ body, operationName: params.operationName ?? null, dataVersion: typeof body.extensions?.dataVersion === 'string' ? body.extensions.dataVersion : null });
    return body as Awaited<ReturnType<Fetcher>>;
  };
}

/** Runs the operation once, as soon as the query editor exists (the gallery's "Run"). */
function RunOnOpen() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { run } = useGraphiQLActions();
  const done = useRef(false);
  useEffect(() => {
    if (!queryEditor || done.current) return;
    done.current = true;
    run();
  }, [queryEditor, run]);
  return null;
}

export function QueryIde({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  const t = (key: Parameters<typeof translateQuery>[1]) => translateQuery(lang, key);
  const requested = readRequestedState(params);
  const hasDocument = requested.query.trim() !== '';
  const [galleryOpen, setGalleryOpen] = useState(!hasDocument);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const fetcher = useMemo(() => createFetcher(setAnswer), []);

  // What the editors hold. When the URL asks for something else (a link, the gallery, back
  // and forward), the IDE is opened afresh on it; our own write-backs match and change nothing.
  // Only a change of the URL's own document counts: a route change that keeps it (the language
  // toggle while an edit's write-back is pending) must not reopen the IDE on the older text.
  const editor = useRef<EditorState>(requested);
  const lastRequested = useRef<EditorState>(requested);
  const session = useRef(0);
  if (requested.query !== lastRequested.current.query || requested.variables !== lastRequested.current.variables) {
    lastRequested.current = requested;
    if (requested.query !== editor.current.query || requested.variables !== editor.current.variables) {
      editor.current = requested;
      session.current += 1;
    }
  }
  // A fresh store per opening, so the IDE holds one tab: the document the URL names.
  const sessionKey = session.current;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh store each time the session counter moves (a new opening)
  const storage = useMemo(() => createMemoryStorage(), [sessionKey]);

  const pendingWrite = useRef<number | undefined>(undefined);
  // Read when the write happens: switching the language meanwhile must not be undone by it.
  const currentLang = useRef(lang);
  currentLang.current = lang;
  const writeUrl = useCallback(() => {
    window.clearTimeout(pendingWrite.current);
    pendingWrite.current = window.setTimeout(() => {
      const { query, variables } = editor.current;
      const next: Record<string, string> = {};
      if (query.trim() !== '') next.query = query;
      if (variables.trim() !== '') next.variables = variables;
      navigate({ view: 'query', params: next, lang: currentLang.current }, { replace: true });
    }, URL_WRITE_DELAY_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(pendingWrite.current), []);

  const onEditQuery = (query: string) => {
    if (query === editor.current.query) return;
    editor.current = { ...editor.current, query };
    writeUrl();
  };
  const onEditVariables = (variables: string) => {
    if (variables === editor.current.variables) return;
    editor.current = { ...editor.current, variables };
    writeUrl();
  };

  // Keyboard focus goes back to the toggle, not to the page's start, when the gallery closes.
  const toggle = useRef<HTMLButtonElement>(null);
  const closeGallery = () => {
    setGalleryOpen(false);
    toggle.current?.focus();
  };

  const openExample = (slug: string) => {
    setGalleryOpen(false);
    navigate({ view: 'query', params: { example: slug, run: '1' }, lang });
  };

  const exampleRows = QUERY_EXAMPLES.map((e) => ({
    slug: e.slug,
    title: e.title[lang],
    description: e.description[lang],
    fields: e.fields.join(' '),
    query: e.query,
    variables: e.variables ? JSON.stringify(e.variables) : '',
  }));

  return (
    <main className={`query-view${galleryOpen ? ' gallery-open' : ''}`} data-lang={lang}>
      <div className="query-bar">
        <h1>{t('title')}</h1>
        <button type="button" ref={toggle} className="examples-toggle" aria-expanded={galleryOpen} aria-controls="examples-gallery" onClick={() => setGalleryOpen(!galleryOpen)}>
          {t(galleryOpen ? 'hideExamples' : 'showExamples')}
        </button>
        <button
          type="button"
          className="download-answer"
          data-export="answer-json"
          disabled={answer === null}
          onClick={() => answer && downloadText(`${slugifyName(answer.operationName ?? 'answer')}.json`, `${JSON.stringify(answer.body, null, 2)}\n`, 'application/json')}
        >
          ⤓ {t('downloadAnswer')}
        </button>
        <CiteBox title={t('citeTitle')} dataVersion={answer?.dataVersion ?? null} lang={lang} />
      </div>
      <div className="query-body">
        {galleryOpen && (
          <ExamplesGallery lang={lang} onRun={openExample} onClose={closeGallery}>
            <ExportButtons name={t('examplesFile')} rows={exampleRows} lang={lang} />
          </ExamplesGallery>
        )}
        <div className="ide" data-testid="ide">
          <GraphiQL
            key={sessionKey}
            fetcher={fetcher}
            storage={storage}
            initialQuery={editor.current.query}
            initialVariables={editor.current.variables}
            defaultQuery=""
            defaultEditorToolsVisibility={editor.current.variables.trim() !== '' ? 'variables' : undefined}
            isHeadersEditorEnabled={false}
            onEditQuery={onEditQuery}
            onEditVariables={onEditVariables}
            forcedTheme="light"
          >
            <GraphiQL.Logo>{t('logo')}</GraphiQL.Logo>
            {params.run === '1' && hasDocument && (
              <GraphiQL.Footer>
                <RunOnOpen />
              </GraphiQL.Footer>
            )}
          </GraphiQL>
        </div>
      </div>
    </main>
  );
}
