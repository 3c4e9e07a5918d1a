// Draws the news audit's random samples (docs/news-audit.md), reproducibly: a fixed seed, a small
// PRNG, inputs sorted first. It only draws; the judging is done by hand and kept in
// test/fixtures/news/audit-labels.yaml.
// npx tsx seed/news/drawAuditSample.ts [--corpus ../shared/corpus/xwlb] [--seed N] [--per-type N]
// Follow-up draw (after the rule change of issue 12's follow-up): --baseline-ref <commit> samples only
// the mentions of items that the year files at that commit did not hold, and --extra-recall N draws N
// more broadcasts with news items, none of those already labelled in test/fixtures/news/audit-labels.yaml.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { validateNewsFileText } from './writeNewsFiles.js';

export const AUDIT_SEED = 20261202;
/** The dictionary follow-up's seed (mentions of the entities the dictionary gained). */
const DICTIONARY_SEED = 20261205;
/** The follow-up draw's seed (new items' mentions, extra recall broadcasts). */
const FOLLOW_UP_SEED = 20261204;
const TYPES = ['zone', 'area', 'industry', 'measure', 'document', 'person'];
const YEARS = ['2020', '2021', '2022', '2023', '2024', '2025', '2026'];

/** mulberry32: tiny, deterministic, good enough for drawing a sample. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], random: () => number): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: '../shared/corpus/xwlb' },
      seed: { type: 'string' },
      'per-type': { type: 'string', default: '25' },
      'baseline-ref': { type: 'string' },
      'extra-recall': { type: 'string', default: '10' },
      'new-mentions-since': { type: 'string' },
    },
  });
  const PER_TYPE = Number(values['per-type']);
  const newsDir = fileURLToPath(new URL('../data/news', import.meta.url));
  const yearFiles = readdirSync(newsDir)
    .filter((n) => /^\d{4}\.yaml$/.test(n))
    .sort();
  const items = yearFiles.flatMap((n) => validateNewsFileText(readFileSync(join(newsDir, n), 'utf8'), n).newsItems);
  if (values['new-mentions-since']) {
    drawNewMentions(items, yearFiles, values['new-mentions-since'], values.seed ? Number(values.seed) : DICTIONARY_SEED, PER_TYPE);
    return;
  }
  if (values['baseline-ref']) {
    drawFollowUp(items, yearFiles, values['baseline-ref'], values.seed ? Number(values.seed) : FOLLOW_UP_SEED, PER_TYPE, Number(values['extra-recall']));
    return;
  }
  const seed = values.seed ? Number(values.seed) : AUDIT_SEED;
  const random = seededRandom(seed);

  console.log(`# precision sample: ${PER_TYPE} mentions per type, seed ${seed}`);
  for (const type of TYPES) {
    const pool = items.flatMap((i) => i.mentions.filter((m) => m.entity.startsWith(`${type}:`)).map((m) => ({ item: i, m })));
    for (const { item, m } of shuffle(pool, random).slice(0, PER_TYPE)) console.log([type, item.id, m.entity, m.term, item.subHeadline ?? item.headline, m.evidence].join('\t'));
  }

  const all = readdirSync(join(values.corpus!, 'news'))
    .filter((n) => /^\d{4}-\d{2}-\d{2}\.md$/.test(n))
    .map((n) => n.slice(0, 10))
    .sort();
  const withZone = [...new Set(items.map((i) => i.broadcastOn))].sort();
  const picked = new Set<string>();
  const take = (pool: string[], n: number) => {
    for (const d of shuffle(
      pool.filter((x) => !picked.has(x)),
      random,
    ).slice(0, n))
      picked.add(d);
  };
  // Per year: two broadcasts with zone news and two drawn from all broadcasts; one more of each in 2021 and 2025.
  for (const year of YEARS) {
    const extra = year === '2021' || year === '2025' ? 1 : 0;
    take(
      withZone.filter((d) => d.startsWith(year)),
      2 + (year === '2021' ? extra : 0),
    );
    take(
      all.filter((d) => d.startsWith(year)),
      2 + (year === '2025' ? extra : 0),
    );
  }
  console.log(`# recall broadcasts (${picked.size}), seed ${seed}`);
  console.log([...picked].sort().join('\n'));
}

/** The follow-up draw: new items' mentions (per type, at most perType) and extra recall broadcasts. */
function drawFollowUp(items: ReturnType<typeof validateNewsFileText>['newsItems'], yearFiles: string[], ref: string, seed: number, perType: number, extra: number): void {
  const random = seededRandom(seed);
  const before = new Set(
    yearFiles.flatMap((n) => {
      const text = execFileSync('git', ['show', `${ref}:seed/data/news/${n}`], { encoding: 'utf8' });
      return validateNewsFileText(text, `${ref}:${n}`).newsItems.map((i) => i.id);
    }),
  );
  const fresh = items.filter((i) => !before.has(i.id));
  console.log(`# follow-up precision sample: mentions of the ${fresh.length} items not in ${ref}, at most ${perType} per type, seed ${seed}`);
  for (const type of TYPES) {
    const pool = fresh.flatMap((i) => i.mentions.filter((m) => m.entity.startsWith(`${type}:`)).map((m) => ({ item: i, m })));
    for (const { item, m } of shuffle(pool, random).slice(0, perType)) console.log([type, item.id, m.entity, m.term, item.subHeadline ?? item.headline, m.evidence].join('\t'));
  }
  const labelsFile = fileURLToPath(new URL('../../test/fixtures/news/audit-labels.yaml', import.meta.url));
  const labelled = new Set((parse(readFileSync(labelsFile, 'utf8')) as { recall: Array<{ date: string }> }).recall.map((r) => r.date));
  const withNews = [...new Set(items.map((i) => i.broadcastOn))].filter((d) => !labelled.has(d)).sort();
  console.log(`# extra recall broadcasts (${extra}) from the ${withNews.length} unlabelled broadcasts with news items, seed ${seed}`);
  console.log(shuffle(withNews, random).slice(0, extra).sort().join('\n'));
}

/** The dictionary follow-up's draw: mentions (item, entity) the year files at `ref` did not hold, at most perType per type. */
function drawNewMentions(items: ReturnType<typeof validateNewsFileText>['newsItems'], yearFiles: string[], ref: string, seed: number, perType: number): void {
  const random = seededRandom(seed);
  const before = new Set(
    yearFiles.flatMap((n) => {
      const text = execFileSync('git', ['show', `${ref}:seed/data/news/${n}`], { encoding: 'utf8' });
      return validateNewsFileText(text, `${ref}:${n}`).newsItems.flatMap((i) => i.mentions.map((m) => `${i.id} ${m.entity}`));
    }),
  );
  console.log(`# new-mention precision sample: mentions not in ${ref}, at most ${perType} per type, seed ${seed}`);
  for (const type of TYPES) {
    const pool = items.flatMap((i) => i.mentions.filter((m) => m.entity.startsWith(`${type}:`) && !before.has(`${i.id} ${m.entity}`)).map((m) => ({ item: i, m })));
    if (pool.length > 0) console.log(`# ${type}: ${pool.length} new mentions`);
    for (const { item, m } of shuffle(pool, random).slice(0, perType)) console.log([type, item.id, m.entity, m.term, item.subHeadline ?? item.headline, m.evidence].join('\t'));
  }
}

main();
