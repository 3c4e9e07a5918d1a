// The freshness check that src/graphql/sdl/renderFilterSdl.ts promises: the committed
// schema/generated-filters.graphql is exactly what the renderer makes of fieldSpec.ts today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILTER_SDL_PATH, renderFilterSdl } from '../../src/graphql/sdl/renderFilterSdl.js';

describe('schema/generated-filters.graphql', () => {
  it('is fresh: rendering it from src/graph/fieldSpec.ts changes nothing (run `npm run codegen` if this fails)', () => {
    expect(readFileSync(FILTER_SDL_PATH, 'utf8')).toBe(renderFilterSdl());
  });
});
