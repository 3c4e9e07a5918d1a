// The dashboard (/dashboard): five charts, each drawn from exactly one GraphQL request.
// URL state: ?chart=<id> opens one chart alone; ?metrics=a,b picks the indicator series.
import { useCallback, useEffect, useRef } from 'react';
import type { DashboardIndicatorsQuery } from '../__generated__/graphql';
import { RouteLink } from '../Link';
import { navigate, type Lang } from '../route';
import { buildClustersByIndustry, buildIndicators, buildMeasuresByField, buildNewsTimeline, buildZonesTimeline, GROUPS_REQUESTED } from './chartData';
import { ChartPanel, type ChartId } from './ChartPanel';
import './dashboard.css';
import {
  DashboardClustersByIndustryQuery,
  DashboardIndicatorsQuery as IndicatorsDocument,
  DashboardMeasuresByFieldQuery,
  DashboardNewsTimelineQuery,
  DashboardZonesTimelineQuery,
} from './dashboardOperations';
import { fillTemplate, translateDashboard as t } from './dashboardStrings';
import { readMetricName } from './metricNames';

export const CHART_IDS: ChartId[] = ['zones-timeline', 'measures-by-field', 'indicators', 'clusters-by-industry', 'news'];
export const DEFAULT_METRICS = ['reforms-replicated-nationwide', 'reforms-replicated-within-provinces', 'ftz-share-of-trade'];
const MAX_METRICS = 20;

function isChartId(value: string | undefined): value is ChartId {
  return (CHART_IDS as string[]).includes(value ?? '');
}

/** The picked metrics from ?metrics=a,b (default: the replication series and trade share). */
export function readMetrics(params: Record<string, string>): string[] {
  if (params.metrics === undefined) return DEFAULT_METRICS;
  return [
    ...new Set(
      params.metrics
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_METRICS);
}

function ZonesTimelineChart({ lang }: { lang: Lang }) {
  const build = useCallback((data: Parameters<typeof buildZonesTimeline>[0]) => buildZonesTimeline(data, lang), [lang]);
  return <ChartPanel id="zones-timeline" title={t(lang, 'zonesTitle')} document={DashboardZonesTimelineQuery} variables={{ first: 100 }} build={build} lang={lang} />;
}

function MeasuresByFieldChart({ lang }: { lang: Lang }) {
  const build = useCallback((data: Parameters<typeof buildMeasuresByField>[0]) => buildMeasuresByField(data, lang), [lang]);
  return (
    <ChartPanel
      id="measures-by-field"
      title={t(lang, 'measuresTitle')}
      document={DashboardMeasuresByFieldQuery}
      variables={{ first: GROUPS_REQUESTED }}
      build={build}
      lang={lang}
    />
  );
}

function ClustersByIndustryChart({ lang }: { lang: Lang }) {
  const build = useCallback((data: Parameters<typeof buildClustersByIndustry>[0]) => buildClustersByIndustry(data, lang), [lang]);
  return (
    <ChartPanel
      id="clusters-by-industry"
      title={t(lang, 'clustersTitle')}
      document={DashboardClustersByIndustryQuery}
      variables={{ first: GROUPS_REQUESTED }}
      build={build}
      lang={lang}
    />
  );
}

function NewsTimelineChart({ lang }: { lang: Lang }) {
  const build = useCallback((data: Parameters<typeof buildNewsTimeline>[0]) => buildNewsTimeline(data, lang), [lang]);
  return <ChartPanel id="news" title={t(lang, 'newsTitle')} document={DashboardNewsTimelineQuery} variables={{ period: 'YEAR' }} build={build} lang={lang} />;
}

/** Escape closes the picker and hands focus back to its summary (the focused box is hidden with it). */
function closePicker(inside: HTMLElement): void {
  const details = inside.closest('details');
  if (!details) return;
  details.open = false;
  details.querySelector('summary')?.focus();
}

function MetricPicker({ data, picked, onPick, lang }: { data: DashboardIndicatorsQuery | null; picked: string[]; onPick: (metrics: string[]) => void; lang: Lang }) {
  // Until the answer lists every metric, the picked ones are the options.
  const options = data ? data.metrics : picked.map((value) => ({ value, count: null }));
  const full = picked.length >= MAX_METRICS;
  return (
    <details className="metric-picker">
      <summary>
        {t(lang, 'metricsPicker')}: {picked.map((m) => readMetricName(m, lang)).join(', ') || '—'}{' '}
        <span className="meta">({fillTemplate(t(lang, 'metricsPicked'), { n: picked.length })})</span>
      </summary>
      <fieldset onKeyDown={(e) => e.key === 'Escape' && closePicker(e.currentTarget)}>
        <legend className="meta">{t(lang, 'metricsPicker')}</legend>
        {options.map((o) => {
          const checked = picked.includes(o.value);
          return (
            <label key={o.value} data-metric={o.value}>
              <input type="checkbox" checked={checked} disabled={!checked && full} onChange={() => onPick(checked ? picked.filter((m) => m !== o.value) : [...picked, o.value])} />
              {readMetricName(o.value, lang) !== o.value && <>{readMetricName(o.value, lang)} · </>}
              <code>{o.value}</code>
              {o.count !== null && <span className="meta"> ({o.count})</span>}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}

function IndicatorsChart({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  const metrics = readMetrics(params);
  const metricsKey = metrics.join(',');
  const build = useCallback((data: DashboardIndicatorsQuery) => buildIndicators(data, metricsKey.split(','), lang), [lang, metricsKey]);
  const pick = (next: string[]) => navigate({ view: 'dashboard', params: { ...params, metrics: next.join(',') }, lang }, { replace: true });
  const renderControls = (data: DashboardIndicatorsQuery | null) => <MetricPicker data={data} picked={metrics} onPick={pick} lang={lang} />;
  if (!metrics.length)
    return (
      <section className="chart-panel" data-chart="indicators">
        <h2>{t(lang, 'indicatorsTitle')}</h2>
        <MetricPicker data={null} picked={metrics} onPick={pick} lang={lang} />
        <p className="meta">{t(lang, 'noMetrics')}</p>
      </section>
    );
  return (
    <ChartPanel
      id="indicators"
      title={t(lang, 'indicatorsTitle')}
      document={IndicatorsDocument}
      variables={{ metrics }}
      build={build}
      lang={lang}
      renderControls={renderControls}
    />
  );
}

export function DashboardView({ params, lang }: { params: Record<string, string>; lang: Lang }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const single = isChartId(params.chart) ? params.chart : null;
  const shown = single ? [single] : CHART_IDS;

  // A new view moves keyboard focus to its heading, as a page load would.
  useEffect(() => heading.current?.focus(), []);

  return (
    <main className="dashboard-view" data-lang={lang}>
      <h1 ref={heading} tabIndex={-1}>
        {t(lang, 'title')}
      </h1>
      <p className="meta">{t(lang, 'intro')}</p>
      {params.chart !== undefined && !single && <p className="meta">{t(lang, 'unknownChart')}</p>}
      {single && (
        <p>
          <RouteLink to={{ view: 'dashboard', params: params.metrics !== undefined ? { metrics: params.metrics } : {}, lang }}>← {t(lang, 'allCharts')}</RouteLink>
        </p>
      )}
      <div className="chart-list">
        {shown.includes('zones-timeline') && <ZonesTimelineChart lang={lang} />}
        {shown.includes('measures-by-field') && <MeasuresByFieldChart lang={lang} />}
        {shown.includes('indicators') && <IndicatorsChart params={params} lang={lang} />}
        {shown.includes('clusters-by-industry') && <ClustersByIndustryChart lang={lang} />}
        {shown.includes('news') && <NewsTimelineChart lang={lang} />}
      </div>
    </main>
  );
}
