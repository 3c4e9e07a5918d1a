// The news pipeline (seed/news/) on invented fixture transcripts (test/fixtures/news/): splitting,
// matching, false friends, evidence, determinism, and the committed files' shape. No Neo4j, no corpus.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DROP_GENERAL_NO_ENTITY, DROP_GENERAL_NO_PLACE_IN_BROADCAST, ingestNews, readCorpus } from '../../seed/news/ingestNews.js';
import { compileMatcher, extractEvidence, matchItem } from '../../seed/news/matchMentions.js';
import { DictionaryError, parseNewsDictionary, readNewsDictionary } from '../../seed/news/newsDictionary.js';
import { MAX_EVIDENCE_CHARS, type NewsItemRecord } from '../../seed/news/newsFileSchema.js';
import { readBroadcast } from '../../seed/news/readBroadcast.js';
import { readSeedIds } from '../../seed/news/readSeedIds.js';
import { validateNewsFileText } from '../../seed/news/writeNewsFiles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED_DATA = join(ROOT, 'seed/data');
const NEWS_DIR = join(SEED_DATA, 'news');
const FIXTURES = join(ROOT, 'test/fixtures/news');

const ids = readSeedIds(SEED_DATA);
const dict = readNewsDictionary(join(NEWS_DIR, 'dictionary.yaml'), ids.all);
const matcher = compileMatcher(dict);
const fixture = readCorpus(FIXTURES);
const result = ingestNews(fixture, dict, ids.sources);
const byId = new Map(result.items.map((i) => [i.id, i]));

function item(id: string): NewsItemRecord {
  const found = byId.get(id);
  if (!found) throw new Error(`expected item ${id}; have ${[...byId.keys()].join(', ')}`);
  return found;
}
const entitiesOf = (id: string) => item(id).mentions.map((m) => m.entity);

/** Runs the matcher on one invented story and returns the entity ids it names. */
function entitiesIn(text: string): string[] {
  return matchItem(matcher, { ordinal: 1, headline: '测试', paragraphs: [text] }).mentions.map((m) => m.entity);
}

describe('readBroadcast', () => {
  it('reads the 2020 header (YYYYMMDD): stories and each 快讯 sub-item numbered from 1', () => {
    const b = readBroadcast(readFileSync(join(FIXTURES, 'news/2020-06-01.md'), 'utf8'), '2020-06-01.md');
    expect(b.date).toBe('2020-06-01');
    expect(b.items.map((i) => [i.ordinal, i.headline, i.subHeadline ?? null])).toEqual([
      [1, '虚构新闻：海南自由贸易港建设稳步推进', null],
      [2, '虚构新闻：中国—东盟自贸区升级谈判取得进展', null],
      [3, '国际联播快讯', '虚构：某国总统称将建设本国自贸港'],
      [4, '国际联播快讯', '虚构：迪拜杰贝阿里自贸区吸引投资'],
      [5, '国内联播快讯', '虚构：上海推进城市更新'],
      [6, '国内联播快讯', '虚构：上海自贸区推出单一窗口新功能'],
    ]);
    expect(b.items[0]!.url).toBe('http://tv.cctv.com/2020/06/01/VIDEfixture0001.shtml');
    // The 央视网消息 lead-in and the link line are not body text.
    expect(b.items[0]!.paragraphs[0]).toBe('这是一条为测试编写的虚构新闻。习近平近日对海南自由贸易港建设作出指示。');
  });

  it('reads the later header (YYYY-MM-DD): skips the programme stub, drops 视频简介, shares the bundle link', () => {
    const b = readBroadcast(readFileSync(join(FIXTURES, 'news/2023-09-27.md'), 'utf8'), '2023-09-27.md');
    expect(b.date).toBe('2023-09-27');
    expect(b.items.map((i) => i.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(b.items[0]!.headline).toBe('虚构新闻：上海自贸试验区临港新片区发展海洋生物医药');
    expect(b.items.slice(1, 4).map((i) => [i.headline, i.url])).toEqual(Array(3).fill(['国内联播快讯', 'https://tv.cctv.com/2023/09/27/VIDEfixture1002.shtml']));
  });

  it('refuses a file whose first line is not a 新闻联播 title', () => {
    expect(() => readBroadcast('## 无标题\n正文', 'x.md')).toThrow(/x\.md/);
  });
});

describe('matching', () => {
  it.each([
    ['上海自贸试验区推出新举措。', ['zone:shanghai']],
    ['中国(上海)自由贸易试验区和中国（上海）自由贸易试验区是同一个。', ['zone:shanghai']],
    ['上海今年经济增长。', []], // a city alone is not a zone
    ['中国—东盟自贸区3.0版谈判启动，自贸区建设提速。', []], // FTA, then bare 自贸区
    ['中国-东盟自由贸易区建设。', []], // dash variants fold
    ['该国总统说要建设自贸港。', []], // bare 自贸港 without 海南
    ['海南推进自贸港建设。', ['zone:hainan-ftp']], // with 海南
    ['海南自贸试验区和海南自由贸易港是两个实体。', ['zone:hainan', 'zone:hainan-ftp']],
    ['海洋生物医药企业集聚。', ['industry:marine-biomedicine']], // longest match, no 生物医药 inside
    ['中医药文化节在陕西举办。', []],
    ['江苏自贸试验区南京片区企业增长。', ['zone:jiangsu', 'area:jiangsu-nanjing']],
    ['南京片区老旧小区改造。', []], // 南京片区 needs 自贸 in the item
    ['《海南自由贸易港法》施行。', ['document:hainan-ftp-law-2021', 'zone:hainan-ftp']], // title implies the port
    ['上海自贸区临港新片区挂牌。', ['zone:shanghai', 'area:shanghai-lingang']],
    ['四川自贸试验区川南临港片区揭牌。', ['zone:sichuan', 'area:sichuan-chuannan-lingang']], // not Lin-gang
    // Found by the audit (docs/news-audit.md):
    ['北京、上海自贸试验区发布新版清单。', ['zone:beijing', 'zone:shanghai']], // a province list before a zone
    ['支持上海等自贸试验区先行先试。', ['zone:shanghai']], // a province list before bare 自贸试验区
    ['海南、北京、安徽等21个自贸试验区。', ['zone:hainan', 'zone:beijing', 'zone:anhui']],
    ['前海蛇口自贸片区当前海南也在推进。', ['area:guangdong-qianhai-shekou']], // 前海 inside 当前海南 is nothing
    ['在自贸试验区，深圳前海新增企业。', []], // 深圳前海 is the district, not the FTZ sub-area
    ['以习近平新时代中国特色社会主义思想为指导，建设海南自贸港。', ['zone:hainan-ftp']], // a doctrine, not the person
    ['海南自贸港：海南炼化扩建。', ['zone:hainan-ftp']], // a company, not the industry
    ['海南自贸港建成运行多功能自由贸易账户。', ['zone:hainan-ftp']], // Hainan's EF account, not FT accounts
    ['海南自贸港落实新版海南自贸港外商投资准入负面清单。', ['zone:hainan-ftp', 'measure:fi-negative-list']], // no edition named
    ['浙江自贸试验区是最大的油气储运基地和石化基地。', ['zone:zhejiang', 'industry:crude-oil-lng-import-storage', 'industry:refining-petrochemicals']],
    // Issue 12 follow-up: forms of existing entities the remaining drops held.
    ['京津冀三地签署《京津冀自贸试验区协同发展行动方案》。', ['zone:beijing', 'zone:tianjin', 'zone:hebei']], // a group term
    ['试点扩展至上海（自由贸易试验区）、湖北（自由贸易试验区及武汉东湖新技术开发区）。', ['zone:shanghai', 'zone:hubei']],
    ['喀什自贸区新增企业305家。', ['area:xinjiang-kashgar']],
    ['国务院在自贸试验区深化证照分离改革。', ['measure:separating-permits-licences']], // bare 自贸试验区 names no zone
    ['海南自贸港洋浦港内外贸同船运输加注保税油政策落地。', ['zone:hainan-ftp', 'industry:bunkering']], // word order of 保税油加注
    // Dictionary follow-up: the industries, documents and measures the facts merge added.
    [
      '临港新片区重点发展集成电路、人工智能和新能源汽车。',
      ['area:shanghai-lingang', 'industry:integrated-circuits', 'industry:artificial-intelligence', 'industry:new-energy-vehicles'],
    ],
    ['港航物流和航运物流是两个产业。', ['industry:ports-shipping-logistics', 'industry:shipping-logistics']], // one entity per alias
    ['辽宁发展高端装备制造和先进装备制造。', ['industry:high-end-equipment', 'industry:equipment-manufacturing']], // longest first
    ['设立跨境电商综合试验区，跨境电商增长。', ['industry:cross-border-e-commerce']], // the pilot zone's name is not the industry
    ['广汽埃安新能源汽车股份有限公司。', []], // a company
    ['申请加入《数字经济伙伴关系协定》。', []], // DEPA, an agreement
    ['守护人民生命健康，发展生命健康产业。', ['industry:life-health']], // bare 生命健康 is not the industry
    ['加强现代金融机构建设。', []], // 现代金融 is not an alias
    ['国务院印发《中国（广西）自由贸易试验区总体方案》。', ['document:guangxi-overall-plan-2019', 'zone:guangxi']], // the title implies its zone
    ['复制推广第七批改革试点经验（国函〔2023〕56号）。', ['document:replication-batch-7-2023']],
    // Hainan's places as context, measured and not adopted (docs/news-audit.md): both would be false hits.
    ['博鳌亚洲论坛年会围绕“全球自由贸易港发展”等议题举行分论坛。', []], // a Hainan town is no context: the world's ports
    ['海南洋浦的瓜果蔬菜运往湖北。', []], // a place on the island is not the port
    ['推广专利开放许可新模式。', ['measure:batch7-patent-open-licensing']],
  ])('%s → %j', (text, expected) => {
    expect(entitiesIn(text)).toEqual(expected);
  });

  it('gives the first sentence that names the entity, the term as written', () => {
    const m = matchItem(matcher, { ordinal: 1, headline: '无关标题', paragraphs: ['第一句。中国（湖南）自贸试验区成立。后来湖南自贸试验区又发布成果。'] });
    expect(m.mentions).toEqual([{ entity: 'zone:hunan', term: '中国（湖南）自贸试验区', evidence: '中国（湖南）自贸试验区成立。' }]);
  });

  it('cuts a long sentence to at most 200 characters around the term', () => {
    const text = `${'甲'.repeat(300)}海南自贸港${'乙'.repeat(300)}。`;
    const evidence = extractEvidence(text, 300, 305);
    expect(evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
    expect(evidence).toContain('海南自贸港');
    expect(evidence.startsWith('…') && evidence.endsWith('…')).toBe(true);
  });
});

describe('ingest on the fixture', () => {
  it('keeps exactly the items that name a zone, the port or a sub-area', () => {
    expect([...byId.keys()]).toEqual([
      'news:2020-06-01-1',
      'news:2020-06-01-6',
      'news:2023-09-27-1',
      'news:2023-09-27-2',
      'news:2023-09-27-4',
      'news:2023-09-27-6',
      'news:2023-09-27-7',
      'news:2023-09-27-9',
    ]);
  });

  it('keeps an item on the pilot FTZs in general only beside another entity and in a broadcast that names a zone', () => {
    // 2023-09-27-7: bare 自贸试验区 and 证照分离, in a broadcast whose other items name zones.
    expect(entitiesOf('news:2023-09-27-7')).toEqual(['measure:separating-permits-licences']);
    // 2023-09-27-9: the pilot FTZs only inside a document's title, which is matched as the document.
    expect(entitiesOf('news:2023-09-27-9')).toEqual(['document:replication-batch-7-2023']);
    expect(result.stats.itemsKeptAsGeneral).toBe(2);
    // 2023-09-27-8 names no entity; 2024-05-20-1 names 习近平 but its broadcast names no zone (上海 alone is none).
    expect(byId.has('news:2023-09-27-8')).toBe(false);
    expect(byId.has('news:2024-05-20-1')).toBe(false);
    expect(result.files.has('2024.yaml')).toBe(false);
  });

  it('links the industries, measures, documents and people of a kept item', () => {
    expect(entitiesOf('news:2020-06-01-1')).toEqual([
      'zone:hainan-ftp',
      'person:xi-jinping',
      'document:hainan-ftp-overall-plan-2020',
      'measure:hainan-island-wide-special-customs-operations',
    ]);
    expect(entitiesOf('news:2023-09-27-1')).toEqual(['zone:shanghai', 'area:shanghai-lingang', 'industry:marine-biomedicine', 'industry:biomedicine']);
    expect(entitiesOf('news:2023-09-27-6')).toEqual(['area:guangdong-qianhai-shekou', 'measure:separating-permits-licences']);
  });

  it('records the term and the one sentence of evidence', () => {
    const [biomedicine] = item('news:2023-09-27-1').mentions.filter((m) => m.entity === 'industry:biomedicine');
    expect(biomedicine).toEqual({
      entity: 'industry:biomedicine',
      term: '生物医药',
      evidence: '在上海自贸试验区临港新片区，海洋生物医药和生物医药企业今年加快集聚。',
    });
    const sub = item('news:2023-09-27-2');
    expect(sub).toMatchObject({ headline: '国内联播快讯', subHeadline: '虚构：江苏自贸试验区南京片区新设企业增长', sources: ['source:xwlb-2023-09-27'] });
  });

  it('counts what it dropped and why', () => {
    const dropped = Object.fromEntries(result.stats.droppedItems);
    expect(dropped).toEqual({
      'a foreign free trade zone or port only': 1,
      'free trade agreement (FTA) only, e.g. 中国—东盟自贸区 or RCEP': 1,
      'a contextual alias without its context (南京片区 without 自贸, 自贸港 without 海南)': 1,
      [DROP_GENERAL_NO_ENTITY]: 1,
      [DROP_GENERAL_NO_PLACE_IN_BROADCAST]: 1,
    });
    expect(result.stats.falseFriends.get('fta')).toBe(3);
  });

  it('reuses the broadcasts seed/data/sources.yaml already has instead of repeating them', () => {
    // Both fixture dates are among the 27 cited broadcasts.
    expect(ids.sources.has('source:xwlb-2020-06-01') && ids.sources.has('source:xwlb-2023-09-27')).toBe(true);
    expect(result.files.get('2020.yaml')).toContain('sources: []\n');
    const fresh = ingestNews(fixture, dict, new Set());
    expect(validateNewsFileText(fresh.files.get('2023.yaml')!, '2023.yaml').sources.map((s) => s.id)).toEqual(['source:xwlb-2023-09-27']);
  });

  it('is deterministic: same transcripts, in any order, give byte-identical files', () => {
    const again = ingestNews([...fixture].reverse(), dict, ids.sources);
    expect([...again.files.keys()].sort()).toEqual([...result.files.keys()].sort());
    for (const [name, text] of result.files) expect(again.files.get(name)).toBe(text);
  });

  it('writes files that validate, with every evidence at most 200 characters and containing its term', () => {
    for (const [name, text] of result.files) {
      if (!name.endsWith('.yaml')) continue;
      for (const i of validateNewsFileText(text, name).newsItems)
        for (const m of i.mentions) {
          expect(m.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
          expect(m.evidence).toContain(m.term);
        }
    }
    const long = item('news:2023-09-27-4').mentions.find((m) => m.entity === 'industry:medical-devices');
    expect(long?.evidence.endsWith('…')).toBe(true);
  });
});

describe('dictionary', () => {
  it('names only ids the seed has, and every pilot FTZ, the port and every named sub-area', () => {
    for (const e of dict.entities) expect(ids.all.has(e.id)).toBe(true);
    const listed = new Set(dict.entities.map((e) => e.id));
    const places = [...ids.all].filter((id) => id.startsWith('zone:'));
    expect(places).toHaveLength(23);
    for (const z of places) expect(listed.has(z)).toBe(true);
  });

  it('fails with the unknown id named when the seed lacks an entity', () => {
    const text = 'entities:\n  - id: zone:atlantis\n    aliases: [亚特兰蒂斯自贸区]\n';
    expect(() => parseNewsDictionary(text, 'dictionary.yaml', ids.all)).toThrow(DictionaryError);
    expect(() => parseNewsDictionary(text, 'dictionary.yaml', ids.all)).toThrow(/zone:atlantis/);
  });

  it('fails with the unknown id named when a group term names an entity the seed lacks', () => {
    const text = 'entities: []\ngroups:\n  - term: 京津冀自贸试验区\n    names: [zone:beijing, zone:atlantis]\n';
    expect(() => parseNewsDictionary(text, 'dictionary.yaml', ids.all)).toThrow(/zone:atlantis/);
  });

  it('refuses an alias claimed by two entities (matching must be unambiguous)', () => {
    const text = 'entities:\n  - id: zone:shanghai\n    aliases: [上海自贸区]\n  - id: zone:tianjin\n    aliases: [上海自贸区]\n';
    expect(() => parseNewsDictionary(text, 'dictionary.yaml', ids.all)).toThrow(DictionaryError);
  });
});

describe('committed news files (seed/data/news)', () => {
  const yearFiles = readdirSync(NEWS_DIR).filter((n) => /^\d{4}\.yaml$/.test(n));

  it('hold 2020 to 2026, each valid against the schema, evidence ≤ 200 characters; every item from a broadcast that names a zone, the port or a sub-area', () => {
    expect(yearFiles).toEqual(['2020.yaml', '2021.yaml', '2022.yaml', '2023.yaml', '2024.yaml', '2025.yaml', '2026.yaml']);
    const namesPlace = (i: NewsItemRecord) => i.mentions.some((m) => m.entity.startsWith('zone:') || m.entity.startsWith('area:'));
    let general = 0;
    for (const name of yearFiles) {
      const file = validateNewsFileText(readFileSync(join(NEWS_DIR, name), 'utf8'), name);
      expect(file.newsItems.length).toBeGreaterThan(0);
      const placeBroadcasts = new Set(file.newsItems.filter(namesPlace).map((i) => i.broadcastOn));
      for (const i of file.newsItems) {
        expect(i.broadcastOn.startsWith(name.slice(0, 4))).toBe(true);
        expect(i.mentions.length).toBeGreaterThan(0);
        // An item that names no place speaks of the pilot FTZs in general: its broadcast must name one.
        if (!namesPlace(i)) {
          general++;
          expect(placeBroadcasts.has(i.broadcastOn), i.id).toBe(true);
        }
        for (const m of i.mentions) expect(ids.all.has(m.entity)).toBe(true);
      }
    }
    expect(general).toBe(8);
  });

  it('cite each broadcast once: from seed/data/sources.yaml or from the year file, never both', () => {
    for (const name of yearFiles) {
      const file = validateNewsFileText(readFileSync(join(NEWS_DIR, name), 'utf8'), name);
      const own = new Set(file.sources.map((s) => s.id));
      for (const s of own) expect(ids.sources.has(s)).toBe(false);
      for (const i of file.newsItems) for (const s of i.sources) expect(own.has(s) || ids.sources.has(s)).toBe(true);
    }
  });
});
