/** Every outlet: its articles, how often others confirm it, where it disagrees. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { dataTable } from '../_includes/dataTable.ts';
import { inLanguage } from '../../src/render/language.ts';
import { layout } from '../_includes/layout.ts';
import { itemList } from '../_includes/itemList.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'sources/index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const body = html`<h1>Sources</h1>
${dataTable({
    label: 'Outlets',
    header: ['Outlet', 'Articles', 'Claims others confirm', 'Claims it alone states', 'Disagreements'],
    rowHeaders: true,
    rows: model.outlets.map((o) => ({
      cells: [
        { text: o.name, html: html`<a href="${o.url}">${inLanguage(o.name)}</a>` },
        ...[o.articles, o.confirmed, o.alone, o.disputed].map((list) => ({ text: String(list.length), className: 'num' })),
      ],
    })),
  })}`;
  return layout(model, {
    title: 'Sources',
    description: `The ${model.outlets.length} outlets of the digest and how their figures compare.`,
    url: '/sources/',
    body,
    jsonLd: itemList(model, 'Sources', model.outlets.map((o) => ({ url: o.url, name: o.name }))),
  });
}
