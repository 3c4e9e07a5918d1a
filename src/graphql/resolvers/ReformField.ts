import type { ReformFieldResolvers } from '../__generated__/resolvers-types.js';
import { connectionOf } from './relation.js';

export const ReformField: ReformFieldResolvers = {
  measures: connectionOf('ReformField.measures'),
  observations: connectionOf('ReformField.observations'),
  sources: connectionOf('ReformField.sources'),
};
