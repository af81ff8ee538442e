/**
 * How each figure moved: the claims about one subject and metric (AWS revenue growth,
 * Amazon capex) as a series by period, for the metric pages. A series is worth a page
 * when the digest has the metric for two periods or more, or two values for one
 * period. Pure; the records are only regrouped, never changed.
 */
import type { Claim, Conflict } from '../schemas.ts';
import { shortHash, siteUrls, slugify, takenSlugs } from '../urls.ts';
import { aboutClaim } from '../editions/findChanges.ts';

/** One value of a period: a claim, who states it, and whether another value of the period disputes it. */
export interface MetricPoint {
  claim: Claim;
  outlets: string[];
  disputed: boolean;
}

/** One row of a series: the claims merged on one key (one figure), under its period. */
export interface MetricPeriod {
  label: string;
  points: MetricPoint[];
}

export interface MetricSeries {
  slug: string;
  url: string;
  subject: string;
  metric: string;
  /** `AWS revenue growth`. */
  title: string;
  periods: MetricPeriod[];
  /** Every value's unit, most used first: one chart per unit. */
  units: string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The period a figure's claims name: the most specific one (with its year) of them, or null. */
function periodOf(claims: Claim[]): string | null {
  const periods = claims.map((c) => c.period).filter((p): p is string => p !== null);
  return periods.sort((a, b) => Number(/\d{4}/.test(b)) - Number(/\d{4}/.test(a)) || b.length - a.length || cmp(a, b))[0] ?? null;
}

/** Periods in time order as far as their text tells (years first), the unstated last. */
const byPeriod = (a: string | null, b: string | null) =>
  a === null || b === null ? Number(a === null) - Number(b === null) : Number(!/^\d{4}/.test(a)) - Number(!/^\d{4}/.test(b)) || cmp(inQuarter(a), inQuarter(b));
/** A month (`2026-11`) sorted within its quarter (`2026-Q4m11`, after `2026-Q3` and `2026-Q4`); any other period as it is. */
const inQuarter = (period: string) => period.replace(/^(\d{4})-(\d{2})$/, (_, year: string, month: string) => `${year}-Q${Math.ceil(Number(month) / 3)}m${month}`);

/**
 * The series worth a page, in title order. `outletsOf` names who states a claim.
 * Claims without a subject, metric or figure belong to none.
 */
export function metricSeries(claims: Claim[], conflicts: Conflict[], outletsOf: (claim: Claim) => string[]): MetricSeries[] {
  const disputed = new Set(conflicts.flatMap((c) => c.claims));
  const bySeries = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!claim.subject || !claim.metric || !claim.value) continue;
    const name = `${claim.subject}\u0000${claim.metric}`;
    const list = bySeries.get(name);
    if (list) list.push(claim);
    else bySeries.set(name, [claim]);
  }
  const taken = takenSlugs();
  const series: MetricSeries[] = [];
  for (const name of [...bySeries.keys()].sort(cmp)) {
    const members = bySeries.get(name)!;
    const byKey = new Map<string, Claim[]>();
    for (const claim of members) {
      const list = byKey.get(claim.key);
      if (list) list.push(claim);
      else byKey.set(claim.key, [claim]);
    }
    const rows = [...byKey.values()].map((figure) => ({ period: periodOf(figure), claims: figure }));
    const periods = new Set(rows.map((r) => r.period));
    if (periods.size < 2 && !rows.some((r) => r.claims.length > 1)) continue;
    const { subject, metric } = members[0]! as { subject: string; metric: string };
    let slug = slugify(`${subject} ${metric}`) || `metric-${shortHash(name)}`;
    if (taken.has(slug)) slug = `${slug}-${shortHash(name)}`;
    taken.add(slug);
    const labels = rows.map((r) => r.period ?? 'period not stated');
    const units = new Map<string, number>();
    for (const claim of members) units.set(claim.value!.unit, (units.get(claim.value!.unit) ?? 0) + 1);
    series.push({
      slug,
      url: siteUrls.metric(slug),
      subject,
      metric,
      title: `${subject} ${metric}`,
      periods: rows
        .map((row, i) => ({
          // Two figures of one period (a deal with two counterparties) are told apart by their statements.
          label: labels.filter((l) => l === labels[i]).length > 1 ? `${labels[i]}: ${aboutClaim(row.claims[0]!)}` : labels[i]!,
          period: row.period,
          points: [...row.claims]
            .sort((a, b) => a.value!.amount - b.value!.amount || cmp(a.id, b.id))
            .map((claim) => ({ claim, outlets: outletsOf(claim), disputed: disputed.has(claim.id) })),
        }))
        .sort((a, b) => byPeriod(a.period, b.period) || cmp(a.label, b.label))
        .map(({ label, points }) => ({ label, points })),
      units: [...units].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([unit]) => unit),
    });
  }
  return series;
}
