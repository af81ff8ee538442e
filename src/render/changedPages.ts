/**
 * What a `digest serve` rebuild must write again: the pages whose records changed
 * since the last build. An article page shows its own record and its claims; a
 * claim page shows its claim, its conflict and the articles it quotes. Pages are
 * compared by a hash of those records. And what it must remove: the pages of the
 * last build that the new one no longer has (a retitled article's old url, the
 * claim of a figure that changed, an outlet no article names any more).
 */
import { createHash } from 'node:crypto';
import type { Analysis, Article } from '../schemas.ts';
import type { PageSelection } from './siteModel.ts';

/** Fingerprints of the records each page renders, from one build. */
export interface PagePrints {
  articles: Map<string, string>;
  claims: Map<string, string>;
}

/** What a build leaves for the next rebuild: its pages' fingerprints and every page url, root-absolute. */
export interface BuildSnapshot extends PagePrints {
  urls: ReadonlySet<string>;
}

const hash = (...parts: string[]) => {
  const h = createHash('sha1');
  for (const part of parts) h.update(part).update('\u0000');
  return h.digest('base64');
};

/** Fingerprints every article and claim page's inputs. */
export function snapshotOf(articles: Article[], analysis: Analysis): PagePrints {
  const conflictOf = new Map(analysis.conflicts.flatMap((c) => c.claims.map((id) => [id, JSON.stringify(c)] as const)));
  const titles = new Map(articles.map((a) => [a.id, `${a.title}\u0000${a.source}`]));
  const claims = new Map(
    analysis.claims.map((c) => [c.id, hash(JSON.stringify(c), conflictOf.get(c.id) ?? '', ...c.mentions.map((m) => titles.get(m.article) ?? ''))]),
  );
  // What an article page shows of each of its claims: the statement, whether it is
  // disputed, and the first articles that share it ("also reported by").
  const disputed = new Set(analysis.conflicts.flatMap((c) => c.claims));
  const claimsOf = new Map<string, string[]>();
  for (const claim of analysis.claims) {
    const ids = [...new Set(claim.mentions.map((m) => m.article))].sort();
    const shown = hash(claim.id, claim.statement, String(disputed.has(claim.id)), ...ids.slice(0, 51));
    for (const id of ids) {
      const list = claimsOf.get(id);
      if (list) list.push(shown);
      else claimsOf.set(id, [shown]);
    }
  }
  // Its timeline entries link to the merged events by id.
  for (const event of analysis.events) {
    for (const id of new Set(event.mentions.map((m) => m.article))) {
      const list = claimsOf.get(id);
      if (list) list.push(event.id);
      else claimsOf.set(id, [event.id]);
    }
  }
  return {
    articles: new Map(articles.map((a) => [a.id, hash(JSON.stringify(a), ...(claimsOf.get(a.id) ?? []))])),
    claims,
  };
}

/** The article and claim pages whose fingerprint is new or differs from the previous build's. */
export function changedPages(previous: PagePrints, next: PagePrints): PageSelection {
  const changed = (before: Map<string, string>, after: Map<string, string>) => new Set([...after].filter(([id, print]) => before.get(id) !== print).map(([id]) => id));
  return { articles: changed(previous.articles, next.articles), claims: changed(previous.claims, next.claims) };
}

/** The page urls of the previous build that the next one, with pages at `urls`, no longer has. */
export function removedPages(previous: BuildSnapshot, urls: readonly string[]): string[] {
  const kept = new Set(urls);
  return [...previous.urls].filter((url) => !kept.has(url));
}
