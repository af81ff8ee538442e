/**
 * The parts of an article page: every field the parser read, set as HTML, with
 * each sentence or cell that became a claim marked and linked to its claim.
 */
import { html, SafeHtml, joinHtml } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import { isMarkdown, markdownToHtml } from '../../src/render/markdown.ts';
import { splitSentences } from '../../src/analyse/splitSentences.ts';
import { compatible, findValues, formatValue } from '../../src/analyse/parseValue.ts';
import { dataTable } from './dataTable.ts';
import { isPlaceholder } from '../../src/parse/aggregatorHeadings.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';
import type { Article, Block, Claim, Table } from '../../src/schemas.ts';

/** What an article's text is marked with: its quoted sentences → their claims, and which claims are disputed. */
export interface ClaimMarks {
  quotes: Map<string, Claim[]>;
  disputed: (claim: Claim) => boolean;
}

/** The claim marks of one article. */
export function marksOf(model: SiteModel, article: Article): ClaimMarks {
  return { quotes: model.quotesByArticle.get(article.id) ?? new Map(), disputed: (claim) => model.conflictByClaim.has(claim.id) };
}

/** Whether any quote occurs in `text`: a text without one has no quoted sentence to look for. */
function quotesAny(text: string, quotes: Map<string, Claim[]>): boolean {
  for (const quote of quotes.keys()) if (text.includes(quote)) return true;
  return false;
}

/** Words only, for comparing what a link shows with what it is named (as speech input and axe compare them). */
const wordsOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A link's accessible name: the claim's statement with its figure as the article wrote
 * it ("Anthropic milestone funding: $20 billion", not "$20B"), so that the name contains
 * what the reader sees; text shown that is not a figure ("forecast") leads the name.
 */
function claimName(claim: Claim, shown: string, disputed: boolean): string {
  const formatted = claim.value ? formatValue(claim.value) : null;
  let name = formatted && claim.statement.includes(formatted) && findValues(shown).length ? claim.statement.replace(formatted, shown) : claim.statement;
  if (!wordsOf(name).includes(wordsOf(shown))) name = `${shown.replace(/^\((.*)\)$/, '$1')}: ${name}`;
  return disputed ? `${name} (sources disagree)` : name;
}

/**
 * A figure as the link to its claim: the figure as written is the link text, the
 * claim's statement its accessible name (and tooltip), and a disputed claim carries
 * one small mark.
 */
function figureLink(claim: Claim, shown: string, marks: ClaimMarks): SafeHtml {
  const disputed = marks.disputed(claim);
  let links = linksOfClaim.get(claim);
  if (!links) linksOfClaim.set(claim, (links = new Map()));
  const key = disputed ? `!${shown}` : shown;
  let link = links.get(key);
  if (!link) {
    const name = claimName(claim, shown, disputed);
    links.set(key, (link = html`<a class="fig${disputed ? ' disputed' : ''}" href="${claim.url}" aria-label="${name}" title="${name}">${shown}</a>`));
  }
  return link;
}

/**
 * Each claim's figure links, by the figure as shown: article after article writes a
 * claim's figure the same way (4,000 articles: ~64,000 links of 564 claims), and
 * naming a link costs more than the rest of its sentence. Held by the claim, so they
 * go when the build's claims go.
 */
const linksOfClaim = new WeakMap<Claim, Map<string, SafeHtml>>();

/** The longest quote that is linked whole when its figure cannot be found in it: a table cell's length. */
const SHORT_QUOTE = 24;

/**
 * A quoted sentence (or cell) with each claim's figure as the link to the claim. The
 * figures are found again as the analysis found them (`findValues`), each claim on
 * the first figure of its value not yet taken; a claim whose figure cannot be found
 * (its value merged from a differently written one) gets its figure, as Digest
 * writes it, after the sentence; a forecast without a figure, the word "forecast".
 */
function sentenceWithFigures(sentence: string, claims: Claim[], marks: ClaimMarks): SafeHtml {
  const found = findValues(sentence);
  const taken = new Map<number, Claim>();
  const unplaced: Claim[] = [];
  for (const claim of claims) {
    const at = claim.value ? found.findIndex((f, i) => !taken.has(i) && compatible(f.value, claim.value!)) : -1;
    if (at >= 0) taken.set(at, claim);
    else unplaced.push(claim);
  }
  // A short quote whose figure is not written as one (a table cell `800` under a `TFLOPS` header) is itself the figure.
  if (taken.size === 0 && unplaced.length === 1 && [...sentence].length <= SHORT_QUOTE) return figureLink(unplaced[0]!, sentence, marks);
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const [i, figure] of found.entries()) {
    const claim = taken.get(i);
    if (!claim) continue;
    parts.push(html`${inLanguage(sentence.slice(last, figure.start))}${figureLink(claim, sentence.slice(figure.start, figure.end), marks)}`);
    last = figure.end;
  }
  parts.push(html`${inLanguage(sentence.slice(last))}${unplaced.map((c) => html` ${figureLink(c, `(${c.value ? formatValue(c.value) : c.topic === 'prediction' ? 'forecast' : 'claim'})`, marks)}`)}`);
  return joinHtml(parts);
}

/**
 * Text with every quoted sentence's figures linked to their claims. A quote is a
 * sentence of the text as the analysis split it (or a whole table cell), so the text
 * is split the same way and each sentence looked up: linear in the text, however many
 * claims an article has. Most texts quote nothing and are not split.
 */
export function linked(text: string, marks: ClaimMarks): SafeHtml {
  const spots: { start: number; end: number; claims: Claim[] }[] = [];
  const whole = marks.quotes.get(text);
  if (whole) spots.push({ start: 0, end: text.length, claims: whole });
  else if (quotesAny(text, marks.quotes)) {
    let cursor = 0;
    for (const sentence of splitSentences(text)) {
      const start = text.indexOf(sentence, cursor);
      cursor = start + sentence.length;
      const claims = marks.quotes.get(sentence);
      if (claims) spots.push({ start, end: cursor, claims });
    }
  }
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const spot of spots) {
    parts.push(html`${inLanguage(text.slice(last, spot.start))}${sentenceWithFigures(text.slice(spot.start, spot.end), spot.claims, marks)}`);
    last = spot.end;
  }
  parts.push(html`${inLanguage(text.slice(last))}`);
  return joinHtml(parts);
}

/** A table of an article, its first column the rows' headers, its figures linked to their claims. */
export function tableHtml(table: Table, label: string, marks: ClaimMarks): SafeHtml {
  return dataTable({
    label,
    // An aggregator table's own caption ("Spending Compared") is shown above it, as the page printed it.
    ...(table.caption ? { caption: table.caption } : {}),
    header: table.header,
    rowHeaders: true,
    rows: table.rows.map((row) => ({ cells: row.map((text, i) => (i === 0 ? { text } : { text, html: linked(text, marks) })) })),
  });
}

/** A long-form block. */
export function blockHtml(block: Block, heading: string, marks: ClaimMarks): SafeHtml {
  switch (block.kind) {
    case 'paragraph':
      return isMarkdown(block.text) ? markdownToHtml(block.text) : html`<p>${linked(block.text, marks)}</p>`;
    case 'note':
      return html`<div class="note"><p><strong>${inLanguage(block.label)}:</strong> ${linked(block.text, marks)}</p></div>`;
    case 'list':
      return html`<ul>${block.items.map((item) => html`<li>${linked(item, marks)}</li>`)}</ul>`;
    case 'table':
      return tableHtml(block.table, heading, marks);
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
  const marks = marksOf(model, article);
  const tldr = (Object.keys(TLDR_LABELS) as (keyof Article['tldr'])[]).map((field): [string, string | null] => [TLDR_LABELS[field], article.tldr[field]]);
  const entries = model.eventByEntry.get(article.id);
  const eventFor = (date: string, text: string) => entries?.get(`${date}\u0000${text}`) ?? [...(entries?.entries() ?? [])].find(([key]) => key.endsWith(`\u0000${text}`))?.[1];
  const parts: SafeHtml[] = [];
  if (article.tagline) parts.push(html`<p class="lead">${linked(article.tagline, marks)}</p>`);
  if (tldr.some(([, v]) => v)) {
    parts.push(html`<section aria-labelledby="tldr"><h2 id="tldr">TL;DR</h2><dl class="tldr">${tldr.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${linked(v!, marks)}</dd>`)}</dl></section>`);
  }
  const insight = article.deepInsight.filter((p) => !isPlaceholder(p));
  if (insight.length) parts.push(html`<section aria-labelledby="insight"><h2 id="insight">${PART_HEADINGS.deepInsight}</h2>${insight.map((p) => html`<p>${linked(p, marks)}</p>`)}</section>`);
  if (article.takeaways.length) parts.push(html`<section aria-labelledby="takeaways"><h2 id="takeaways">${PART_HEADINGS.takeaways}</h2><ul>${article.takeaways.map((p) => html`<li>${linked(p, marks)}</li>`)}</ul></section>`);
  if (article.competitorTables.length) parts.push(html`<section aria-labelledby="competitors"><h2 id="competitors">${PART_HEADINGS.competitors}</h2>${article.competitorTables.map((table, i) => tableHtml(table, `Competitor table ${i + 1}${table.caption ? `: ${table.caption}` : ''}`, marks))}</section>`);
  if (article.technicalNotes.length) parts.push(html`<section aria-labelledby="technical"><h2 id="technical">${PART_HEADINGS.technicalNotes}</h2><ul>${article.technicalNotes.map((p) => html`<li>${linked(p, marks)}</li>`)}</ul></section>`);
  if (article.predictions.length) {
    parts.push(html`<section aria-labelledby="predictions"><h2 id="predictions">${PART_HEADINGS.predictions}</h2><ul class="predictions">${article.predictions.map((p) => html`<li><p class="prediction">${linked(p.text, marks)}</p>${p.rationale ? html`<p class="rationale">${linked(p.rationale, marks)}</p>` : ''}</li>`)}</ul></section>`);
  }
  const timeline = article.timeline.length === 0 ? [] : [html`<section aria-labelledby="own-timeline"><h2 id="own-timeline">Timeline</h2><ol class="timeline compact">${article.timeline.map((entry) => {
    const event = eventFor(entry.date, entry.text);
    // An entry that states a claim's figure links the figure to its claim, and its date to the event (links do not nest).
    if (marks.quotes.has(entry.text) || quotesAny(entry.text, marks.quotes)) {
      return html`<li><span class="date">${event ? html`<a href="${event.url}">${entry.date}</a>` : entry.date}</span> ${linked(entry.text, marks)}</li>`;
    }
    return html`<li><span class="date">${entry.date}</span> ${event ? html`<a href="${event.url}">${entry.text}</a>` : entry.text}</li>`;
  })}</ol></section>`];
  // An aggregator page's timeline comes after its predictions; a long-form article's after its text, where its own timeline section stood last.
  if (article.format === 'aggregator') parts.push(...timeline);
  let tables = article.competitorTables.length;
  for (const section of article.sections) {
    // Text before the first heading is a section without one (never an empty heading).
    const heading = section.heading === '' ? '' : section.level <= 2 ? html`<h2>${inLanguage(section.heading)}</h2>` : html`<h3>${inLanguage(section.heading)}</h3>`;
    // Every table is a landmark, so each needs its own name.
    const blocks = section.blocks.map((b) => blockHtml(b, b.kind === 'table' ? `Table ${++tables}${section.heading ? `: ${section.heading}` : ''}` : section.heading, marks));
    parts.push(html`<section class="longform">${heading}${blocks}</section>`);
  }
  if (article.format === 'longform') parts.push(...timeline);
  if (article.other.length) parts.push(html`<section aria-labelledby="other-lines"><h2 id="other-lines">Other lines, kept as written</h2>${article.other.map((o) => html`<p class="footer-line"><span class="line">line ${o.line}</span> ${o.text}</p>`)}</section>`);
  const furniture = [...article.deepInsight.filter(isPlaceholder), ...article.footer];
  if (furniture.length) parts.push(html`<details class="furniture"><summary>Lines every aggregator page carries (${furniture.length})</summary>${furniture.map((line) => html`<p class="footer-line">${line}</p>`)}</details>`);
  return joinHtml(parts, '\n');
}
