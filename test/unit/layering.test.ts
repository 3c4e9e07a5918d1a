// The arrows run one way: graphql → graph → neo4j. The data layer takes what the GraphQL
// layer hands it (src/graph/plan.ts) and never reaches back into src/graphql or src/auth.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__generated__' ? [] : listSources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The modules a file imports, resolved relative to the repository root. */
function importsOf(file: string): string[] {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, join(file, '..', s)));
}

describe('layering', () => {
  it('src/graph imports neither src/graphql nor src/auth', () => {
    const files = listSources(join(ROOT, 'src/graph'));
    expect(files.length).toBeGreaterThan(20);
    const backwards = files.flatMap((f) => importsOf(f).filter((m) => /^src\/(graphql|auth)\//.test(m)).map((m) => `${relative(ROOT, f)} → ${m}`));
    expect(backwards).toEqual([]);
  });

  it('the plan types the GraphQL layer hands over come from src/graph/plan.ts', () => {
    const planner = importsOf(join(ROOT, 'src/graphql/selectionPlan.ts'));
    expect(planner).toContain('src/graph/plan.js');
  });

  it('no hand-written file in src/ is over 400 lines', () => {
    const long = listSources(join(ROOT, 'src'))
      .map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });
});
