// Node colour and size by label (the legend reads the same table), edge colours by kind.
import { translateRelationship } from '../i18n';
import type { Lang } from '../route';

export const TYPE_STYLE: Record<string, { color: string; size: number }> = {
  Zone: { color: '#c0392b', size: 14 },
  ZoneArea: { color: '#e67e22', size: 10 },
  PolicyDocument: { color: '#2c6fbb', size: 9 },
  Authority: { color: '#8e44ad', size: 10 },
  Person: { color: '#16a085', size: 8 },
  ReformField: { color: '#7f8c8d', size: 10 },
  ReformMeasure: { color: '#27ae60', size: 7 },
  Industry: { color: '#d4ac0d', size: 11 },
  IndustrialCluster: { color: '#a0522d', size: 8 },
  NewsItem: { color: '#d63384', size: 6 },
};

const FALLBACK_STYLE = { color: '#555555', size: 7 };

export function readTypeStyle(typename: string): { color: string; size: number } {
  return TYPE_STYLE[typename] ?? FALLBACK_STYLE;
}

export const EDGE_COLOR = '#9aa5b1';
export const EDITORIAL_EDGE_COLOR = '#e0a96d';
export const PATH_EDGE_COLOR = '#d62728';
export const LABEL_FONT = '"Noto Sans SC", sans-serif';

/** An edge's label: its relationship type in the interface language, and what flows for SUPPLIES. */
export function formatEdgeLabel(lang: Lang, type: string, flow: string | null): string {
  const name = translateRelationship(lang, type);
  return flow ? `${name}: ${flow}` : name;
}
