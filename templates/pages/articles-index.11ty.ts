/** Every article, newest first. */
import { counted, html, type PageOutput } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import { layout } from '../_includes/layout.ts';
import { itemList } from '../_includes/itemList.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'articles/index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const body = html`<h1>Articles</h1>
<p>${counted(model.articles.length, 'article')}; ${model.report.rejected.length === 1 ? '1 input file was' : `${model.report.rejected.length} input files were`} rejected (see <a href="/data/build-report.json">the build report</a>).</p>
<ul class="articles">${model.latestArticles.map((a) => html`<li><a href="${a.url}">${inLanguage(a.title)}</a> <span class="outlet">${inLanguage(model.outletOf.get(a.id)?.name ?? '')}</span> <span class="count">${(model.claimsByArticle.get(a.id) ?? []).length} claims</span></li>`)}</ul>`;
  return layout(model, {
    title: 'Articles',
    description: `All ${model.articles.length} articles of the digest, with their outlets.`,
    url: '/articles/',
    body,
    jsonLd: itemList(model, 'Articles', model.latestArticles.map((a) => ({ url: a.url, name: a.title }))),
  });
}
