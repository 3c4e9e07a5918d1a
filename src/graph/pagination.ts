// Page-size rules shared by every list.
import { BadUserInputError, LimitExceededError } from '../errors.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageWindow {
  /** Page size asked for. */
  first: number;
  /** The cursor the page starts after (decoded against the ordering later), or null. */
  after: string | null;
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
  return { first, after: toAfterCursor(args.after) };
}

/**
 * The cursor a page starts after, or null for the first page. `after: ""` is the first page
 * too: Apollo's relayStylePagination, among others, may send it before any page is read.
 */
export function toAfterCursor(after: string | null | undefined): string | null {
  return after === undefined || after === null || after === '' ? null : after;
}
