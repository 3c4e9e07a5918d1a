// One dashboard chart: its one request, the chart, what was capped, the query behind it
// (document + variables, and "open as a query"), data version and "cite this", the data
// table it draws (also its text alternative), and CSV / JSON / PNG exports.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TypedDocumentString } from '../__generated__/graphql';
import { readDocumentText, runOperation, type ApiAnswer } from '../api';
import { CiteBox } from '../CiteBox';
import { ExportButtons } from '../ExportButtons';
import { slugifyName, type ExportRow } from '../exportList';
import { translate } from '../i18n';
import { RouteLink } from '../Link';
import { OpenAsQuery } from '../OpenAsQuery';
import type { Lang } from '../route';
import type { ChartModel } from './chartData';
import { fillTemplate, translateDashboard as t } from './dashboardStrings';
import { EChart } from './EChart';
import type { EChartsType } from './echartsSetup';

export type ChartId = 'zones-timeline' | 'measures-by-field' | 'indicators' | 'clusters-by-industry' | 'news';

/** Downloads the chart as drawn, at twice its screen resolution, on white. */
function downloadPng(chart: EChartsType, name: string): void {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  // Decoded here: fetch(data:) would need connect-src data: in the CSP.
  const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  const href = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = `${slugifyName(name)}.png`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

// Requests on their way, by document and variables: a chart mounted twice in a row (React's
// StrictMode does so in development) shares one request instead of sending a second.
const inFlight = new Map<string, Promise<ApiAnswer<unknown>>>();

function runShared<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<ApiAnswer<T>> {
  const key = JSON.stringify([document.toString(), variables]);
  let request = inFlight.get(key) as Promise<ApiAnswer<T>> | undefined;
  if (!request) {
    request = runOperation(document, variables);
    inFlight.set(key, request);
    const forget = () => inFlight.delete(key);
    request.then(forget, forget);
  }
  return request;
}

function formatCell(value: ExportRow[string]): string {
  if (value === null) return '';
  return String(value);
}

/** Rows the on-screen table shows at most (a benchmark graph's series can have tens of thousands); the exports have all. */
const MAX_TABLE_ROWS = 2000;

function DataTable({ rows, lang }: { rows: ExportRow[]; lang: Lang }) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const shown = rows.length > MAX_TABLE_ROWS ? rows.slice(0, MAX_TABLE_ROWS) : rows;
  return (
    <div className="chart-table-wrap">
      {shown.length < rows.length && <p className="meta">{fillTemplate(t(lang, 'tableCapped'), { shown: shown.length, total: rows.length })}</p>}
      <table className="chart-table" data-testid="chart-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{formatCell(row[c] ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ChartPanelProps<T, V> {
  id: ChartId;
  title: string;
  document: TypedDocumentString<T, V>;
  variables: V;
  build: (data: T) => ChartModel;
  lang: Lang;
  /** Controls drawn above the chart from the same answer (the indicator picker). */
  renderControls?: (data: T | null) => ReactNode;
}

export function ChartPanel<T, V>({ id, title, document, variables, build, lang, renderControls }: ChartPanelProps<T, V>) {
  const [answer, setAnswer] = useState<ApiAnswer<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const chart = useRef<EChartsType | null>(null);
  const variablesKey = JSON.stringify(variables);

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the variables' JSON, not by the object identity of each render
  useEffect(() => {
    let current = true;
    setError(null);
    runShared(document, variables).then(
      (a) => current && setAnswer(a),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
    // One request per document and variables (the key), not per render.
  }, [document, variablesKey]);

  const model = useMemo(() => (answer ? build(answer.data) : null), [answer, build]);
  const headingId = `chart-${id}-title`;

  return (
    <section className="chart-panel" data-chart={id} aria-labelledby={headingId}>
      <header className="chart-head">
        <h2 id={headingId}>{title}</h2>
        <RouteLink to={{ view: 'dashboard', params: { chart: id }, lang }} className="chart-permalink">
          {t(lang, 'openAlone')}
        </RouteLink>
      </header>
      {renderControls?.(answer?.data ?? null)}
      {error && (
        <p className="error" role="alert">
          {translate(lang, 'error')}: {error}
        </p>
      )}
      {!model && !error && <p className="meta">{translate(lang, 'loading')}</p>}
      {model && (
        <>
          <EChart
            option={model.option}
            height={model.height}
            locale={lang === 'zh' ? 'ZH' : 'EN'}
            label={`${title}. ${model.summary}`}
            describedBy={`chart-${id}-labels`}
            onChart={(c) => (chart.current = c)}
          />
          <p id={`chart-${id}-labels`} className="visually-hidden" data-testid="chart-labels">
            {model.labels.join(', ')}
          </p>
          <ul className="chart-notes">
            {model.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <div className="chart-actions">
            <button
              type="button"
              aria-expanded={tableOpen}
              aria-controls={`chart-${id}-table`}
              data-action="table"
              onClick={() => setTableOpen(!tableOpen)}
              onKeyDown={(e) => e.key === 'Escape' && setTableOpen(false)}
            >
              {t(lang, tableOpen ? 'hideTable' : 'showTable')} ({model.rows.length} {t(lang, 'rows')})
            </button>
            <ExportButtons name={title} rows={model.rows} lang={lang} />
            <button type="button" data-export="png" aria-label={`${title}: PNG`} onClick={() => chart.current && downloadPng(chart.current, title)}>
              ⤓ {t(lang, 'png')}
            </button>
          </div>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the table from any of its cells; the toggle button is the control */}
          <div id={`chart-${id}-table`} hidden={!tableOpen} onKeyDown={(e) => e.key === 'Escape' && setTableOpen(false)}>
            {tableOpen && <DataTable rows={model.rows} lang={lang} />}
          </div>
        </>
      )}
      <details className="chart-query">
        <summary>{t(lang, 'query')}</summary>
        <pre data-testid="query-text">{readDocumentText(document)}</pre>
        <p className="meta">{t(lang, 'variables')}</p>
        <pre data-testid="query-variables">{JSON.stringify(variables, null, 2)}</pre>
        <OpenAsQuery document={document} variables={variables} lang={lang} />
      </details>
      <CiteBox title={title} dataVersion={answer?.dataVersion ?? null} lang={lang} />
    </section>
  );
}
