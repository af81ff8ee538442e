/**
 * Quarters as the analysis writes them (`2026-Q1`, or `Q1` without its year) and counts them: the
 * few pieces of arithmetic that periods.ts and relativeTime.ts both need.
 */

/** A quarter as keys write it: `2026-Q1`, or `Q1` without its year. */
export const format = (p: { year: number | null; quarter: number }) => (p.year ? `${p.year}-Q${p.quarter}` : `Q${p.quarter}`);
/** A month counted from year 0 (January 2026 is 2026 * 12), so months compare across years. */
export const monthIndex = (year: number, month: number) => year * 12 + month - 1;
/** The calendar quarter a month (`monthIndex`) falls in. */
export const calendarQuarter = (index: number) => ({ year: Math.floor(index / 12), quarter: Math.floor((index % 12) / 3) + 1 });

/** The quarter `quarters` before `period` (`2025-Q4`, 1 → `2025-Q3`; `Q1` → `Q4`), or `period` itself when it is no quarter. */
export function quarterBefore(period: string, quarters: number): string {
  const q = /^(?:(\d{4})-)?Q([1-4])$/.exec(period);
  if (!q) return period;
  const before = calendarQuarter(monthIndex(Number(q[1] ?? 2000), (Number(q[2]) - 1) * 3 + 1) - 3 * quarters);
  return q[1] ? format(before) : `Q${before.quarter}`;
}

/** Whether `period` is a month as keys write it (`2026-11`), a monthly reporter's period. */
export const isMonth = (period: string | null): period is string => period !== null && /^\d{4}-\d{2}$/.test(period);

/** The month `months` before `month` (`2026-11`, 12 → `2025-11`). */
export function monthBefore(month: string, months: number): string {
  const before = monthIndex(Number(month.slice(0, 4)), Number(month.slice(5))) - months;
  return `${Math.floor(before / 12)}-${String((before % 12) + 1).padStart(2, '0')}`;
}

/**
 * The last quarter ended before `month` of `year`, for a fiscal year that ends in `fiscalEnd` (12: the calendar's),
 * named as the calendar quarter holding most of it: in May 2026, `2026-Q1`.
 */
export function lastQuarterEnded(year: number, month: number, fiscalEnd = 12): string {
  let end = monthIndex(year, month) - 1;
  while ((((end - (fiscalEnd - 1)) % 3) + 3) % 3 !== 0) end--;
  // A quarter is named by the month it ends in: its middle month is the one before.
  return format(calendarQuarter(end - 1));
}
