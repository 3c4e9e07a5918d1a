import type { ReformMeasureResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf } from './relation.js';

export const ReformMeasure: ReformMeasureResolvers = {
  fields: connectionOf('ReformMeasure.fields'),
  documents: connectionOf('ReformMeasure.documents'),
  zones: connectionOf('ReformMeasure.zones'),
  areas: connectionOf('ReformMeasure.areas'),
  industries: connectionOf('ReformMeasure.industries'),
  observations: connectionOf('ReformMeasure.observations'),
  sources: connectionOf('ReformMeasure.sources'),
};
