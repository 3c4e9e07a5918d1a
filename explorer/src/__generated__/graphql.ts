/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which way an industrial chain is followed from its root, along SUPPLIES links (upstream supplies downstream). */
export type ChainDirection =
  /** Both ways. */
  | 'BOTH'
  /** Towards the customers: industries the root supplies, directly or through others. */
  | 'DOWNSTREAM'
  /** Towards the suppliers: industries that supply the root, directly or through others. */
  | 'UPSTREAM';

/** Where an industry sits in a chain relative to its root. */
export type ChainSide =
  /** Is supplied by the root, directly or through others. */
  | 'DOWNSTREAM'
  /** The root, or one of the sub-industries the chain starts from (see `Query.industryChain`). */
  | 'ROOT'
  /** Supplies the root, directly or through others. */
  | 'UPSTREAM';

/** What kind of policy document it is. */
export type DocumentKind =
  /** A State Council approval reply (批复). */
  | 'APPROVAL_REPLY'
  /** A plan to deepen reform in existing zones. */
  | 'DEEPENING_PLAN'
  /** A law. */
  | 'LAW'
  /** A set of measures (若干措施...). */
  | 'MEASURES'
  /** A negative list (foreign investment or cross-border services). */
  | 'NEGATIVE_LIST'
  /** A notice or circular (通知). */
  | 'NOTICE'
  /** Opinions (意见). */
  | 'OPINIONS'
  /** Anything else. */
  | 'OTHER'
  /** A zone's overall plan (总体方案). */
  | 'OVERALL_PLAN'
  /** A regulation. */
  | 'REGULATION'
  /** A government work report. */
  | 'WORK_REPORT';

/** Entity types that `search` and `node` can return. */
export type EntityType =
  /** Authority */
  | 'AUTHORITY'
  /** IndustrialCluster */
  | 'INDUSTRIAL_CLUSTER'
  /** Industry */
  | 'INDUSTRY'
  /** NewsItem */
  | 'NEWS_ITEM'
  /** Person */
  | 'PERSON'
  /** PolicyDocument */
  | 'POLICY_DOCUMENT'
  /** ReformField */
  | 'REFORM_FIELD'
  /** ReformMeasure */
  | 'REFORM_MEASURE'
  /** Zone */
  | 'ZONE'
  /** ZoneArea */
  | 'ZONE_AREA';

/** Which way a relationship points, seen from the parent of the edge. */
export type LinkDirection =
  /** From the edge's node to the parent. */
  | 'INCOMING'
  /** From the parent to the edge's node. */
  | 'OUTGOING';

/** How the news timeline buckets items. */
export type NewsPeriod =
  /** Calendar month of the broadcast (`period` is `YYYY-MM`). */
  | 'MONTH'
  /** Calendar year of the broadcast (`period` is `YYYY`). */
  | 'YEAR';

/**
 * The type of a relationship as `Link.type` reports it: every type stored in the graph, and
 * CLUSTERED_IN for the links derived through clusters. (The curation mutations take `LinkType`,
 * the subset curators may write.)
 */
export type RelationshipType =
  /** Observation → any entity: what the figure is about. */
  | 'ABOUT'
  /** PolicyDocument → PolicyDocument: amends the other document. */
  | 'AMENDS'
  /** PolicyDocument → Zone or ZoneArea: the document applies there. */
  | 'APPLIES_TO'
  /**
   * Industry → Zone, derived and never stored: the industry has at least one industrial
   * cluster located in the zone (IN_INDUSTRY and LOCATED_IN through the cluster). Reported on
   * the edges of Zone.industries and Industry.zones; carries no sources.
   */
  | 'CLUSTERED_IN'
  /** PolicyDocument → ZoneArea: the document established the sub-area. */
  | 'ESTABLISHES'
  /** ZoneArea → Industry: a source names the industry as the sub-area's focus. */
  | 'FOCUSES_ON'
  /** Zone → ZoneArea: the zone's sub-area. */
  | 'HAS_AREA'
  /** PolicyDocument → PolicyDocument: implements the other document. */
  | 'IMPLEMENTS'
  /** ReformMeasure → ReformField: the measure's field. */
  | 'IN_FIELD'
  /** IndustrialCluster → Industry: the cluster's industry. */
  | 'IN_INDUSTRY'
  /** PolicyDocument → Authority: the body that issued the document. */
  | 'ISSUED_BY'
  /** IndustrialCluster → Zone or ZoneArea: where the cluster is. */
  | 'LOCATED_IN'
  /** NewsItem → Zone, ZoneArea, Industry, ReformMeasure, PolicyDocument or Person: the item names it (`term`, `evidence`). */
  | 'MENTIONS'
  /** Authority → Authority: a unit of a larger body. */
  | 'PART_OF'
  /** ReformMeasure → Zone or ZoneArea: a pilot (from, first). */
  | 'PILOTED_IN'
  /** PolicyDocument → ReformMeasure: the document sets the measure out. */
  | 'SETS_OUT'
  /** Any entity → Source: the source backing it. */
  | 'SOURCED_FROM'
  /** Industry → Industry: the parent industry. */
  | 'SUB_INDUSTRY_OF'
  /** PolicyDocument → PolicyDocument: supersedes the other document. */
  | 'SUPERSEDES'
  /** Industry → Industry: the upstream industry supplies the downstream one (flow, editorial). */
  | 'SUPPLIES'
  /** ReformMeasure → Industry: the measure supports the industry. */
  | 'SUPPORTS'
  /** Person → Authority: a role (title, from, to, asOf). */
  | 'WORKS_FOR';

/** Whether a zone is one of the pilot free trade zones or the free trade port. */
export type ZoneKind =
  /** The Hainan Free Trade Port (海南自由贸易港). */
  | 'FREE_TRADE_PORT'
  /** A pilot free trade zone (自由贸易试验区), one of 22. */
  | 'PILOT_FREE_TRADE_ZONE';

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
      | { __typename: 'Observation', metric: string, id: string }
      | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
      | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
     }> };

export type ChainIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainIndustriesQuery = { industries: { totalCount: number, nodes: Array<{ id: string, nameEn: string, nameZh: string | null, subIndustries: { totalCount: number, nodes: Array<{ id: string, nameEn: string, nameZh: string | null }> } }> } };

export type IndustryChainQueryVariables = Exact<{
  id: string;
  direction: ChainDirection;
  maxHops: number;
}>;


export type IndustryChainQuery = { industryChain: { root: { id: string, nameEn: string, nameZh: string | null }, nodes: Array<{ side: ChainSide, depth: number, industry: { id: string, nameEn: string, nameZh: string | null }, zones: Array<{ id: string, nameEn: string, nameZh: string | null }>, clusters: Array<{ id: string, nameEn: string, nameZh: string | null }> }>, links: Array<{ from: { id: string }, to: { id: string }, link: { flow: string | null, editorial: boolean | null, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null }> } }> } | null };

export type IndustryChainLeanQueryVariables = Exact<{
  id: string;
  direction: ChainDirection;
  maxHops: number;
}>;


export type IndustryChainLeanQuery = { industryChain: { root: { id: string, nameEn: string, nameZh: string | null }, nodes: Array<{ side: ChainSide, depth: number, industry: { id: string, nameEn: string, nameZh: string | null }, zones: Array<{ id: string }>, clusters: Array<{ id: string }> }>, links: Array<{ from: { id: string }, to: { id: string }, link: { flow: string | null, editorial: boolean | null, verified: boolean, note: string | null, sources: Array<{ id: string }> } }> } | null };

export type DashboardKeyFragment = { node:
    | { __typename: 'Authority', id: string }
    | { __typename: 'IndustrialCluster', id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', id: string }
    | { __typename: 'Observation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PolicyDocument', id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', id: string }
    | { __typename: 'Source', id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, shortName: string, id: string }
    | { __typename: 'ZoneArea', id: string }
   | null };

export type DashboardZonesTimelineQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardZonesTimelineQuery = { zones: { totalCount: number, nodes: Array<{ id: string, kind: ZoneKind, nameEn: string, nameZh: string | null, shortName: string, batch: number | null, launchedOn: string | null, approvedOn: string | null, planIssuedOn: string | null, verified: boolean }> } };

export type DashboardMeasuresByFieldQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardMeasuresByFieldQuery = { reformMeasureCounts: Array<{ count: number, keys: Array<{ node:
        | { __typename: 'Authority', id: string }
        | { __typename: 'IndustrialCluster', id: string }
        | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'NewsItem', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'PolicyDocument', id: string }
        | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'ReformMeasure', id: string }
        | { __typename: 'Source', id: string }
        | { __typename: 'Zone', nameEn: string, nameZh: string | null, shortName: string, id: string }
        | { __typename: 'ZoneArea', id: string }
       | null }> }> };

export type DashboardIndicatorsQueryVariables = Exact<{
  metrics: Array<string> | string;
}>;


export type DashboardIndicatorsQuery = { metrics: Array<{ value: string, count: number }>, indicatorSeries: Array<{ metric: string, subject:
      | { __typename: 'Authority', id: string }
      | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'NewsItem', id: string }
      | { __typename: 'Observation', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
      | { __typename: 'ReformField', id: string }
      | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Zone', nameEn: string, nameZh: string | null, shortName: string, id: string }
      | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
     | null, points: Array<{ id: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean }> }> };

export type DashboardClustersByIndustryQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardClustersByIndustryQuery = { industrialClusterCounts: Array<{ count: number, keys: Array<{ node:
        | { __typename: 'Authority', id: string }
        | { __typename: 'IndustrialCluster', id: string }
        | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'NewsItem', id: string }
        | { __typename: 'Observation', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'PolicyDocument', id: string }
        | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'ReformMeasure', id: string }
        | { __typename: 'Source', id: string }
        | { __typename: 'Zone', nameEn: string, nameZh: string | null, shortName: string, id: string }
        | { __typename: 'ZoneArea', id: string }
       | null }> }> };

export type DashboardNewsTimelineQueryVariables = Exact<{
  period?: NewsPeriod | null | undefined;
}>;


export type DashboardNewsTimelineQuery = { byZone: Array<{ period: string, start: string, count: number, zone: { id: string, nameEn: string, nameZh: string | null, shortName: string } | null }>, all: Array<{ period: string, start: string, count: number }> };

type NodeLabel_Authority_Fragment = { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string };

type NodeLabel_IndustrialCluster_Fragment = { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string };

type NodeLabel_Industry_Fragment = { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string };

type NodeLabel_NewsItem_Fragment = { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string };

type NodeLabel_Observation_Fragment = { __typename: 'Observation', metric: string, id: string };

type NodeLabel_Person_Fragment = { __typename: 'Person', nameEn: string, nameZh: string | null, id: string };

type NodeLabel_PolicyDocument_Fragment = { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string };

type NodeLabel_ReformField_Fragment = { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string };

type NodeLabel_ReformMeasure_Fragment = { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string };

type NodeLabel_Source_Fragment = { __typename: 'Source', title: string, id: string };

type NodeLabel_Zone_Fragment = { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string };

type NodeLabel_ZoneArea_Fragment = { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string };

export type NodeLabelFragment =
  | NodeLabel_Authority_Fragment
  | NodeLabel_IndustrialCluster_Fragment
  | NodeLabel_Industry_Fragment
  | NodeLabel_NewsItem_Fragment
  | NodeLabel_Observation_Fragment
  | NodeLabel_Person_Fragment
  | NodeLabel_PolicyDocument_Fragment
  | NodeLabel_ReformField_Fragment
  | NodeLabel_ReformMeasure_Fragment
  | NodeLabel_Source_Fragment
  | NodeLabel_Zone_Fragment
  | NodeLabel_ZoneArea_Fragment
;

export type SourceFieldsFragment = { id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null };

export type LinkFieldsFragment = { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> };

export type ObservationFieldsFragment = { id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> };

export type EntityKindQueryVariables = Exact<{
  id: string;
}>;


export type EntityKindQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityZoneQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  areas?: boolean;
  documents?: boolean;
  measures?: boolean;
  clusters?: boolean;
  industries?: boolean;
  news?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityZoneQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', shortName: string, province: string, batch: number | null, approvedOn: string | null, planIssuedOn: string | null, publishedOn: string | null, launchedOn: string | null, areaKm2: number | null, description: string | null, verified: boolean, note: string | null, nameEn: string, nameZh: string | null, id: string, zoneKind: ZoneKind, areas?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, documents?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, measures?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, clusters?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, industries?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, news?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityZoneAreaQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  documents?: boolean;
  measures?: boolean;
  clusters?: boolean;
  focusIndustries?: boolean;
  news?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityZoneAreaQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', areaKm2: number | null, bondedAreaKm2: number | null, establishedOn: string | null, positioningEn: string | null, positioningZh: string | null, description: string | null, verified: boolean, note: string | null, nameEn: string, nameZh: string | null, id: string, zone: { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }, establishedBy: { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string } | null, documents?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, measures?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, clusters?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, focusIndustries?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, news?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
   | null };

export type EntityPolicyDocumentQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  issuers?: boolean;
  zones?: boolean;
  areas?: boolean;
  measures?: boolean;
  relatedDocuments?: boolean;
  establishedAreas?: boolean;
  news?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityPolicyDocumentQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', docNumber: string | null, issuedOn: string | null, publishedOn: string | null, effectiveOn: string | null, itemCount: number | null, description: string | null, verified: boolean, note: string | null, titleEn: string, titleZh: string | null, id: string, docKind: DocumentKind, issuers?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, zones?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, areas?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, measures?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, relatedDocuments?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, establishedAreas?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, news?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityAuthorityQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  units?: boolean;
  documents?: boolean;
  people?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityAuthorityQuery = { node:
    | { __typename: 'Authority', abbreviation: string | null, description: string | null, verified: boolean, note: string | null, nameEn: string, nameZh: string | null, id: string, partOf: { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string } | null, units?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, documents?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, people?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityPersonQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  authorities?: boolean;
  news?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityPersonQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', verified: boolean, note: string | null, nameEn: string, nameZh: string | null, id: string, authorities?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, news?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityReformFieldQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  measures?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityReformFieldQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', description: string | null, nameEn: string, nameZh: string | null, id: string, measures?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityReformMeasureQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  fields?: boolean;
  documents?: boolean;
  zones?: boolean;
  areas?: boolean;
  industries?: boolean;
  news?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityReformMeasureQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', description: string | null, replicatedNationwideOn: string | null, verified: boolean, note: string | null, nameEn: string, nameZh: string | null, id: string, fields?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, documents?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, zones?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, areas?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, industries?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, news?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityIndustryQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  subIndustries?: boolean;
  upstream?: boolean;
  downstream?: boolean;
  clusters?: boolean;
  zones?: boolean;
  measures?: boolean;
  focusAreas?: boolean;
  news?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityIndustryQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', description: string | null, verified: boolean, note: string | null, nameEn: string, nameZh: string | null, id: string, parent: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string } | null, subIndustries?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, upstream?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, downstream?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, clusters?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, zones?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, measures?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, focusAreas?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, news?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityIndustrialClusterQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  industries?: boolean;
  observations?: boolean;
  sources?: boolean;
}>;


export type EntityIndustrialClusterQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', foundedOn: string | null, description: string | null, verified: boolean, note: string | null, nameEn: string, nameZh: string | null, id: string, zone: { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }, area: { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string } | null, industries?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, observations?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, metric: string, value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntitySourceQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  supports?: boolean;
}>;


export type EntitySourceQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null, supports?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
            | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
            | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
            | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
            | { __typename: 'Observation', metric: string, id: string }
            | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
            | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
            | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
            | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
            | { __typename: 'Source', title: string, id: string }
            | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
            | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
          , link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> } }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityNewsItemQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  zones?: boolean;
  areas?: boolean;
  industries?: boolean;
  measures?: boolean;
  documents?: boolean;
  people?: boolean;
  sources?: boolean;
}>;


export type EntityNewsItemQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', programme: string, url: string, broadcastOn: string, headline: string, subHeadline: string | null, id: string, zones?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, areas?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, industries?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, measures?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, documents?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, people?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }, link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }, sources?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }
    | { __typename: 'Observation', metric: string, id: string }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type EntityObservationQueryVariables = Exact<{
  id: string;
}>;


export type EntityObservationQuery = { node:
    | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
    | { __typename: 'Observation', value: number | null, valueText: string | null, unit: string | null, asOf: string, disputed: boolean, verified: boolean, note: string | null, metric: string, id: string, subject:
        | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
        | { __typename: 'Observation', metric: string, id: string }
        | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
        | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'Source', title: string, id: string }
        | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
        | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
       | null, obsSources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> }
    | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
    | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'Source', title: string, id: string }
    | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
    | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
   | null };

export type GraphSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type GraphSearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
      | { __typename: 'Observation', metric: string, id: string }
      | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
      | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
     }> };

export type GraphPathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type GraphPathQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Authority', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'IndustrialCluster', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Industry', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'NewsItem', broadcastOn: string, headline: string, subHeadline: string | null, id: string }
      | { __typename: 'Observation', metric: string, id: string }
      | { __typename: 'Person', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'PolicyDocument', titleEn: string, titleZh: string | null, id: string }
      | { __typename: 'ReformField', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'ReformMeasure', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'Source', title: string, id: string }
      | { __typename: 'Zone', nameEn: string, nameZh: string | null, id: string }
      | { __typename: 'ZoneArea', nameEn: string, nameZh: string | null, id: string }
    >, links: Array<{ from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , link: { type: RelationshipType, verified: boolean, note: string | null, from: string | null, to: string | null, asOf: string | null, title: string | null, first: boolean | null, flow: string | null, editorial: boolean | null, direction: LinkDirection | null, term: string | null, evidence: string | null, sources: Array<{ id: string, code: string | null, title: string, url: string | null, publisher: string | null, publishedOn: string | null, note: string | null }> } }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DashboardKeyFragmentDoc = new TypedDocumentString(`
    fragment DashboardKey on GroupKey {
  node {
    __typename
    id
    ... on Zone {
      nameEn
      nameZh
      shortName
    }
    ... on ReformField {
      nameEn
      nameZh
    }
    ... on Industry {
      nameEn
      nameZh
    }
  }
}
    `, {"fragmentName":"DashboardKey"}) as unknown as TypedDocumentString<DashboardKeyFragment, unknown>;
export const NodeLabelFragmentDoc = new TypedDocumentString(`
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
    `, {"fragmentName":"NodeLabel"}) as unknown as TypedDocumentString<NodeLabelFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const LinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}`, {"fragmentName":"LinkFields"}) as unknown as TypedDocumentString<LinkFieldsFragment, unknown>;
export const ObservationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}`, {"fragmentName":"ObservationFields"}) as unknown as TypedDocumentString<ObservationFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $types: [EntityType!], $first: Int = 50) {
  search(text: $text, types: $types, first: $first) {
    score
    node {
      ...NodeLabel
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ChainIndustriesDocument = new TypedDocumentString(`
    query ChainIndustries {
  industries(where: {topLevel: true}, first: 100) {
    totalCount
    nodes {
      id
      nameEn
      nameZh
      subIndustries(first: 100) {
        totalCount
        nodes {
          id
          nameEn
          nameZh
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainIndustriesQuery, ChainIndustriesQueryVariables>;
export const IndustryChainDocument = new TypedDocumentString(`
    query IndustryChain($id: ID!, $direction: ChainDirection!, $maxHops: Int!) {
  industryChain(id: $id, direction: $direction, maxHops: $maxHops) {
    root {
      id
      nameEn
      nameZh
    }
    nodes {
      side
      depth
      industry {
        id
        nameEn
        nameZh
      }
      zones {
        id
        nameEn
        nameZh
      }
      clusters {
        id
        nameEn
        nameZh
      }
    }
    links {
      from {
        id
      }
      to {
        id
      }
      link {
        flow
        editorial
        verified
        note
        sources {
          id
          code
          title
          url
          publisher
          publishedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndustryChainQuery, IndustryChainQueryVariables>;
export const IndustryChainLeanDocument = new TypedDocumentString(`
    query IndustryChainLean($id: ID!, $direction: ChainDirection!, $maxHops: Int!) {
  industryChain(id: $id, direction: $direction, maxHops: $maxHops) {
    root {
      id
      nameEn
      nameZh
    }
    nodes {
      side
      depth
      industry {
        id
        nameEn
        nameZh
      }
      zones {
        id
      }
      clusters {
        id
      }
    }
    links {
      from {
        id
      }
      to {
        id
      }
      link {
        flow
        editorial
        verified
        note
        sources {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndustryChainLeanQuery, IndustryChainLeanQueryVariables>;
export const DashboardZonesTimelineDocument = new TypedDocumentString(`
    query DashboardZonesTimeline($first: Int = 100) {
  zones(
    first: $first
    orderBy: [{field: LAUNCHED_ON}, {field: APPROVED_ON}, {field: PLAN_ISSUED_ON}]
  ) {
    totalCount
    nodes {
      id
      kind
      nameEn
      nameZh
      shortName
      batch
      launchedOn
      approvedOn
      planIssuedOn
      verified
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardZonesTimelineQuery, DashboardZonesTimelineQueryVariables>;
export const DashboardMeasuresByFieldDocument = new TypedDocumentString(`
    query DashboardMeasuresByField($first: Int = 1000) {
  reformMeasureCounts(by: [FIELD, ZONE], first: $first) {
    count
    keys {
      ...DashboardKey
    }
  }
}
    fragment DashboardKey on GroupKey {
  node {
    __typename
    id
    ... on Zone {
      nameEn
      nameZh
      shortName
    }
    ... on ReformField {
      nameEn
      nameZh
    }
    ... on Industry {
      nameEn
      nameZh
    }
  }
}`) as unknown as TypedDocumentString<DashboardMeasuresByFieldQuery, DashboardMeasuresByFieldQueryVariables>;
export const DashboardIndicatorsDocument = new TypedDocumentString(`
    query DashboardIndicators($metrics: [String!]!) {
  metrics: distinctValues(field: OBSERVATION_METRIC, first: 1000) {
    value
    count
  }
  indicatorSeries(metrics: $metrics) {
    metric
    subject {
      __typename
      id
      ... on Zone {
        nameEn
        nameZh
        shortName
      }
      ... on ZoneArea {
        nameEn
        nameZh
      }
      ... on ReformMeasure {
        nameEn
        nameZh
      }
      ... on Industry {
        nameEn
        nameZh
      }
      ... on IndustrialCluster {
        nameEn
        nameZh
      }
      ... on PolicyDocument {
        titleEn
        titleZh
      }
    }
    points {
      id
      value
      valueText
      unit
      asOf
      disputed
      verified
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const DashboardClustersByIndustryDocument = new TypedDocumentString(`
    query DashboardClustersByIndustry($first: Int = 1000) {
  industrialClusterCounts(by: [INDUSTRY, ZONE], first: $first) {
    count
    keys {
      ...DashboardKey
    }
  }
}
    fragment DashboardKey on GroupKey {
  node {
    __typename
    id
    ... on Zone {
      nameEn
      nameZh
      shortName
    }
    ... on ReformField {
      nameEn
      nameZh
    }
    ... on Industry {
      nameEn
      nameZh
    }
  }
}`) as unknown as TypedDocumentString<DashboardClustersByIndustryQuery, DashboardClustersByIndustryQueryVariables>;
export const DashboardNewsTimelineDocument = new TypedDocumentString(`
    query DashboardNewsTimeline($period: NewsPeriod = YEAR) {
  byZone: newsTimeline(period: $period) {
    period
    start
    count
    zone {
      id
      nameEn
      nameZh
      shortName
    }
  }
  all: newsTimeline(period: $period, byZone: false) {
    period
    start
    count
  }
}
    `) as unknown as TypedDocumentString<DashboardNewsTimelineQuery, DashboardNewsTimelineQueryVariables>;
export const EntityKindDocument = new TypedDocumentString(`
    query EntityKind($id: ID!) {
  node(id: $id) {
    ...NodeLabel
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}`) as unknown as TypedDocumentString<EntityKindQuery, EntityKindQueryVariables>;
export const EntityZoneDocument = new TypedDocumentString(`
    query EntityZone($id: ID!, $first: Int = 20, $after: String, $areas: Boolean! = true, $documents: Boolean! = true, $measures: Boolean! = true, $clusters: Boolean! = true, $industries: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on Zone {
      zoneKind: kind
      shortName
      province
      batch
      approvedOn
      planIssuedOn
      publishedOn
      launchedOn
      areaKm2
      description
      verified
      note
      areas(first: $first, after: $after) @include(if: $areas) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      documents(first: $first, after: $after) @include(if: $documents) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      measures(first: $first, after: $after) @include(if: $measures) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      clusters(first: $first, after: $after) @include(if: $clusters) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      industries(first: $first, after: $after) @include(if: $industries) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      news(
        first: $first
        after: $after
        orderBy: [{field: BROADCAST_ON, direction: DESC}, {field: ID}]
      ) @include(if: $news) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityZoneQuery, EntityZoneQueryVariables>;
export const EntityZoneAreaDocument = new TypedDocumentString(`
    query EntityZoneArea($id: ID!, $first: Int = 20, $after: String, $documents: Boolean! = true, $measures: Boolean! = true, $clusters: Boolean! = true, $focusIndustries: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on ZoneArea {
      areaKm2
      bondedAreaKm2
      establishedOn
      positioningEn
      positioningZh
      description
      verified
      note
      zone {
        ...NodeLabel
      }
      establishedBy {
        ...NodeLabel
      }
      documents(first: $first, after: $after) @include(if: $documents) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      measures(first: $first, after: $after) @include(if: $measures) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      clusters(first: $first, after: $after) @include(if: $clusters) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      focusIndustries(first: $first, after: $after) @include(if: $focusIndustries) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      news(
        first: $first
        after: $after
        orderBy: [{field: BROADCAST_ON, direction: DESC}, {field: ID}]
      ) @include(if: $news) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityZoneAreaQuery, EntityZoneAreaQueryVariables>;
export const EntityPolicyDocumentDocument = new TypedDocumentString(`
    query EntityPolicyDocument($id: ID!, $first: Int = 20, $after: String, $issuers: Boolean! = true, $zones: Boolean! = true, $areas: Boolean! = true, $measures: Boolean! = true, $relatedDocuments: Boolean! = true, $establishedAreas: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on PolicyDocument {
      docKind: kind
      docNumber
      issuedOn
      publishedOn
      effectiveOn
      itemCount
      description
      verified
      note
      issuers(first: $first, after: $after) @include(if: $issuers) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      zones(first: $first, after: $after) @include(if: $zones) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      areas(first: $first, after: $after) @include(if: $areas) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      measures(first: $first, after: $after) @include(if: $measures) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      relatedDocuments(first: $first, after: $after) @include(if: $relatedDocuments) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      establishedAreas(first: $first, after: $after) @include(if: $establishedAreas) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      news(
        first: $first
        after: $after
        orderBy: [{field: BROADCAST_ON, direction: DESC}, {field: ID}]
      ) @include(if: $news) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityPolicyDocumentQuery, EntityPolicyDocumentQueryVariables>;
export const EntityAuthorityDocument = new TypedDocumentString(`
    query EntityAuthority($id: ID!, $first: Int = 20, $after: String, $units: Boolean! = true, $documents: Boolean! = true, $people: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on Authority {
      abbreviation
      description
      verified
      note
      partOf {
        ...NodeLabel
      }
      units(first: $first, after: $after) @include(if: $units) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      documents(first: $first, after: $after) @include(if: $documents) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      people(first: $first, after: $after) @include(if: $people) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityAuthorityQuery, EntityAuthorityQueryVariables>;
export const EntityPersonDocument = new TypedDocumentString(`
    query EntityPerson($id: ID!, $first: Int = 20, $after: String, $authorities: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on Person {
      verified
      note
      authorities(first: $first, after: $after) @include(if: $authorities) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      news(
        first: $first
        after: $after
        orderBy: [{field: BROADCAST_ON, direction: DESC}, {field: ID}]
      ) @include(if: $news) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityPersonQuery, EntityPersonQueryVariables>;
export const EntityReformFieldDocument = new TypedDocumentString(`
    query EntityReformField($id: ID!, $first: Int = 20, $after: String, $measures: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on ReformField {
      description
      measures(first: $first, after: $after) @include(if: $measures) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityReformFieldQuery, EntityReformFieldQueryVariables>;
export const EntityReformMeasureDocument = new TypedDocumentString(`
    query EntityReformMeasure($id: ID!, $first: Int = 20, $after: String, $fields: Boolean! = true, $documents: Boolean! = true, $zones: Boolean! = true, $areas: Boolean! = true, $industries: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on ReformMeasure {
      description
      replicatedNationwideOn
      verified
      note
      fields(first: $first, after: $after) @include(if: $fields) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      documents(first: $first, after: $after) @include(if: $documents) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      zones(first: $first, after: $after) @include(if: $zones) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      areas(first: $first, after: $after) @include(if: $areas) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      industries(first: $first, after: $after) @include(if: $industries) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      news(
        first: $first
        after: $after
        orderBy: [{field: BROADCAST_ON, direction: DESC}, {field: ID}]
      ) @include(if: $news) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityReformMeasureQuery, EntityReformMeasureQueryVariables>;
export const EntityIndustryDocument = new TypedDocumentString(`
    query EntityIndustry($id: ID!, $first: Int = 20, $after: String, $subIndustries: Boolean! = true, $upstream: Boolean! = true, $downstream: Boolean! = true, $clusters: Boolean! = true, $zones: Boolean! = true, $measures: Boolean! = true, $focusAreas: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on Industry {
      description
      verified
      note
      parent {
        ...NodeLabel
      }
      subIndustries(first: $first, after: $after) @include(if: $subIndustries) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      upstream(first: $first, after: $after) @include(if: $upstream) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      downstream(first: $first, after: $after) @include(if: $downstream) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      clusters(first: $first, after: $after) @include(if: $clusters) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      zones(first: $first, after: $after) @include(if: $zones) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      measures(first: $first, after: $after) @include(if: $measures) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      focusAreas(first: $first, after: $after) @include(if: $focusAreas) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      news(
        first: $first
        after: $after
        orderBy: [{field: BROADCAST_ON, direction: DESC}, {field: ID}]
      ) @include(if: $news) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityIndustryQuery, EntityIndustryQueryVariables>;
export const EntityIndustrialClusterDocument = new TypedDocumentString(`
    query EntityIndustrialCluster($id: ID!, $first: Int = 20, $after: String, $industries: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on IndustrialCluster {
      foundedOn
      description
      verified
      note
      zone {
        ...NodeLabel
      }
      area {
        ...NodeLabel
      }
      industries(first: $first, after: $after) @include(if: $industries) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      observations(first: $first, after: $after) @include(if: $observations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...ObservationFields
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}
fragment ObservationFields on Observation {
  id
  metric
  value
  valueText
  unit
  asOf
  disputed
  verified
  note
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityIndustrialClusterQuery, EntityIndustrialClusterQueryVariables>;
export const EntitySourceDocument = new TypedDocumentString(`
    query EntitySource($id: ID!, $first: Int = 20, $after: String, $supports: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on Source {
      ...SourceFields
      supports(first: $first, after: $after) @include(if: $supports) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntitySourceQuery, EntitySourceQueryVariables>;
export const EntityNewsItemDocument = new TypedDocumentString(`
    query EntityNewsItem($id: ID!, $first: Int = 20, $after: String, $zones: Boolean! = true, $areas: Boolean! = true, $industries: Boolean! = true, $measures: Boolean! = true, $documents: Boolean! = true, $people: Boolean! = true, $sources: Boolean! = true) {
  node(id: $id) {
    ...NodeLabel
    ... on NewsItem {
      programme
      url
      zones(first: $first, after: $after) @include(if: $zones) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      areas(first: $first, after: $after) @include(if: $areas) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      industries(first: $first, after: $after) @include(if: $industries) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      measures(first: $first, after: $after) @include(if: $measures) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      documents(first: $first, after: $after) @include(if: $documents) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      people(first: $first, after: $after) @include(if: $people) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...NodeLabel
          }
          link {
            ...LinkFields
          }
        }
      }
      sources(first: $first, after: $after) @include(if: $sources) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SourceFields
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<EntityNewsItemQuery, EntityNewsItemQueryVariables>;
export const EntityObservationDocument = new TypedDocumentString(`
    query EntityObservation($id: ID!) {
  node(id: $id) {
    ...NodeLabel
    ... on Observation {
      value
      valueText
      unit
      asOf
      disputed
      verified
      note
      subject {
        ...NodeLabel
      }
      obsSources: sources {
        ...SourceFields
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}`) as unknown as TypedDocumentString<EntityObservationQuery, EntityObservationQueryVariables>;
export const GraphSearchDocument = new TypedDocumentString(`
    query GraphSearch($text: String!, $first: Int = 10) {
  search(text: $text, first: $first) {
    score
    node {
      ...NodeLabel
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}`) as unknown as TypedDocumentString<GraphSearchQuery, GraphSearchQueryVariables>;
export const GraphPathDocument = new TypedDocumentString(`
    query GraphPath($from: ID!, $to: ID!, $maxHops: Int = 4, $limit: Int = 1) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit) {
    length
    nodes {
      ...NodeLabel
    }
    links {
      from {
        id
      }
      to {
        id
      }
      link {
        ...LinkFields
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Zone {
    nameEn
    nameZh
  }
  ... on ZoneArea {
    nameEn
    nameZh
  }
  ... on PolicyDocument {
    titleEn
    titleZh
  }
  ... on Authority {
    nameEn
    nameZh
  }
  ... on Person {
    nameEn
    nameZh
  }
  ... on ReformField {
    nameEn
    nameZh
  }
  ... on ReformMeasure {
    nameEn
    nameZh
  }
  ... on Industry {
    nameEn
    nameZh
  }
  ... on IndustrialCluster {
    nameEn
    nameZh
  }
  ... on Source {
    title
  }
  ... on Observation {
    metric
  }
  ... on NewsItem {
    broadcastOn
    headline
    subHeadline
  }
}
fragment SourceFields on Source {
  id
  code
  title
  url
  publisher
  publishedOn
  note
}
fragment LinkFields on Link {
  type
  verified
  note
  from
  to
  asOf
  title
  first
  flow
  editorial
  direction
  term
  evidence
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<GraphPathQuery, GraphPathQueryVariables>;