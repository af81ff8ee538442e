/** What's new: this edition's changes first, grouped by kind, then the earlier editions' kept ones. */
import { html, type PageOutput } from '../../src/render/html.ts';
import type { Change } from '../../src/schemas.ts';
import { layout } from '../_includes/layout.ts';
import { byKind, changeFeeds, changeItem, countOf, editionDate, followChanges, KIND_NAMES } from '../_includes/changes.ts';
import type { PageData } from '../_includes/pageData.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';

export const data = { permalink: 'changes/index.html', eleventyExcludeFromCollections: true };

/** One edition's changes, by kind. */
function editionSection(model: SiteModel, date: string | null, changes: Change[], latest: boolean, oldest = false) {
  const id = `edition-${date ?? 'undated'}`;
  const name = date ? `Edition of ${editionDate(date)}` : 'Undated editions';
  return html`<section class="edition" aria-labelledby="${id}">
<h2 id="${id}">${name}${latest ? ' (this edition)' : ''}</h2>
${changes.length ? html`<p class="count">${countOf(changes)}</p>
${byKind(changes).map(({ kind, changes: list }) => html`<h3 id="${id}-${kind}">${KIND_NAMES[kind].heading} <span class="count">${list.length}</span></h3>
<ul class="changes">
${list.map((c) => changeItem(model, c))}
</ul>
`)}` : html`<p>${oldest ? 'The oldest edition remembered here; the editions after it list what they changed.' : 'Nothing changed in this edition.'}</p>`}
</section>
`;
}

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const { editions, changes } = model.changes;
  const undated = changes.filter((c) => c.date === null);
  const intro = changes.length
    ? html`<p class="lead">What each edition of the digest changed${model.since ? html`, latest first; this edition is compared with the one of ${editionDate(model.since)}` : ', latest first'}. ${followChanges(model)}</p>`
    : html`<p class="lead">${model.since ? `Nothing has changed since the edition of ${editionDate(model.since)}.` : 'This is the first edition the digest remembers: from the next one on, this page lists what each edition changed — new articles and figures, figures with another value, disagreements that appeared or were settled, new timeline events.'} ${followChanges(model)}</p>`;
  const body = html`<h1>What's new</h1>
${intro}
${editions.map((date, i) => editionSection(model, date, changes.filter((c) => c.date === date), i === 0 && date === model.site.buildDate, i > 0 && i === editions.length - 1))}${undated.length ? editionSection(model, null, undated, model.site.buildDate === null) : ''}`;
  return layout(model, {
    title: "What's new",
    description: changes.length ? `What changed in the digest: ${countOf(model.latestChanges.length ? model.latestChanges : changes)}.` : 'What each edition of the digest changed.',
    url: '/changes/',
    body,
    feeds: changeFeeds(model),
  });
}
