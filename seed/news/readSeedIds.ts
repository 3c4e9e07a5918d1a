// The ids the seed defines, read straight from the data files (not through the seed reader, which
// validates far more and does not know about news yet). seed/data/news/ itself is skipped.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface SeedIds {
  /** Every record id of every section. */
  all: Set<string>;
  /** The ids of the `sources:` records, e.g. the broadcasts already cited (source:xwlb-…). */
  sources: Set<string>;
}

function listYamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'news' ? [] : listYamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

export function readSeedIds(seedDataDir: string): SeedIds {
  const ids: SeedIds = { all: new Set(), sources: new Set() };
  for (const path of listYamlFiles(seedDataDir)) {
    const doc: unknown = parse(readFileSync(path, 'utf8'));
    if (doc === null || typeof doc !== 'object') continue;
    for (const [section, records] of Object.entries(doc)) {
      if (!Array.isArray(records)) continue;
      for (const r of records as unknown[]) {
        const id = (r as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') continue;
        ids.all.add(id);
        if (section === 'sources') ids.sources.add(id);
      }
    }
  }
  return ids;
}
