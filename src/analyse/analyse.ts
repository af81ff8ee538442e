/**
 * The analyse stage: claims merged across articles with their conflicts, one
 * timeline, one competitor matrix. Pure: the same articles, in any order, give the
 * same analysis.
 */
import type { Analysis, Article } from '../schemas.ts';
import { readClaims, type Candidate } from './extractClaims.ts';
import { mergeClaims } from './mergeClaims.ts';
import { withUnknownNamesJoined } from './unknownNames.ts';
import { mergeTimeline } from './mergeTimeline.ts';
import { mergeCompetitors } from './mergeCompetitors.ts';
import { calendarsKey, fiscalCalendarsOf, type FiscalCalendars } from './fiscalCalendars.ts';

/** How a reason names an article that does not name its outlet. */
function unattributed(title: string): string {
  const words = title.split(/\s+/);
  return `the unattributed article “${words.slice(0, 6).join(' ')}${words.length > 6 ? '…' : ''}”`;
}

/**
 * An article's claim candidates and orphans (`readClaims`, its companies' fiscal quarters on `calendars`): from `extracted`
 * when it holds them, else read and kept there.
 */
export function candidatesOf(article: Article, calendars: FiscalCalendars, extracted?: WeakMap<Article, Candidate[]>): Candidate[] {
  const known = extracted?.get(article);
  if (known) return known;
  const { candidates, orphans } = readClaims(article, calendars);
  const found = [...candidates, ...orphans];
  extracted?.set(article, found);
  return found;
}

/** The fiscal calendars each cache of candidates was read on: a cache read on others is read again (`analyse`). */
const readOn = new WeakMap<WeakMap<Article, Candidate[]>, string>();

/**
 * The cache of candidates to read on `calendars`: `extracted` where its candidates were read on the same calendars (or it
 * holds none yet), else a new one — an article that states another company's fiscal year changes how every article files
 * that company's quarters.
 */
export function extractedFor(calendars: FiscalCalendars, extracted: WeakMap<Article, Candidate[]>): WeakMap<Article, Candidate[]> {
  const key = calendarsKey(calendars);
  const before = readOn.get(extracted);
  const fresh = before === undefined || before === key ? extracted : new WeakMap<Article, Candidate[]>();
  readOn.set(fresh, key);
  return fresh;
}

/**
 * Analyses every article. Urls are root-absolute, without the path prefix.
 * `extracted` lets a long-lived process (`digest serve`) keep each unchanged
 * article's claim candidates between builds; the result is the same without it.
 * `calendars` are the fiscal calendars the articles state (`fiscalCalendarsOf`), given where `extracted` was read on them.
 */
export function analyse(articles: Article[], extracted?: WeakMap<Article, Candidate[]>, calendars: FiscalCalendars = fiscalCalendarsOf(articles)): Analysis {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const outlets = new Map(sorted.map((a) => [a.id, a.source ?? unattributed(a.title)]));
  const candidates = withUnknownNamesJoined(sorted.flatMap((article) => candidatesOf(article, calendars, extracted)));
  const { claims, conflicts } = mergeClaims(candidates, (id) => outlets.get(id) ?? id);
  const { events, warnings } = mergeTimeline(sorted);
  return { claims, conflicts, events, competitors: mergeCompetitors(sorted), warnings };
}
