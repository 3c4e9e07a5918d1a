// A deterministic synthetic graph that scales the project's model: same labels (+Entity),
// relationship types, properties (dates with their precision, `sources` lists and `verified`
// on fact-bearing relationships, PILOTED_IN from/first, SUPPLIES flow/editorial) and ids of
// the form `<prefix>:syn-<number>`. Written on top of the curated seed, on a fresh database,
// with CREATE in UNWIND batches, one transaction per batch.
import neo4j, { type Driver } from 'neo4j-driver';
import type { EntityLabel, RelationshipType } from '../src/graph/model.js';
import { mulberry32 } from './random.js';

export interface ScaleSpec {
  zones: number;
  areasPerZone: number;
  authorities: number;
  people: number;
  documents: number;
  measures: number;
  industries: number;
  /** SUPPLIES links leaving each industry (a DAG: always towards a later industry). */
  suppliesPerIndustry: number;
  clusters: number;
  observations: number;
  sources: number;
  /** Synthetic news items, each mentioning 1 to 4 zones, sub-areas or industries. */
  newsItems: number;
}

// Proportions follow the real data: few zones, many measures, documents, observations and
// sources; the supply network's out-degree is the same at every scale, so a 3-hop chain
// has the same size everywhere and only the graph around it grows.
export const SCALES: Record<string, ScaleSpec> = {
  small: {
    zones: 40,
    areasPerZone: 10,
    authorities: 100,
    people: 200,
    documents: 1_000,
    measures: 3_000,
    industries: 200,
    suppliesPerIndustry: 5,
    clusters: 800,
    observations: 2_500,
    sources: 2_000,
    newsItems: 2_000,
  },
  medium: {
    zones: 200,
    areasPerZone: 10,
    authorities: 400,
    people: 1_000,
    documents: 10_000,
    measures: 30_000,
    industries: 1_000,
    suppliesPerIndustry: 5,
    clusters: 5_000,
    observations: 30_000,
    sources: 20_000,
    newsItems: 20_000,
  },
  large: {
    zones: 2_000,
    areasPerZone: 10,
    authorities: 2_000,
    people: 10_000,
    documents: 100_000,
    measures: 300_000,
    industries: 5_000,
    suppliesPerIndustry: 5,
    clusters: 50_000,
    observations: 330_000,
    sources: 200_000,
    newsItems: 200_000,
  },
};

/** Ids the benchmark suite addresses; they exist at every scale. */
export const SYNTHETIC_IDS = {
  zone: (n: number) => `zone:syn-${pad(n, 6)}`,
  area: (n: number) => `area:syn-${pad(n, 7)}`,
  document: (n: number) => `document:syn-${pad(n, 7)}`,
  authority: (n: number) => `authority:syn-${pad(n, 6)}`,
  person: (n: number) => `person:syn-${pad(n, 6)}`,
  measure: (n: number) => `measure:syn-${pad(n, 7)}`,
  industry: (n: number) => `industry:syn-${pad(n, 6)}`,
  cluster: (n: number) => `cluster:syn-${pad(n, 6)}`,
  observation: (n: number) => `obs:syn-${pad(n, 7)}`,
  source: (n: number) => `source:syn-${pad(n, 6)}`,
  /** `news:syn-<broadcast day>-<n>`: the curated ids' shape (date, then a number), marked synthetic. */
  news: (day: string, n: number) => `news:syn-${day}-${n}`,
};

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** k distinct integers in [0, n) (k small). */
  distinct(k: number, n: number): number[] {
    const out = new Set<number>();
    const want = Math.min(k, n);
    while (out.size < want) out.add(this.int(n));
    return [...out];
  }
  /** A date between two years, at day, month or year precision like the curated data. */
  date(fromYear: number, toYear: number, dayShare = 0.8): { value: InstanceType<typeof neo4j.types.Date>; precision: string } {
    const y = this.between(fromYear, toYear);
    const r = this.next();
    if (r < dayShare) return { value: new neo4j.types.Date(y, this.between(1, 12), this.between(1, 28)), precision: 'DAY' };
    if (r < dayShare + (1 - dayShare) / 2) return { value: new neo4j.types.Date(y, this.between(1, 12), 1), precision: 'MONTH' };
    return { value: new neo4j.types.Date(y, 1, 1), precision: 'YEAR' };
  }
}

// Bilingual vocabulary, so the full-text index has English words and Chinese bigrams to match.
const INDUSTRY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['biomedicine', '生物医药'],
  ['integrated circuits', '集成电路'],
  ['artificial intelligence', '人工智能'],
  ['new energy vehicles', '新能源汽车'],
  ['bulk commodities', '大宗商品'],
  ['marine economy', '海洋经济'],
  ['aviation', '航空'],
  ['logistics', '物流'],
  ['financial services', '金融服务'],
  ['cross-border e-commerce', '跨境电商'],
  ['shipping', '航运'],
  ['petrochemicals', '石油化工'],
  ['digital trade', '数字贸易'],
  ['tourism', '旅游'],
  ['medical devices', '医疗器械'],
  ['modern agriculture', '现代农业'],
  ['equipment manufacturing', '装备制造'],
  ['new materials', '新材料'],
  ['cultural trade', '文化贸易'],
  ['offshore trade', '离岸贸易'],
];
const ACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['Simplify', '简化'],
  ['Pilot', '试点'],
  ['Open up', '开放'],
  ['Streamline', '优化'],
  ['Facilitate', '便利化'],
  ['Relax limits on', '放宽'],
  ['Digitise', '数字化'],
  ['Integrate', '整合'],
];
const OBJECTS: ReadonlyArray<readonly [string, string]> = [
  ['customs clearance', '通关'],
  ['market access', '市场准入'],
  ['cross-border payments', '跨境支付'],
  ['import licensing', '进口许可'],
  ['bonded maintenance', '保税维修'],
  ['talent visas', '人才签证'],
  ['data flows', '数据流动'],
  ['foreign investment registration', '外商投资登记'],
  ['tax refunds', '退税'],
  ['inspection and quarantine', '检验检疫'],
];
const PROVINCES = [
  'Shanghai',
  'Guangdong',
  'Tianjin',
  'Fujian',
  'Liaoning',
  'Zhejiang',
  'Henan',
  'Hubei',
  'Chongqing',
  'Sichuan',
  'Shaanxi',
  'Hainan',
  'Shandong',
  'Jiangsu',
  'Guangxi',
  'Hebei',
  'Yunnan',
  'Heilongjiang',
  'Beijing',
  'Hunan',
  'Anhui',
  'Xinjiang',
];
const BATCH_LAUNCH_YEAR = [2013, 2015, 2017, 2019, 2020, 2023, 2024];
const DOC_KINDS = ['OVERALL_PLAN', 'DEEPENING_PLAN', 'APPROVAL_REPLY', 'MEASURES', 'NEGATIVE_LIST', 'NOTICE', 'OPINIONS', 'REGULATION', 'WORK_REPORT', 'OTHER'];
const METRICS = ['trade-volume', 'foreign-investment', 'new-enterprises', 'tax-revenue', 'cluster-output', 'reforms-replicated-nationwide'];
const FLOWS = ['raw materials', 'components', 'intermediate goods', 'services', 'equipment', 'data'];
// News headlines and evidence tails. None of their characters is in 生物医药 and no word is
// "biomedicine": headlines are in the full-text index (SEARCHABLE_PROPERTIES), and the suite's
// `search` operation must find what it found before news was generated.
const NEWS_TOPICS = [
  '自贸试验区制度创新成果发布',
  '跨境贸易便利化举措落地',
  '开放型经济新体制建设提速',
  '海关通关改革再推新招',
  '金融开放政策出台',
  '数字贸易试点扩围',
  '营商环境持续优化',
  '港口航运量创新高',
];
const EVIDENCE_TAILS = ['推出一批改革试点举措', '发布新一轮开放清单', '企业办事时间大幅缩短', '外资项目集中签约'];
const TITLES = ['Director', 'Deputy Director', 'Secretary', 'Chair', 'Head of Division'];

/** Reform fields: the curated ones (MERGEd, so the seed's own nodes are reused). */
export const FIELDS: ReadonlyArray<readonly [string, string, string]> = [
  ['field:trade', 'Trade facilitation', '贸易便利化'],
  ['field:investment', 'Investment liberalisation', '投资自由化'],
  ['field:finance', 'Financial opening', '金融开放'],
  ['field:data', 'Data flows', '数据流动'],
  ['field:talent', 'Talent', '人才'],
  ['field:science-technology-innovation', 'Science and technology innovation', '科技创新'],
  ['field:industrial-development', 'Industrial development', '产业发展'],
  ['field:cross-border-services', 'Cross-border services', '跨境服务'],
  ['field:goods-trade', 'Goods trade', '货物贸易'],
  ['field:services-trade', 'Services trade', '服务贸易'],
  ['field:government-functions', 'Transformation of government functions', '政府职能转变'],
  ['field:rule-of-law', 'Rule of law', '法治保障'],
];

type Row = Record<string, unknown>;

export interface GenerateResult {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  /** Seconds Neo4j spent writing node batches and relationship batches. */
  writeSeconds: { nodes: number; relationships: number };
  seconds: number;
}

/**
 * Batched CREATE writer. Each batch is its own transaction (a load of millions of rows never
 * sits in one transaction), and one write is in flight while the next batch is generated.
 *
 * Speed: looking both ends of a relationship up by `id` costs a locking unique-index seek
 * each; instead every node batch returns the internal ids of the nodes it created, and
 * relationship batches match their ends with `id(n) = …` (a direct node-by-id seek), which
 * loads relationships two to three times faster on this machine. The internal ids are used
 * only during the load, on a database nothing deletes from.
 */
class BatchWriter {
  private readonly buffers = new Map<string, { cypher: string; rows: Row[]; kind: 'node' | 'rel' }>();
  private readonly internalIds = new Map<string, number>();
  private inFlight: Promise<void> = Promise.resolve();
  private pending = 0;
  private waiters: Array<() => void> = [];
  private failure: unknown;
  readonly byLabel: Record<string, number> = {};
  readonly byType: Record<string, number> = {};
  /** Time Neo4j spent on node and on relationship batches (ms), for the report. */
  readonly writeMs = { node: 0, rel: 0 };

  constructor(
    private readonly driver: Driver,
    private readonly batchSize: number,
  ) {}

  node(label: EntityLabel, props: Row): void {
    this.byLabel[label] = (this.byLabel[label] ?? 0) + 1;
    // Labels and types cannot be parameters: they come from the model's constants only.
    this.push('node', `n:${label}`, `UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row RETURN row.id AS key, id(n) AS internal`, props);
  }

  rel(type: RelationshipType, from: string, to: string, props?: Row): void {
    this.byType[type] = (this.byType[type] ?? 0) + 1;
    const ends = 'UNWIND $rows AS row MATCH (a) WHERE id(a) = row.f MATCH (b) WHERE id(b) = row.t';
    if (props) this.push('rel', `r:${type}`, `${ends} CREATE (a)-[r:${type}]->(b) SET r = row.p`, { f: from, t: to, p: props });
    else this.push('rel', `r0:${type}`, `${ends} CREATE (a)-[:${type}]->(b)`, { f: from, t: to });
  }

  /** Nodes written outside this writer (MERGEd ones) that relationships will point at. */
  remember(key: string, internal: number): void {
    this.internalIds.set(key, internal);
  }

  private push(kind: 'node' | 'rel', key: string, cypher: string, row: Row): void {
    let buffer = this.buffers.get(key);
    if (!buffer) this.buffers.set(key, (buffer = { cypher, rows: [], kind }));
    buffer.rows.push(row);
    if (buffer.rows.length >= this.batchSize) {
      // A relationship's end nodes may still sit in a node buffer: write those first.
      if (kind === 'rel') this.enqueueBuffered('node');
      this.buffers.delete(key);
      this.enqueue(buffer.kind, buffer.cypher, buffer.rows);
    }
  }

  private enqueue(kind: 'node' | 'rel', cypher: string, rows: Row[]): void {
    this.pending++;
    this.inFlight = this.inFlight
      .then(async () => {
        if (this.failure) return;
        // Relationship ends resolve now: every node batch enqueued before this one has run.
        const params = kind === 'rel' ? rows.map((r) => ({ ...r, f: this.resolve(r.f as string), t: this.resolve(r.t as string) })) : rows;
        const session = this.driver.session({ defaultAccessMode: 'WRITE' });
        const started = performance.now();
        try {
          const result = await session.executeWrite((tx) => tx.run(cypher, { rows: params }), { timeout: 300_000 });
          if (kind === 'node') for (const record of result.records) this.internalIds.set(record.get('key'), record.get('internal'));
          this.writeMs[kind] += performance.now() - started;
        } finally {
          await session.close();
        }
      })
      .catch((e: unknown) => {
        this.failure ??= e;
      })
      .finally(() => {
        this.pending--;
        for (const wake of this.waiters.splice(0)) wake();
      });
  }

  private resolve(key: string): number {
    const internal = this.internalIds.get(key);
    if (internal === undefined) throw new Error(`generator bug: ${key} is used before it is written`);
    return internal;
  }

  /** Lets generation run ahead of Neo4j by a few batches only, to bound memory. */
  async throttle(maxPending = 4): Promise<void> {
    while (this.pending > maxPending) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure;
  }

  /** Writes everything buffered, nodes first. */
  async flush(): Promise<void> {
    this.enqueueBuffered('node');
    this.enqueueBuffered('rel');
    await this.inFlight;
    if (this.failure) throw this.failure;
  }

  private enqueueBuffered(kind: 'node' | 'rel'): void {
    for (const [key, buffer] of [...this.buffers]) {
      if (buffer.kind !== kind) continue;
      this.buffers.delete(key);
      this.enqueue(buffer.kind, buffer.cypher, buffer.rows);
    }
  }
}

export interface GenerateOptions {
  scale: ScaleSpec;
  seed?: number;
  batchSize?: number;
  log?: (line: string) => void;
}

/** Writes the synthetic graph. The database must hold no synthetic nodes yet (CREATE, not MERGE). */
export async function generateGraph(driver: Driver, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const s = options.scale;
  const rnd = new Random(options.seed ?? 42);
  const w = new BatchWriter(driver, options.batchSize ?? 10_000);
  const log = options.log ?? (() => {});
  const id = SYNTHETIC_IDS;
  const step = async (what: string, f: () => void | Promise<void>) => {
    const t = performance.now();
    await f();
    await w.flush();
    log(
      `  ${what}: ${((performance.now() - t) / 1000).toFixed(1)} s (Neo4j so far: nodes ${(w.writeMs.node / 1000).toFixed(1)} s, relationships ${(w.writeMs.rel / 1000).toFixed(1)} s)`,
    );
  };

  // Every fact-bearing relationship: 1 or 2 source ids, verified (5% not).
  const fact = (extra: Row = {}): Row => {
    const sources = rnd.distinct(rnd.between(1, 2), s.sources).map(id.source);
    return { ...extra, sources, verified: !rnd.chance(0.05) };
  };
  const withDate = (props: Row, field: string, d: { value: unknown; precision: string }) => {
    props[field] = d.value;
    props[`${field}Precision`] = d.precision;
    return props;
  };
  // SOURCED_FROM: 1 to 4 sources per entity (2.5 on average).
  const sourcedFrom = (entityId: string) => {
    for (const src of rnd.distinct(rnd.between(1, 4), s.sources)) w.rel('SOURCED_FROM', entityId, id.source(src));
  };

  await step('sources', async () => {
    for (let i = 0; i < s.sources; i++) {
      const p: Row = {
        id: id.source(i),
        code: `SYN-${i}`,
        title: `Synthetic source ${i}`,
        url: `https://example.org/syn/${i}`,
        publisher: rnd.pick(['State Council', 'MOFCOM', 'Xinhua', 'Local government']),
      };
      w.node('Source', withDate(p, 'publishedOn', rnd.date(2013, 2025)));
      if (i % 1000 === 999) await w.throttle();
    }
  });

  // Fields are MERGEd: the seed defines the curated ones already.
  let fieldsCreated = 0;
  await step('fields', async () => {
    const session = driver.session({ defaultAccessMode: 'WRITE' });
    try {
      const result = await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) ON CREATE SET n.nameEn = row.nameEn, n.nameZh = row.nameZh SET n:ReformField
RETURN n.id AS key, id(n) AS internal`,
          { rows: FIELDS.map(([fid, nameEn, nameZh]) => ({ id: fid, nameEn, nameZh })) },
        ),
      );
      for (const r of result.records) w.remember(r.get('key'), r.get('internal'));
      fieldsCreated = result.summary.counters.updates().nodesCreated;
    } finally {
      await session.close();
    }
  });

  const zoneLaunch: number[] = [];
  await step('zones and areas', () => {
    for (let z = 0; z < s.zones; z++) {
      const batch = rnd.between(1, 7);
      const year = BATCH_LAUNCH_YEAR[batch - 1]!;
      const province = rnd.pick(PROVINCES);
      const p: Row = {
        id: id.zone(z),
        kind: 'PILOT_FREE_TRADE_ZONE',
        nameEn: `${province} Synthetic Pilot Free Trade Zone ${z}`,
        nameZh: `合成自由贸易试验区${z}号`,
        shortName: `${province} S${z}`,
        province,
        batch,
        areaKm2: 50 + rnd.int(200),
        verified: !rnd.chance(0.05),
      };
      withDate(p, 'approvedOn', { value: new neo4j.types.Date(year, rnd.between(1, 6), rnd.between(1, 28)), precision: 'DAY' });
      withDate(p, 'launchedOn', { value: new neo4j.types.Date(year, rnd.between(7, 12), rnd.between(1, 28)), precision: 'DAY' });
      zoneLaunch.push(year);
      w.node('Zone', p);
      sourcedFrom(id.zone(z));
      for (let a = 0; a < s.areasPerZone; a++) {
        const n = z * s.areasPerZone + a;
        w.node('ZoneArea', { id: id.area(n), nameEn: `Area ${a + 1} of ${province} S${z}`, nameZh: `${province}片区${n}`, areaKm2: 5 + rnd.int(40), verified: true });
        w.rel('HAS_AREA', id.zone(z), id.area(n), fact());
        sourcedFrom(id.area(n));
      }
    }
  });

  await step('authorities and people', () => {
    for (let a = 0; a < s.authorities; a++) {
      w.node('Authority', { id: id.authority(a), nameEn: `Synthetic Authority ${a}`, nameZh: `合成机关${a}`, abbreviation: `SA${a}`, verified: true });
      if (a > 10 && rnd.chance(0.5)) w.rel('PART_OF', id.authority(a), id.authority(rnd.int(10)), fact());
      sourcedFrom(id.authority(a));
    }
    for (let p = 0; p < s.people; p++) {
      w.node('Person', { id: id.person(p), nameEn: `Synthetic Person ${p}`, nameZh: `合成人员${p}`, verified: true });
      for (const a of rnd.distinct(rnd.between(1, 2), s.authorities)) {
        const props = fact({ title: rnd.pick(TITLES) });
        withDate(props, 'from', rnd.date(2010, 2022));
        w.rel('WORKS_FOR', id.person(p), id.authority(a), props);
      }
      sourcedFrom(id.person(p));
    }
  });

  const areaCount = s.zones * s.areasPerZone;
  await step('documents', async () => {
    for (let d = 0; d < s.documents; d++) {
      const [objEn, objZh] = rnd.pick(OBJECTS);
      const [indEn, indZh] = rnd.pick(INDUSTRY_WORDS);
      const issued = rnd.date(2013, 2025, 0.9);
      const year = (issued.value as { year: number }).year;
      const p: Row = {
        id: id.document(d),
        kind: rnd.pick(DOC_KINDS),
        titleEn: `Notice on ${objEn} for ${indEn} (synthetic ${d})`,
        titleZh: `关于${indZh}${objZh}的通知（合成${d}）`,
        docNumber: `合成〔${year}〕${d}号`,
        itemCount: rnd.int(120),
        verified: !rnd.chance(0.03),
      };
      w.node('PolicyDocument', withDate(p, 'issuedOn', issued));
      for (const a of rnd.distinct(rnd.between(1, 2), s.authorities)) w.rel('ISSUED_BY', id.document(d), id.authority(a), fact());
      for (const z of rnd.distinct(rnd.between(1, 2), s.zones)) {
        w.rel('APPLIES_TO', id.document(d), id.zone(z), fact());
        if (rnd.chance(0.3)) w.rel('APPLIES_TO', id.document(d), id.area(z * s.areasPerZone + rnd.int(s.areasPerZone)), fact());
      }
      if (d > 0 && rnd.chance(0.3)) w.rel(rnd.pick(['IMPLEMENTS', 'IMPLEMENTS', 'AMENDS', 'SUPERSEDES'] as const), id.document(d), id.document(rnd.int(d)), fact());
      sourcedFrom(id.document(d));
      if (d % 1000 === 999) await w.throttle();
    }
    // Half of the areas were created by a document.
    for (let a = 0; a < areaCount; a += 2) w.rel('ESTABLISHES', id.document(rnd.int(s.documents)), id.area(a), fact());
  });

  await step('industries and supply links', () => {
    const roots = Math.max(10, Math.floor(s.industries / 10));
    for (let i = 0; i < s.industries; i++) {
      const [en, zh] = INDUSTRY_WORDS[i % INDUSTRY_WORDS.length]!;
      w.node('Industry', { id: id.industry(i), nameEn: `${en[0]!.toUpperCase()}${en.slice(1)} segment ${i}`, nameZh: `${zh}细分${i}`, verified: true });
      sourcedFrom(id.industry(i));
    }
    for (let i = roots; i < s.industries; i++) w.rel('SUB_INDUSTRY_OF', id.industry(i), id.industry(rnd.int(roots)), fact());
    // Supply DAG: each industry feeds industries later in a window, so chains have depth.
    for (let i = 0; i < s.industries - 1; i++) {
      const window = Math.min(150, s.industries - 1 - i);
      for (const off of rnd.distinct(Math.min(s.suppliesPerIndustry, window), window))
        w.rel('SUPPLIES', id.industry(i), id.industry(i + 1 + off), fact({ flow: rnd.pick(FLOWS), editorial: rnd.chance(0.2) }));
    }
  });

  await step('measures', async () => {
    // field:investment is in about one measure in six, like the curated data's spread.
    const fieldIds = FIELDS.map(([fid]) => fid);
    for (let m = 0; m < s.measures; m++) {
      const [actEn, actZh] = rnd.pick(ACTIONS);
      const [objEn, objZh] = rnd.pick(OBJECTS);
      const industry = rnd.int(s.industries);
      const [indEn, indZh] = INDUSTRY_WORDS[industry % INDUSTRY_WORDS.length]!;
      const p: Row = { id: id.measure(m), nameEn: `${actEn} ${objEn} for ${indEn} ${m}`, nameZh: `${indZh}${actZh}${objZh}${m}`, verified: !rnd.chance(0.05) };
      if (rnd.chance(0.2)) withDate(p, 'replicatedNationwideOn', rnd.date(2015, 2025));
      w.node('ReformMeasure', p);
      for (const f of rnd.distinct(rnd.between(1, 2), fieldIds.length)) w.rel('IN_FIELD', id.measure(m), fieldIds[f]!, fact());
      for (const d of rnd.distinct(rnd.between(1, 2), s.documents)) w.rel('SETS_OUT', id.document(d), id.measure(m), fact());
      const zones = rnd.distinct(rnd.between(1, 4), s.zones);
      zones.forEach((z, k) => {
        const props = fact({ first: k === 0 });
        withDate(props, 'from', rnd.date(zoneLaunch[z]!, 2025));
        w.rel('PILOTED_IN', id.measure(m), id.zone(z), props);
        if (rnd.chance(0.4)) w.rel('PILOTED_IN', id.measure(m), id.area(z * s.areasPerZone + rnd.int(s.areasPerZone)), props);
      });
      w.rel('SUPPORTS', id.measure(m), id.industry(industry), fact());
      sourcedFrom(id.measure(m));
      if (m % 1000 === 999) await w.throttle();
    }
  });

  await step('clusters', async () => {
    for (let c = 0; c < s.clusters; c++) {
      const industries = rnd.distinct(rnd.between(1, 3), s.industries);
      const [en, zh] = INDUSTRY_WORDS[industries[0]! % INDUSTRY_WORDS.length]!;
      const z = rnd.int(s.zones);
      const p: Row = { id: id.cluster(c), nameEn: `${en[0]!.toUpperCase()}${en.slice(1)} cluster ${c}`, nameZh: `${zh}产业集群${c}`, verified: !rnd.chance(0.05) };
      w.node('IndustrialCluster', withDate(p, 'foundedOn', rnd.date(2005, 2024)));
      for (const i of industries) w.rel('IN_INDUSTRY', id.cluster(c), id.industry(i), fact());
      w.rel('LOCATED_IN', id.cluster(c), id.zone(z), fact());
      if (rnd.chance(0.7)) w.rel('LOCATED_IN', id.cluster(c), id.area(z * s.areasPerZone + rnd.int(s.areasPerZone)), fact());
      sourcedFrom(id.cluster(c));
      if (c % 1000 === 999) await w.throttle();
    }
  });

  await step('observations', async () => {
    for (let o = 0; o < s.observations; o++) {
      const r = rnd.int(10);
      const subject =
        r < 3
          ? id.zone(rnd.int(s.zones))
          : r < 7
            ? id.cluster(rnd.int(s.clusters))
            : r < 8
              ? id.area(rnd.int(areaCount))
              : r < 9
                ? id.industry(rnd.int(s.industries))
                : id.document(rnd.int(s.documents));
      const p: Row = {
        id: id.observation(o),
        metric: rnd.pick(METRICS),
        value: Math.round(rnd.int(1_000_000)) / 10,
        unit: rnd.pick(['count', 'CNY 100m', 'percent']),
        disputed: rnd.chance(0.05),
        verified: !rnd.chance(0.05),
      };
      w.node('Observation', withDate(p, 'asOf', rnd.date(2014, 2025, 0.3)));
      w.rel('ABOUT', id.observation(o), subject, fact());
      sourcedFrom(id.observation(o));
      if (o % 1000 === 999) await w.throttle();
    }
  });

  await step('news', async () => {
    for (let k = 0; k < s.newsItems; k++) {
      const day = `${rnd.between(2020, 2026)}-${pad(rnd.between(1, 12), 2)}-${pad(rnd.between(1, 28), 2)}`;
      const newsId = id.news(day, k + 1);
      const source = id.source(rnd.int(s.sources));
      const [y, m, d] = day.split('-').map(Number);
      const p: Row = {
        id: newsId,
        broadcastOn: new neo4j.types.Date(y!, m!, d!),
        broadcastOnPrecision: 'DAY',
        programme: '新闻联播',
        headline: `${rnd.pick(NEWS_TOPICS)}（合成${k + 1}）`,
        url: `https://example.org/syn/news/${k + 1}`,
      };
      w.node('NewsItem', p);
      w.rel('SOURCED_FROM', newsId, source);
      // 1 to 4 distinct entities: half zones, 30% sub-areas, 20% industries; an item may name a
      // zone and one of its areas, which the timeline counts once for the zone.
      const mentioned = new Map<string, string>();
      const want = rnd.between(1, 4);
      while (mentioned.size < want) {
        const r = rnd.int(10);
        if (r < 5) {
          const z = rnd.int(s.zones);
          mentioned.set(id.zone(z), `合成自由贸易试验区${z}号`);
        } else if (r < 8) {
          const a = rnd.int(areaCount);
          mentioned.set(id.area(a), `合成片区${a}`);
        } else {
          const i = rnd.int(s.industries);
          mentioned.set(id.industry(i), `合成产业${i}`);
        }
      }
      for (const [entity, term] of mentioned) w.rel('MENTIONS', newsId, entity, { term, evidence: `${term}${rnd.pick(EVIDENCE_TAILS)}。`, verified: true, sources: [source] });
      if (k % 1000 === 999) await w.throttle();
    }
  });

  const nodes = Object.values(w.byLabel).reduce((a, b) => a + b, 0) + fieldsCreated;
  const relationships = Object.values(w.byType).reduce((a, b) => a + b, 0);
  return {
    nodes,
    relationships,
    byLabel: w.byLabel,
    byType: w.byType,
    writeSeconds: { nodes: w.writeMs.node / 1000, relationships: w.writeMs.rel / 1000 },
    seconds: (performance.now() - started) / 1000,
  };
}
