/**
 * Figures to date named by the quarter their article reports. "$150.7 billion in the year to date", "the first nine
 * months' $150.7 billion" and 前三季度累计1507亿美元, told of the September quarter's results, are one figure: capex over
 * the first nine months of 2026. Read alone, the first has no period and another measure, the last no period, and one told
 * with the quarter may carry the quarter itself; here each is the months of its company's fiscal year up to the quarter its
 * article reports on (`reportedPeriod`), named as a sentence naming them would be.
 */
import { claimKey, figureAfter, type Candidate } from './extractClaims.ts';
import { fiscalYearEndOf, QUARTER_KEY, yearOfQuarter, type PeriodContext } from './periods.ts';
import { FLOW_METRICS } from './vocabulary.ts';

const YEAR_TO_DATE = ' (year to date)';
const NINE_MONTHS = ' (nine months)';
/** A word of a period: the figure it stands beside is of a time of its own. */
const PERIOD_WORD = /\b(?:quarter|half|month|year|Q[1-4]|H[12])\b|季|月|半年|年度|四半期/i;

/** Which quarter of its company's fiscal year (1–4) the calendar quarter `period` ("2026-Q3") holds most of, for a year ending in month `end`. */
function quarterOfFiscalYear(period: string, end: number): number {
  const middle = 3 * Number(QUARTER_KEY.exec(period)![2]) - 1;
  return Math.floor((((middle - end - 1) % 12) + 12) % 12 / 3) + 1;
}

/**
 * The measure and period of a fact to date (`metric` "capex (year to date)" or "capex (nine months)") of a company whose
 * article reports `reported`: the quarter itself after one quarter, the first half after two (of a calendar year), the
 * first nine months of the fiscal year after three, the year after four; null where it stays as read.
 */
function namedToDate(metric: string, period: string | null, reported: string, subject: string | null, context: PeriodContext): { metric: string; period: string } | null {
  const end = fiscalYearEndOf(subject, context);
  const n = quarterOfFiscalYear(reported, end);
  if (metric.endsWith(NINE_MONTHS)) {
    // "Over the first nine months … they totaled", 前三季度累计: the nine months up to the quarter reported, of its year.
    if (period !== null && !QUARTER_KEY.test(period)) return null;
    const through = period ?? (n === 3 ? reported : null);
    return through ? { metric, period: yearOfQuarter(through, subject, context) } : null;
  }
  if (period !== null) return null;
  const plain = metric.slice(0, -YEAR_TO_DATE.length);
  if (n === 1) return { metric: plain, period: reported };
  if (n === 2) return end === 12 ? { metric: plain, period: `${reported.slice(0, 4)}-H1` } : null;
  return { metric: n === 3 ? plain + NINE_MONTHS : plain, period: yearOfQuarter(reported, subject, context) };
}

/**
 * The figures told after a sum to date in its sentence, of flows that name no time of their own, are to date too: 北方华创前三季度营收
 * 356.2亿元，同比增长30%；归母净利润64.5亿元 (growth and net profit over the nine months), "over the first nine months revenue reached
 * 12.86 billion yuan, up 179%, while net profit for the period came to 4.42 billion yuan". Not a figure whose words, from the sum
 * to the figure after it, name a time (前三季度营收…，其中第三季度同比增长41%; "…, and $56.1 billion in the quarter").
 */
function carriedToDate(candidates: Candidate[]): void {
  let sum: Candidate | undefined;
  for (const c of candidates) {
    if (c.metric?.endsWith(NINE_MONTHS)) {
      sum = c;
      continue;
    }
    if (!sum || sum.mention.quote !== c.mention.quote || sum.subject !== c.subject || c.modality !== 'fact' || sum.modality !== 'fact' || !c.metric || !c.value) {
      sum = undefined;
      continue;
    }
    const plain = c.metric.replace(/ growth$/, '');
    if (c.metric.endsWith(')') || !FLOW_METRICS.has(plain) || (c.period !== null && c.period !== sum.period && c.period !== c.reportedPeriod?.toUpperCase())) continue;
    const told = figureAfter(c.mention.quote, sum.value!, c.value);
    if (!told || PERIOD_WORD.test(told.between) || PERIOD_WORD.test(told.after)) continue;
    c.metric += NINE_MONTHS;
    c.period = sum.period;
    c.key = claimKey(c.subject, c.metric, c.counterparty, c.period);
  }
}

/** Names each fact to date of `candidates` by the quarter its article reports on for its company (`reportedPeriod`, set before). */
export function toDateOfReportedQuarter(candidates: Candidate[], context: PeriodContext): void {
  for (const c of candidates) {
    if (c.modality !== 'fact' || !c.metric || !c.reportedPeriod || !(c.metric.endsWith(YEAR_TO_DATE) || c.metric.endsWith(NINE_MONTHS))) continue;
    const reported = c.reportedPeriod.toUpperCase();
    if (!QUARTER_KEY.test(reported)) continue;
    const named = namedToDate(c.metric, c.period, reported, c.subject, context);
    if (!named) continue;
    c.metric = named.metric;
    c.period = named.period;
    c.key = claimKey(c.subject, c.metric, c.counterparty, c.period);
  }
  carriedToDate(candidates);
}
