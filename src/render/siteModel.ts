/**
 * Everything the templates need, computed once from the records: lookups between
 * articles, claims, conflicts, events and outlets, and the site's absolute urls.
 * Pure; the templates only format what is here.
 */
import { SCHEMA_VERSION, type Analysis, type Article, type BuildReport, type ChangesFile, type Claim, type Conflict, type TimelineEvent, type Topic } from '../schemas.ts';
import { shortHash, siteUrls, slugify, takenSlugs } from '../urls.ts';
import type { SiteMetadata } from '../config.ts';
import { metricSeries, type MetricSeries } from './metricSeries.ts';

export interface SiteOptions {
  pathPrefix: string;
  siteUrl: string | null;
  search: boolean;
  buildDate: string | null;
  /** The site's identity: every page, feed and metadata block that names the site takes it from here. */
  metadata: SiteMetadata;
  /** How many of the latest articles the feeds carry. */
  feedSize: number;
}

export interface Outlet {
  name: string;
  slug: string;
  url: string;
  articles: Article[];
  /** Claims this outlet states that another outlet also states. */
  confirmed: Claim[];
  /** Claims only this outlet states. */
  alone: Claim[];
  /** Conflicts this outlet is part of. */
  disputed: Conflict[];
}

export const TOPICS: { topic: Topic; title: string; blurb: string }[] = [
  { topic: 'capex', title: 'Capital spending', blurb: 'Capital expenditure plans and AI infrastructure spending.' },
  { topic: 'backlog', title: 'Backlog', blurb: 'Contracted cloud revenue not yet recognised.' },
  { topic: 'revenue', title: 'Revenue and profit', blurb: 'Revenue, growth, operating profit and cash flow.' },
  { topic: 'chips', title: 'Chips', blurb: 'Custom silicon: performance, efficiency and architecture.' },
  { topic: 'cost', title: 'Costs', blurb: 'Training and inference costs and prices.' },
  { topic: 'investment', title: 'Investments', blurb: 'Investments, offers, stakes and funding deals.' },
  { topic: 'market', title: 'Market', blurb: 'Market share and market size.' },
  { topic: 'prediction', title: 'Predictions', blurb: 'What the sources expect to happen.' },
  { topic: 'other', title: 'Other claims', blurb: 'Claims that fit no other topic.' },
];

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Which article and claim pages to write: all, or (when `digest serve` rebuilds) only those that changed. */
export interface PageSelection {
  articles: ReadonlySet<string>;
  claims: ReadonlySet<string>;
}

/** A path URL leaves as it is: unreserved characters and slashes, no `.` or `..` segment. */
const PLAIN_PATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9\-._~/]*$/;

/** What the editions stage tells the pages: the changes remembered, and the previous edition's date. */
export interface EditionView {
  changes?: ChangesFile;
  /** The previous edition's date ("since 24 Nov"), when it had one. */
  since?: string | null;
}

/** The site model the templates render. */
export function buildSiteModel(input: { articles: Article[]; analysis: Analysis; report: BuildReport; site: SiteOptions; only?: PageSelection; searchIndexes?: number } & EditionView) {
  const { articles, analysis, report, site, only, searchIndexes = 1 } = input;
  const changes = input.changes ?? { schemaVersion: SCHEMA_VERSION, editions: [], changes: [] };
  const base = site.siteUrl ?? `http://localhost:8080${site.pathPrefix}`;
  const root = new URL(base.endsWith('/') ? base : `${base}/`).href;
  /**
   * An absolute url for a root-absolute site url (the site url already carries the prefix).
   * A path of plain characters is appended as it is (URL would change nothing; it is called
   * three times a page); any other goes through URL.
   */
  const absolute = (url: string) => {
    const relative = url.replace(/^\//, '');
    return PLAIN_PATH.test(relative) ? root + relative : new URL(relative, root).href;
  };
  const articleById = new Map(articles.map((a) => [a.id, a]));
  /** Articles in id order, and each one's place in it. */
  const byRank = [...articles].sort((a, b) => cmp(a.id, b.id));
  const rank = new Map(byRank.map((a, i) => [a.id, i]));
  const claimById = new Map(analysis.claims.map((c) => [c.id, c]));
  const outletName = (a: Article) => a.source ?? 'Unattributed';

  // One pass over every mention: who states each claim, and what each article states.
  const claimFacts = new Map<string, { articles: string[]; outlets: string[] }>();
  const claimsByArticle = new Map<string, Claim[]>();
  const quotesByArticle = new Map<string, Map<string, Claim[]>>();
  for (const claim of analysis.claims) {
    const ids = new Set<string>();
    for (const m of claim.mentions) {
      ids.add(m.article);
      const quotes = quotesByArticle.get(m.article) ?? new Map<string, Claim[]>();
      quotesByArticle.set(m.article, quotes);
      const list = quotes.get(m.quote) ?? [];
      if (!list.includes(claim)) list.push(claim);
      quotes.set(m.quote, list);
    }
    for (const id of ids) {
      const list = claimsByArticle.get(id);
      if (list) list.push(claim);
      else claimsByArticle.set(id, [claim]);
    }
    const outletNames = new Set([...ids].map((id) => { const a = articleById.get(id); return a ? outletName(a) : id; }));
    claimFacts.set(claim.id, { articles: [...ids].sort(cmp), outlets: [...outletNames].sort(cmp) });
  }
  const conflictByClaim = new Map<string, Conflict>();
  for (const conflict of analysis.conflicts) for (const id of conflict.claims) conflictByClaim.set(id, conflict);
  /** Article id → its timeline entry text → the event it became. */
  const eventByEntry = new Map<string, Map<string, TimelineEvent>>();
  for (const event of analysis.events) {
    for (const m of event.mentions) {
      const entries = eventByEntry.get(m.article) ?? new Map<string, TimelineEvent>();
      eventByEntry.set(m.article, entries);
      entries.set(`${m.date}\u0000${m.text}`, event);
    }
  }

  /**
   * Other articles that state this article's claims, most shared first. Bounded:
   * each claim contributes at most its first 50 other articles, so a figure repeated
   * by thousands of copies costs no more than one repeated by a few.
   */
  const ranksOfClaim = new Map<string, number[]>();
  /** The ranks of a claim's first 51 articles: enough to take 50 others. */
  const ranksOf = (claim: Claim): number[] => {
    let ranks = ranksOfClaim.get(claim.id);
    if (!ranks) {
      ranks = claimFacts.get(claim.id)!.articles.slice(0, 51).flatMap((id) => (rank.has(id) ? [rank.get(id)!] : []));
      ranksOfClaim.set(claim.id, ranks);
    }
    return ranks;
  };
  /** Shared-claim counts by article rank, reset after every use: no hashing in the inner loop. */
  const shared = new Int32Array(byRank.length);
  const alsoReportedBy = (article: Article): { article: Article; shared: number }[] => {
    const own = rank.get(article.id);
    const touched: number[] = [];
    for (const claim of claimsByArticle.get(article.id) ?? []) {
      let taken = 0;
      for (const at of ranksOf(claim)) {
        if (at === own) continue;
        if (shared[at] === 0) touched.push(at);
        shared[at]! += 1;
        if (++taken >= 50) break;
      }
    }
    // The 20 most shared, ties by rank: kept in order as they come, without sorting them all.
    const top: { at: number; n: number }[] = [];
    for (const at of touched) {
      const n = shared[at]!;
      shared[at] = 0;
      let i = top.length;
      while (i > 0 && (top[i - 1]!.n < n || (top[i - 1]!.n === n && top[i - 1]!.at > at))) i--;
      if (i < 20) {
        top.splice(i, 0, { at, n });
        if (top.length > 20) top.pop();
      }
    }
    return top.map(({ at, n }) => ({ article: byRank[at]!, shared: n }));
  };

  const outletArticles = new Map<string, Article[]>();
  for (const article of articles) {
    const list = outletArticles.get(outletName(article));
    if (list) list.push(article);
    else outletArticles.set(outletName(article), [article]);
  }
  const taken = takenSlugs();
  const outlets: Outlet[] = [...outletArticles.keys()].sort(cmp).map((name) => {
    let slug = slugify(name) || `outlet-${shortHash(name)}`;
    if (taken.has(slug)) slug = `${slug}-${shortHash(name)}`;
    taken.add(slug);
    const claims = analysis.claims.filter((c) => claimFacts.get(c.id)!.outlets.includes(name));
    const ids = new Set(claims.map((c) => c.id));
    return {
      name,
      slug,
      url: siteUrls.source(slug),
      articles: outletArticles.get(name)!,
      confirmed: claims.filter((c) => claimFacts.get(c.id)!.outlets.length > 1),
      alone: claims.filter((c) => claimFacts.get(c.id)!.outlets.length === 1),
      disputed: analysis.conflicts.filter((x) => x.claims.some((id) => ids.has(id))),
    };
  });
  const outletOf = new Map(outlets.flatMap((o) => o.articles.map((a) => [a.id, o] as const)));

  /** The date an article stands for, to order the latest first: its own, else its newest timeline entry, else the build date. */
  const dateOf = (article: Article): string | null => {
    if (article.date) return article.date;
    const dates = article.timeline.map((t) => t.date).filter((d) => /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(d)).sort(cmp);
    return dates.at(-1) ?? site.buildDate;
  };
  const dates = new Map(articles.map((a) => [a.id, dateOf(a)]));
  const articleDate = (article: Article): string | null => (dates.has(article.id) ? dates.get(article.id)! : dateOf(article));
  const latestArticles = [...articles].sort((a, b) => cmp(articleDate(b) ?? '', articleDate(a) ?? '') || cmp(a.id, b.id));
  /**
   * The date a feed gives an article: its own, else the edition's (--build-date) — never the
   * newest month of its timeline, which says what the article reports, not when it appeared.
   */
  const publishedDate = (article: Article): string | null => article.date ?? site.buildDate;
  // Atom requires a date on the feed and on every entry: an article without one is left out of
  // it, and with no date at all (no dated article, no --build-date) there is no Atom feed.
  const atomFeedDate = site.buildDate ?? articles.flatMap((a) => (a.date ? [a.date] : [])).sort(cmp).at(-1) ?? null;
  const repeated = [...analysis.claims]
    .map((claim) => ({ claim, articles: claimFacts.get(claim.id)!.articles.length, outlets: claimFacts.get(claim.id)!.outlets.length }))
    .filter((x) => x.articles > 1)
    .sort((a, b) => b.outlets - a.outlets || b.articles - a.articles || cmp(a.claim.id, b.claim.id));

  const topics = TOPICS.map((t) => ({ ...t, url: siteUrls.topic(t.topic), claims: analysis.claims.filter((c) => c.topic === t.topic) }));
  const metrics = metricSeries(analysis.claims, analysis.conflicts, (claim) => claimFacts.get(claim.id)?.outlets ?? []);
  const metricOfClaim = new Map<string, MetricSeries>();
  for (const series of metrics) for (const period of series.periods) for (const point of period.points) metricOfClaim.set(point.claim.id, series);
  // This edition's own changes: those dated with its date (none in a first edition).
  const latestChanges = changes.changes.filter((c) => c.date === site.buildDate);

  return {
    site,
    /** How many Pagefind indexes the search page merges (`pagefind/`, `pagefind-2/`…; see searchIndex.ts). */
    searchIndexes,
    report,
    changes,
    latestChanges,
    since: input.since ?? null,
    metrics,
    metricOfClaim,
    eventById: new Map(analysis.events.map((e) => [e.id, e])),
    articles,
    /** Every HTML page of the site but the 404 page, root-absolute: the sitemap, and what a rebuild may have to remove. */
    pageUrls: [
      ...[siteUrls.home, siteUrls.articles, siteUrls.claims, siteUrls.timeline, siteUrls.competitors, siteUrls.sources, siteUrls.search, siteUrls.changes, siteUrls.metrics],
      ...articles.map((a) => a.url),
      ...analysis.claims.map((c) => c.url),
      ...topics.map((t) => t.url),
      ...outlets.map((o) => o.url),
      ...metrics.map((m) => m.url),
    ],
    /** The articles and claims that get their own page in this run. */
    pages: {
      articles: only ? articles.filter((a) => only.articles.has(a.id)) : articles,
      claims: only ? analysis.claims.filter((c) => only.claims.has(c.id)) : analysis.claims,
    },
    latestArticles,
    /** The Atom feed's date (the build date, else the newest article's own), or null: then there is no Atom feed. */
    atomFeedDate,
    analysis,
    outlets,
    topics,
    repeated,
    articleById,
    claimById,
    claimsByArticle,
    claimFacts,
    quotesByArticle,
    conflictByClaim,
    eventByEntry,
    outletOf,
    alsoReportedBy,
    articleDate,
    publishedDate,
    absolute,
    featureSlug: (feature: string) => `feature-${slugify(feature) || shortHash(feature)}`,
  };
}

export type SiteModel = ReturnType<typeof buildSiteModel>;
