/**
 * Finds the period a sentence's figures refer to: quarters (`Q1 2026`, "first
 * quarter"), years (`in 2024`, `(2024 est.)`), run-rates ("annual"), and relative
 * periods ("the same quarter of the previous year", "in the quarter") resolved
 * against the article's own dates when it gives them.
 */
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

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
  return null;
}

const format = (p: { year: number | null; quarter: number }) => (p.year ? `${p.year}-Q${p.quarter}` : `Q${p.quarter}`);

/** The period of `clause` (the words around one figure) within `sentence`, or null. */
export function parsePeriod(clause: string, sentence: string, context: PeriodContext): string | null {
  const prefix = /\bby (?:the end of )?/i.test(clause) && /\bby (?:the end of )?(?:Q[1-4] )?20\d\d/i.test(clause) ? 'by ' : '';
  if (/\b(?:same quarter|a year (?:earlier|ago)|previous year|prior year|last year)\b/i.test(clause)) {
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
  if (/\b(?:in|during|for) the (?:quarter|period)\b|\bquarterly\b|\bthis quarter\b/i.test(clause)) return context.articleQuarter ?? 'quarterly';
  const year = /(?:\b(?:in|for|during|of|FY|fiscal|by(?: the end of)?|through|its|their|the)\s*|\()(20\d{2})\b(?!\s*[-–]\d)/i.exec(clause);
  if (year) return `${prefix}${year[1]}`;
  if (/\b(?:annual(?:ized)?|run[- ]rate|per year|a year|yearly|full[- ]year)\b/i.test(clause)) return 'annual';
  return null;
}

/** The quarter an article reports on: the one its (non-forecast) text names most often (ties: the earliest). */
export function articleQuarter(texts: string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(/\bQ([1-4])\s*(20\d{2})\b/g)) {
      const key = `${match[2]}-Q${match[1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
