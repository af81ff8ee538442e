/** Every claim, by topic. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { layout } from '../_includes/layout.ts';
import { claimList } from '../_includes/parts.ts';
import { itemList } from '../_includes/itemList.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'claims/index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const body = html`<h1>Claims</h1>
<p>${model.analysis.claims.length} claims merged from every article; ${model.analysis.conflicts.length} disagreements.</p>
${model.topics.filter((t) => t.claims.length).map((t) => html`<section aria-labelledby="topic-${t.topic}"><h2 id="topic-${t.topic}"><a href="${t.url}">${t.title}</a></h2>${claimList(model, t.claims)}</section>`)}`;
  return layout(model, {
    title: 'Claims',
    description: `Every figure the articles state, merged: ${model.analysis.claims.length} claims.`,
    url: '/claims/',
    body,
    jsonLd: itemList(model, 'Claims', model.analysis.claims.map((c) => ({ url: c.url, name: c.statement }))),
  });
}
