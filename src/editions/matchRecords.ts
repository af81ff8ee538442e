/**
 * Identity across editions: which claim and which timeline event of this build
 * continue one of the previous edition's. The analysis makes ids from what a record
 * says (a claim's statement, key and value; an event's lead wording), so a new
 * mention can change them — an agreeing outlet's rounding moves a claim's shown
 * figure, a better-worded entry becomes an event's lead. Matching by the mentions
 * the two records share (the same sentence of the same article) keeps the old id.
 * Pure and deterministic: pairs are taken best first, ties broken by id.
 */
import type { Claim, TimelineEvent, Value } from '../schemas.ts';
import { compatible } from '../analyse/parseValue.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Pair {
  current: string;
  previous: string;
  /** Mentions in common; a shared key counts as half of one. */
  score: number;
}

/** Pairs taken best first, each record at most once: current id → previous id. */
function takeBestPairs(pairs: Pair[]): Map<string, string> {
  pairs.sort((a, b) => b.score - a.score || cmp(a.current, b.current) || cmp(a.previous, b.previous));
  const taken = new Set<string>();
  const matched = new Map<string, string>();
  for (const pair of pairs) {
    if (matched.has(pair.current) || taken.has(pair.previous)) continue;
    matched.set(pair.current, pair.previous);
    taken.add(pair.previous);
  }
  return matched;
}

/** Counts, for each record, how many of its places (mentions) it shares with each earlier record. */
function sharedPlaces<T extends { id: string }>(current: T[], previous: T[], places: (record: T) => string[]): Map<string, Map<string, number>> {
  const byPlace = new Map<string, string[]>();
  for (const record of previous) {
    for (const place of new Set(places(record))) {
      const list = byPlace.get(place);
      if (list) list.push(record.id);
      else byPlace.set(place, [record.id]);
    }
  }
  const shared = new Map<string, Map<string, number>>();
  for (const record of current) {
    const counts = new Map<string, number>();
    for (const place of new Set(places(record))) for (const id of byPlace.get(place) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    shared.set(record.id, counts);
  }
  return shared;
}

const sameFigure = (a: Value | null, b: Value | null) => (a && b ? compatible(a, b) : a === b);
const claimPlaces = (c: Claim) => c.mentions.map((m) => `${m.article}\u0000${m.section}\u0000${m.quote}`);

/**
 * Which previous claim each current claim continues (current id → previous id): one
 * that shares a mention with it, or has its key, and whose figure agrees with its
 * own (a changed figure is another claim: its disagreement is news).
 */
export function matchClaims(current: Claim[], previous: Claim[]): Map<string, string> {
  const previousById = new Map(previous.map((c) => [c.id, c]));
  // Most claims come back as they were, under the id they were made with: matched at once, so
  // only the others' mentions are compared (a claim that 800 copies state has 800 of them).
  const same = new Map<string, string>();
  for (const claim of current) {
    const before = previousById.get(claim.id);
    if (before && sameFigure(claim.value, before.value)) same.set(claim.id, claim.id);
  }
  const rest = matchClaimsByMentions(
    current.filter((c) => !same.has(c.id)),
    previous.filter((c) => !same.has(c.id)),
  );
  return new Map([...same, ...rest]);
}

/** matchClaims for the claims whose id did not come back. */
function matchClaimsByMentions(current: Claim[], previous: Claim[]): Map<string, string> {
  const shared = sharedPlaces(current, previous, claimPlaces);
  const previousById = new Map(previous.map((c) => [c.id, c]));
  const byKey = new Map<string, Claim[]>();
  for (const claim of previous) {
    const list = byKey.get(claim.key);
    if (list) list.push(claim);
    else byKey.set(claim.key, [claim]);
  }
  const pairs: Pair[] = [];
  for (const claim of current) {
    const scores = new Map(shared.get(claim.id)!);
    for (const sibling of byKey.get(claim.key) ?? []) scores.set(sibling.id, (scores.get(sibling.id) ?? 0) + 0.5);
    for (const [id, score] of scores) {
      if (sameFigure(claim.value, previousById.get(id)!.value)) pairs.push({ current: claim.id, previous: id, score });
    }
  }
  return takeBestPairs(pairs);
}

const eventPlaces = (e: TimelineEvent) => e.mentions.map((m) => `${m.article}\u0000${m.date}\u0000${m.text}`);

/**
 * Which previous event each current event continues (current id → previous id), by
 * the timeline entries they share; an event with the same id counts as one more.
 * Also returns, per current event, every previous event it shares an entry with
 * (two events the merge now joins).
 */
export function matchEvents(current: TimelineEvent[], previous: TimelineEvent[]): { matched: Map<string, string>; overlapping: Map<string, string[]> } {
  const shared = sharedPlaces(current, previous, eventPlaces);
  const previousIds = new Set(previous.map((e) => e.id));
  const pairs: Pair[] = [];
  for (const event of current) {
    const scores = new Map(shared.get(event.id)!);
    if (previousIds.has(event.id)) scores.set(event.id, (scores.get(event.id) ?? 0) + 1);
    for (const [id, score] of scores) pairs.push({ current: event.id, previous: id, score });
  }
  const overlapping = new Map([...shared].map(([id, counts]) => [id, [...counts.keys()].sort(cmp)]));
  return { matched: takeBestPairs(pairs), overlapping };
}
