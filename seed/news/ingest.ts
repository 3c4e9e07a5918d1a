// CLI: npm run ingest:news -- --corpus ../shared/corpus/xwlb [--out seed/data/news] [--check]
// Reads the transcripts, matches them against seed/data/news/dictionary.yaml, writes one file per
// year and report.md. --check writes nothing and fails when the committed files differ.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingestNews, readCorpus } from './ingestNews.js';
import { readNewsDictionary } from './newsDictionary.js';
import { readSeedIds } from './readSeedIds.js';

const SEED_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
const DEFAULT_OUT = join(SEED_DATA_DIR, 'news');
const DICTIONARY = join(DEFAULT_OUT, 'dictionary.yaml');

function main(): void {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean', default: false } },
  });
  if (!values.corpus) throw new Error('--corpus <dir> is required: the xwlb folder that holds news/YYYY-MM-DD.md (e.g. ../shared/corpus/xwlb)');
  const out = resolve(values.out ?? DEFAULT_OUT);
  const started = performance.now();
  const ids = readSeedIds(SEED_DATA_DIR);
  const dict = readNewsDictionary(DICTIONARY, ids.all);
  const { files, stats } = ingestNews(readCorpus(resolve(values.corpus)), dict, ids.sources);
  const kept = [...stats.itemsKeptByYear.values()].reduce((a, b) => a + b, 0);
  if (values.check) {
    const stale = [...files].filter(([name, text]) => !existsSync(join(out, name)) || readFileSync(join(out, name), 'utf8') !== text);
    if (stale.length > 0) throw new Error(`news files out of date: ${stale.map(([n]) => n).join(', ')}; run npm run ingest:news`);
  } else {
    mkdirSync(out, { recursive: true });
    // Year files from an earlier run that this run no longer produces would linger: remove them.
    for (const name of readdirSync(out)) if (/^\d{4}\.yaml$/.test(name) && !files.has(name)) rmSync(join(out, name));
    for (const [name, text] of files) writeFileSync(join(out, name), text);
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `${stats.broadcasts} broadcasts, ${stats.itemsRead} items read, ${kept} kept, ${files.size - 1} year files ${values.check ? 'checked' : `written to ${out}`} in ${ms} ms`,
  );
}

try {
  main();
} catch (e) {
  console.error(`ingest:news: ${(e as Error).message}`);
  process.exit(1);
}
