/** The one merged timeline, by year, each event with the articles that report it, by wording. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import type { TimelineEvent } from '../../src/schemas.ts';
import { layout } from '../_includes/layout.ts';
import { itemList } from '../_includes/itemList.ts';
import { citations } from '../_includes/parts.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'timeline/index.html', eleventyExcludeFromCollections: true };

/**
 * An event's mentions by wording, the event's own first: each wording once, with the
 * articles that use it (the outlet's own words are shown only where they differ).
 */
function wordings(event: TimelineEvent): [string, string[]][] {
  const byText = new Map<string, string[]>([[event.text, []]]);
  for (const m of event.mentions) {
    const ids = byText.get(m.text);
    if (ids) ids.push(m.article);
    else byText.set(m.text, [m.article]);
  }
  return [...byText].filter(([, ids]) => ids.length > 0);
}

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const years = new Map<string, TimelineEvent[]>();
  for (const event of model.analysis.events) years.set(event.date.slice(0, 4), [...(years.get(event.date.slice(0, 4)) ?? []), event]);
  const body = html`<h1>Timeline</h1>
<p class="lead">${model.analysis.events.length} events merged from ${model.analysis.events.reduce((n, e) => n + e.mentions.length, 0)} timeline entries.</p>
${[...years].map(([year, events]) => html`<section aria-labelledby="y${year}"><h2 id="y${year}">${year}</h2>
<ol class="timeline">${events.map((e) => html`<li id="${e.id}"><p class="when"><time datetime="${e.date}">${e.date}</time></p><p class="what">${inLanguage(e.text)}</p>
<ul class="sources">${wordings(e).map(([text, ids]) => html`<li>${citations(model, ids)}${text === e.text ? '' : html`: ${text}`}</li>`)}</ul></li>`)}</ol></section>`)}`;
  return layout(model, {
    title: 'Timeline',
    description: `One timeline of ${model.analysis.events.length} events, merged from every article.`,
    url: '/timeline/',
    body,
    jsonLd: itemList(model, 'Timeline', model.analysis.events.map((e) => ({ url: e.url, name: `${e.date}: ${e.text}` }))),
  });
}
