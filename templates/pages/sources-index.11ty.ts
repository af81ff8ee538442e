/** Every outlet: its articles, how often others confirm it, where it disagrees. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import { layout } from '../_includes/layout.ts';
import { itemList } from '../_includes/itemList.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'sources/index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const body = html`<h1>Sources</h1>
<section class="table-scroll" tabindex="0" aria-label="Outlets"><table>
<thead><tr><th scope="col">Outlet</th><th scope="col">Articles</th><th scope="col">Claims others confirm</th><th scope="col">Claims it alone states</th><th scope="col">Disagreements</th></tr></thead>
<tbody>${model.outlets.map((o) => html`<tr><th scope="row"><a href="${o.url}">${inLanguage(o.name)}</a></th><td class="num">${o.articles.length}</td><td class="num">${o.confirmed.length}</td><td class="num">${o.alone.length}</td><td class="num">${o.disputed.length}</td></tr>`)}</tbody>
</table></section>`;
  return layout(model, {
    title: 'Sources',
    description: `The ${model.outlets.length} outlets of the digest and how their figures compare.`,
    url: '/sources/',
    body,
    jsonLd: itemList(model, 'Sources', model.outlets.map((o) => ({ url: o.url, name: o.name }))),
  });
}
