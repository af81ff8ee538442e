/**
 * What a `digest serve` rebuild must write again: the pages whose records changed
 * since the last build. An article page shows its own record and its claims; a
 * claim page shows its claim, its conflict and the articles it quotes.
 */
import type { Analysis, Article } from '../schemas.ts';
import type { PageSelection } from './siteModel.ts';

/** Fingerprints of the records each page renders, from one build. */
export interface BuildSnapshot {
  articles: Map<string, string>;
  claims: Map<string, string>;
}

/** Fingerprints every article and claim page's inputs. */
export function snapshotOf(articles: Article[], analysis: Analysis): BuildSnapshot {
  const conflictOf = new Map(analysis.conflicts.flatMap((c) => c.claims.map((id) => [id, JSON.stringify(c)] as const)));
  const claims = new Map(analysis.claims.map((c) => [c.id, JSON.stringify(c) + (conflictOf.get(c.id) ?? '')]));
  const claimsOf = new Map<string, string[]>();
  for (const claim of analysis.claims) {
    for (const id of new Set(claim.mentions.map((m) => m.article))) {
      const list = claimsOf.get(id);
      if (list) list.push(claim.id);
      else claimsOf.set(id, [claim.id]);
    }
  }
  const articleTitles = new Map(articles.map((a) => [a.id, `${a.title}\u0000${a.source}`]));
  return {
    articles: new Map(articles.map((a) => [a.id, JSON.stringify(a) + (claimsOf.get(a.id) ?? []).map((id) => claims.get(id)).join('')])),
    // A claim page names the articles it quotes: their titles are part of it.
    claims: new Map(analysis.claims.map((c) => [c.id, claims.get(c.id)! + c.mentions.map((m) => articleTitles.get(m.article)).join('')])),
  };
}

/** The article and claim pages whose fingerprint is new or differs from the previous build's. */
export function changedPages(previous: BuildSnapshot, next: BuildSnapshot): PageSelection {
  const changed = (before: Map<string, string>, after: Map<string, string>) => new Set([...after].filter(([id, print]) => before.get(id) !== print).map(([id]) => id));
  return { articles: changed(previous.articles, next.articles), claims: changed(previous.claims, next.claims) };
}
