// The entity pages' operations: one per entity type, each the type's facts and the first page
// of every relationship, figure and source list. A "show 20 more" runs the same operation with
// `after` and only that list included (the other lists' flags false). One document per type
// keeps each under the API's token and directive limits (2,000 tokens, 20 directives).
import { graphql } from './__generated__';

// Fragments are spread by name in the operations below; codegen reads them from these calls.

graphql(`
  fragment NodeLabel on Node {
    __typename
    id
    ... on Zone { nameEn nameZh }
    ... on ZoneArea { nameEn nameZh }
    ... on PolicyDocument { titleEn titleZh }
    ... on Authority { nameEn nameZh }
    ... on Person { nameEn nameZh }
    ... on ReformField { nameEn nameZh }
    ... on ReformMeasure { nameEn nameZh }
    ... on Industry { nameEn nameZh }
    ... on IndustrialCluster { nameEn nameZh }
    ... on Source { title }
    ... on Observation { metric }
    ... on NewsItem { broadcastOn headline subHeadline }
  }
`);

graphql(`
  fragment SourceFields on Source { id code title url publisher publishedOn note }
`);

graphql(`
  fragment LinkFields on Link { type verified note from to asOf title first flow editorial direction term evidence sources { ...SourceFields } }
`);

graphql(`
  fragment ObservationFields on Observation { id metric value valueText unit asOf disputed verified note sources { ...SourceFields } }
`);

export const EntityKindQuery = graphql(`
  query EntityKind($id: ID!) { node(id: $id) { ...NodeLabel } }
`);

export const EntityZoneQuery = graphql(`
  query EntityZone($id: ID!, $first: Int = 20, $after: String, $areas: Boolean! = true, $documents: Boolean! = true, $measures: Boolean! = true, $clusters: Boolean! = true, $industries: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on Zone {
        zoneKind: kind shortName province batch approvedOn planIssuedOn publishedOn launchedOn areaKm2 description verified note
        areas(first: $first, after: $after) @include(if: $areas) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        documents(first: $first, after: $after) @include(if: $documents) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        measures(first: $first, after: $after) @include(if: $measures) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        clusters(first: $first, after: $after) @include(if: $clusters) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        industries(first: $first, after: $after) @include(if: $industries) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        news(first: $first, after: $after, orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }]) @include(if: $news) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityZoneAreaQuery = graphql(`
  query EntityZoneArea($id: ID!, $first: Int = 20, $after: String, $documents: Boolean! = true, $measures: Boolean! = true, $clusters: Boolean! = true, $focusIndustries: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on ZoneArea {
        areaKm2 bondedAreaKm2 establishedOn positioningEn positioningZh description verified note
        zone { ...NodeLabel }
        establishedBy { ...NodeLabel }
        documents(first: $first, after: $after) @include(if: $documents) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        measures(first: $first, after: $after) @include(if: $measures) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        clusters(first: $first, after: $after) @include(if: $clusters) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        focusIndustries(first: $first, after: $after) @include(if: $focusIndustries) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        news(first: $first, after: $after, orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }]) @include(if: $news) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityPolicyDocumentQuery = graphql(`
  query EntityPolicyDocument($id: ID!, $first: Int = 20, $after: String, $issuers: Boolean! = true, $zones: Boolean! = true, $areas: Boolean! = true, $measures: Boolean! = true, $relatedDocuments: Boolean! = true, $establishedAreas: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on PolicyDocument {
        docKind: kind docNumber issuedOn publishedOn effectiveOn itemCount description verified note
        issuers(first: $first, after: $after) @include(if: $issuers) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        zones(first: $first, after: $after) @include(if: $zones) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        areas(first: $first, after: $after) @include(if: $areas) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        measures(first: $first, after: $after) @include(if: $measures) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        relatedDocuments(first: $first, after: $after) @include(if: $relatedDocuments) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        establishedAreas(first: $first, after: $after) @include(if: $establishedAreas) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        news(first: $first, after: $after, orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }]) @include(if: $news) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityAuthorityQuery = graphql(`
  query EntityAuthority($id: ID!, $first: Int = 20, $after: String, $units: Boolean! = true, $documents: Boolean! = true, $people: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on Authority {
        abbreviation description verified note
        partOf { ...NodeLabel }
        units(first: $first, after: $after) @include(if: $units) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        documents(first: $first, after: $after) @include(if: $documents) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        people(first: $first, after: $after) @include(if: $people) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityPersonQuery = graphql(`
  query EntityPerson($id: ID!, $first: Int = 20, $after: String, $authorities: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on Person {
        verified note
        authorities(first: $first, after: $after) @include(if: $authorities) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        news(first: $first, after: $after, orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }]) @include(if: $news) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityReformFieldQuery = graphql(`
  query EntityReformField($id: ID!, $first: Int = 20, $after: String, $measures: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on ReformField {
        description
        measures(first: $first, after: $after) @include(if: $measures) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityReformMeasureQuery = graphql(`
  query EntityReformMeasure($id: ID!, $first: Int = 20, $after: String, $fields: Boolean! = true, $documents: Boolean! = true, $zones: Boolean! = true, $areas: Boolean! = true, $industries: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on ReformMeasure {
        description replicatedNationwideOn verified note
        fields(first: $first, after: $after) @include(if: $fields) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        documents(first: $first, after: $after) @include(if: $documents) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        zones(first: $first, after: $after) @include(if: $zones) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        areas(first: $first, after: $after) @include(if: $areas) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        industries(first: $first, after: $after) @include(if: $industries) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        news(first: $first, after: $after, orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }]) @include(if: $news) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityIndustryQuery = graphql(`
  query EntityIndustry($id: ID!, $first: Int = 20, $after: String, $subIndustries: Boolean! = true, $upstream: Boolean! = true, $downstream: Boolean! = true, $clusters: Boolean! = true, $zones: Boolean! = true, $measures: Boolean! = true, $focusAreas: Boolean! = true, $news: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on Industry {
        description verified note
        parent { ...NodeLabel }
        subIndustries(first: $first, after: $after) @include(if: $subIndustries) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        upstream(first: $first, after: $after) @include(if: $upstream) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        downstream(first: $first, after: $after) @include(if: $downstream) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        clusters(first: $first, after: $after) @include(if: $clusters) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        zones(first: $first, after: $after) @include(if: $zones) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        measures(first: $first, after: $after) @include(if: $measures) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        focusAreas(first: $first, after: $after) @include(if: $focusAreas) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        news(first: $first, after: $after, orderBy: [{ field: BROADCAST_ON, direction: DESC }, { field: ID }]) @include(if: $news) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityIndustrialClusterQuery = graphql(`
  query EntityIndustrialCluster($id: ID!, $first: Int = 20, $after: String, $industries: Boolean! = true, $observations: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on IndustrialCluster {
        foundedOn description verified note
        zone { ...NodeLabel }
        area { ...NodeLabel }
        industries(first: $first, after: $after) @include(if: $industries) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        observations(first: $first, after: $after) @include(if: $observations) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ObservationFields } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntitySourceQuery = graphql(`
  query EntitySource($id: ID!, $first: Int = 20, $after: String, $supports: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on Source {
        ...SourceFields
        supports(first: $first, after: $after) @include(if: $supports) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
      }
    }
  }
`);

export const EntityNewsItemQuery = graphql(`
  query EntityNewsItem($id: ID!, $first: Int = 20, $after: String, $zones: Boolean! = true, $areas: Boolean! = true, $industries: Boolean! = true, $measures: Boolean! = true, $documents: Boolean! = true, $people: Boolean! = true, $sources: Boolean! = true) {
    node(id: $id) {
      ...NodeLabel
      ... on NewsItem {
        programme url
        zones(first: $first, after: $after) @include(if: $zones) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        areas(first: $first, after: $after) @include(if: $areas) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        industries(first: $first, after: $after) @include(if: $industries) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        measures(first: $first, after: $after) @include(if: $measures) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        documents(first: $first, after: $after) @include(if: $documents) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        people(first: $first, after: $after) @include(if: $people) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...NodeLabel } link { ...LinkFields } } }
        sources(first: $first, after: $after) @include(if: $sources) { totalCount pageInfo { hasNextPage endCursor } nodes { ...SourceFields } }
      }
    }
  }
`);

export const EntityObservationQuery = graphql(`
  query EntityObservation($id: ID!) {
    node(id: $id) {
      ...NodeLabel
      ... on Observation { value valueText unit asOf disputed verified note subject { ...NodeLabel } obsSources: sources { ...SourceFields } }
    }
  }
`);
