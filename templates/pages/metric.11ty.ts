/** One page per subject and metric with a history: its values by period, as a chart and a table. */
import { html, type PageOutput } from '../../src/render/html.ts';
import type { MetricSeries } from '../../src/render/metricSeries.ts';
import { layout } from '../_includes/layout.ts';
import { figure } from '../_includes/parts.ts';
import { metricChart } from '../_includes/metricChart.ts';
import { onePagePer, type PageData } from '../_includes/pageData.ts';

export const data = onePagePer<MetricSeries>('digest.model.metrics');

export function render(d: PageData<MetricSeries>): PageOutput {
  const model = d.digest.model;
  const series = d.item;
  const values = series.periods.reduce((n, p) => n + p.points.length, 0);
  const disputed = series.periods.filter((p) => p.points.some((x) => x.disputed)).length;
  const body = html`<article class="metric">
<h1>${series.title} over time</h1>
<p class="lead">${values} ${values === 1 ? 'value' : 'values'} for ${series.periods.length} ${series.periods.length === 1 ? 'period' : 'periods'}${disputed ? `; the sources disagree on ${disputed} ${disputed === 1 ? 'period' : 'periods'}` : ''}.</p>
${series.units.map((unit, i) => metricChart(series, unit, `chart-${i}`))}
<section class="table-scroll" tabindex="0" aria-label="${series.title} by period">
<table class="metric-table">
<caption>Every value of the ${series.title}, by period</caption>
<thead><tr><th scope="col">Period</th><th scope="col">Value (its claim)</th><th scope="col">Said by</th></tr></thead>
<tbody>
${series.periods.map((period) => period.points.map((point) => html`<tr${point.disputed ? html` class="disputed"` : ''}>
<th scope="row">${period.label}</th>
<td class="num"><a href="${point.claim.url}">${figure(point.claim)}</a>${point.disputed ? html` <strong class="badge">Disputed</strong>` : ''}</td>
<td>${point.outlets.join(', ')}</td>
</tr>
`))}</tbody>
</table>
</section>
<p><a href="/metrics/">Every figure over time</a></p>
</article>`;
  return layout(model, {
    title: `${series.title} over time`,
    description: `${series.title} by period: ${values} values from the digest's sources${disputed ? ', with disagreements marked' : ''}.`,
    url: series.url,
    body,
  });
}
