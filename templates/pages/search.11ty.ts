/** Search with Pagefind when JavaScript runs; plain directions when it does not. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { layout } from '../_includes/layout.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'search/index.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const search = model.site.search;
  const body = html`<h1>Search</h1>
${search ? html`<div id="search" class="search"${model.searchIndexes > 1 ? html` data-indexes="${model.searchIndexes}"` : ''}></div>` : html`<p>This build has no search index (it was built with <code>--no-search</code>).</p>`}
<noscript><p>Search needs JavaScript. Without it, everything is one or two links away: browse <a href="/claims/">all claims by topic</a>, <a href="/articles/">all articles</a>, <a href="/timeline/">the timeline</a> or <a href="/sources/">the sources</a>.</p></noscript>`;
  return layout(model, {
    title: 'Search',
    description: 'Search every article, claim and timeline event of the digest.',
    url: '/search/',
    body,
    ...(search ? { scripts: ['/pagefind/pagefind-ui.js', '/assets/search.js'], styles: ['/pagefind/pagefind-ui.css'], wasm: true } : {}),
  });
}
