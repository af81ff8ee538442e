/** The digest: where sources disagree first, then the facts most outlets repeat, latest articles and events, topics. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import { layout } from '../_includes/layout.ts';
import { conflictBlock, outletsOf } from '../_includes/parts.ts';
import { changeFeeds, whatsNew } from '../_includes/changes.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const { conflicts, events } = model.analysis;
  const body = html`<h1>The digest</h1>
<p class="lead">${model.articles.length} articles from ${model.outlets.length} outlets, read and reconciled: ${model.analysis.claims.length} claims, of which ${conflicts.length} are disputed.</p>
${whatsNew(model)}
<section aria-labelledby="disagree"><h2 id="disagree">Where the sources disagree</h2>
${conflicts.length ? conflicts.map((c, i) => conflictBlock(model, c, i)) : html`<p>No disagreements: every figure stated twice agrees.</p>`}
</section>
<section aria-labelledby="repeated"><h2 id="repeated">What most outlets repeat</h2>
${model.repeated.length ? html`<ol class="repeated">${model.repeated.slice(0, 12).map((r) => html`<li><a href="${r.claim.url}">${r.claim.statement}</a> <span class="count">${r.outlets} ${r.outlets === 1 ? 'outlet' : 'outlets'}, ${r.articles} articles: ${outletsOf(model, r.claim).join(', ')}</span></li>`)}</ol>` : html`<p>No figure is stated by more than one article yet.</p>`}
</section>
<section aria-labelledby="latest"><h2 id="latest">Latest articles</h2>
<ul class="articles">${model.latestArticles.slice(0, 10).map((a) => html`<li><a href="${a.url}">${inLanguage(a.title)}</a> <span class="outlet">${inLanguage(model.outletOf.get(a.id)?.name ?? '')}</span></li>`)}</ul>
<p><a href="/articles/">All ${model.articles.length} articles</a></p>
</section>
<section aria-labelledby="events"><h2 id="events">Newest on the timeline</h2>
<ul class="events">${[...events].reverse().slice(0, 6).map((e) => html`<li><span class="date">${e.date}</span> <a href="${e.url}">${inLanguage(e.text)}</a> <span class="count">${e.mentions.length} ${e.mentions.length === 1 ? 'source' : 'sources'}</span></li>`)}</ul>
<p><a href="/timeline/">The whole timeline</a></p>
</section>
${model.metrics.length ? html`<section aria-labelledby="metrics"><h2 id="metrics">Figures over time</h2>
<ul class="metrics">${model.metrics.slice(0, 8).map((m) => html`<li><a href="${m.url}">${m.title}</a> <span class="count">${m.periods.length} ${m.periods.length === 1 ? 'period' : 'periods'}</span></li>`)}</ul>
<p><a href="/metrics/">Every figure over time</a> · <a href="/changes/">What's new</a></p>
</section>
` : ''}<section aria-labelledby="topics"><h2 id="topics">Topics</h2>
<ul class="topics">${model.topics.map((t) => html`<li><a href="${t.url}">${t.title}</a> <span class="count">${t.claims.length}</span></li>`)}</ul>
</section>`;
  const { title, tagline, description } = model.site.metadata;
  return layout(model, {
    title: tagline ? `${title} — ${tagline}` : title,
    description: `The facts ${model.outlets.length} outlets repeat and where they disagree${conflicts[0] ? `: ${conflicts[0].reason}` : '.'}`,
    url: '/',
    body,
    jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: title, description, inLanguage: model.site.metadata.language, url: model.absolute('/'), ...(model.site.buildDate ? { dateModified: model.site.buildDate } : {}) },
    feeds: changeFeeds(model),
  });
}
