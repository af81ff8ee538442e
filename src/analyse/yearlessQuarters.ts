/**
 * An article that never says its year ("Bengaluru, May 1") names its quarters without one: "the March quarter",
 * "the third quarter of its financial year". Where some of its figures of a quarter join a dated claim of the same
 * measure (`resolveUnderspecified`), the article has told which year its quarter is; its other figures of that
 * quarter, which no outlet dates for their own measure, are of the same year: an article's "first quarter" is one
 * quarter throughout.
 */
import { claimKey, readClaimKey, type Candidate } from './extractClaims.ts';

const YEARLESS = /^q[1-4]$/;
const DATED_QUARTER = /^(\d{4})-(q[1-4])$/;
const periodOf = (key: string) => readClaimKey(key).period ?? '';

/**
 * Moves each candidate of a yearless quarter's group into the dated group of that quarter in the one year its article's
 * other yearless mentions of that quarter were found to be of, with that period; where the article's mentions went
 * to several years, or to none, it stays.
 */
export function dateYearlessByArticle(groups: Map<string, Candidate[]>): void {
  const years = new Map<string, Map<string, Set<string>>>();
  for (const [key, group] of groups) {
    const dated = DATED_QUARTER.exec(periodOf(key));
    if (!dated) continue;
    for (const c of group) {
      const quarter = periodOf(c.key);
      if (quarter !== dated[2]) continue;
      const byQuarter = years.get(c.mention.article) ?? new Map<string, Set<string>>();
      years.set(c.mention.article, byQuarter.set(quarter, (byQuarter.get(quarter) ?? new Set()).add(dated[1]!)));
    }
  }
  for (const key of [...groups.keys()].sort()) {
    const quarter = periodOf(key);
    if (!YEARLESS.test(quarter)) continue;
    const stay: Candidate[] = [];
    for (const c of groups.get(key)!) {
      const found = years.get(c.mention.article)?.get(quarter);
      if (!found || found.size !== 1) {
        stay.push(c);
        continue;
      }
      const year = [...found][0]!;
      const { subject, metric, counterparty } = readClaimKey(key);
      const home = claimKey(subject, metric, counterparty, `${year}-${quarter}`);
      groups.set(home, [...(groups.get(home) ?? []), { ...c, period: `${year}-${quarter.toUpperCase()}` }]);
    }
    if (stay.length > 0) groups.set(key, stay);
    else groups.delete(key);
  }
}
