// Assembles the resolver map, one file per type.
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { adminQueryResolvers } from './admin.js';
import { aggregateQueryResolvers, GroupKey, IndicatorSeries } from './aggregates.js';
import { Authority } from './Authority.js';
import { connectionResolvers, PageInfo } from './connections.js';
import { DateScalar } from './Date.js';
import { IndustrialCluster } from './IndustrialCluster.js';
import { AuditEntryConnection } from './AuditEntryConnection.js';
import { JsonScalar } from './JSON.js';
import { Industry } from './Industry.js';
import { Link } from './Link.js';
import { Mutation } from './Mutation.js';
import { Observation } from './Observation.js';
import { Person } from './Person.js';
import { PolicyDocument } from './PolicyDocument.js';
import { Query } from './Query.js';
import { ReformField } from './ReformField.js';
import { ReformMeasure } from './ReformMeasure.js';
import { Source } from './Source.js';
import { traversalQueryResolvers } from './traversal.js';
import { Zone } from './Zone.js';
import { ZoneArea } from './ZoneArea.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Query: { ...Query, ...aggregateQueryResolvers, ...traversalQueryResolvers, ...adminQueryResolvers },
  Mutation,
  GroupKey,
  IndicatorSeries,
  Node: { __resolveType: (node) => node.__typename },
  Zone,
  ZoneArea,
  PolicyDocument,
  Authority,
  Person,
  ReformField,
  ReformMeasure,
  Industry,
  IndustrialCluster,
  Observation,
  Source,
  Link,
  PageInfo,
  AuditEntryConnection,
  ...connectionResolvers,
};
