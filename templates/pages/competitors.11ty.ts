/** The merged competitor matrix: providers as columns, each cell citing its articles (the first five, and a count), disagreements marked in words. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { layout } from '../_includes/layout.ts';
import { citations } from '../_includes/parts.ts';
import type { PageData } from '../_includes/pageData.ts';
import { dataTable, type Cell } from '../_includes/dataTable.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';
import type { Feature } from '../../src/schemas.ts';

export const data = { permalink: 'competitors/index.html', eleventyExcludeFromCollections: true };

/** A feature's row header: its name, and the labels articles wrote it as when they differ. */
function featureCell(model: SiteModel, f: Feature): Cell {
  const aliases = f.aliases.length > 1 || f.aliases[0] !== f.feature ? f.aliases : [];
  return {
    text: [f.feature, ...aliases].join(' '),
    id: model.featureSlug(f.feature),
    html: html`${f.feature}${aliases.length ? html`<span class="aliases">as written: ${aliases.join('; ')}</span>` : ''}`,
  };
}

/** A provider's cell for a feature: each value with its articles, disagreement said in words. */
function providerCell(model: SiteModel, f: Feature, provider: string): Cell {
  const cells = f.cells[provider] ?? [];
  if (cells.length === 0) return { text: '—', html: html`<span class="visually-hidden">No data</span>—`, className: 'empty' };
  const disagree = f.disagreements.includes(provider);
  return {
    text: cells.map((c) => `${c.text} (${c.articles.map((id) => model.outletOf.get(id)?.name ?? '').join(', ')})`).join(' '),
    html: html`${disagree ? html`<strong class="badge">Sources disagree</strong>` : ''}<ul>${cells.map((c) => html`<li>${c.text} <span class="cites">(${citations(model, c.articles)})</span></li>`)}</ul>`,
    className: disagree ? 'disagree' : undefined,
  };
}

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  const { providers, features } = model.analysis.competitors;
  const body = html`<h1>Competitors</h1>
<p class="lead">${features.length} features across ${providers.length} providers, merged from every competitor table. Where articles give a provider different values, the cell says so.</p>
${dataTable({
    label: 'Competitor matrix',
    className: 'matrix',
    header: ['Feature', ...providers],
    rowHeaders: true,
    rows: features.map((f) => ({ cells: [featureCell(model, f), ...providers.map((p) => providerCell(model, f, p))] })),
  })}`;
  return layout(model, {
    title: 'Competitors',
    description: `The competitor matrix: ${providers.join(', ')}, merged from every article's tables.`,
    url: '/competitors/',
    body,
  });
}
