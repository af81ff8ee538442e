/**
 * The parts of an article page: every field the parser read, set as HTML, with
 * each sentence or cell that became a claim marked and linked to its claim.
 */
import { html, SafeHtml, joinHtml } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import { isMarkdown, markdownToHtml } from '../../src/render/markdown.ts';
import { splitSentences } from '../../src/analyse/splitSentences.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';
import type { Article, Block, Claim, Table } from '../../src/schemas.ts';

/** Quote → claims, for one article. */
export const quotesOf = (model: SiteModel, article: Article): Map<string, Claim[]> => model.quotesByArticle.get(article.id) ?? new Map();

/** Whether any quote occurs in `text`: a text without one has no quoted sentence to look for. */
function quotesAny(text: string, quotes: Map<string, Claim[]>): boolean {
  for (const quote of quotes.keys()) if (text.includes(quote)) return true;
  return false;
}

/**
 * Text with every quoted sentence marked and followed by links to its claims. A
 * quote is a sentence of the text as the analysis split it (or a whole table cell),
 * so the text is split the same way and each sentence looked up: linear in the text,
 * however many claims an article has. Most texts quote nothing and are not split.
 */
export function linked(text: string, quotes: Map<string, Claim[]>): SafeHtml {
  const spots: { start: number; end: number; claims: Claim[] }[] = [];
  const whole = quotes.get(text);
  if (whole) spots.push({ start: 0, end: text.length, claims: whole });
  else if (quotesAny(text, quotes)) {
    let cursor = 0;
    for (const sentence of splitSentences(text)) {
      const start = text.indexOf(sentence, cursor);
      cursor = start + sentence.length;
      const claims = quotes.get(sentence);
      if (claims) spots.push({ start, end: cursor, claims });
    }
  }
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const spot of spots) {
    parts.push(html`${inLanguage(text.slice(last, spot.start))}<mark class="claimed">${inLanguage(text.slice(spot.start, spot.end))}</mark>${spot.claims.map((c) => html` <a class="fig" href="${c.url}">${c.statement}</a>`)}`);
    last = spot.end;
  }
  parts.push(html`${inLanguage(text.slice(last))}`);
  return joinHtml(parts);
}

/** A table, scrolling inside its own focusable box on narrow screens. */
export function tableHtml(table: Table, label: string, quotes: Map<string, Claim[]>): SafeHtml {
  const width = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const pad = (cells: string[]) => [...cells, ...Array(Math.max(0, width - cells.length)).fill('')] as string[];
  return html`<section class="table-scroll" tabindex="0" aria-label="${label}"><table>
<thead><tr>${pad(table.header).map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr>${pad(row).map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${linked(cell, quotes)}</td>`))}</tr>`)}</tbody>
</table></section>`;
}

/** A long-form block. */
export function blockHtml(block: Block, heading: string, quotes: Map<string, Claim[]>): SafeHtml {
  switch (block.kind) {
    case 'paragraph':
      return isMarkdown(block.text) ? markdownToHtml(block.text) : html`<p>${linked(block.text, quotes)}</p>`;
    case 'note':
      return html`<div class="note"><p><strong>${inLanguage(block.label)}:</strong> ${linked(block.text, quotes)}</p></div>`;
    case 'list':
      return html`<ul>${block.items.map((item) => html`<li>${linked(item, quotes)}</li>`)}</ul>`;
    case 'table':
      return tableHtml(block.table, heading, quotes);
  }
}

/** The headings of an article page's parts, by the record's field (claim pages name where a mention stands by them). */
export const PART_HEADINGS = {
  deepInsight: 'Deep insight',
  takeaways: 'Key takeaways',
  competitors: 'Competitor analysis',
  technicalNotes: 'Technical deep dive',
  predictions: 'Future implications',
} as const;

/** The TL;DR's labels, by field. */
export const TLDR_LABELS: Record<keyof Article['tldr'], string> = {
  whatChanged: 'What changed',
  whyItMatters: 'Why it matters',
  whatToDoNext: 'What to do next',
  whoShouldCare: 'Who should care',
};

/** Everything the parser read from an aggregator page or a long-form article, in reading order. */
export function articleBody(model: SiteModel, article: Article): SafeHtml {
  const quotes = quotesOf(model, article);
  const tldr = (Object.keys(TLDR_LABELS) as (keyof Article['tldr'])[]).map((field): [string, string | null] => [TLDR_LABELS[field], article.tldr[field]]);
  const entries = model.eventByEntry.get(article.id);
  const eventFor = (date: string, text: string) => entries?.get(`${date}\u0000${text}`) ?? [...(entries?.entries() ?? [])].find(([key]) => key.endsWith(`\u0000${text}`))?.[1];
  const parts: SafeHtml[] = [];
  if (article.tagline) parts.push(html`<p class="lead">${linked(article.tagline, quotes)}</p>`);
  if (tldr.some(([, v]) => v)) {
    parts.push(html`<section aria-labelledby="tldr"><h2 id="tldr">TL;DR</h2><dl class="tldr">${tldr.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${linked(v!, quotes)}</dd>`)}</dl></section>`);
  }
  if (article.deepInsight.length) parts.push(html`<section aria-labelledby="insight"><h2 id="insight">${PART_HEADINGS.deepInsight}</h2>${article.deepInsight.map((p) => html`<p>${linked(p, quotes)}</p>`)}</section>`);
  if (article.takeaways.length) parts.push(html`<section aria-labelledby="takeaways"><h2 id="takeaways">${PART_HEADINGS.takeaways}</h2><ul>${article.takeaways.map((p) => html`<li>${linked(p, quotes)}</li>`)}</ul></section>`);
  if (article.competitorTables.length) parts.push(html`<section aria-labelledby="competitors"><h2 id="competitors">${PART_HEADINGS.competitors}</h2>${article.competitorTables.map((table, i) => tableHtml(table, `Competitor table ${i + 1}`, quotes))}</section>`);
  if (article.technicalNotes.length) parts.push(html`<section aria-labelledby="technical"><h2 id="technical">${PART_HEADINGS.technicalNotes}</h2><ul>${article.technicalNotes.map((p) => html`<li>${linked(p, quotes)}</li>`)}</ul></section>`);
  if (article.predictions.length) {
    parts.push(html`<section aria-labelledby="predictions"><h2 id="predictions">${PART_HEADINGS.predictions}</h2><ul class="predictions">${article.predictions.map((p) => html`<li><p class="prediction">${linked(p.text, quotes)}</p>${p.rationale ? html`<p class="rationale">${linked(p.rationale, quotes)}</p>` : ''}</li>`)}</ul></section>`);
  }
  if (article.timeline.length) {
    parts.push(html`<section aria-labelledby="own-timeline"><h2 id="own-timeline">Timeline</h2><ol class="timeline compact">${article.timeline.map((entry) => {
      const event = eventFor(entry.date, entry.text);
      return html`<li><span class="date">${entry.date}</span> ${event ? html`<a href="${event.url}">${entry.text}</a>` : entry.text}</li>`;
    })}</ol></section>`);
  }
  let tables = article.competitorTables.length;
  for (const section of article.sections) {
    // Text before the first heading is a section without one (never an empty heading).
    const heading = section.heading === '' ? '' : section.level <= 2 ? html`<h2>${inLanguage(section.heading)}</h2>` : html`<h3>${inLanguage(section.heading)}</h3>`;
    // Every table is a landmark, so each needs its own name.
    const blocks = section.blocks.map((b) => blockHtml(b, b.kind === 'table' ? `Table ${++tables}${section.heading ? `: ${section.heading}` : ''}` : section.heading, quotes));
    parts.push(html`<section class="longform">${heading}${blocks}</section>`);
  }
  if (article.footer.length) parts.push(html`<section aria-labelledby="footer-lines"><h2 id="footer-lines">From the page footer</h2>${article.footer.map((line) => html`<p class="footer-line">${line}</p>`)}</section>`);
  if (article.other.length) parts.push(html`<section aria-labelledby="other-lines"><h2 id="other-lines">Other lines, kept as written</h2>${article.other.map((o) => html`<p class="footer-line"><span class="line">line ${o.line}</span> ${o.text}</p>`)}</section>`);
  return joinHtml(parts, '\n');
}
