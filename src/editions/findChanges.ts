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

/** Finds this edition's changes against `previous`, dated `date`. */
export function findChanges(previous: PreviousEdition, current: CurrentRecords, date: string | null, overlappingEvents: Map<string, string[]>): Change[] {
  const outletOfArticle = new Map<string, string>();
  for (const a of [...previous.articles, ...current.articles]) outletOfArticle.set(a.id, a.source ?? 'an unattributed article');
  const outletsOf = (claim: Pick<Claim, 'mentions'>, only?: Set<string>) =>
    [...new Set(claim.mentions.filter((m) => !only || !only.has(m.article)).map((m) => outletOfArticle.get(m.article) ?? m.article))].sort(cmp);
  const says = (names: string[], one: string, many: string) => `${listOf(names)} ${names.length > 1 ? many : one}`;

  const changes: Change[] = [];
  const add = (kind: ChangeKind, identity: string, summary: string, lists: Partial<Pick<Change, 'articles' | 'claims' | 'conflicts' | 'events'>>) => {
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
  };

  const previousArticles = new Set(previous.articles.map((a) => a.id));
  for (const article of current.articles) {
    if (previousArticles.has(article.id)) continue;
    const from = article.source ? `New article from ${article.source}` : 'New unattributed article';
    add('article-added', article.id, `${from}: “${article.title}”.`, { articles: [article.id] });
  }

  const previousClaims = new Map(previous.claims.map((c) => [c.id, c]));
  // The previous claims of each figure (key): those with the key then, and those whose continuation has it now.
  const previousByKey = new Map<string, Set<Claim>>();
  const addSibling = (key: string, claim: Claim) => previousByKey.set(key, (previousByKey.get(key) ?? new Set()).add(claim));
  for (const claim of previous.claims) addSibling(claim.key, claim);
  for (const claim of current.claims) if (previousClaims.has(claim.id)) addSibling(claim.key, previousClaims.get(claim.id)!);
  for (const claim of current.claims) {
    const before = previousClaims.get(claim.id);
    const articles = [...new Set(claim.mentions.map((m) => m.article))].sort(cmp);
    if (!before) {
      // A figure the previous edition had under another value is a changed figure, not a new one.
      const siblings = [...(previousByKey.get(claim.key) ?? [])].filter((c) => c.value && claim.value && c.value.unit === claim.value.unit).sort((a, b) => cmp(a.id, b.id));
      if (siblings.length > 0) {
        const earlier = siblings.map((c) => says(outletsOf(c), 'said', 'said') + ` ${figureOf(c)}`).join(' and ');
        const summary = `${says(outletsOf(claim), 'puts', 'put')} the ${aboutClaim(claim)} at ${figureOf(claim)}; ${earlier}.`;
        add('claim-values-changed', claim.id, summary, { claims: [claim.id, ...siblings.map((c) => c.id)], articles });
      } else {
        const summary = claim.value ? `New figure from ${listOf(outletsOf(claim))}: ${claim.statement}.` : `New claim from ${listOf(outletsOf(claim))}: “${claim.statement}”`;
        add('claim-added', claim.id, sentence(summary), { claims: [claim.id], articles });
      }
    } else if (before.value && claim.value && formatValue(before.value) !== formatValue(claim.value)) {
      const joined = outletsOf(claim, new Set(before.mentions.map((m) => m.article)));
      const who = joined.length ? `, after ${says(joined, 'reported', 'reported')} it` : '';
      add('claim-values-changed', `${claim.id}\u0000${formatValue(claim.value)}`, `The ${aboutClaim(claim)} now reads ${formatValue(claim.value)} (was ${formatValue(before.value)})${who}.`, { claims: [claim.id], articles });
    }
  }

  const identity = (c: Pick<Conflict, 'claims'>) => [...c.claims].sort(cmp);
  // One disagreement, widened or narrowed, while two of its claims still disagree: its new
  // figure is told as a changed value (above), not as a disagreement that appeared or was settled.
  const continues = (a: Pick<Conflict, 'claims'>, others: Pick<Conflict, 'claims'>[]) => others.some((b) => b.claims.filter((id) => a.claims.includes(id)).length >= 2);
  for (const conflict of current.conflicts) {
    if (continues(conflict, previous.conflicts)) continue;
    const ids = identity(conflict);
    add('conflict-appeared', ids.join('\u0000'), `New disagreement: ${sentence(conflict.reason)}`, { conflicts: [ids], claims: ids });
  }
  const currentClaims = new Map(current.claims.map((c) => [c.id, c]));
  for (const conflict of previous.conflicts) {
    if (continues(conflict, current.conflicts)) continue;
    const ids = identity(conflict);
    const first = previousClaims.get(ids[0]!) ?? previousClaims.get(conflict.claims[0]!);
    const left = ids.flatMap((id) => (currentClaims.has(id) ? [currentClaims.get(id)!] : []));
    const gone = ids.flatMap((id) => (!currentClaims.has(id) && previousClaims.has(id) ? [previousClaims.get(id)!] : []));
    const rest = [
      ...(gone.length ? [`${listOf(gone.map((c) => figureOf(c)))} ${gone.length > 1 ? 'are' : 'is'} no longer reported`] : []),
      ...(left.length ? [`${listOf(left.map((c) => `${figureOf(c)} (${listOf(outletsOf(c))})`))} ${left.length > 1 ? 'no longer conflict' : 'stands'}`] : []),
    ];
    const summary = `The sources no longer disagree on the ${first ? aboutClaim(first) : 'figure'}: ${rest.join('; ') || 'its figures are gone'}.`;
    add('conflict-settled', ids.join('\u0000'), summary, { conflicts: [ids], claims: ids });
  }

  const previousEvents = new Map(previous.events.map((e) => [e.id, e]));
  const currentEvents = new Set(current.events.map((e) => e.id));
  for (const event of current.events) {
    const before = previousEvents.get(event.id);
    // Previous events whose entries this one now holds and that no current event continues.
    const joined = (overlappingEvents.get(event.id) ?? []).filter((id) => !currentEvents.has(id));
    if (!before && joined.length === 0) {
      add('event-added', event.id, sentence(`New on the timeline, ${event.date}: ${event.text}`), { events: [event.id], articles: [...new Set(event.mentions.map((m) => m.article))].sort(cmp) });
      continue;
    }
    const known = new Set((before?.mentions ?? []).map((m) => m.article));
    const newcomers = [...new Set(event.mentions.filter((m) => !known.has(m.article)).map((m) => m.article))].sort(cmp);
    if (joined.length > 0) {
      add('event-merged', `${event.id}\u0000${joined.join('\u0000')}`, sentence(`${joined.length + (before ? 1 : 0)} timeline entries are now one event, ${event.date}: ${event.text}`), { events: [event.id, ...joined], articles: newcomers });
    } else if (newcomers.length > 0) {
      const outlets = [...new Set(newcomers.map((id) => outletOfArticle.get(id) ?? id))].sort(cmp);
      const sources = new Set(event.mentions.map((m) => m.article)).size;
      add('event-merged', `${event.id}\u0000${newcomers.join('\u0000')}`, sentence(`${says(outlets, 'also reports', 'also report')} ${event.date}: ${event.text.replace(/[.!?。]$/, '')} (${sources} sources now)`), { events: [event.id], articles: newcomers });
    }
  }
  return changes.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) || cmp(a.id, b.id));
}
