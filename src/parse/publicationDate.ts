/**
 * The date a byline, masthead or dateline states ("By Jane Doe · May 1, 2026", "Thu Aug 13 2026",
 * "Published 7 May 2026", "2026/05/02 6:00"): the day an article appeared, never the end of a
 * period it reports ("the quarter ended March 31, 2026", 截至2026年3月31日).
 */
import { MONTH, MONTH_WORD } from './timelineDates.ts';

const DATE_WRITTEN = [
  // May 1, 2026 · Apr. 30, 2026 · May 9th 2026 (the day as an ordinal, as The Economist and British papers write it)
  new RegExp(String.raw`\b(?<month>${MONTH_WORD})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>20\d{2})\b`, 'gi'),
  // 1 May 2026 · 9th May 2026
  new RegExp(String.raw`\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>${MONTH_WORD})\.?,?\s+(?<year>20\d{2})\b`, 'gi'),
  // 2026-05-01, 2026/05/02, 2026年5月1日
  /(?<year>20\d{2})(?:[-/.]|\s*年\s*)(?<monthNumber>\d{1,2})(?:[-/.]|\s*月\s*)(?<day>\d{1,2})(?!\d)/g,
  // 05/06/2026 (American, month first) · 06.05.2026 (European, day first); either way round when one number is over 12
  /(?<!\d)(?<first>\d{1,2})(?<separator>[/.])(?<second>\d{1,2})\k<separator>(?<year>20\d{2})(?!\d)/g,
  // 05/05/26 (an American byline's two-digit year, slashes only): the year in this century
  /(?<![\d/])(?<first>\d{1,2})(?<separator>\/)(?<second>\d{1,2})\/(?<shortYear>\d{2})(?![\d/])/g,
];

/**
 * The month and day of a date written in numbers only: month first with slashes, day first with dots, unless a number is
 * over 12, or the text near it names the day by its month's name the other way round ("12/11/2026 08:15 AM" over "KUALA
 * LUMPUR, Nov 12 (Bernama)" is 12 November, as Malaysian and British pages write a date), or the line gives a European
 * time zone (`dayFirst`: "Published on 12/08/2026 - 10:15 GMT+2" is 12 August).
 */
function numericMonthDay(g: Record<string, string | undefined>, nearby: string, dayFirst: boolean): [number, number] {
  const [first, second] = [Number(g.first), Number(g.second)];
  if (first > 12) return [second, first];
  if (second > 12) return [first, second];
  const [month, day] = g.separator === '/' && !dayFirst ? [first, second] : [second, first];
  return month !== day && !namesMonthDay(nearby, month, day) && namesMonthDay(nearby, day, month) ? [day, month] : [month, day];
}

/** Whether `text` names day `day` of month `month` by the month's name: "Nov 12", "12 November". */
function namesMonthDay(text: string, month: number, day: number): boolean {
  const names = Object.entries(MONTH).filter(([, m]) => m === month).map(([name]) => name).join('|');
  return new RegExp(String.raw`\b(?:(?:${names})\.?\s+${day}(?!\d)|${day}(?:st|nd|rd|th)?\s+(?:${names})\b)`, 'i').test(text);
}

/** A European time zone, whose pages write a date day first: "GMT+2", "CEST", "BST". */
const EUROPEAN_ZONE = /\b(?:GMT|UTC)\s?\+\s?[0-3](?::?00)?\b|\b(?:CET|CEST|BST|WET|WEST|EET|EEST|MEZ|MESZ)\b/;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The date a short line states, as `YYYY-MM-DD` (or `YYYY-MM` when its day is impossible), or null:
 * the first date of the line that does not end a period; `nearby`, the text under it, tells an ambiguous date in numbers.
 */
export function dateOfLine(text: string, nearby = ''): string | null {
  // "1 May 2026 | Analyst: … | Rating: … | Price target: …": a research note's header line of fields, each read as a line.
  if (text.length > 100) {
    if (text.includes(' | ')) return text.split(' | ').map((field) => dateOfLine(field, nearby)).find(Boolean) ?? null;
    // "Published 1 May 2026 — Amazon's cloud arm has its best quarter…": a line that opens with its date of publication.
    const opening = PUBLISHED_OPENING.exec(text);
    return opening ? dateOfLine(text.slice(0, opening[0].length + 30), nearby) : null;
  }
  for (const pattern of DATE_WRITTEN) {
    for (const match of text.matchAll(pattern)) {
      // "the fiscal third quarter, which ended March 31, 2026", 第三财季（截至2026年3月31日）: the end of a period reported, not the day of writing.
      if (PERIOD_END_BEFORE.test(text.slice(0, match.index))) continue;
      const g = match.groups!;
      const [month, day] = g.month ? [MONTH[g.month.toLowerCase()]!, Number(g.day)] : g.monthNumber ? [Number(g.monthNumber), Number(g.day)] : numericMonthDay(g, nearby, EUROPEAN_ZONE.test(text));
      if (month < 1 || month > 12) continue;
      const year = g.year ?? `20${g.shortYear}`;
      const days = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
      return `${year}-${two(month)}${day >= 1 && day <= days ? `-${two(day)}` : ''}`;
    }
  }
  return null;
}

/** A time of day, and a zone after it: "08:15 AM", "6:00", "14.30 GMT". */
const TIME_OF_DAY = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s+(?:GMT|UTC|ET|EST|EDT|PT|PST|PDT|BST|CET|CEST|JST|MYT|SGT|HKT|IST))?(?![\d:])/giu;
/** A weekday's name, which a date line may open with: "Thu", "Wednesday,". */
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\b\.?,?/giu;

/** Whether `text` is a date alone, with its time and weekday at most: "12/11/2026 08:15 AM", "Thu Nov 12, 2026", "2026年11月12日 08:15". */
export function isDateLine(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const bare = text.replace(TIME_OF_DAY, ' ').replace(WEEKDAY, ' ');
  if (dateOfLine(bare) === null) return false;
  return DATE_WRITTEN.reduce((rest, pattern) => rest.replace(pattern, ' '), bare).replace(/[\s\p{P}\p{S}]/gu, '') === '';
}

/** The words that open a line with its date of publication: "Published", "Updated on", after any emoji or mark. */
const PUBLISHED_OPENING = /^[^\p{L}\d]*(?:published|posted|updated)(?: on)?\s+/iu;

/** Words that make the date after them the end of a period: "ended", "through", "as of", 截至, 截止. */
const PERIOD_END_BEFORE = /(?:\b(?:ended|ending|ends|through|to|until|as of)|截至|截止|止)\s*$/i;

/**
 * The date a line opens with, as an aggregator's tagline gives the day of its story ("6 May 2026 — First-quarter filings
 * show…", "2026年5月6日｜AWS、Azure…", "Published 4 May 2026 — …"), or null: a date later in the line is news, not its day.
 */
export function openingDate(text: string): string | null {
  const head = text.replace(PUBLISHED_OPENING, '').split(/\s*[—–|｜:：]\s*|\s+-\s+/u)[0]!;
  return head.length <= 24 ? dateOfLine(head) : null;
}
