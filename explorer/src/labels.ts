// How an entity is named on screen: its name or title in the interface language, else the other.
import type { NodeLabelFragment } from './__generated__/graphql';
import type { Lang } from './route';

export function readEntityLabel(node: NodeLabelFragment, lang: Lang): string {
  // A news item is named by its headline, in Chinese as broadcast, in either language.
  if (node.__typename === 'NewsItem') return node.headline;
  const en = 'nameEn' in node ? node.nameEn : 'titleEn' in node ? node.titleEn : 'title' in node ? node.title : 'metric' in node ? node.metric : null;
  const zh = 'nameZh' in node ? node.nameZh : 'titleZh' in node ? node.titleZh : null;
  return (lang === 'zh' ? zh || en : en || zh) ?? node.id;
}

/** The other language's name, shown beside the main one. */
export function readSecondaryLabel(node: NodeLabelFragment, lang: Lang): string | null {
  if (node.__typename === 'NewsItem') return node.subHeadline ?? null;
  const en = 'nameEn' in node ? node.nameEn : 'titleEn' in node ? node.titleEn : null;
  const zh = 'nameZh' in node ? node.nameZh : 'titleZh' in node ? node.titleZh : null;
  const other = lang === 'zh' ? en : zh;
  return other && other !== readEntityLabel(node, lang) ? other : null;
}
