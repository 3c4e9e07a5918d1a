// One ECharts canvas. The labels' glyphs of the shipped font are loaded before it draws (the
// font comes in unicode-range pieces, so a label's characters may not be loaded yet);
// `data-drawn` is set once the option is drawn.
import { useEffect, useRef } from 'react';
import { CHART_FONT, echarts, type EChartsCoreOption, type EChartsType } from './echartsSetup';

async function loadChartGlyphs(option: EChartsCoreOption): Promise<void> {
  const text = JSON.stringify(option, (_key, value: unknown) => (typeof value === 'function' ? undefined : value));
  await document.fonts.load(`12px ${CHART_FONT}`, text).catch(() => []);
}

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /** ECharts' own locale (time-axis month names, number format): 'ZH' or 'EN'. */
  locale: 'ZH' | 'EN';
  label: string;
  describedBy: string;
  onChart: (chart: EChartsType | null) => void;
}

export function EChart({ option, height, locale, label, describedBy, onChart }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one instance per locale (fixed at init); onChart is read once per instance
  useEffect(() => {
    const element = box.current!;
    const instance = echarts.init(element, undefined, { renderer: 'canvas', locale });
    chart.current = instance;
    onChart(instance);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      onChart(null);
      chart.current = null;
      instance.dispose();
    };
    // The locale is fixed at init, so a language switch makes a new instance; options change below.
  }, [locale]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a language switch makes a new instance above, which needs the option set again
  useEffect(() => {
    let current = true;
    const element = box.current!;
    element.removeAttribute('data-drawn');
    void loadChartGlyphs(option).then(() => {
      if (!current || !chart.current) return;
      chart.current.resize({ height });
      chart.current.setOption(option, { notMerge: true });
      element.setAttribute('data-drawn', 'true');
    });
    return () => {
      current = false;
    };
  }, [option, height, locale]);

  return <div ref={box} className="chart-canvas" role="img" aria-label={label} aria-describedby={describedBy} style={{ height }} />;
}
