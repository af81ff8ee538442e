/** One page per topic: its claims and its disagreements. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { layout } from '../_includes/layout.ts';
import { claimList, conflictBlock } from '../_includes/parts.ts';
import { itemList } from '../_includes/itemList.ts';
import { onePagePer, type PageData } from '../_includes/pageData.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';

type Topic = SiteModel['topics'][number];

export const data = onePagePer<Topic>('digest.model.topics');

export function render(d: PageData<Topic>): PageOutput {
  const model = d.digest.model;
  const topic = d.item;
  const ids = new Set(topic.claims.map((c) => c.id));
  const conflicts = model.analysis.conflicts.filter((c) => c.claims.some((id) => ids.has(id)));
  const metrics = model.metrics.filter((m) => m.periods.some((p) => p.points.some((x) => ids.has(x.claim.id))));
  const body = html`<h1>${topic.title}</h1>
<p class="lead">${topic.blurb} ${topic.claims.length} claims, ${conflicts.length} disagreements.</p>
${conflicts.length ? html`<section aria-labelledby="disagree"><h2 id="disagree">Where the sources disagree</h2>${conflicts.map((c, i) => conflictBlock(model, c, i))}</section>` : ''}
${metrics.length ? html`<section aria-labelledby="over-time"><h2 id="over-time">Figures over time</h2><ul class="metrics">${metrics.map((m) => html`<li><a href="${m.url}">${m.title}</a></li>`)}</ul></section>
` : ''}<section aria-labelledby="all"><h2 id="all">All claims</h2>${claimList(model, topic.claims)}</section>`;
  return layout(model, {
    title: topic.title,
    description: `${topic.blurb} ${topic.claims.length} claims from the digest.`,
    url: topic.url,
    body,
    jsonLd: itemList(model, topic.title, topic.claims.map((c) => ({ url: c.url, name: c.statement }))),
  });
}
