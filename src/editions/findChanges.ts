/**
 * What changed between the previous edition and this one, as Change records a reader
 * understands: new articles, new figures, a figure that now has another value, a
 * disagreement that appeared or was settled, new and merged timeline events. Pure:
 * the two editions' records in, the changes out, in a fixed order.
 */
import type { Article, Change, ChangeKind, Claim, Conflict, TimelineEvent } from '../schemas.ts';
import { formatValue } from '../analyse/parseValue.ts';
import { shortHash } from '../urls.ts';
import type { PreviousEdition } from './readPrevious.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** This edition's records, claim and event ids already continuing the previous edition's. */
export interface CurrentRecords {
  articles: Article[];
  claims: Claim[];
  conflicts: Conflict[];
  events: TimelineEvent[];
}

/** The order changes are listed in within an edition: what a returning reader most wants first. */
export const CHANGE_KINDS: ChangeKind[] = ['conflict-appeared', 'conflict-settled', 'claim-values-changed', 'claim-added', 'event-added', 'event-merged', 'article-added'];

/** `GeekWire`, `GeekWire and Reuters`, `GeekWire, Reuters and 虎嗅`. */
export function listOf(names: string[]): string {
  return names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ');
}

/** What a claim is about, without its figure: `AWS backlog (Q3 2025)`, for "the … at $244B". */
export function aboutClaim(claim: Pick<Claim, 'statement' | 'value' | 'subject' | 'metric' | 'period'>): string {
  if (!claim.value) return claim.statement;
  const head = claim.statement.replace(/^Forecast — /, '').replace(/: [^:]*$/, '');
  return head || `${claim.subject ?? 'unattributed'} ${claim.metric ?? 'figure'}${claim.period ? ` (${claim.period})` : ''}`;
}

const sentence = (text: string) => (/[.!?。…][”"’)]?$/.test(text) ? text : `${text}.`);
const figureOf = (claim: Claim) => (claim.value ? formatValue(claim.value) : `“${claim.statement}”`);

/** What every step below shares: the two editions, who each article is, and where changes go. */
interface Context {
  previous: PreviousEdition;
  current: CurrentRecords;
  /** Outlets stating a claim, sorted; with `except`, only those of articles not in it. */
  outletsOf(claim: Pick<Claim, 'mentions'>, except?: Set<string>): string[];
  outletOf(articleId: string): string;
  add(kind: ChangeKind, identity: string, summary: string, lists: Partial<Pick<Change, 'articles' | 'claims' | 'conflicts' | 'events'>>): void;
}

/** "GeekWire puts" / "GeekWire and Reuters put". */
const says = (names: string[], one: string, many: string) => `${listOf(names)} ${names.length > 1 ? many : one}`;
const articlesOf = (mentions: { article: string }[]) => [...new Set(mentions.map((m) => m.article))].sort(cmp);

/** Articles the previous edition did not have. */
function articleChanges({ previous, current, add }: Context): void {
  const known = new Set(previous.articles.map((a) => a.id));
  for (const article of current.articles) {
    if (known.has(article.id)) continue;
    const from = article.source ? `New article from ${article.source}` : 'New unattributed article';
    add('article-added', article.id, `${from}: “${article.title}”.`, { articles: [article.id] });
  }
}

/** New claims, told as a changed figure when the previous edition had another value for their key; continuing claims whose figure moved. */
function claimChanges({ previous, current, outletsOf, add }: Context): void {
  const previousClaims = new Map(previous.claims.map((c) => [c.id, c]));
  // The previous claims of each figure (key): those with the key then, and those whose continuation has it now.
  const previousByKey = new Map<string, Set<Claim>>();
  const addSibling = (key: string, claim: Claim) => previousByKey.set(key, (previousByKey.get(key) ?? new Set()).add(claim));
  for (const claim of previous.claims) addSibling(claim.key, claim);
  for (const claim of current.claims) if (previousClaims.has(claim.id)) addSibling(claim.key, previousClaims.get(claim.id)!);
  for (const claim of current.claims) {
    const before = previousClaims.get(claim.id);
    const articles = articlesOf(claim.mentions);
    if (before) {
      if (!before.value || !claim.value || formatValue(before.value) === formatValue(claim.value)) continue;
      const joined = outletsOf(claim, new Set(before.mentions.map((m) => m.article)));
      const who = joined.length ? `, after ${listOf(joined)} reported it` : '';
      add('claim-values-changed', `${claim.id}\u0000${formatValue(claim.value)}`, `The ${aboutClaim(claim)} now reads ${formatValue(claim.value)} (was ${formatValue(before.value)})${who}.`, { claims: [claim.id], articles });
      continue;
    }
    const siblings = [...(previousByKey.get(claim.key) ?? [])].filter((c) => c.value && claim.value && c.value.unit === claim.value.unit).sort((a, b) => cmp(a.id, b.id));
    if (siblings.length > 0) {
      const earlier = siblings.map((c) => `${listOf(outletsOf(c))} said ${figureOf(c)}`).join(' and ');
      const summary = `${says(outletsOf(claim), 'puts', 'put')} the ${aboutClaim(claim)} at ${figureOf(claim)}; ${earlier}.`;
      add('claim-values-changed', claim.id, summary, { claims: [claim.id, ...siblings.map((c) => c.id)], articles });
    } else {
      const summary = claim.value ? `New figure from ${listOf(outletsOf(claim))}: ${claim.statement}.` : `New claim from ${listOf(outletsOf(claim))}: “${claim.statement}”`;
      add('claim-added', claim.id, sentence(summary), { claims: [claim.id], articles });
    }
  }
}

/**
 * Disagreements that appeared or were settled. One disagreement, widened or narrowed, while
 * two of its claims still disagree, is neither: its new figure is told as a changed value.
 */
function conflictChanges({ previous, current, outletsOf, add }: Context): void {
  const identity = (c: Pick<Conflict, 'claims'>) => [...c.claims].sort(cmp);
  const continues = (a: Pick<Conflict, 'claims'>, others: Pick<Conflict, 'claims'>[]) => others.some((b) => b.claims.filter((id) => a.claims.includes(id)).length >= 2);
  for (const conflict of current.conflicts) {
    if (continues(conflict, previous.conflicts)) continue;
    const ids = identity(conflict);
    add('conflict-appeared', ids.join('\u0000'), `New disagreement: ${sentence(conflict.reason)}`, { conflicts: [ids], claims: ids });
  }
  const previousClaims = new Map(previous.claims.map((c) => [c.id, c]));
  const currentClaims = new Map(current.claims.map((c) => [c.id, c]));
  for (const conflict of previous.conflicts) {
    if (continues(conflict, current.conflicts)) continue;
    const ids = identity(conflict);
    const first = previousClaims.get(conflict.claims[0]!);
    const left = ids.flatMap((id) => (currentClaims.has(id) ? [currentClaims.get(id)!] : []));
    const gone = ids.flatMap((id) => (!currentClaims.has(id) && previousClaims.has(id) ? [previousClaims.get(id)!] : []));
    const rest = [
      ...(gone.length ? [`${listOf(gone.map(figureOf))} ${gone.length > 1 ? 'are' : 'is'} no longer reported`] : []),
      ...(left.length ? [`${listOf(left.map((c) => `${figureOf(c)} (${listOf(outletsOf(c))})`))} ${left.length > 1 ? 'no longer conflict' : 'stands'}`] : []),
    ];
    const summary = `The sources no longer disagree on the ${first ? aboutClaim(first) : 'figure'}: ${rest.join('; ') || 'its figures are gone'}.`;
    add('conflict-settled', ids.join('\u0000'), summary, { conflicts: [ids], claims: ids });
  }
}

/** New timeline events, and events that gained reports or absorbed a previous event. */
function eventChanges({ previous, current, outletOf, add }: Context, overlappingEvents: Map<string, string[]>): void {
  const previousEvents = new Map(previous.events.map((e) => [e.id, e]));
  const currentEvents = new Set(current.events.map((e) => e.id));
  for (const event of current.events) {
    const before = previousEvents.get(event.id);
    // Previous events whose entries this one now holds and that no current event continues.
    const joined = (overlappingEvents.get(event.id) ?? []).filter((id) => !currentEvents.has(id));
    if (!before && joined.length === 0) {
      add('event-added', event.id, sentence(`New on the timeline, ${event.date}: ${event.text}`), { events: [event.id], articles: articlesOf(event.mentions) });
      continue;
    }
    const known = new Set((before?.mentions ?? []).map((m) => m.article));
    const newcomers = articlesOf(event.mentions.filter((m) => !known.has(m.article)));
    if (joined.length > 0) {
      add('event-merged', `${event.id}\u0000${joined.join('\u0000')}`, sentence(`${joined.length + (before ? 1 : 0)} timeline entries are now one event, ${event.date}: ${event.text}`), { events: [event.id, ...joined], articles: newcomers });
    } else if (newcomers.length > 0) {
      const outlets = [...new Set(newcomers.map(outletOf))].sort(cmp);
      const sources = articlesOf(event.mentions).length;
      add('event-merged', `${event.id}\u0000${newcomers.join('\u0000')}`, sentence(`${says(outlets, 'also reports', 'also report')} ${event.date}: ${event.text.replace(/[.!?。]$/, '')} (${sources} sources now)`), { events: [event.id], articles: newcomers });
    }
  }
}

/**
 * Finds this edition's changes against `previous`, dated `date`, in CHANGE_KINDS order.
 * `overlappingEvents` names, per current event, the previous events it shares an entry with.
 */
export function findChanges(previous: PreviousEdition, current: CurrentRecords, date: string | null, overlappingEvents: Map<string, string[]>): Change[] {
  const outlets = new Map<string, string>();
  for (const a of [...previous.articles, ...current.articles]) outlets.set(a.id, a.source ?? 'an unattributed article');
  const outletOf = (id: string) => outlets.get(id) ?? id;
  const changes: Change[] = [];
  const context: Context = {
    previous,
    current,
    outletOf,
    outletsOf: (claim, except) => [...new Set(claim.mentions.filter((m) => !except?.has(m.article)).map((m) => outletOf(m.article)))].sort(cmp),
    add(kind, identity, summary, lists) {
      changes.push({
        // Starts with a letter: it is also the change's HTML id on the changes page.
        id: `${kind}-${date ?? 'undated'}-${shortHash(`${kind}\u0000${identity}`, 10)}`,
        kind,
        date,
        summary,
        articles: lists.articles ?? [],
        claims: lists.claims ?? [],
        conflicts: lists.conflicts ?? [],
        events: lists.events ?? [],
      });
    },
  };
  articleChanges(context);
  claimChanges(context);
  conflictChanges(context);
  eventChanges(context, overlappingEvents);
  return changes.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) || cmp(a.id, b.id));
}
