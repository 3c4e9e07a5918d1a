// The dashboard's operations: exactly one per chart, so each chart is one request whose
// document and variables the chart shows ("Query") and opens in the IDE.
import { graphql } from '../__generated__';

// Fragments are spread by name in the operations below; codegen reads them from these calls.

graphql(`
  fragment DashboardKey on GroupKey {
    node {
      __typename
      id
      ... on Zone { nameEn nameZh shortName }
      ... on ReformField { nameEn nameZh }
      ... on Industry { nameEn nameZh }
    }
  }
`);

/** Chart 1: every zone with its dates, earliest launched first (100 is the API's page cap). */
export const DashboardZonesTimelineQuery = graphql(`
  query DashboardZonesTimeline($first: Int = 100) {
    zones(first: $first, orderBy: [{ field: LAUNCHED_ON }, { field: APPROVED_ON }, { field: PLAN_ISSUED_ON }]) {
      totalCount
      nodes { id kind nameEn nameZh shortName batch launchedOn approvedOn planIssuedOn verified }
    }
  }
`);

/** Chart 2: reform measures counted by field × zone, largest groups first. */
export const DashboardMeasuresByFieldQuery = graphql(`
  query DashboardMeasuresByField($first: Int = 1000) {
    reformMeasureCounts(by: [FIELD, ZONE], first: $first) { count keys { ...DashboardKey } }
  }
`);

/** Chart 3: the picked indicator series, and the metrics the picker offers, in one request. */
export const DashboardIndicatorsQuery = graphql(`
  query DashboardIndicators($metrics: [String!]!) {
    metrics: distinctValues(field: OBSERVATION_METRIC, first: 1000) { value count }
    indicatorSeries(metrics: $metrics) {
      metric
      subject {
        __typename
        id
        ... on Zone { nameEn nameZh shortName }
        ... on ZoneArea { nameEn nameZh }
        ... on ReformMeasure { nameEn nameZh }
        ... on Industry { nameEn nameZh }
        ... on IndustrialCluster { nameEn nameZh }
        ... on PolicyDocument { titleEn titleZh }
      }
      points { id value valueText unit asOf disputed verified }
    }
  }
`);

/** Chart 4: industrial clusters counted by industry × zone, largest groups first. */
export const DashboardClustersByIndustryQuery = graphql(`
  query DashboardClustersByIndustry($first: Int = 1000) {
    industrialClusterCounts(by: [INDUSTRY, ZONE], first: $first) { count keys { ...DashboardKey } }
  }
`);

/** Chart 5: news items per year for each zone (a sub-area's items count for its zone), and over all items, in one request. */
export const DashboardNewsTimelineQuery = graphql(`
  query DashboardNewsTimeline($period: NewsPeriod = YEAR) {
    byZone: newsTimeline(period: $period) { period start count zone { id nameEn nameZh shortName } }
    all: newsTimeline(period: $period, byZone: false) { period start count }
  }
`);
