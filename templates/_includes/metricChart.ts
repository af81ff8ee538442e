/**
 * A metric's values by period as an inline SVG bar chart (no JavaScript): one group
 * per period, one labelled bar per value, the disagreeing values of a period side by
 * side and marked "≠ disputed" in words and by a dashed outline, so the chart reads
 * without colour. The table beside it carries the same figures as text.
 */
import { html, type SafeHtml } from '../../src/render/html.ts';
import type { MetricSeries } from '../../src/render/metricSeries.ts';
import { formatValue } from '../../src/analyse/parseValue.ts';
import { listOf } from '../../src/editions/findChanges.ts';

const WIDTH = 320;
const BAR_WIDTH = 300;
/** Outlets named in a bar's label before the rest are counted: the label must fit a 360 px screen. */
const NAMED = 2;

const who = (outlets: string[]) => (outlets.length > NAMED ? `${outlets.slice(0, NAMED).join(', ')} +${outlets.length - NAMED}` : listOf(outlets));

/** The chart of `series`' values in `unit`; `id` makes its title and description ids unique on the page. */
export function metricChart(series: MetricSeries, unit: string, id: string): SafeHtml {
  const periods = series.periods
    .map((p) => ({ label: p.label, points: p.points.filter((x) => x.claim.value!.unit === unit) }))
    .filter((p) => p.points.length > 0);
  const max = Math.max(...periods.flatMap((p) => p.points.map((x) => Math.abs(x.claim.value!.amount))), Number.MIN_VALUE);
  let y = 0;
  const groups = periods.map((period) => {
    const top = y;
    y += 22;
    const bars = period.points.map((point) => {
      const at = y;
      y += 38;
      const width = Math.max(2, Math.round((Math.abs(point.claim.value!.amount) / max) * BAR_WIDTH));
      const mark = point.disputed ? ' ≠ disputed' : '';
      return html`<text x="8" y="${at + 13}" class="bar-label">${formatValue(point.claim.value!)} — ${who(point.outlets)}${mark}</text>
<rect x="8" y="${at + 18}" width="${width}" height="14" class="bar ${point.disputed ? 'bar-1 disputed' : 'bar-0'}"></rect>`;
    });
    y += 6;
    return html`<g>
<text x="0" y="${top + 15}" class="period-label">${period.label}</text>
${bars}
</g>`;
  });
  const description = periods
    .map((p) => `${p.label}: ${p.points.map((x) => `${formatValue(x.claim.value!)} (${x.outlets.join(', ')}${x.disputed ? ', disputed' : ''})`).join(' against ')}`)
    .join('; ');
  return html`<figure class="metric-chart">
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${y}" width="100%" preserveAspectRatio="xMinYMin meet">
<title id="${id}-title">${series.title} by period${series.units.length > 1 ? ` (${unit})` : ''}</title>
<desc id="${id}-desc">${description}</desc>
${groups}
</svg>
<figcaption>${series.title} by period${series.units.length > 1 ? `, values in ${unit}` : ''}: one bar per value, its outlets beside it; values marked ≠ disagree with another value of the same period. The table below gives every value.</figcaption>
</figure>`;
}
