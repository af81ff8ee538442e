/**
 * The fiscal calendars articles state of companies `FISCAL_YEAR_END` does not list: "Applied Materials reported revenue
 * of $7.62 billion for its fiscal fourth quarter, ended Oct. 26", "Lam's September quarter, the first of its fiscal 2027",
 * "fiscal Q1 2027 (Jul–Sep 2026)", "its fiscal year ends in June", 2026财年第四财季（截至10月26日）, 2027年3月期. A company
 * whose year ends in October files its fiscal fourth quarter under the calendar's third (`periods.ts`), in every article.
 */
import { findEntities, unknownSubject } from './entities.ts';
import type { Article, Table } from '../schemas.ts';
import { unknownCompaniesOf, unknownCompanyIn, type UnknownCompanies } from './ownCompany.ts';
import { FISCAL_YEAR_END, FISCAL_YEAR_TO, CJK_FISCAL_YEAR_ENDING, CJK_YEAR_TO_ENDING, JA_TERM_YEAR, ORDINAL, MONTH_WORD, monthOfWord } from './periods.ts';
import { companyGroup } from './vocabulary.ts';

const ORD = String.raw`first|second|third|fourth|1st|2nd|3rd|4th`;
/** A fiscal quarter named: "fiscal fourth quarter", "fiscal 2027 first-quarter", "fiscal Q1", "Q1 FY27", "the first quarter of its fiscal 2027", "its first fiscal quarter". */
const FISCAL_QUARTER = new RegExp(
  String.raw`\bfiscal(?:\s+(?:20\d{2}|'?\d{2}))?\s+(?:(?<a>${ORD})[- ]quarter|Q(?<b>[1-4]))\b|\b(?<c>${ORD})[- ]quarter of (?:its |the |their )?fiscal(?: year)?\b|\bQ(?<d>[1-4])\s?(?:FY|fiscal\s)\s?(?:20)?\d{2}\b|\b(?<e>${ORD}) fiscal quarter\b`,
  'gi',
);
/** After a fiscal quarter (and its year), the month it ended in: ", ended Oct. 26", "ending September 28", " 2027 (Jul–Sep 2026)", ", the October quarter". */
const END_AFTER = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:ended|ending|that ended|closed|through)\s+(?:on\s+)?(?:\d{1,2}\s+)?(?<ended>${MONTH_WORD})\b|^\s*(?:(?:20)?\d{2}\s*)?[(,–—-]?\s*(?:the\s+|its\s+)?(?:${MONTH_WORD})\.?\s*(?:[-–—]|to|through)\s*(?<span>${MONTH_WORD})\b|^\s*(?:(?:20)?\d{2}\s*)?[(,–—-]\s*(?:the\s+|its\s+)?(?<named>${MONTH_WORD})[- ]quarter\b`,
  'i',
);
/** Right before a fiscal quarter, the month-named quarter it is: "Lam's September quarter (its fiscal Q1 2027)", "the October quarter, the fourth of fiscal 2026". */
const MONTH_QUARTER_BEFORE = new RegExp(String.raw`\b(?<month>${MONTH_WORD})[- ]quarter\s*[(,–—-]?\s*(?:which is\s+|i\.e\.\s+)?(?:its|the|their)?\s*$`, 'i');
/** "Its fiscal year ends in June", "whose fiscal year runs to September". */
const YEAR_ENDS_IN = new RegExp(String.raw`\b(?:fiscal|financial) year\s+(?:ends|closes|runs to|runs through)\s+(?:in\s+|on\s+|at the end of\s+)?(?:\d{1,2}\s+)?(?<month>${MONTH_WORD})\b`, 'i');
/** 2026财年第四财季（截至10月26日）, 第一财季（7-9月）, 第1四半期（7～9月）: a fiscal quarter and the month it ends in. */
const CJK_FISCAL_QUARTER = /第\s*(?<q>[一二三四1-4１-４])\s*(?:财季|財季|财政季度|財政季度|四半期|季度)\s*[（(]\s*(?:截至|截止)?\s*(?:20\d{2}\s*年\s*)?(?:(?:1[0-2]|[1-9])\s*月?\s*(?:[-～~〜至到－]|—)\s*(?:20\d{2}\s*年\s*)?)?(?<month>1[0-2]|[1-9])\s*月/gu;
/** 2027年3月期, 27年3月期: a Japanese fiscal year, named by the month it ends in, wherever a text names one. */
const JA_TERMS = new RegExp(JA_TERM_YEAR.source, 'gu');

/** The month a fiscal year ends in, for quarter `quarter` ending in `month`: Q4 ending October → October; Q1 ending September → June. */
const yearEndOf = (quarter: number, month: number) => ((month + 3 * (4 - quarter) - 1) % 12) + 1;

/** The unknown company (of `unknowns`) `text` names last, with where; or null. */
function lastUnknownIn(text: string, unknowns: UnknownCompanies): { name: string; at: number } | null {
  let last: { name: string; at: number } | null = null;
  for (let from = 0; ; from = last.at + 1) {
    const found = unknownCompanyIn(text.slice(from), unknowns);
    if (!found) return last;
    last = { name: found.name, at: from + found.at };
  }
}

/** Each fiscal year end `sentence` states, where in it. */
function endsStated(sentence: string): { at: number; end: number }[] {
  const found: { at: number; end: number }[] = [];
  for (const m of sentence.matchAll(FISCAL_QUARTER)) {
    const g = m.groups!;
    const quarter = ORDINAL[(g.a ?? g.c ?? g.e ?? g.b ?? g.d)!.toLowerCase()]!;
    const after = END_AFTER.exec(sentence.slice(m.index + m[0].length))?.groups;
    const before = MONTH_QUARTER_BEFORE.exec(sentence.slice(Math.max(0, m.index - 40), m.index))?.groups?.month;
    const month = after ? (after.ended ?? after.span ?? after.named)! : before;
    if (month) found.push({ at: m.index, end: yearEndOf(quarter, monthOfWord(month)) });
  }
  for (const m of sentence.matchAll(CJK_FISCAL_QUARTER)) found.push({ at: m.index, end: yearEndOf(ORDINAL[m.groups!.q!.normalize('NFKC')]!, Number(m.groups!.month)) });
  for (const m of sentence.matchAll(JA_TERMS)) found.push({ at: m.index, end: Number(m[2]) });
  for (const pattern of [FISCAL_YEAR_TO, YEAR_ENDS_IN, CJK_FISCAL_YEAR_ENDING, CJK_YEAR_TO_ENDING]) {
    const m = pattern.exec(sentence);
    if (m) found.push({ at: m.index, end: monthOfWord(m.groups!.month!) });
  }
  return found;
}

/** The months fiscal years end in, by company, as the articles state them (`fiscalCalendarsOf`). */
export type FiscalCalendars = ReadonlyMap<string, number>;

/** Each set of calendars as a key, written once: the readers' caches and a worker's last calendars are keyed by it. */
const keys = new WeakMap<FiscalCalendars, string>();
export function calendarsKey(calendars: FiscalCalendars): string {
  let key = keys.get(calendars);
  if (key === undefined) keys.set(calendars, (key = [...calendars].join(';')));
  return key;
}

/** Words without which a text states no fiscal calendar: most texts are not searched. */
const STATES_FISCAL = /fiscal|financial year|财年|財年|財季|财季|四半期|月期|会计年度|會計年度/i;

/** Every text of an article: its title, lines, paragraphs, list items, table rows and timeline entries. */
function textsOf(article: Article): string[] {
  const rows = (table: Table) => [table.header, ...table.rows].map((row) => row.join(' '));
  return [
    article.title,
    article.tagline ?? '',
    ...Object.values(article.tldr).map((text) => text ?? ''),
    ...article.deepInsight,
    ...article.takeaways,
    ...article.technicalNotes,
    ...article.predictions.flatMap((p) => [p.text, p.rationale ?? '']),
    ...article.competitorTables.flatMap(rows),
    ...article.sections.flatMap((section) => [section.heading, ...section.blocks.flatMap((block) => (block.kind === 'list' ? block.items : block.kind === 'table' ? rows(block.table) : [block.text]))]),
    ...article.timeline.map((entry) => entry.text),
  ].filter((text) => text !== '');
}

/**
 * The month each company's fiscal year ends in, as `articles` state it, of companies `FISCAL_YEAR_END` does not list: the
 * company a text (a paragraph, an item, a row) names last before the words that state it (known, or one its article treats
 * as a company), else the one it opens on; none where it names none (whose year "2027年6月期第2四半期" is, the text does not
 * say). Where articles disagree, the month they state most. Every article reads a company's quarters on the calendar any
 * article states, so that one that says only "fiscal fourth quarter" files it where one that gives its months does.
 */
export function fiscalCalendarsOf(articles: readonly Article[]): FiscalCalendars {
  const votes = new Map<string, Map<number, number>>();
  for (const article of articles) {
    const texts = textsOf(article);
    const stating = texts.filter((text) => STATES_FISCAL.test(text));
    if (stating.length === 0) continue;
    const unknowns = unknownCompaniesOf(texts);
    for (const text of stating) {
      for (const { at, end } of endsStated(text)) {
        const before = text.slice(0, at);
        const known = findEntities(before).filter((e) => e.kind === 'company').at(-1);
        const unknown = lastUnknownIn(before, unknowns);
        const owner = (unknown && (!known || unknown.at > known.start) ? unknown.name : known?.name) ?? unknownSubject(text);
        if (!owner || FISCAL_YEAR_END[companyGroup(owner)]) continue;
        const counts = votes.get(companyGroup(owner)) ?? new Map<number, number>();
        votes.set(companyGroup(owner), counts.set(end, (counts.get(end) ?? 0) + 1));
      }
    }
  }
  return new Map([...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([company, counts]) => [company, [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]]));
}
