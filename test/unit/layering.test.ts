// The arrows between rooms run one way: src never imports seed/ (seed/ imports src/ and its own
// files only), the data layer (src/graph) never imports the GraphQL layer or auth, and the
// driver room (src/neo4j) never imports the layers above it. Read from the import statements.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface SourceFile {
  /** Repo-relative, with '/' separators. */
  path: string;
  text: string;
}

/** Rooms a file under `from` may not import, as repo-relative prefixes. */
const FORBIDDEN: Array<{ from: string; to: string[] }> = [
  { from: 'src/', to: ['seed/', 'test/', 'bench/', 'explorer/'] },
  { from: 'src/graph/', to: ['src/graphql/', 'src/auth/'] },
  // The record model is the lowest room with the vocabulary: it builds on nothing else in src/.
  { from: 'src/records/', to: ['src/graph/', 'src/graphql/', 'src/auth/', 'src/neo4j/', 'src/http/'] },
  { from: 'src/neo4j/', to: ['src/graph/', 'src/graphql/'] },
  { from: 'seed/', to: ['test/', 'bench/', 'explorer/'] },
];

/** `import … from 'x'`, `export … from 'x'` (over several lines too), `import 'x'` and `import('x')`. */
const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The repo-relative targets of a file's relative imports (packages and node: builtins are skipped). */
function readImports(file: SourceFile): string[] {
  const targets: string[] = [];
  for (const m of file.text.matchAll(IMPORT_RE)) {
    const specifier = m[1] ?? m[2] ?? m[3]!;
    if (specifier.startsWith('.')) targets.push(posix.normalize(posix.join(posix.dirname(file.path), specifier)));
  }
  return targets;
}

function findLayerViolations(files: SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files)
    for (const target of readImports(file))
      for (const rule of FORBIDDEN) if (file.path.startsWith(rule.from) && rule.to.some((room) => target.startsWith(room))) violations.push(`${file.path} → ${target}`);
  return violations;
}

function readTsFiles(dir: string): SourceFile[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => {
      const absolute = join(ROOT, dir, name);
      return { path: relative(ROOT, absolute).split(sep).join('/'), text: readFileSync(absolute, 'utf8') };
    });
}

describe('layering', () => {
  const files = [...readTsFiles('src'), ...readTsFiles('seed')];

  it('reads the import graph (one-line, multi-line, re-export and dynamic imports)', () => {
    const imports = readImports({
      path: 'src/graph/x.ts',
      text: "import a from './a.js';\nimport {\n  b,\n  c,\n} from '../b.js';\nexport { d } from './d/index.js';\nimport './e.js';\nconst f = await import('../../seed/f.js');\nimport { z } from 'zod';",
    });
    expect(imports).toEqual(['src/graph/a.js', 'src/b.js', 'src/graph/d/index.js', 'src/graph/e.js', 'seed/f.js']);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(readImports).length).toBeGreaterThan(200);
  });

  it('would catch each kind of wrong arrow', () => {
    const wrong: SourceFile[] = [
      { path: 'src/app.ts', text: "import { loadSeed } from '../seed/loadSeed.js';" },
      { path: 'src/graph/curation/curate.ts', text: "import type { GraphQLContext } from '../../graphql/context.js';" },
      { path: 'src/graph/x.ts', text: "import { requireRole } from '../auth/authenticate.js';" },
      { path: 'src/neo4j/connect.ts', text: "import { Executor } from '../graph/executor.js';" },
      { path: 'src/records/ids.ts', text: "import { LABEL_BY_PREFIX } from '../graph/model.js';" },
      { path: 'seed/load.ts', text: "import { gql } from '../test/support/graphqlClient.js';" },
    ];
    expect(findLayerViolations(wrong)).toHaveLength(wrong.length);
  });

  it('src never imports seed/, src/graph never imports src/graphql or src/auth, src/neo4j never imports the layers above, seed/ imports only src/', () => {
    expect(findLayerViolations(files)).toEqual([]);
  });

  it('seed/ files import only src/ and seed/ itself', () => {
    const outside = files
      .filter((f) => f.path.startsWith('seed/'))
      .flatMap((f) =>
        readImports(f)
          .filter((t) => !t.startsWith('src/') && !t.startsWith('seed/'))
          .map((t) => `${f.path} → ${t}`),
      );
    expect(outside).toEqual([]);
    // The point of the move: the record model the server validates with lives in src/.
    expect(dirname(files.find((f) => f.path.endsWith('/schema.ts') && f.text.includes('export const RecordFile'))!.path)).toBe('src/records');
  });

  it('the plan types the GraphQL layer hands over come from src/graph/plan.ts', () => {
    const planner = files.find((f) => f.path === 'src/graphql/selectionPlan.ts')!;
    expect(readImports(planner)).toContain('src/graph/plan.js');
  });

  it('no hand-written file in src/ is over 400 lines', () => {
    const long = files
      .filter((f) => f.path.startsWith('src/') && !f.path.includes('/__generated__/'))
      .map((f) => ({ file: f.path, lines: f.text.split('\n').length }))
      .filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });
});
