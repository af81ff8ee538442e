/**
 * When an article stands and what it reports on: the date its byline or dateline states
 * (`dateLineOf`, never the end of a period it reports), the quarters it names and the one it
 * reports on (`quartersNamed`, `articleQuarter`).
 */
import { findEntities } from './entities.ts';
import { memoByText } from '../memoByText.ts';
import { dateOfLine } from '../parse/publicationDate.ts';
import { fiscalToCalendar, fiscalYearEndOf, JA_TERM_QUARTER, ORDINAL, termYear } from './periods.ts';
import { calendarQuarter, format, monthIndex } from './quarters.ts';
import { companyGroup } from './vocabulary.ts';

/**
 * Quarters named: Q1 2026 (not "fiscal Q4 2026", a fiscal quarter of no calendar year written), 2026年Q1; 2026年第一季度 or a fiscal 2026财年第三财季; 2026年1～3月期 (2026年1至3月); and a
 * Chinese or Japanese quarter without its year (一季度, 首季, 第1四半期, 1〜3月期, 1至3月), never 上一季度 (the one
 * before), 下一季度, 每一季度 or 同一季度, nor the 四季 of 会社四季報 (a Japanese outlet, "the company quarterly"); a quarter of
 * a Japanese fiscal year named by its closing month (27年5月期第2四半期, `JA_TERM_QUARTER`) and three months across calendar
 * quarters (2026年9～11月期).
 */
const QUARTERS_NAMED = new RegExp(
  String.raw`(?<!\b(?:fiscal|FY)\s*)\bQ([1-4])\s*(20\d{2})\b|(20\d{2})\s*(年|财年|財年|会计年度|會計年度|会計年度)\s*(?:第\s*)?([一二三四1-4])\s*(季度|财季|財季|四半期|季)|(20\d{2})\s*年\s*(?:1|4|7|10)\s*[～~〜\-－–―─至]\s*(3|6|9|12)\s*月期?|(?<![上前下次每同这這该該本当當\d年度第]|会社)(?:第\s*)?([一二三四1-4首])\s*・?\s*(?:季度|季(?![节節])|四半期)|(20\d{2})\s*年?\s*Q([1-4])\b|(?<![\d年])(?:1|4|7|10)\s*[～~〜\-－–―─至]\s*(3|6|9|12)\s*月(?:期|份)?(?![\d底末])|${JA_TERM_QUARTER.source}|(20\d{2})\s*年\s*(1[0-2]|[1-9])\s*[～~〜\-－–―─至]\s*(1[0-2]|[1-9])\s*月期`,
  'gu',
);

/**
 * The quarters `text` names with their year, in order: `2026-Q1`, and a fiscal quarter
 * (2026财年第三财季) as `FY2026-Q3`, which `articleQuarter` reads on the calendar of the
 * company named last before it (`FY2026-Q3@Microsoft`: 微软上一财季（2026财年第三财季）in an
 * article about Amazon is Microsoft's quarter), else of the company the article is about.
 */
export function quartersNamed(text: string): string[] {
  return [...text.matchAll(QUARTERS_NAMED)].map((match) => {
    if (match[1]) return `${match[2]}-Q${match[1]}`;
    // 2026年Q1, 2026Q1
    if (match[10]) return `${match[10]}-Q${match[11]}`;
    // 一季度财报, 首季業績: a calendar quarter without its year, which the article's date gives.
    if (match[9]) return `Q${ORDINAL[match[9]]}`;
    // 1〜3月期決算, 1至3月营收: a quarter by its months, without its year.
    if (match[12]) return `Q${Number(match[12]) / 3}`;
    // 2026年1～3月期: a quarter by its months.
    if (match[7]) return `${match[7]}-Q${Number(match[8]) / 3}`;
    // 27年5月期第2四半期: a quarter of the fiscal year that ends in that month, September–November 2026.
    if (match[13]) return format(fiscalToCalendar(termYear(match[13]), ORDINAL[match[15]!.normalize('NFKC')]!, Number(match[14])));
    // 2026年9～11月期: three months across calendar quarters, named as the calendar quarter holding most of them.
    if (match[16]) {
      const first = Number(match[17]);
      return (Number(match[18]) - first + 12) % 12 === 2 ? format(calendarQuarter(monthIndex(Number(match[16]), first + 1))) : null;
    }
    const fiscal = /财|財|会计|會計|会計/.test(`${match[4]}${match[6]}`);
    if (!fiscal) return `${match[3]}-Q${ORDINAL[match[5]!]}`;
    const owner = findEntities(text.slice(0, match.index)).filter((e) => e.kind === 'company').at(-1);
    return `FY${match[3]}-Q${ORDINAL[match[5]!]}${owner ? `@${companyGroup(owner.name)}` : ''}`;
  }).filter((quarter) => quarter !== null);
}

/**
 * The quarter an article reports on: the one its (non-forecast) texts name most often
 * (ties: the earliest), given what `quartersNamed` found in each; a fiscal quarter is read
 * on the fiscal calendar of `company`, the company the article is about.
 */
export function articleQuarter(named: string[][], company: string | null = null, date: { year: number | null; month: number | null } | null = null, fiscalYearEnds?: ReadonlyMap<string, number>): string | null {
  const articleFiscalEnd = fiscalYearEndOf(company, { fiscalYearEnds });
  const counts = new Map<string, number>();
  const yearless = new Map<number, number>();
  for (const quarters of named) {
    for (const quarter of quarters) {
      const bare = /^Q([1-4])$/.exec(quarter);
      if (bare) {
        yearless.set(Number(bare[1]), (yearless.get(Number(bare[1])) ?? 0) + 1);
        continue;
      }
      const fiscal = /^FY(\d{4})-Q([1-4])(?:@(.+))?$/.exec(quarter);
      // A fiscal quarter of no company named, in an article about a calendar-year company, is another company's.
      if (fiscal && !fiscal[3] && company && articleFiscalEnd === 12) continue;
      const fiscalEnd = fiscal?.[3] ? fiscalYearEndOf(fiscal[3], { fiscalYearEnds }) : articleFiscalEnd;
      const key = fiscal ? format(fiscalToCalendar(Number(fiscal[1]), Number(fiscal[2]), fiscalEnd)) : quarter;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const most = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (most || !date?.year) return most ?? null;
  // Only quarters without their year (一季度财报): the latest such quarter ended by the article's date.
  const quarter = [...yearless].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (!quarter) return null;
  const ended = date.month && quarter * 3 > date.month ? date.year - 1 : date.year;
  return `${ended}-Q${quarter}`;
}

/**
 * The month a short line states (a byline or dateline: "Axios Pro · May 1, 2026",
 * "2026/05/02 6:00"), as `YYYY-MM`, or null. An article without a date of its own is
 * read as of that date, so that "this year" and "the end of March" have a year.
 */
export const dateLineOf = memoByText((text: string): string | null => dateOfLine(text)?.slice(0, 7) ?? null);
