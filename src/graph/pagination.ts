// Page-size and cursor rules shared by every list.
import { BadUserInputError, LimitExceededError } from '../errors.js';
import { decodeCursor } from './records.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageWindow {
  /** Page size asked for. */
  first: number;
  /** Id the page starts after, or null for the first page. */
  afterId: string | null;
}

export function toPageWindow(args: PageArgs, defaultSize = 20): PageWindow {
  const first = args.first ?? defaultSize;
  if (first < 0) throw new BadUserInputError('`first` must not be negative.', { argument: 'first' });
  if (first > MAX_PAGE_SIZE)
    throw new LimitExceededError(`\`first\` is ${first}, above the maximum page size of ${MAX_PAGE_SIZE}.`, {
      limit: 'first',
      max: MAX_PAGE_SIZE,
      requested: first,
    });
  let afterId: string | null = null;
  if (args.after != null) {
    afterId = decodeCursor(args.after) ?? null;
    if (afterId === null) throw new BadUserInputError('`after` is not a cursor this API issued.', { argument: 'after' });
  }
  return { first, afterId };
}
