// Assembles the resolver map, one file per type; entity types whose only resolvers are their
// relationship fields get them from the relation model (relation.ts), with no file of their own.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { ENTITY_LABELS } from '../../graph/model.js';
import { adminQueryResolvers } from './admin.js';
import { aggregateQueryResolvers, GroupKey, IndicatorSeries, NewsTimelinePoint } from './aggregates.js';
import { connectionResolvers, PageInfo } from './connections.js';
import { DateScalar } from './Date.js';
import { AuditEntryConnection } from './AuditEntryConnection.js';
import { JsonScalar } from './JSON.js';
import { Link } from './Link.js';
import { Mutation } from './Mutation.js';
import { Observation } from './Observation.js';
import { Query } from './Query.js';
import { relationResolversOf } from './relation.js';
import { traversalQueryResolvers } from './traversal.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Query: { ...Query, ...aggregateQueryResolvers, ...traversalQueryResolvers, ...adminQueryResolvers },
  Mutation,
  GroupKey,
  NewsTimelinePoint,
  IndicatorSeries,
  Node: { __resolveType: (node) => node.__typename },
  ...Object.fromEntries(ENTITY_LABELS.map((label) => [label, relationResolversOf(label)])),
  Observation,
  Link,
  PageInfo,
  AuditEntryConnection,
  ...connectionResolvers,
};
