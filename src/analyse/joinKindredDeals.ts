/**
 * One deal's sum told by two measures' names. A bid, a deal called off or a reported one that names no other side is
 * filed by its verb: "rejecting a $3.4 billion offer" and "Broadcom's $3.4bn bid for Quillon" are an investment to one
 * sentence and an acquisition to another, "called off a $5.3bn data centre campus" and "withdrawn plans for a US$5.3
 * billion campus" capex and investment. Where one company's offer (or cancellation, or rumour) of one sum, of one period,
 * stands under two of these measures, it is one claim: the measure most articles give it.
 * So is one company's borrowing of one sum, of one period, told as its bonds, its debt, its loans or its financing ("xAI sold
 * $14 billion of secured debt", "| xAI | Secured notes + term loan | $14B |", "a $14bn package"), whatever its modality.
 */
import type { Modality } from '../schemas.ts';
import { readClaimKey, type Candidate } from './extractClaims.ts';

/** The measures a deal's sum is told by, when its sentence names no other side. */
const KINDRED = new Set(['capex', 'investment', 'acquisition']);
/** The modalities of a deal, not of a company's own spending: one company seldom bids, calls off or is said to weigh two deals of one sum. */
const DEAL_MODALITIES = new Set<Modality>(['offer', 'cancelled', 'rumour']);
/** The measures money borrowed is told by: one company seldom borrows one sum twice in one period. */
const DEBT = new Set(['bond sale', 'debt raised', 'loans', 'financing']);

/** What makes two kindred candidates one deal: subject, period, modality and the very sum; null where the candidate is not of one (nor of no subject, which the merge dates and files by its figure). */
function dealOf(c: Candidate): string | null {
  if (!c.value || !c.key.startsWith('figure|')) return null;
  const { subject, metric, counterparty, period } = readClaimKey(c.key);
  if (!subject || counterparty || !metric) return null;
  const family = DEBT.has(metric) ? 'debt' : KINDRED.has(metric) && DEAL_MODALITIES.has(c.modality) ? 'deal' : null;
  return family && [family, subject, period ?? '', c.modality, c.value.amount, c.value.unit, c.value.bound ?? ''].join('\u0000');
}

/** Moves each kindred deal's candidates into the key most of its articles give it (the first key, on a tie). */
export function joinKindredDeals(groups: Map<string, Candidate[]>): void {
  // Each kindred candidate's deal, and the articles that give each deal under each key.
  const dealOfCandidate = new Map<Candidate, string>();
  const articles = new Map<string, Map<string, Set<string>>>();
  for (const [key, group] of groups) {
    for (const c of group) {
      const deal = dealOf(c);
      if (!deal) continue;
      dealOfCandidate.set(c, deal);
      const keys = articles.get(deal) ?? new Map<string, Set<string>>();
      articles.set(deal, keys.set(key, (keys.get(key) ?? new Set()).add(c.mention.article)));
    }
  }
  const homes = new Map<string, string>();
  for (const [deal, keys] of articles) {
    if (keys.size > 1) homes.set(deal, [...keys].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]![0]);
  }
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    const homeOf = (c: Candidate) => homes.get(dealOfCandidate.get(c) ?? '');
    const moving = group.filter((c) => homeOf(c) !== undefined && homeOf(c) !== key);
    if (moving.length === 0) continue;
    const left = group.filter((c) => !moving.includes(c));
    if (left.length > 0) groups.set(key, left);
    else groups.delete(key);
    for (const c of moving) {
      const to = homeOf(c)!;
      const home = groups.get(to)!;
      home.push({ ...c, key: to, metric: home[0]!.metric });
    }
  }
}
