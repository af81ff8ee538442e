/** One page per claim: statement, figure, every quote; for a conflict, the values side by side. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { siteUrls } from '../../src/urls.ts';
import type { Claim } from '../../src/schemas.ts';
import { dataTable } from '../_includes/dataTable.ts';
import { layout } from '../_includes/layout.ts';
import { conflictChart, figure, mentionList, mergedOn, modalityInWords, outletsOf } from '../_includes/parts.ts';
import { onePagePer, type PageData } from '../_includes/pageData.ts';

export const data = onePagePer<Claim>('digest.model.pages.claims');

export function render(d: PageData<Claim>): PageOutput {
  const model = d.digest.model;
  const claim = d.item;
  const conflict = model.conflictByClaim.get(claim.id);
  const topic = model.topics.find((t) => t.topic === claim.topic)!;
  const series = model.metricOfClaim.get(claim.id);
  const body = html`<article class="claim">
<h1>${claim.statement}</h1>
${conflict ? html`<section class="disputed" aria-labelledby="dispute"><h2 id="dispute">Sources disagree</h2>${conflictChart(model, conflict, 'chart-title')}
${dataTable({
    label: 'The disagreeing values',
    caption: 'The disagreeing values',
    className: 'values',
    header: ['Value', 'Said by', 'Claim'],
    rowHeaders: false,
    rows: conflict.claims.map((id) => model.claimById.get(id)!).map((c) => ({
      className: c.id === claim.id ? 'this' : undefined,
      cells: [
        { text: figure(c), className: 'num' },
        { text: outletsOf(model, c).join(', ') },
        c.id === claim.id ? { text: 'this claim' } : { text: c.statement, html: html`<a href="${c.url}">${c.statement}</a>` },
      ],
    })),
  })}</section>` : ''}
<dl class="facts">
<dt>Value</dt><dd class="num">${figure(claim)}</dd>
<dt>Stated as</dt><dd>${modalityInWords(claim)}</dd>
<dt>Subject</dt><dd>${claim.subject ?? '—'}</dd>
<dt>Metric</dt><dd>${claim.metric ?? '—'}</dd>
<dt>Period</dt><dd>${claim.period ?? 'not stated'}</dd>
<dt>Topic</dt><dd><a href="${siteUrls.topic(claim.topic)}">${topic.title}</a></dd>
<dt>Merged from</dt><dd>${mergedOn(claim)}</dd>
</dl>
${series ? html`<p class="metric-link">How this figure moved: <a href="${series.url}">${series.title} over time</a></p>
` : ''}
<section aria-labelledby="mentions"><h2 id="mentions">Said ${claim.mentions.length} ${claim.mentions.length === 1 ? 'time' : 'times'} by ${outletsOf(model, claim).join(', ')}</h2>${mentionList(model, claim)}</section>
</article>`;
  return layout(model, {
    title: claim.statement,
    description: `${claim.statement} — ${claim.mentions.length} mention(s) from ${outletsOf(model, claim).join(', ')}${conflict ? '; sources disagree' : ''}.`,
    url: claim.url,
    body,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Claim',
      name: claim.statement,
      url: model.absolute(claim.url),
      appearance: [...new Set(claim.mentions.map((m) => m.article))].slice(0, 50).flatMap((id) => {
        const article = model.articleById.get(id);
        return article ? [{ '@type': 'NewsArticle', headline: article.title, url: model.absolute(article.url) }] : [];
      }),
    },
  });
}
