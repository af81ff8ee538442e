/**
 * The editions stage, between analyse and render: this build as the next edition of
 * the last published one. Claims and timeline events that continue a previous record
 * keep its id (matchRecords.ts); every article, claim, conflict and event gets its
 * `firstSeen`; this edition's changes (findChanges.ts) go before the earlier
 * editions' in `changes.json`. Pure: the same records, previous edition and date
 * give the same edition.
 */
import type { Analysis, Article, Change, ChangesFile, PublishedArticle, PublishedClaim, PublishedConflict, PublishedEvent } from '../schemas.ts';
import { SCHEMA_VERSION } from '../schemas.ts';
import { siteUrls } from '../urls.ts';
import { matchClaims, matchEvents } from './matchRecords.ts';
import { findChanges } from './findChanges.ts';
import type { PreviousEdition } from './readPrevious.ts';

/** The analysis as the data API publishes it: every record with its `firstSeen`. */
export type PublishedAnalysis = Omit<Analysis, 'claims' | 'conflicts' | 'events'> & {
  claims: PublishedClaim[];
  conflicts: PublishedConflict[];
  events: PublishedEvent[];
};

/** This build as an edition: its records, its changes and the editions before it. */
export interface Edition {
  /** This build's date, or null. */
  date: string | null;
  /** The previous edition's date, when it had one. */
  since: string | null;
  articles: PublishedArticle[];
  analysis: PublishedAnalysis;
  /** `changes.json`: this edition's changes first, then the earlier editions' kept ones. */
  changes: ChangesFile;
}

/** Editions whose changes `changes.json` keeps, and changes at most (the 50 and 1,000). */
export const KEPT_EDITIONS = 50;
export const KEPT_CHANGES = 1000;

/** An id made unique among `taken` by a numeric suffix, as mergeClaims does. */
function unique(id: string, taken: Set<string>): string {
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  taken.add(free);
  return free;
}

/**
 * New ids for records: continued ones take the previous id; the others keep theirs unless
 * another record has it, or had it in the previous edition (an id is never given to a
 * record that does not continue the one that had it, so its firstSeen and url stay true).
 */
function renamed(ids: string[], continued: Map<string, string>, previousIds: string[]): Map<string, string> {
  const taken = new Set([...continued.values(), ...previousIds]);
  return new Map(ids.map((id) => [id, continued.get(id) ?? unique(id, taken)]));
}

/** The conflict's identity: its claim ids, sorted. */
const conflictIdentity = (claims: string[]): string => [...claims].sort().join('\u0000');

/**
 * This build as the edition after `previous` (null: a first edition, which lists no
 * changes — everything in it is new, and `firstSeen` says so), dated `date`.
 */
export function continueEdition(articles: Article[], analysis: Analysis, previous: PreviousEdition | null, date: string | null): Edition {
  const claimIds = renamed(analysis.claims.map((c) => c.id), previous ? matchClaims(analysis.claims, previous.claims) : new Map(), (previous?.claims ?? []).map((c) => c.id));
  const events = previous ? matchEvents(analysis.events, previous.events) : { matched: new Map<string, string>(), overlapping: new Map<string, string[]>() };
  const eventIds = renamed(analysis.events.map((e) => e.id), events.matched, (previous?.events ?? []).map((e) => e.id));

  const seen = <T extends { id: string; firstSeen: string | null }>(records: T[] | undefined) => new Map((records ?? []).map((r) => [r.id, r.firstSeen]));
  const seenArticles = seen(previous?.articles);
  const seenClaims = seen(previous?.claims);
  const seenEvents = seen(previous?.events);
  const seenConflicts = new Map((previous?.conflicts ?? []).map((c) => [conflictIdentity(c.claims), c.firstSeen]));
  const firstSeen = (known: Map<string, string | null>, id: string) => (known.has(id) ? known.get(id)! : date);

  const published: Edition = {
    date,
    since: previous?.editions[0] ?? null,
    articles: articles.map((a) => ({ ...a, firstSeen: firstSeen(seenArticles, a.id) })),
    analysis: {
      ...analysis,
      claims: analysis.claims.map((c) => {
        const id = claimIds.get(c.id)!;
        return { ...c, id, url: siteUrls.claim(id), firstSeen: firstSeen(seenClaims, id) };
      }),
      conflicts: analysis.conflicts.map((c) => {
        const claims = c.claims.map((id) => claimIds.get(id)!);
        return { ...c, claims, firstSeen: firstSeen(seenConflicts, conflictIdentity(claims)) };
      }),
      events: analysis.events.map((e) => {
        const id = eventIds.get(e.id)!;
        return { ...e, id, url: siteUrls.event(id), firstSeen: firstSeen(seenEvents, id) };
      }),
    },
    changes: { schemaVersion: SCHEMA_VERSION, editions: date ? [date] : [], changes: [] },
  };
  if (!previous) return published;

  const overlapping = new Map([...events.overlapping].map(([id, list]) => [eventIds.get(id)!, list]));
  const found = findChanges(previous, { articles, ...published.analysis }, date, overlapping);
  published.changes = { schemaVersion: SCHEMA_VERSION, ...keptHistory(date, found, previous) };
  return published;
}

/** The editions remembered (this one first) and their changes, within the kept limits. */
function keptHistory(date: string | null, found: Change[], previous: PreviousEdition): Pick<ChangesFile, 'editions' | 'changes'> {
  const editions = [...new Set([...(date ? [date] : []), ...previous.editions])].slice(0, KEPT_EDITIONS);
  const kept = new Set(editions);
  const ids = new Set(found.map((c) => c.id));
  // An earlier change of an edition that fell off the list goes with it; one the same day made again is listed once.
  const earlier = previous.changes.filter((c) => (c.date === null || kept.has(c.date)) && !ids.has(c.id));
  return { editions, changes: [...found, ...earlier].slice(0, KEPT_CHANGES) };
}
