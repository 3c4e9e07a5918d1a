// The chain view's interface strings, English and 中文.
import { makeTranslator } from '../i18n';
import type { Lang } from '../route';

export const translateChain = makeTranslator({
  title: { en: 'Industrial chain', zh: '产业链' },
  intro: {
    en: 'Upstream suppliers on the left, downstream customers on the right, one column per tier; each arrow says what flows.',
    zh: '左为上游供应方，右为下游需求方，每一层一列；箭头上注明流动的内容。',
  },
  focus: { en: 'Focus industry', zh: '核心产业' },
  topLevel: { en: 'Top-level industries', zh: '一级产业' },
  subIndustriesOf: { en: 'Sub-industries of', zh: '子产业：' },
  other: { en: 'Other', zh: '其他' },
  direction: { en: 'Direction', zh: '方向' },
  UPSTREAM: { en: 'Upstream', zh: '上游' },
  DOWNSTREAM: { en: 'Downstream', zh: '下游' },
  BOTH: { en: 'Both ways', zh: '上下游' },
  hops: { en: 'Hops', zh: '跳数' },
  root: { en: 'Root', zh: '核心' },
  upstreamTier: { en: 'Upstream', zh: '上游' },
  downstreamTier: { en: 'Downstream', zh: '下游' },
  legend: { en: 'Legend', zh: '图例' },
  sourced: { en: 'sourced (cites a document)', zh: '有出处（引用文件）' },
  editorial: { en: 'editorial (general industry knowledge)', zh: '编辑判断（一般产业知识）' },
  sourcedShort: { en: 'sourced', zh: '有出处' },
  editorialShort: { en: 'editorial', zh: '编辑判断' },
  linkHint: {
    en: 'Hover or focus a link (Tab) to see its note and sources; Enter on an industry opens its page.',
    zh: '鼠标悬停或用 Tab 聚焦连线可查看备注和来源；在产业上按回车打开其页面。',
  },
  note: { en: 'Note', zh: '备注' },
  sources: { en: 'Sources', zh: '来源' },
  noSources: { en: 'No sources.', zh: '无来源。' },
  atEachTier: { en: 'Zones and clusters at each tier', zh: '各层的自贸试验区和产业集群' },
  zones: { en: 'Zones', zh: '自贸试验区' },
  clusters: { en: 'Clusters', zh: '产业集群' },
  none: { en: 'None.', zh: '无。' },
  links: { en: 'Links', zh: '链接' },
  industries: { en: 'Industries', zh: '产业' },
  from: { en: 'From (supplier)', zh: '上游（供应方）' },
  to: { en: 'To (customer)', zh: '下游（需求方）' },
  flow: { en: 'What flows', zh: '流动内容' },
  kind: { en: 'Kind', zh: '类型' },
  industry: { en: 'Industry', zh: '产业' },
  side: { en: 'Side', zh: '位置' },
  depth: { en: 'Depth', zh: '层级' },
  ROOT: { en: 'Root', zh: '核心' },
  noChain: { en: 'No industry has this id.', zh: '没有这个编号的产业。' },
  noLinks: { en: 'This industry has no supply links within these hops.', zh: '该产业在此跳数内没有供应链接。' },
  cappedBefore: { en: 'Large chain: showing the tiers up to', zh: '产业链较大：仅显示距核心' },
  cappedMiddle: { en: 'hops from the root;', zh: '跳以内的层级；' },
  cappedAfter: { en: 'left out.', zh: '未显示。' },
  industriesWord: { en: 'industries and', zh: '个产业和' },
  linksWord: { en: 'links', zh: '条链接' },
  lean: {
    en: 'This chain is too large to ask for with every name: the API refused the full request as too costly, so zones, clusters and sources are shown by id.',
    zh: '该产业链过大，无法连同全部名称一起查询：API 因成本过高拒绝了完整请求，因此自贸试验区、产业集群和来源仅显示编号。',
  },
  layingOut: { en: 'Laying out…', zh: '正在布局……' },
  layoutTime: { en: 'Layout', zh: '布局耗时' },
  fitWidth: { en: 'Fit to width', zh: '适应宽度' },
  exportSvg: { en: 'SVG', zh: 'SVG' },
  diagram: { en: 'Chain diagram', zh: '产业链图' },
});

/** A tier's heading: Upstream 2, Upstream 1, Root, Downstream 1, … */
export function formatTier(tier: number, lang: Lang): string {
  if (tier === 0) return translateChain(lang, 'root');
  return `${translateChain(lang, tier < 0 ? 'upstreamTier' : 'downstreamTier')} ${Math.abs(tier)}`;
}
