/**
 * Partials for what changed between editions: the kinds' names, one change with
 * links to what it concerns, the home page's "what's new" line, and the feeds of
 * changes that pages announce.
 */
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';
import type { Change, ChangeKind } from '../../src/schemas.ts';
import { CHANGE_KINDS } from '../../src/editions/findChanges.ts';

/** Each kind's heading on the changes page, and how the home page counts it. */
export const KIND_NAMES: Record<ChangeKind, { heading: string; one: string; many: string }> = {
  'conflict-appeared': { heading: 'New disagreements', one: 'new disagreement', many: 'new disagreements' },
  'conflict-settled': { heading: 'Disagreements settled', one: 'disagreement settled', many: 'disagreements settled' },
  'claim-values-changed': { heading: 'Figures with another value', one: 'figure with another value', many: 'figures with another value' },
  'claim-added': { heading: 'New figures and claims', one: 'new claim', many: 'new claims' },
  'event-added': { heading: 'New on the timeline', one: 'new timeline event', many: 'new timeline events' },
  'event-merged': { heading: 'Timeline events with more sources', one: 'timeline event with more sources', many: 'timeline events with more sources' },
  'article-added': { heading: 'New articles', one: 'new article', many: 'new articles' },
};

/** The feeds of changes, as `<link rel="alternate">` entries for the layout. */
export const changeFeeds = (model: SiteModel) => [
  ...(changesFeedDate(model) ? [{ type: 'application/atom+xml', title: `${model.site.metadata.title}: what changed (Atom)`, href: '/changes/feed.xml' }] : []),
  { type: 'application/feed+json', title: `${model.site.metadata.title}: what changed (JSON Feed)`, href: '/changes/feed.json' },
];

/**
 * The Atom feed of changes' date: the latest remembered edition's, else this build's. Atom
 * requires one, so without any (no --build-date, no dated edition) there is no Atom feed of changes.
 */
export const changesFeedDate = (model: SiteModel): string | null => model.changes.editions[0] ?? model.site.buildDate;

/** "Follow it in a feed reader: …" with the feeds this build has. */
export const followChanges = (model: SiteModel): SafeHtml =>
  html`Follow it in a feed reader: ${changesFeedDate(model) ? html`<a href="/changes/feed.xml">Atom</a> or ` : ''}<a href="/changes/feed.json">JSON Feed</a>.`;

/** `24 Nov 2026` for `2026-11-24`. */
export const editionDate = (date: string): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Changes grouped by kind, in the order a returning reader wants them. */
export function byKind(changes: Change[]): { kind: ChangeKind; changes: Change[] }[] {
  return CHANGE_KINDS.map((kind) => ({ kind, changes: changes.filter((c) => c.kind === kind) })).filter((g) => g.changes.length > 0);
}

/** "3 new disagreements, 1 new article" for a list of changes. */
export function countOf(changes: Change[]): string {
  return byKind(changes)
    .map(({ kind, changes: list }) => `${list.length} ${list.length === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many}`)
    .join(', ');
}

/** How many links of each sort a change shows before the rest are left to its summary. */
const LINKS = 5;

/** The pages a change concerns that this edition still has. */
function changeLinks(model: SiteModel, change: Change): SafeHtml[] {
  const claims = change.claims.flatMap((id) => (model.claimById.has(id) ? [model.claimById.get(id)!] : [])).slice(0, LINKS);
  const events = change.events.flatMap((id) => (model.eventById.has(id) ? [model.eventById.get(id)!] : [])).slice(0, LINKS);
  const articles = change.articles.flatMap((id) => (model.articleById.has(id) ? [model.articleById.get(id)!] : [])).slice(0, LINKS);
  return [
    ...claims.map((c) => html`<a href="${c.url}">${c.statement}</a>`),
    ...events.map((e) => html`<a href="${e.url}">timeline, ${e.date}</a>`),
    ...(change.kind === 'article-added' || claims.length + events.length === 0 ? articles.map((a) => html`<a href="${a.url}">${a.title}</a>`) : []),
  ];
}

/** One change: its sentence and links to what it concerns; its id is the feed entry's anchor. */
export function changeItem(model: SiteModel, change: Change): SafeHtml {
  const links = changeLinks(model, change);
  return html`<li id="${change.id}">
<p class="summary">${change.summary}</p>
${links.length ? html`<p class="see">See: ${links.map((link, i) => html`${i ? ' · ' : ''}${link}`)}</p>\n` : ''}</li>`;
}

/** The home page's line about this edition's changes, or nothing when there are none to tell. */
export function whatsNew(model: SiteModel): SafeHtml {
  const since = model.since ? ` since ${editionDate(model.since)}` : '';
  if (model.latestChanges.length === 0) {
    return model.changes.changes.length ? html`<p class="whats-new"><a href="/changes/">What changed in earlier editions</a></p>` : html``;
  }
  return html`<p class="whats-new"><a href="/changes/">What's new${since}: ${countOf(model.latestChanges)}</a></p>`;
}
