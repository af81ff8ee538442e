/**
 * Finds the period a sentence's figures refer to: quarters (`Q1 2026`, "first
 * quarter"), years (`in 2024`, `(2024 est.)`), run-rates ("annual"), and relative
 * periods ("the same quarter of the previous year", "in the quarter") resolved
 * against the article's own dates when it gives them.
 */
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * A quarter in Chinese or Japanese: 2026年第一季度, 一季度, 2026财年第三季度, 第四财季,
 * 第1四半期, and Japanese quarters by their months, 2026年1～3月期.
 */
const CJK_QUARTER = /(?:(\d{4})\s*(?:财年|財年|会计年度|年度|年)\s*)?(?:第\s*)?([一二三四1-4])\s*(?:财季|財季|季度|季|四半期)/u;
const CJK_MONTH_QUARTER = /(?:(\d{4})\s*年\s*)?(1|4|7|10)\s*[～~〜\-－–]\s*(3|6|9|12)\s*月期?/u;
/** The end of a month: 3月底, 2026年3月末, 9月30日. `去年`/`今年` before it name the year. */
const CJK_MONTH_END = /(今年|去年|(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:底|末|(?:30|31)日)/u;

export interface PeriodContext {
  /** The period the article as a whole reports on (its most frequent quarter), if any. */
  articleQuarter: string | null;
  /** The article's publication year, if known. */
  articleYear: number | null;
}

function quarterIn(text: string, context: PeriodContext): { year: number | null; quarter: number } | null {
  const q = /\bQ([1-4])(?:\s*(?:FY\s*)?'?(\d{4}|\d{2})\b)?/.exec(text) ?? null;
  if (q) return { quarter: Number(q[1]), year: q[2] ? Number(q[2].length === 2 ? `20${q[2]}` : q[2]) : context.articleYear };
  const o = /\b(first|second|third|fourth) quarter(?: of (\d{4}))?/i.exec(text);
  if (o) return { quarter: ORDINAL[o[1]!.toLowerCase()]!, year: o[2] ? Number(o[2]) : context.articleYear };
  const c = CJK_QUARTER.exec(text) ?? CJK_MONTH_QUARTER.exec(text);
  if (c) return { quarter: c.length > 3 ? Number(c[3]) / 3 : ORDINAL[c[2]!]!, year: c[1] ? Number(c[1]) : context.articleYear };
  const end = CJK_MONTH_END.exec(text);
  if (end && Number(end[3]) >= 1 && Number(end[3]) <= 12) {
    const year = end[2] ? Number(end[2]) : context.articleYear && (end[1] === '去年' ? context.articleYear - 1 : context.articleYear);
    return { quarter: Math.ceil(Number(end[3]) / 3), year };
  }
  return null;
}

const format = (p: { year: number | null; quarter: number }) => (p.year ? `${p.year}-Q${p.quarter}` : `Q${p.quarter}`);

/** The period of `clause` (the words around one figure) within `sentence`, or null. */
export function parsePeriod(clause: string, sentence: string, context: PeriodContext): string | null {
  const prefix = /\bby (?:the end of )?/i.test(clause) && /\bby (?:the end of )?(?:Q[1-4] )?20\d\d/i.test(clause) ? 'by ' : '';
  if (/\b(?:same quarter|a year (?:earlier|ago)|previous year|prior year|last year)\b|去年同期|上年同期|前年同期(?!比)/i.test(clause)) {
    const reference = quarterIn(sentence.replace(/same quarter[^,.;]*/i, ''), context) ?? (context.articleQuarter ? quarterIn(context.articleQuarter, context) : null);
    if (reference?.year) return format({ year: reference.year - 1, quarter: reference.quarter });
    // The same period a year before one the text does not date: never the figure's own period.
    return 'a year earlier';
  }
  const quarter = quarterIn(clause, context);
  if (quarter) return prefix + format(quarter);
  const half = /\b(?:H([12])|(first|second) half(?: of)?)\s*(?:FY\s*)?(20\d{2})?\b/i.exec(clause);
  if (half && (half[3] || context.articleYear)) {
    const n = half[1] ?? (half[2]!.toLowerCase() === 'first' ? '1' : '2');
    return `${prefix}${half[3] ?? context.articleYear}-H${n}`;
  }
  const cjkHalf = /(?:(\d{4})\s*年\s*)?(上|下)半年/u.exec(clause);
  if (cjkHalf && (cjkHalf[1] || context.articleYear)) return `${cjkHalf[1] ?? context.articleYear}-H${cjkHalf[2] === '上' ? 1 : 2}`;
  if (/\b(?:in|during|for) the (?:quarter|period)\b|\bquarterly\b|\bthis quarter\b|当季|本季度?|该季度|同季/i.test(clause)) return context.articleQuarter ?? 'quarterly';
  const year = /(?:\b(?:in|for|during|of|FY|fiscal|by(?: the end of)?|through|its|their|the)\s*|\()(20\d{2})\b(?!\s*[-–]\d)/i.exec(clause);
  if (year) return `${prefix}${year[1]}`;
  // 2026年, 2026财年; 今年, 去年 and 明年 against the article's date.
  const cjkYear = /(20\d{2})\s*(?:财年|財年|会计年度|年度|年)(?!\s*\d{1,2}\s*月)|(今年|本年|去年|明年)(?!同期)/u.exec(clause);
  if (cjkYear?.[1]) return cjkYear[1];
  if (cjkYear && context.articleYear) return String(context.articleYear + ({ 去年: -1, 明年: 1 }[cjkYear[2]!] ?? 0));
  if (/\b(?:annual(?:ized)?|run[- ]rate|per year|a year|yearly|full[- ]year)\b|全年|年化|年度/i.test(clause)) return 'annual';
  return null;
}

/** The quarter an article reports on: the one its (non-forecast) text names most often (ties: the earliest). */
export function articleQuarter(texts: string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(/\bQ([1-4])\s*(20\d{2})\b|(20\d{2})\s*(?:财年|財年|年)\s*(?:第\s*)?([一二三四1-4])\s*(?:季度|财季|四半期)/gu)) {
      const key = match[1] ? `${match[2]}-Q${match[1]}` : `${match[3]}-Q${ORDINAL[match[4]!]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
