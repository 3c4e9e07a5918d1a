import type { PolicyDocumentResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf } from './relation.js';

export const PolicyDocument: PolicyDocumentResolvers = {
  issuers: connectionOf('PolicyDocument.issuers'),
  zones: connectionOf('PolicyDocument.zones'),
  areas: connectionOf('PolicyDocument.areas'),
  measures: connectionOf('PolicyDocument.measures'),
  relatedDocuments: connectionOf('PolicyDocument.relatedDocuments'),
  observations: connectionOf('PolicyDocument.observations'),
  establishedAreas: connectionOf('PolicyDocument.establishedAreas'),
  sources: connectionOf('PolicyDocument.sources'),
};
