/**
 * The date of an article that gives none — no date field, no byline or dateline — read from
 * what it reports. News about results is written in the weeks after the period it reports on
 * ends, so such an article is read as of the month after the latest period it reports as over.
 * Each of these says the article is no older than a month:
 *
 * - the quarter it names most with its year (`articleQuarter`): the month after it ends;
 * - the latest date of its own timeline: that month;
 * - the latest period of a figure it states as a fact ("grew 24% in the fourth quarter of
 *   2025", "spent $131 billion in 2025"): the month after it ends. A quarter so told is over;
 *   so is a year, but for the latest calendar year the article names, which may be the one under way
 *   (a list or a chart gives its plans as plainly as actuals: "Capex guidance for calendar
 *   2026: Amazon ~$200B").
 *
 * The latest of them is the article's date, unless it names no quarter with its year and its
 * facts name a quarter without a year most ("the first quarter", "the three months to March",
 * 一季度), as news names the one it reports, and that quarter is the one that latest period
 * ends or the next: the article then dates from the month after it ends — "24% in the fourth
 * quarter of 2025" before "the first quarter" makes the first quarter 2026's. One further
 * off is history (a recap's "October quarter" after a timeline that runs to February).
 *
 * An article that names no period with its year stays undated: "this year" there is a year not
 * known (`THIS_YEAR` in periods.ts), never another period its sentence names.
 */
import type { Candidate } from './extractClaims.ts';
import type { TimelineEntry } from '../schemas.ts';

/** A month counted from year 0, so months compare across years. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const asDate = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The month a period with its year ends in (`2026-Q1` → March 2026, `2025` → December 2025, `2026-H1` → June), as a month index; else null. */
function endOf(period: string): number | null {
  const p = /^(\d{4})(?:-(?:Q([1-4])|H([12])))?$/i.exec(period);
  if (!p) return null;
  const months = p[2] ? Number(p[2]) * 3 : p[3] ? Number(p[3]) * 6 : 12;
  return monthIndex(Number(p[1]), months);
}

/** The months of an article's own timeline ("2026-04", "2026-04-30"), as month indexes. */
const timelineMonths = (timeline: TimelineEntry[]): number[] =>
  timeline.flatMap((entry) => {
    const d = /^(20\d{2})-(0[1-9]|1[0-2])\b/.exec(entry.date.trim());
    return d ? [monthIndex(Number(d[1]), Number(d[2]))] : [];
  });

/**
 * The date (`YYYY-MM`) an article that gives none is read as of, from the quarter it names most (`2026-Q1`, or
 * null), its timeline and its claim candidates read without a date; null when none of them names a year.
 */
export function dateOfUndated(quarter: string | null, timeline: TimelineEntry[], candidates: Candidate[]): string | null {
  // Calendar years only: a fiscal year (Microsoft's fiscal 2027 starts in July 2026) runs ahead of the calendar's.
  const years = candidates.map((c) => /^(?:by )?(\d{4})/.exec(c.period ?? '')?.[1]).filter((y): y is string => y !== undefined);
  const latestYear = Math.max(...years.map(Number));
  const reported = quarter ? endOf(quarter) : null;
  const months = [...(reported === null ? [] : [reported + 1]), ...timelineMonths(timeline)];
  const yearless = new Map<number, number>();
  for (const c of candidates) {
    if (c.modality !== 'fact' || !c.period) continue;
    const bare = /^Q([1-4])$/.exec(c.period);
    if (bare) yearless.set(Number(bare[1]), (yearless.get(Number(bare[1])) ?? 0) + 1);
    const end = /^\d{4}$/.test(c.period) && Number(c.period) >= latestYear ? null : endOf(c.period);
    if (end !== null) months.push(end + 1);
  }
  if (months.length === 0) return null;
  const date = Math.max(...months);
  const named = [...yearless].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (named === undefined || reported !== null) return asDate(date);
  // The first such quarter to end with the latest period dated or after it, when it is that one or the next.
  let end = monthIndex(Math.floor((date - 1) / 12), named * 3);
  while (end < date - 1) end += 12;
  return asDate(end <= date + 2 ? end + 1 : date);
}
