// Display names for the indicator slugs the curated graph uses (the API has the slug only).
// A slug not listed here is shown as it is.
import type { Lang } from '../route';

const METRIC_NAMES: Record<string, Record<Lang, string>> = {
  'reforms-replicated-nationwide': { en: 'Reforms replicated nationwide', zh: '全国复制推广的制度创新成果' },
  'reforms-replicated-nationwide-added': { en: 'Reforms replicated nationwide (added)', zh: '新增全国复制推广成果' },
  'reforms-replicated-within-provinces': { en: 'Reforms replicated within provinces', zh: '省内复制推广的改革事项' },
  'innovation-cases': { en: 'Innovation cases', zh: '创新案例' },
  'innovation-cases-promoted-nationwide': { en: 'Innovation cases promoted nationwide', zh: '全国推广的最佳实践案例' },
  'innovation-cases-recognised-nationally': { en: 'Innovation cases recognised nationally', zh: '国家认可的创新案例' },
  'innovation-case-batches': { en: 'Innovation case batches', zh: '最佳实践案例批次' },
  'ftz-share-of-trade': { en: "FTZ share of China's trade", zh: '自贸试验区占全国进出口比重' },
  'ftz-share-of-fdi': { en: "FTZ share of China's FDI", zh: '自贸试验区占全国实际使用外资比重' },
  'ftz-share-of-land': { en: "FTZ share of China's land", zh: '自贸试验区占国土面积比重' },
  'fi-negative-list-items': { en: 'Foreign-investment negative list items', zh: '外商投资准入负面清单条目' },
  'national-fi-negative-list-items': { en: 'National foreign-investment negative list items', zh: '全国外商投资准入负面清单条目' },
  'cbs-negative-list-items': { en: 'Cross-border services negative list items', zh: '跨境服务贸易负面清单条目' },
  'national-cbs-negative-list-items': { en: 'National cross-border services negative list items', zh: '全国跨境服务贸易负面清单条目' },
  'number-of-ftzs': { en: 'Number of FTZs', zh: '自贸试验区数量' },
  'ftz-sub-areas': { en: 'FTZ sub-areas', zh: '自贸试验区片区数' },
  'ftz-total-area': { en: 'Total FTZ area', zh: '自贸试验区总面积' },
  'area-km2': { en: 'Area', zh: '面积' },
  'bonded-area-km2': { en: 'Bonded area', zh: '保税面积' },
  'pilot-reform-tasks': { en: 'Pilot reform tasks', zh: '试点改革任务' },
  'pilot-measures': { en: 'Pilot measures', zh: '试点措施' },
  'rule-alignment-pilot-measures': { en: 'Rule-alignment pilot measures', zh: '对接国际高标准规则试点措施' },
  'zero-tariff-lines': { en: 'Zero-tariff lines', zh: '零关税税目' },
  'zero-tariff-lines-share': { en: 'Share of zero-tariff lines', zh: '零关税税目占比' },
  'container-throughput': { en: 'Container throughput', zh: '集装箱吞吐量' },
  'cargo-throughput': { en: 'Cargo throughput', zh: '货物吞吐量' },
};

/** The metric's display name in the interface language, or its slug. */
export function readMetricName(metric: string, lang: Lang): string {
  return METRIC_NAMES[metric]?.[lang] ?? metric;
}
