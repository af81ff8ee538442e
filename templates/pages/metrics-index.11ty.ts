/** Every figure the digest has a history of: one line per subject and metric. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { layout } from '../_includes/layout.ts';
import { itemList } from '../_includes/itemList.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'metrics/index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const body = html`<h1>Figures over time</h1>
<p class="lead">Each figure the sources give for several periods, or give several values for: its values by period, side by side where the sources disagree.</p>
${model.metrics.length ? html`<ul class="metrics">
${model.metrics.map((m) => {
  const disputed = m.periods.some((p) => p.points.some((x) => x.disputed));
  return html`<li><a href="${m.url}">${m.title}</a> <span class="count">${m.periods.length} ${m.periods.length === 1 ? 'period' : 'periods'}</span>${disputed ? html` <strong class="badge">Disputed</strong>` : ''}</li>
`;
})}</ul>` : html`<p>No figure has a history yet: every figure is stated for one period with one value.</p>`}`;
  return layout(model, {
    title: 'Figures over time',
    description: `How ${model.metrics.length} figures moved from period to period, by source.`,
    url: '/metrics/',
    body,
    jsonLd: itemList(model, 'Figures over time', model.metrics.map((m) => ({ url: m.url, name: m.title }))),
  });
}
