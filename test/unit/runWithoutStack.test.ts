// The executor starts driver calls with stack traces off (neo4j-driver captures one per
// Result; issue 13's profiles), and restores the limit whatever the call does.
import { describe, expect, it } from 'vitest';
import { runWithoutStack } from '../../src/graph/executor.js';

describe('runWithoutStack', () => {
  it('captures no frames inside the call and restores the limit after it, thrown or not', () => {
    const before = Error.stackTraceLimit;
    const stack = runWithoutStack(() => new Error('inside').stack ?? '');
    expect(stack.split('\n')).toEqual(['Error: inside']);
    expect(Error.stackTraceLimit).toBe(before);
    expect(() =>
      runWithoutStack(() => {
        throw new RangeError('refused');
      }),
    ).toThrow(RangeError);
    expect(Error.stackTraceLimit).toBe(before);
    expect((new Error('outside').stack ?? '').split('\n').length).toBeGreaterThan(1);
  });
});
