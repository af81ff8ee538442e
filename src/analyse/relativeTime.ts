/**
 * Times said against the article's own date or the quarter it reports, written out as the dates they stand for before
 * a clause's period is read: "last September" in May 2026 is September 2025, "the prior quarter" in an article on the
 * first quarter of 2026 is Q4 2025, "this time last year" is the reported quarter a year before. A careful reader of
 * a dated article resolves them so; left as words, they are read as the article's own period or as none.
 */
import { MONTH, MONTH_WORD } from '../parse/timelineDates.ts';
import { lastQuarterEnded, quarterBefore } from './quarters.ts';

/** What a relative time is resolved against: the article's date and the quarter it reports (`2026-Q1`). */
export interface RelativeTimeContext {
  articleQuarter: string | null;
  articleYear: number | null;
  articleMonth?: number | null;
}

/**
 * "last September", "at the end of last September" (not "the last September quarter", a quarter named by its month); "up
 * from $200 billion last September", a level compared with, is the level at that month's end, as "at the end of" says.
 */
const LAST_MONTH = new RegExp(String.raw`\b(?:(?<end>(?:at the (?:end|close) of|(?:end|close) of|as of)\s+)|(?<level>(?:(?:up|down) from|against|than|versus|vs\.?|compared (?:to|with))\s+[^\s,;]+(?:\s+(?:billion|million|trillion))?\s+))?last\s+(?<month>${MONTH_WORD})\b(?!\s+(?:quarter|period|three months))`, 'gi');
/** "this time last year", "at this time a year ago": the same part of the year, a year before. */
const THIS_TIME_LAST_YEAR = /\b(?:at )?this time (?:last year|a year (?:ago|earlier|before))\b/gi;
/**
 * "the prior quarter", "the preceding quarter" as a figure's own time ("In the prior quarter it had grown 24%"), not a
 * base it is measured against ("up 5% from the prior quarter", "than the preceding quarter").
 */
const PRIOR_QUARTER = /(?<!\b(?:from|over|than|versus|vs\.?|against|on|to|with)\s+)\bthe (?:prior|preceding) quarter\b/gi;
/**
 * "A year earlier, in the first quarter of 2025, the business grew 17%": the time after the comma is the one a year
 * earlier, already dated; the words "a year earlier" move it no further.
 */
const YEAR_EARLIER_APPOSITION = /\ba year (?:earlier|ago|before),\s+(?=(?:in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last) quarter of|Q[1-4])\s+20\d{2}\b)/gi;

/** A quarter as a sentence writes it: `2025-Q4` → "Q4 2025". */
const written = (quarter: string) => `${quarter.slice(5)} ${quarter.slice(0, 4)}`;

/**
 * The quarter the article reports on, else the last calendar quarter ended before its month (an article of May 2026
 * that names no quarter with its year tells of the first quarter's results), else null.
 */
function reportedOrLastEnded(context: RelativeTimeContext): string | null {
  if (context.articleQuarter && /^\d{4}-Q[1-4]$/.test(context.articleQuarter)) return context.articleQuarter;
  return context.articleYear && context.articleMonth ? lastQuarterEnded(context.articleYear, context.articleMonth) : null;
}

/** The year of the latest `month` before the article's month (in October, last September is that year's; in May, the year before's). */
function yearOfLastMonth(month: number, context: RelativeTimeContext): number | null {
  if (!context.articleYear || !context.articleMonth) return null;
  return month < context.articleMonth ? context.articleYear : context.articleYear - 1;
}

/**
 * `clause` with its times relative to the article written as dates, where the article's date or reported quarter
 * gives them: "last September" → "in September 2025" ("at the end of September 2025" after "end of"), "the prior
 * quarter" → "Q4 2025", "this time last year" → "Q1 2025"; "a year earlier, in Q1 2025" loses its "a year earlier".
 * Any time the context cannot resolve is left as written.
 */
export function withRelativeTimesDated(clause: string, context: RelativeTimeContext): string {
  let out = clause.replace(YEAR_EARLIER_APPOSITION, '');
  out = out.replace(LAST_MONTH, (whole, end: string | undefined, level: string | undefined, month: string) => {
    const year = yearOfLastMonth(MONTH[month.toLowerCase()]!, context);
    if (!year) return whole;
    if (end) return `${end}${month} ${year}`;
    return level ? `${level}at the end of ${month} ${year}` : `in ${month} ${year}`;
  });
  const reported = reportedOrLastEnded(context);
  if (!reported) return out;
  return out.replace(PRIOR_QUARTER, written(quarterBefore(reported, 1))).replace(THIS_TIME_LAST_YEAR, written(quarterBefore(reported, 4)));
}
