/** One page per outlet. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import type { Outlet } from '../../src/render/siteModel.ts';
import { layout } from '../_includes/layout.ts';
import { claimList, conflictBlock } from '../_includes/parts.ts';
import { onePagePer, type PageData } from '../_includes/pageData.ts';

export const data = onePagePer<Outlet>('digest.model.outlets');

export function render(d: PageData<Outlet>): PageOutput {
  const model = d.digest.model;
  const outlet = d.item;
  const body = html`<h1>${inLanguage(outlet.name)}</h1>
<section aria-labelledby="articles"><h2 id="articles">Articles</h2><ul>${outlet.articles.map((a) => html`<li><a href="${a.url}">${inLanguage(a.title)}</a></li>`)}</ul></section>
<section aria-labelledby="confirmed"><h2 id="confirmed">Confirmed by other outlets (${outlet.confirmed.length})</h2>${claimList(model, outlet.confirmed)}</section>
<section aria-labelledby="disputed"><h2 id="disputed">Where it disagrees (${outlet.disputed.length})</h2>${outlet.disputed.length ? outlet.disputed.map((c, i) => conflictBlock(model, c, i)) : html`<p>No disagreement with other outlets.</p>`}</section>
<section aria-labelledby="alone"><h2 id="alone">Stated only here (${outlet.alone.length})</h2>${claimList(model, outlet.alone)}</section>`;
  return layout(model, {
    title: outlet.name,
    description: `${outlet.name}: ${outlet.articles.length} articles, ${outlet.confirmed.length} claims confirmed by other outlets, ${outlet.disputed.length} disagreements.`,
    url: outlet.url,
    body,
    jsonLd: { '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: outlet.name, url: model.absolute(outlet.url) },
  });
}
