// Splits one Xinwen Lianbo transcript (landv/xwlb format) into news items: each `## ` story, and
// inside the 国内/国际联播快讯 bundles each `**sub-headline**` item. Nothing is matched here.

export interface BroadcastItem {
  /** 1-based position among the broadcast's items (快讯 sub-items count; the programme stub does not). */
  ordinal: number;
  /** The story's headline without the trailing 视频简介. */
  headline: string;
  /** The bold line of an item inside a 快讯 bundle. */
  subHeadline?: string;
  /** The original's link (`*[原文](…)*`), shared by a bundle's sub-items. */
  url?: string;
  /** The body paragraphs, without the 央视网消息 lead-in, the bold markers and the link. */
  paragraphs: string[];
}

export interface Broadcast {
  date: string;
  items: BroadcastItem[];
}

/** A transcript that is not in the expected format: the message names the file and the line. */
export class BroadcastFormatError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'BroadcastFormatError';
  }
}

// `# 新闻联播 2021-03-05` from 2021 on, `# 新闻联播 20200601` in the 2020 files.
const TITLE = /^#\s*新闻联播\s*(\d{4})-?(\d{2})-?(\d{2})\s*$/;
const LINK = /^\*\[原文\]\((\S+?)\)\*\s*$/;
const LEAD_IN = /^\*\*央视网消息\*\*[（(]新闻联播[）)][：:]?\s*/;
const BOLD_LINE = /^\*\*(.+?)\*\*\s*$/;
// From 2022 the first story is a stub `《新闻联播》 20230531 19:00` with no body.
const PROGRAMME_STUB = /^《新闻联播》\s*\d{8}/;

function cleanHeadline(raw: string): string {
  return raw.replace(/视频简介\s*$/, '').trim();
}

function cleanParagraph(line: string): string {
  return line.replace(LEAD_IN, '').replace(/\*\*/g, '').trim();
}

interface Story {
  headline: string;
  lines: string[];
}

function splitStories(lines: string[]): Story[] {
  const stories: Story[] = [];
  for (const line of lines) {
    if (line.startsWith('## ')) stories.push({ headline: cleanHeadline(line.slice(3)), lines: [] });
    else stories.at(-1)?.lines.push(line);
  }
  return stories;
}

function findUrl(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = LINK.exec(line.trim());
    if (m) return m[1];
  }
  return undefined;
}

function bodyParagraphs(lines: string[]): string[] {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '' && !LINK.test(l))
    .map(cleanParagraph)
    .filter((l) => l !== '');
}

/** Parses one transcript; `file` is used in error messages only. */
export function readBroadcast(text: string, file: string): Broadcast {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const title = lines.findIndex((l) => l.trim() !== '');
  const m = title >= 0 ? TITLE.exec(lines[title]!.trim()) : null;
  if (!m) throw new BroadcastFormatError(file, 'first line is not "# 新闻联播 YYYY-MM-DD" or "# 新闻联播 YYYYMMDD"');
  const date = `${m[1]}-${m[2]}-${m[3]}`;

  const items: BroadcastItem[] = [];
  const push = (item: Omit<BroadcastItem, 'ordinal'>) => items.push({ ordinal: items.length + 1, ...item });
  for (const story of splitStories(lines.slice(title + 1))) {
    if (PROGRAMME_STUB.test(story.headline)) continue;
    const url = findUrl(story.lines);
    if (!story.headline.includes('联播快讯')) {
      push({ headline: story.headline, url, paragraphs: bodyParagraphs(story.lines) });
      continue;
    }
    // A bundle: each bold line (other than the 央视网消息 lead-in) opens a sub-item.
    let current: { subHeadline: string; lines: string[] } | undefined;
    const subItems: Array<{ subHeadline: string; lines: string[] }> = [];
    const before: string[] = [];
    for (const line of story.lines) {
      const t = line.trim();
      const bold = LEAD_IN.test(t) ? null : BOLD_LINE.exec(t);
      if (bold) {
        current = { subHeadline: bold[1]!.trim(), lines: [] };
        subItems.push(current);
      } else (current ? current.lines : before).push(line);
    }
    if (subItems.length === 0) {
      push({ headline: story.headline, url, paragraphs: bodyParagraphs(story.lines) });
      continue;
    }
    for (const sub of subItems) push({ headline: story.headline, subHeadline: sub.subHeadline, url, paragraphs: bodyParagraphs(sub.lines) });
  }
  return { date, items };
}
