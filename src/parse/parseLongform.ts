/**
 * The long-form format: an article excerpt with its own headings, prose paragraphs,
 * pipe tables, labelled notes (`Data Takeaway: …`) and lists, without any markup for
 * the headings. A heading is told from prose by its shape (short, no closing
 * punctuation, followed by more text); markdown `#` headings are honoured as written.
 */
import type { Block, Section, TimelineEntry } from '../schemas.ts';
import { parseTable } from './parseTable.ts';
import { aggregatorHeading, headingWords } from './aggregatorHeadings.ts';
import { dateOfLine, isDateLine } from './publicationDate.ts';
import { isTimelineHeading, leadingDate } from './timelineDates.ts';
import { bulletText, ENDS_SENTENCE, isTableLine, isTimestampLine, nonEmpty, wordCount, type SourceLine } from './sourceLines.ts';

export type LongformParts = {
  /** A `# Title` line, when the file has one. */
  titleLine: SourceLine | null;
  sections: Section[];
  /** The dated lines of its timeline sections ("## Timeline", "Key dates", 大事记), taken out of those sections. */
  timeline: TimelineEntry[];
  /** Prose paragraphs, for deciding whether the file is an article at all. */
  paragraphs: string[];
  /** The outlet, from a `Source: Reuters` line or a wire dateline (`LONDON (Reuters) - …`). */
  source: string | null;
  /** The day it appeared, as its byline or date line between the headline and the text states it (`YYYY-MM-DD`). */
  date: string | null;
  problems: { line: number; message: string }[];
};

/** A word an abbreviation's stop may end: a capital and at most three letters (`St`, `Co`, `A.M`), after a space, `&`, `/`, `(` or a stop. */
const ABBREVIATION = String.raw`(?:^|[\s&/(.])[A-Z][a-z]{0,3}`;
/** A name's last word an abbreviation whose stop is the name's own (`City A.M.`, `Dow Jones & Co.`, `24/7 Wall St.`). */
const ABBREVIATION_END = new RegExp(`${ABBREVIATION}$`);
/**
 * `Source: Reuters`, `Original source: Bloomberg ↗`: a short name, no sentence. The name may hold an abbreviation's stop
 * (`24/7 Wall St.`, `U.S. News`, `Dow Jones & Co.`) and the line may end with a full stop (`Source: Reuters.`), which is
 * not the name's; a stop after a longer word ends a sentence (`Source: company filings. Figures in billions`).
 */
const SOURCE_LINE = new RegExp(String.raw`^(?:[Oo]riginal\s+)?(?:[Ss]ource|SOURCE)\s*:\s*((?:[^.!?]|\.(?=[\p{L}\p{N}])|(?<=${ABBREVIATION})\.(?=\s+\S)){2,100}?)\s*(\.)?\s*[↗→➚⇗]?$`, 'u');
/**
 * The Chinese and Japanese source line, `来源：第一财经`, `（文章来源：虎嗅）`, `出处：`, `出典：`:
 * the name is kept as written.
 */
const CJK_SOURCE_LINE = /^[（(【\[]?(?:文章|新闻|新聞|原文|资料|資料)?(?:来源|來源|出处|出處|出典|出所|ソース)\s*[:：]\s*([^。！？!?]{1,40}?)\s*[）)】\]]?$/u;
/**
 * A closing line that says where the article first appeared: "This article first appeared on GuruFocus.", "Originally
 * published by The Conversation", 本文来自华尔街见闻, （本文轉載自數位時代）.
 */
const FIRST_PUBLISHED_LINE =
  /^(?:This (?:article|story|post|piece) (?:first |originally )?(?:appeared|was (?:first |originally )?published) (?:on|in|by)|(?:Originally|First) (?:published|appeared) (?:on|in|by))\s+(\p{Lu}[^.!?]{1,40}?|\p{Lu}[^!?]{1,40}?(?<=\p{Lu}\.\p{Lu}\.))\.?$|^[（(]?本文(?:来自|來自|转载自|轉載自|原载于|原載於)\s*[:：]?\s*([^。！？!?，,]{2,20}?)[）)]?。?$/u;
/** Where a source line's name ends before words that describe it: "Larchmont Partners, weekly letter to …", "Threads (@…)". */
const DESCRIPTION_AFTER_NAME = /\s*\(|,\s+(?=\p{Ll})/u;
/** Chinese and Japanese byline and metadata lines (`作者：`, `编辑：`, `原标题：`): notes, never headings or prose. */
const CJK_META_LINE = /^[（(【\[]?((?:原标题|原標題|作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|校对|撮影|筆者|執筆))\s*[:：]\s*(.{1,120}?)\s*[）)】\]]?$/u;
/** The lines at either end of a text where a source line names the outlet, before any reading as a heading. */
const EDGE_LINES = 3;
/** A date as news pages print it: `May 1, 2026`, `1 May 2026`, `Apr. 30, 2026`, `2026-05-01`, `2026/05/02`, `2026年5月1日`. */
const DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+20\d{2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+20\d{2}\b|\b20\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b|20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;

/**
 * A writer's name alone on its line, as a page prints it over or under the date ("Ciarán Moloney" over
 * "Thu Aug 13 2026"; "May 7, 2026" over "PARK EUN-JI"): capitalised words, with the particles
 * of names between them; only a byline over a date line, or under one when text follows.
 */
const WRITER_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|der|van|von|da|di|du|le|la|bin|al|and|&)){1,6}$/u;
/** What a date line may carry beside its date: the weekday, "Published", "Updated", the time and its zone. */
const BESIDE_DATE = /\b(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?|published|updated|posted|on|at|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|[ap]\.?m\.?|[A-Z]{2,4}T|GMT|UTC)\b|[\s,|·•–—:-]+/giu;
/** A paragraph of text: no list item, table row or line shaped like a heading ("Key Insights" over a list is a heading, not a name). */
const isProse = (line: string): boolean => bulletText(line) === null && !isTableLine(line) && wordCount(line, 12) >= 12;
/** A line that is a date and nothing more ("Thu Aug 13 2026", "May 7, 2026, 6:05 AM ET"): no byline or headline beside it. */
const isDateAlone = (line: string): boolean => DATE.test(line) && line.replace(DATE, '').replace(BESIDE_DATE, '') === '';
/**
 * What a page prints between its headline and its text: a byline (`By Bloomberg News`,
 * `澎湃新闻记者 王磊`, `東洋経済オンライン編集部`), a masthead (`Barron's | Tech Trader`,
 * `Axios Pro: Tech Deals · May 1, 2026`, or the outlet's name alone, as its source line
 * gives it: `outlets`) or a date line (`2026/05/02 6:00`). Short, no sentence, and one of
 * these shapes; or a writer's name alone next to such a date line (the line `below` or `above` it).
 */
function isByline(text: string, outlets: ReadonlySet<string>, below?: string, above?: string): boolean {
  // "Futurum Research | Analyst Insight | By Rhea Castellanos, Research Director, Cloud Infrastructure | August 3, 2026": a
  // masthead of fields and a date may carry a writer's title too.
  const fielded = /\s[|｜]\s/u.test(text) && DATE.test(text);
  if (text.length > (fielded ? 160 : 100) || wordCount(text, 21) > (fielded ? 20 : 14) || ENDS_SENTENCE.test(text)) return false;
  return (
    outlets.has(text) ||
    (WRITER_NAME.test(text) && ((below !== undefined && isDateAlone(below)) || (above !== undefined && isDateAlone(above) && below !== undefined && isProse(below)))) ||
    /^By\s+\p{Lu}/u.test(text) ||
    DATE.test(text) ||
    /\s[|·•]\s/u.test(text) ||
    /(?:记者|記者|编辑部|編集部|特约撰稿|通讯员|撰文)/u.test(text) ||
    CJK_DATELINE_ALONE.test(text)
  );
}
/** A wire story's dateline: `SEOUL, April 24 (Reuters) - …`, `(Bloomberg) -- …`. */
const DATELINE = /^[^()]{0,60}\((\p{Lu}[\p{L}.&' -]{1,30})\)\s*[-–—]{1,2}\s/u;
/**
 * Cities a dateline may give in brackets instead of an agency (`(Beijing) — …`, Caixin's style):
 * a place, never the outlet.
 */
const DATELINE_PLACES = new Set(
  ['Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Hong Kong', 'Taipei', 'Tokyo', 'Osaka', 'Seoul', 'Singapore', 'Mumbai', 'New Delhi', 'Bangalore', 'Bengaluru', 'Sydney', 'Melbourne', 'Dubai', 'London', 'Paris', 'Berlin', 'Frankfurt', 'Brussels', 'Zurich', 'Amsterdam', 'Stockholm', 'Madrid', 'Rome', 'Milan', 'Toronto', 'Vancouver', 'Montreal', 'New York', 'Washington', 'San Francisco', 'Seattle', 'Redmond', 'Mountain View', 'Cupertino', 'Santa Clara', 'Palo Alto', 'Austin', 'Boston', 'Chicago', 'Los Angeles', 'Las Vegas']
    .map((place) => place.toLowerCase()),
);
/** A Chinese wire lead: `财联社5月1日电，…`, `IT之家 5 月 1 日消息，…`, `华尔街见闻消息，…`, `【财联社】…`, `新浪科技讯 北京时间…`, `格隆汇5月1日｜…`. */
const CJK_DATELINE = /^(?:【([^【】\d]{2,10})】|([^\s\d，,。【】｜|]{2,10}?)\s?(?:(?:\d{1,2}\s?月\s?\d{1,2}\s?日)?\s?(?:电|讯|消息)(?:[，,：:]|\s)|\d{1,2}\s?月\s?\d{1,2}\s?日\s?[｜|]))/u;
/** A Chinese wire agency's lead in brackets, its city and date after its name: `（中央社紐約2026年4月30日綜合外電報導）`. */
const CJK_AGENCY_LEAD = /^[（(](\p{Script=Han}{1,4}社)(?=\p{Script=Han}{0,6}\d)/u;
/** A Chinese dateline alone on its line, with the reporter in brackets: `中新经纬5月18日电 （魏薇）`. */
const CJK_DATELINE_ALONE = /^([^\s\d，,。【】]{2,10}?)\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:电|讯)\s*(?:[（(][^（()）]{1,20}[）)])?$/u;
/** "This paper", "this site": a lead that names no outlet (`本报讯`, `本報訊`). */
const THIS_OUTLET = /^本(?:报|報|刊|台|网|網|站|社)$/u;
/** Japan's wire agencies sign a lead with the city first: `【ニューヨーク時事】`, `【北京共同】` are 時事 and 共同. */
const JAPANESE_WIRE = /(時事|共同)$/u;

/** The outlet a wire lead names (`(Reuters) -`, `财联社5月1日电，`, `【ニューヨーク時事】`), or null for a place or "this paper". */
function datelineOutlet(text: string): string | null {
  const wire = DATELINE.exec(text)?.[1]!.trim();
  if (wire !== undefined) return DATELINE_PLACES.has(wire.toLowerCase()) ? null : wire;
  const agency = CJK_AGENCY_LEAD.exec(text)?.[1];
  if (agency !== undefined) return agency;
  const cjk = CJK_DATELINE.exec(text) ?? CJK_DATELINE_ALONE.exec(text);
  const named = cjk ? (cjk[1] ?? cjk[2])! : null;
  if (named === null || THIS_OUTLET.test(named)) return null;
  return JAPANESE_WIRE.exec(named)?.[1] ?? named;
}

/** A masthead line's first field, before the date it gives: "GuruFocus News | Dec 11, 2025", "华尔街见闻 · 2026-04-30 07:02", "毎日新聞　2026/5/1". */
const MASTHEAD = /^([^|｜·•\d]{2,40}?)\s*(?:[|｜·•]|\u3000)\s*/u;
/** What separates a masthead's fields: "Harbor Ledger | Dec 11, 2025", "华尔街见闻 · 2026-04-30". */
const MASTHEAD_FIELD = /\s*[|｜·•]\s*/u;
/** A Chinese masthead that names the outlet, then its reporter: `中国新闻周刊 记者：许晨阳 发于2026.5.11`. */
const CJK_REPORTER_MASTHEAD = /^([^\s\d｜|·•：:（）()]{2,12})[ \u3000]+(?:记者|記者|撰文|特约撰稿)/u;
/** First fields that are no outlet: a writer, the line's own label, a weekday, the page's kind. */
const NOT_OUTLET = /^(?:by|posted|updated|published|print edition|week ending|filed)\b|记者|記者|撰文|作者|编辑|編輯|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:coverage|transcript|recap)\b/iu;

/** The outlet a masthead line over the text names before its date, or null: read only where no source line names one. */
function mastheadOutlet(text: string): string | null {
  const reporter = CJK_REPORTER_MASTHEAD.exec(text)?.[1];
  if (reporter !== undefined) return reporter;
  if (dateOfLine(text) === null) return null;
  const outlet = (name: string | undefined) => (name === undefined || NOT_OUTLET.test(name) || /[\d,:：]/u.test(name) || wordCount(name, 7) > 6 ? null : name);
  // "By Jane Doe | Harbor Ledger | May 1, 2026", "Posted by Jane Doe, Partner at Fabrikam · LinkedIn · May 2, 2026": the
  // field after a writer's, where a date follows it.
  const fields = text.split(MASTHEAD_FIELD);
  if (fields.length >= 3 && /^(?:posted )?by\s/iu.test(fields[0]!)) return outlet(fields[1]);
  return outlet(MASTHEAD.exec(text)?.[1]!.trim());
}

/** The outlet a source line names (`Source: Reuters`, `来源：第一财经`), as written, or null. */
function sourceName(text: string): string | null {
  const line = SOURCE_LINE.exec(text) ?? CJK_SOURCE_LINE.exec(text);
  const first = line ? null : FIRST_PUBLISHED_LINE.exec(text);
  if (first) return (first[1] ?? first[2])!;
  if (!line) return null;
  // A name too long to be one is a name and what it is: "Source: Larchmont Partners, weekly letter to limited partners".
  const name = wordCount(line[1]!, 7) > 6 ? line[1]!.split(DESCRIPTION_AFTER_NAME)[0]! : line[1]!;
  if (name === '' || wordCount(name, 7) > 6) return null;
  // The line's last stop is the abbreviation's where the name ends with one ("Source: City A.M."), else the line's ("Reuters.").
  return line[2] && name === line[1] && ABBREVIATION_END.test(name) ? `${name}.` : name;
}

/** Han or kana: a line in Chinese or Japanese. */
const UNSPACED_TEXT = /[\u3040-\u30ff\u3400-\u9fff]/u;

const NOTE = /^([\p{Lu}][\p{L}\p{N} \u00a0\u202f&'’,-]{1,40}):\s+(.+)$/u;

/**
 * A transcript's line: its speaker in capitals, a colon, what they say ("SORKIN: …", "BRIAN NOWAK, MORGAN STANLEY
 * (guest): …"). The talk is prose, an answer reading on from the question before it: neither a note nor, when it is a
 * short question ("QUICK: And Alphabet?"), a heading.
 */
const SPEAKER_LINE = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:, [\p{Lu}\p{N}.&'’ -]+)*(?: \([\p{L} ]+\))?:\s/u;
/** A speaker named as a name is written ("Globes: …", "Ben-Ami: …", "Jane Doe: …"), or in capitals. */
const NAMED_SPEAKER = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}):\s/u;
const speakerOf = (line: SourceLine | undefined) => (line ? NAMED_SPEAKER.exec(line.text)?.[1] : undefined);
/**
 * Whether `lines[at]` is a turn of an interview: one of four or more lines in a row whose two speakers take turns
 * ("Globes: Were you surprised?" / "Ben-Ami: Not really." / "Globes: How much…?" / "Ben-Ami: …"). Labelled notes, each
 * under a label of its own ("Visible Cloud Demand: …", "Strategic Investments: …"), are no conversation.
 */
function isTurn(lines: readonly SourceLine[], at: number): boolean {
  if (speakerOf(lines[at]) === undefined) return false;
  // Two speakers alternate from `k` to `k + 1` when each line has one, they differ, and the speaker two lines back is the same.
  const alternates = (k: number) => {
    const [a, b] = [speakerOf(lines[k]), speakerOf(lines[k + 1])];
    return a !== undefined && b !== undefined && a !== b && (k < 1 || speakerOf(lines[k - 1]) === undefined || speakerOf(lines[k - 1]) === b);
  };
  let [from, to] = [at, at];
  while (from > 0 && alternates(from - 1)) from--;
  while (to + 1 < lines.length && alternates(to)) to++;
  return to - from >= 3;
}

/**
 * A name, then a verb: the subject and verb of a clause ("Microsoft uses a simpler tool: the finance lease."), never a
 * note's label ("Data Takeaway:", "Bottom line:").
 */
const NAME_THEN_VERB = /^\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*)*\s+(?:has|have|had|is|are|was|were|[a-z]{2,}(?:s|ed))\s/u;

/**
 * A labelled note: a short label, a colon, then at least a sentence of text. A label
 * with a comma is a short phrase ("Yes, but:"), not a clause ("However, analysts said:"); nor is one of four words or more
 * that opens with a name and its verb.
 */
function asNote(text: string): { label: string; text: string } | null {
  const match = NOTE.exec(text);
  if (!match || SPEAKER_LINE.test(text) || wordCount(match[2]!, 12) < 12 || (match[1]!.includes(',') && wordCount(match[1]!, 4) > 3)) return null;
  if (wordCount(match[1]!, 4) > 3 && NAME_THEN_VERB.test(match[1]!)) return null;
  return { label: match[1]!, text: match[2]! };
}

/**
 * A line shaped like a heading: short, capitalised, not ending like a sentence. A
 * question is a heading only when a longer paragraph follows it (`Open Question: …?`).
 */
function looksLikeHeading(text: string, next?: string): boolean {
  const question = text.endsWith('?') && next !== undefined && wordCount(next, 2 * wordCount(text) + 1) > 2 * wordCount(text);
  return (
    text.length <= 100 &&
    // Chinese and Japanese headlines run to 40 characters, some 18 words as the segmenter counts them.
    (wordCount(text, 15) <= 14 || (text.length <= 40 && UNSPACED_TEXT.test(text))) &&
    (question || !/[.!?,;:…。！？，；：]["'”’)」』）]?$/u.test(text)) &&
    !SPEAKER_LINE.test(text) &&
    // A podcast's chapter line ("(03:12) Why OpenAI said no") is a line of prose, however short.
    !isTimestampLine(text) &&
    // A date alone on its line ("12/11/2026 08:15 AM") dates the page; it heads nothing.
    !isDateLine(text) &&
    !/^\p{Ll}/u.test(text) &&
    bulletText(text) === null &&
    !isTableLine(text)
  );
}

/** Section names a text may open with that are no headline. */
const SECTION_NAME = /^(?:introduction|background|overview|summary|executive summary|abstract|context|analysis|conclusions?|key points|highlights|update|details)$/;

/**
 * The file's first line is its headline when it is shaped like a heading, followed by
 * text or a markdown section (`## Summary`) rather than another bare heading, and is no section name (`Technical Deep Dive`,
 * `Overview`).
 */
const isHeadline = (text: string, next: string): boolean =>
  (!looksLikeHeading(next) || /^#{2,6}\s/.test(next)) && aggregatorHeading(text) === null && !SECTION_NAME.test(headingWords(text));

/**
 * Reads sections and blocks from the lines of a long-form body; `headline` false keeps
 * a first line shaped like a headline as the first heading (the title is given elsewhere).
 */
/** Whether `lines[at]` is a date alone on its line and the line after it text without a date: one timeline entry. */
function datesAbove(lines: readonly SourceLine[], at: number): boolean {
  const [date, text] = [lines[at], lines[at + 1]];
  if (!date || !text) return false;
  return leadingDate(bulletText(date.text) ?? date.text)?.rest === '' && !leadingDate(bulletText(text.text) ?? text.text);
}

/** Whether the text opens with a headline (a question too) and a dek without a full stop, over a byline, masthead or date line. */
function hasDek(lines: readonly SourceLine[], outlets: ReadonlySet<string>): boolean {
  const [headline, dek, byline] = [lines[0], lines[1], lines[2]];
  if (!headline || !dek || !byline || lines.length < 4) return false;
  const plain = (text: string) => !/^#{1,6}\s/u.test(text) && !isTableLine(text) && bulletText(text) === null && sourceName(text) === null;
  return (
    plain(headline.text) &&
    plain(dek.text) &&
    // A headline may ask ("雲端巨頭的AI支出還能撐多久？"): the dek and the byline under it make it one.
    looksLikeHeading(headline.text.replace(/[?？]$/u, '')) &&
    !isByline(headline.text, outlets) &&
    !isByline(dek.text, outlets, byline.text) &&
    !isTimelineHeading(dek.text) &&
    aggregatorHeading(dek.text) === null &&
    isByline(byline.text, outlets, lines[3]?.text) &&
    wordCount(dek.text, 41) <= 40
  );
}

/**
 * The day the article appeared: the first date a short line under its headline states — a byline, masthead or date line
 * ("By Jane Doe · May 1, 2026", "Print edition, May 9th 2026", "2026年05月01日 08:15 新浪财经") — before its text begins,
 * past a dek.
 */
function publicationDateOf(lines: readonly SourceLine[], from: number): string | null {
  for (const [at, { text }] of lines.slice(from, from + 4).entries()) {
    if (isTableLine(text) || bulletText(text) !== null) return null;
    // A sentence ends the lines above the text, but for a dek right under the headline, whose dates are news, not its own.
    if (ENDS_SENTENCE.test(text) && wordCount(text, 13) > 12) {
      if (at === 0 && from > 0) continue;
      return null;
    }
    const date = dateOfLine(text, lines.slice(from + at + 1, from + at + 3).map((l) => l.text).join(' '));
    if (date) return date;
  }
  return null;
}

/** Whether the text opens with a masthead of fields ("Protocol | Enterprise"), then a headline, then a byline or date line. */
function hasMastheadFirst(lines: readonly SourceLine[], outlets: ReadonlySet<string>): boolean {
  const [top, headline, byline] = [lines[0], lines[1], lines[2]];
  if (!top || !headline || !byline || lines.length < 4) return false;
  return (
    /\s[|·•]\s/u.test(top.text) &&
    !DATE.test(top.text) &&
    isByline(top.text, outlets) &&
    !/^#{1,6}\s/u.test(headline.text) &&
    looksLikeHeading(headline.text) &&
    !isByline(headline.text, outlets) &&
    isByline(byline.text, outlets, lines[3]?.text)
  );
}

export function parseLongform(all: SourceLine[], { headline = true } = {}): LongformParts {
  const lines = nonEmpty(all);
  const result: LongformParts = { titleLine: null, sections: [], timeline: [], paragraphs: [], source: null, date: null, problems: [] };
  let section: Section | null = null;
  let seenHeading = false;
  /** Whether the open section is headed as a timeline ("## Timeline", 大事记): its dated lines are the article's timeline. */
  let inTimeline = false;
  /** Sections read as timelines by their lines rather than their heading. */
  const timelineSections = new Set<Section>();
  /** The outlet the first paragraph's wire lead names, if no source line names one. */
  let datelineSource: string | null = null;
  const push = (block: Block) => {
    if (!section) {
      section = { heading: '', level: 2, blocks: [] };
      result.sections.push(section);
    }
    section.blocks.push(block);
  };
  const open = (heading: string, level: number) => {
    section = { heading, level: Math.min(4, Math.max(2, level)), blocks: [] };
    result.sections.push(section);
    seenHeading = true;
    inTimeline = isTimelineHeading(heading);
  };

  // The outlet as the source lines at either end name it: a masthead of that name alone is no heading.
  const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  const outlets = new Set(edges.flatMap(({ text }) => sourceName(text) ?? []));
  // A headline, its dek written without a full stop, then a byline, masthead or date line ("Big Tech's bigger budgets
  // land on Korean memory lines" / "Korean chipmakers say the orders are already on their books" / "Korea JoongAng
  // Daily | May 7, 2026"): the dek is the headline's paragraph, neither a heading nor the headline.
  const dek = headline && hasDek(lines, outlets);
  // A newsletter's masthead over its headline ("Protocol | Enterprise" / "The backlog is the product" / "By Joe Williams ·
  // Friday, May 1, 2026"): the masthead is kept as printed and the line under it is the headline.
  const masthead = headline && !dek && hasMastheadFirst(lines, outlets);
  // A byline comes between the headline (and its one-paragraph dek) and the text.
  const aboveText = (at: number) => at < 1 + EDGE_LINES + (dek ? 1 : 0) && result.paragraphs.length <= 1 && !seenHeading;
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    if (masthead && i <= 1) {
      if (i === 0) push({ kind: 'paragraph', text });
      else result.titleLine = { line, text };
      continue;
    }
    if (dek && i <= 1) {
      if (i === 0) result.titleLine = { line, text };
      else {
        push({ kind: 'paragraph', text });
        result.paragraphs.push(text);
      }
      continue;
    }
    // A source, byline or masthead line between a headline and its text is neither: look past it.
    let n = i + 1;
    while (lines[n] && (sourceName(lines[n]!.text) !== null || CJK_META_LINE.test(lines[n]!.text) || (aboveText(n) && isByline(lines[n]!.text, outlets, lines[n + 1]?.text, lines[n - 1]?.text)))) n++;
    const next = lines[n];
    const markdownHeading = /^(#{1,6})\s+(.+?)\s*#*$/u.exec(text);
    if (markdownHeading) {
      const level = markdownHeading[1]!.length;
      if (level === 1 && result.titleLine === null && !seenHeading && result.sections.length === 0) {
        result.titleLine = { line, text: markdownHeading[2]! };
      } else open(markdownHeading[2]!, level);
      continue;
    }
    if (isTableLine(text)) {
      const block = [lines[i]!];
      while (lines[i + 1] && isTableLine(lines[i + 1]!.text)) block.push(lines[++i]!);
      const parsed = parseTable(block);
      if (parsed) {
        push({ kind: 'table', table: parsed.table });
        result.problems.push(...parsed.problems);
      } else push({ kind: 'paragraph', text: block.map((l) => l.text).join(' ') });
      continue;
    }
    // Dates alone on their lines, each over one line of text, twice in a row, are a timeline whatever its heading says
    // ("## これまでの主な動き", "## Recent moves"): prose never puts a date on a line of its own.
    if (!inTimeline && datesAbove(lines, i) && datesAbove(lines, i + 2)) {
      inTimeline = true;
      if (section) timelineSections.add(section);
    }
    // A timeline section's dated lines, bulleted or not, are its entries; a date alone on its line dates the next.
    if (inTimeline) {
      const dated = leadingDate(bulletText(text) ?? text);
      const following = lines[i + 1];
      if (dated && dated.rest === '' && following && !leadingDate(bulletText(following.text) ?? following.text)) {
        result.timeline.push({ date: dated.date, text: bulletText(following.text) ?? following.text, line });
        i++;
        continue;
      }
      if (dated && dated.rest !== '') {
        result.timeline.push({ date: dated.date, text: dated.rest, line });
        continue;
      }
    }
    const item = bulletText(text);
    if (item !== null) {
      const items = [item];
      while (lines[i + 1] && bulletText(lines[i + 1]!.text) !== null) items.push(bulletText(lines[++i]!.text)!);
      push({ kind: 'list', items });
      continue;
    }
    const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
    const outlet = sourceName(text);
    if (outlet !== null && (atEdge || !(next && looksLikeHeading(text, next.text)))) {
      result.source ??= outlet;
      continue;
    }
    const meta = CJK_META_LINE.exec(text);
    if (meta) {
      push({ kind: 'note', label: meta[1]!, text: meta[2]! });
      continue;
    }
    // Kept as the page prints it, neither a heading nor prose that could name the article.
    if (i > 0 && aboveText(i) && isByline(text, outlets, lines[i + 1]?.text, lines[i - 1]?.text)) {
      push({ kind: 'paragraph', text });
      datelineSource ??= datelineOutlet(text) ?? mastheadOutlet(text);
      continue;
    }
    // A headline longer than a heading is still one when a byline follows it, even one that ends
    // like a sentence ("… a Buy Now That AWS Is Growing Faster Again?") when text follows the byline.
    if (i === 0 && headline && n > 1 && (!ENDS_SENTENCE.test(text) || lines.length - n >= 2) && text.length <= 200 && wordCount(text, 26) <= 25 && aggregatorHeading(text) === null && !isByline(text, outlets)) {
      result.titleLine = { line, text };
      continue;
    }
    const turn = isTurn(lines, i);
    if (!turn && next && looksLikeHeading(text, next.text)) {
      if (i === 0 && headline && isHeadline(text, next.text)) {
        result.titleLine = { line, text };
        continue;
      }
      // A heading directly followed by another heading opens a group: it is the
      // higher level, and so is the document's first heading.
      const group = looksLikeHeading(next.text, lines[i + 2]?.text) && lines[i + 2] !== undefined;
      open(text, group || !seenHeading ? 2 : 3);
      continue;
    }
    // An interview's turn, answered or answering, is talk like a transcript's speaker lines: prose, not a labelled note.
    const note = turn ? null : asNote(text);
    if (note) push({ kind: 'note', ...note });
    else {
      push({ kind: 'paragraph', text });
      if (result.paragraphs.length === 0) datelineSource ??= datelineOutlet(text);
      result.paragraphs.push(text);
    }
  }
  // A source line names the outlet wherever it stands; a wire lead only when there is none.
  result.source ??= datelineSource;
  const titleAt = result.titleLine ? lines.findIndex((l) => l.line === result.titleLine!.line) : -1;
  result.date = publicationDateOf(lines, titleAt + 1);
  // A timeline section all of whose lines were entries is shown as the article's timeline, not as an empty section.
  result.sections = result.sections.filter((s) => s.blocks.length > 0 || !(isTimelineHeading(s.heading) || timelineSections.has(s)) || result.timeline.length === 0);
  return result;
}
