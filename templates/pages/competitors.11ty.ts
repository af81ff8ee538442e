/** The merged competitor matrix: providers as columns, each cell citing its articles (the first five, and a count), disagreements marked in words. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { layout } from '../_includes/layout.ts';
import { citations } from '../_includes/parts.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'competitors/index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const { providers, features } = model.analysis.competitors;
  const body = html`<h1>Competitors</h1>
<p class="lead">${features.length} features across ${providers.length} providers, merged from every competitor table. Where articles give a provider different values, the cell says so.</p>
<section class="table-scroll" tabindex="0" aria-label="Competitor matrix"><table class="matrix">
<thead><tr><th scope="col">Feature</th>${providers.map((p) => html`<th scope="col">${p}</th>`)}</tr></thead>
<tbody>${features.map((f) => html`<tr><th scope="row" id="${model.featureSlug(f.feature)}">${f.feature}${f.aliases.length > 1 || f.aliases[0] !== f.feature ? html`<span class="aliases">as written: ${f.aliases.join('; ')}</span>` : ''}</th>${providers.map((p) => {
    const cells = f.cells[p] ?? [];
    if (cells.length === 0) return html`<td class="empty"><span class="visually-hidden">No data</span>—</td>`;
    const disagree = f.disagreements.includes(p);
    return html`<td${disagree ? html` class="disagree"` : ''}>${disagree ? html`<strong class="badge">Sources disagree</strong>` : ''}<ul>${cells.map((c) => html`<li>${c.text} <span class="cites">(${citations(model, c.articles)})</span></li>`)}</ul></td>`;
  })}</tr>`)}</tbody>
</table></section>`;
  return layout(model, {
    title: 'Competitors',
    description: `The competitor matrix: ${providers.join(', ')}, merged from every article's tables.`,
    url: '/competitors/',
    body,
  });
}
