/** One page per article: every part the parser read, its claims, who else reported them. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import type { Article } from '../../src/schemas.ts';
import { layout } from '../_includes/layout.ts';
import { articleBody } from '../_includes/articleParts.ts';
import { claimList } from '../_includes/parts.ts';
import { onePagePer, type PageData } from '../_includes/pageData.ts';

export const data = onePagePer<Article>('digest.model.pages.articles');

export function render(d: PageData<Article>): PageOutput {
  const model = d.digest.model;
  const article = d.item;
  const outlet = model.outletOf.get(article.id);
  const claims = model.claimsByArticle.get(article.id) ?? [];
  const also = model.alsoReportedBy(article);
  const body = html`<article class="article">
<header>
<h1>${inLanguage(article.title)}</h1>
<p class="meta">${outlet ? html`<a href="${outlet.url}">${inLanguage(outlet.name)}</a>` : ''}${article.header?.freshness ? html` · ${article.header.freshness}` : ''}${article.date ? html` · <time datetime="${article.date}">${article.date}</time>` : ''}${article.tags.length ? html` · ${article.tags.join(', ')}` : ''}</p>
</header>
${articleBody(model, article)}
<section aria-labelledby="figures"><h2 id="figures">Figures in this article</h2>${claimList(model, claims, false)}</section>
<section aria-labelledby="also"><h2 id="also">Also reported by</h2>${also.length ? html`<ul>${also.map((a) => html`<li><a href="${a.article.url}">${inLanguage(a.article.title)}</a> <span class="outlet">${inLanguage(model.outletOf.get(a.article.id)?.name ?? '')}</span> <span class="count">${a.shared} shared ${a.shared === 1 ? 'claim' : 'claims'}</span></li>`)}</ul>` : html`<p>No other article states the same figures.</p>`}</section>
<section aria-labelledby="original"><h2 id="original">Original source</h2><p>${inLanguage(article.originalSource ?? outlet?.name ?? 'Not given')}${article.originalUrl ? html` — <a href="${article.originalUrl}" rel="nofollow noopener">${article.originalUrl}</a>` : ''}</p><p class="file">Input file: <code>${article.file}</code></p></section>
</article>`;
  return layout(model, {
    title: article.title,
    description: article.tagline ?? article.tldr.whatChanged ?? `${article.title} — as reported by ${outlet?.name ?? 'an unattributed source'}.`,
    url: article.url,
    type: 'article',
    body,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      url: model.absolute(article.url),
      // The original article's own date only: its timeline's newest month is not when it appeared.
      ...(article.date ? { datePublished: article.date } : {}),
      ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
      ...(article.originalUrl ? { isBasedOn: article.originalUrl } : {}),
    },
  });
}
