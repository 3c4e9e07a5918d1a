import type { SourceResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf } from './relation.js';

export const Source: SourceResolvers = {
  supports: connectionOf('Source.supports'),
};
