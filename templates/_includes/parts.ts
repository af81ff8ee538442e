/**
 * Partials shared by pages: a claim's figure, mention quotes, the conflict chart
 * (inline SVG, one labelled bar per source), article lists.
 */
import { html, type SafeHtml } from '../../src/render/html.ts';
import { inLanguage } from '../../src/render/language.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';
import type { Article, Claim, Conflict, Mention } from '../../src/schemas.ts';
import { formatValue } from '../../src/analyse/parseValue.ts';
import { readClaimKey } from '../../src/analyse/extractClaims.ts';
import { PART_HEADINGS, TLDR_LABELS } from './articleParts.ts';

/** What each modality means, for a reader: the claim page says it in words. */
const MODALITY_WORDS: Record<Claim['modality'], string> = {
  fact: 'Reported as a fact: it happened, or is so.',
  plan: 'A plan: the company’s own plan, guidance, target or expectation.',
  forecast: 'A forecast: a prediction by analysts or by the article, not a reported result.',
  offer: 'An offer, bid or proposal, not a deal done',
  cancelled: 'Cancelled: a deal or plan that was called off.',
  rumour: 'A rumour: reported by unnamed sources, not confirmed.',
};

/** A claim's modality in words: "An offer, bid or proposal, not a deal done — rejected." */
export function modalityInWords(claim: Claim): string {
  if (claim.modality !== 'offer') return MODALITY_WORDS[claim.modality];
  const status = claim.offerStatus ? ` — ${claim.offerStatus}.` : '; the sources do not say whether it was accepted.';
  return `${MODALITY_WORDS.offer}${status}`;
}

/** The figure of a claim as readers see it. */
export const figure = (claim: Claim): string => (claim.value ? formatValue(claim.value) : '—');

/** What the mentions merged into a claim of each modality are, in the plural. */
const KEY_KINDS: Record<string, string> = {
  fact: 'Mentions',
  plan: 'Plans',
  forecast: 'Forecasts',
  offer: 'Offers',
  cancelled: 'Cancelled plans or deals',
  rumour: 'Rumours',
};

/** A list in words: "a, b and c". */
const inWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * What a claim's mentions have in common, in words instead of its merge key
 * (`fact|aws|backlog|`): "Mentions with the same subject, metric and period (AWS ·
 * backlog · no period stated)". The key holds them in lower case; the claim's own
 * fields, and its statement for a counterparty, give them as written.
 */
export function mergedOn(claim: Claim): string {
  const key = readClaimKey(claim.key);
  const kind = KEY_KINDS[claim.modality] ?? 'Mentions';
  const subject = claim.subject ?? key.subject;
  if (key.wording !== null) return `${kind} about ${subject || 'the same subject'} in the same words`;
  const counterparty = key.counterparty && (claim.statement.match(new RegExp(key.counterparty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'))?.[0] ?? key.counterparty);
  const fields: [string, string][] = [
    ['subject', subject || 'no subject named'],
    ['metric', claim.metric ?? key.metric ?? 'no metric named'],
    // A count of chips carries the chip it counts where a deal carries its other side.
    ...(counterparty ? [[claim.value?.unit === 'chips' ? 'chip' : 'counterparty', counterparty] as [string, string]] : []),
    ['period', key.period?.replace(/(?<![a-z])(?:q[1-4]|h[12]|fy)(?![a-z])/g, (part) => part.toUpperCase()) ?? 'no period stated'],
  ];
  return `${kind} with the same ${inWords(fields.map(([name]) => name))} (${fields.map(([, value]) => value).join(' · ')})`;
}

/** Outlets that state a claim, e.g. "GeekWire, 虎嗅". */
export function outletsOf(model: SiteModel, claim: Claim): string[] {
  return model.claimFacts.get(claim.id)?.outlets ?? [];
}

/** Names of the parts with no heading on the article page. */
const UNHEADED_PARTS: Record<string, string> = { title: 'title', tagline: 'tagline', lead: 'opening paragraphs', table: 'a table' };

/**
 * Where in its article a mention stands, in the article page's own words (the data API
 * keeps the field names): `technical deep dive`, `TL;DR, what changed`, `section “Final Verdict”`.
 */
function partName(section: string): string {
  const tldr = /^tldr\.(.+)$/.exec(section);
  if (tldr) return `TL;DR, ${(TLDR_LABELS[tldr[1] as keyof typeof TLDR_LABELS] ?? tldr[1]!).toLowerCase()}`;
  const named = /^(section|table): (.+)$/.exec(section);
  if (named) return `${named[1]} “${named[2]}”`;
  return PART_HEADINGS[section as keyof typeof PART_HEADINGS]?.toLowerCase() ?? UNHEADED_PARTS[section] ?? section;
}

/** Citations shown for one cell or one wording before the rest are counted: a copy repeated 800 times needs no 800 links. */
const CITED = 5;

/**
 * Links to the articles `ids` name (each by its outlet), the first five of them and a
 * count of the others.
 */
export function citations(model: SiteModel, ids: string[]): SafeHtml {
  const links = ids.slice(0, CITED).map((id, i) => {
    const article = model.articleById.get(id);
    return html`${i ? ', ' : ''}${article ? html`<a href="${article.url}" class="cite">${inLanguage(model.outletOf.get(id)?.name ?? article.title)}</a>` : id}`;
  });
  const more = ids.length - CITED;
  return html`${links}${more > 0 ? ` and ${more} more ${more === 1 ? 'article' : 'articles'}` : ''}`;
}

/** A link to an article with its outlet. */
export function articleLink(model: SiteModel, article: Article): SafeHtml {
  let links = articleLinks.get(model);
  if (!links) articleLinks.set(model, (links = new WeakMap()));
  let link = links.get(article);
  if (!link) links.set(article, (link = html`<a href="${article.url}">${inLanguage(article.title)}</a> <span class="outlet">${inLanguage(model.outletOf.get(article.id)?.name ?? '')}</span>`));
  return link;
}

/**
 * Each build's article links, made once: claim pages cite an article once per mention
 * (4,000 articles: ~64,000 citations of 4,000 links).
 */
const articleLinks = new WeakMap<SiteModel, WeakMap<Article, SafeHtml>>();

/**
 * Every mention of a claim: each distinct quote once, exactly as written, with every
 * article and section that states it (copies and syndicated stories repeat a
 * sentence word for word; a reader needs it once, with everyone who said it).
 */
export function mentionList(model: SiteModel, claim: Claim): SafeHtml {
  const byQuote = new Map<string, Mention[]>();
  for (const m of claim.mentions) {
    const same = byQuote.get(m.quote);
    if (same) same.push(m);
    else byQuote.set(m.quote, [m]);
  }
  const cite = (m: Mention) => {
    const article = model.articleById.get(m.article);
    return html`${article ? articleLink(model, article) : m.article}, <span class="section">${partName(m.section)}</span>`;
  };
  return html`<ol class="mentions">${[...byQuote].map(
    ([quote, mentions]) =>
      html`<li><blockquote><p>${inLanguage(quote)}</p></blockquote>${mentions.length === 1 ? html`<p class="cite">— ${cite(mentions[0]!)}</p>` : html`<p class="cite">— ${mentions.length} times, word for word:</p><ul class="cites">${mentions.map((m) => html`<li>${cite(m)}</li>`)}</ul>`}</li>`,
  )}</ol>`;
}

/**
 * The disagreeing values of a conflict side by side as an inline SVG bar chart:
 * one bar per claim, its value and outlets written beside it, so the chart reads
 * without colour; a table carries the same figures for screen readers.
 */
export function conflictChart(model: SiteModel, conflict: Conflict, titleId: string): SafeHtml {
  const claims = conflict.claims.map((id) => model.claimById.get(id)!).filter(Boolean);
  const max = Math.max(...claims.map((c) => Math.abs(c.value?.amount ?? 0)), 1);
  const rowHeight = 44;
  const height = claims.length * rowHeight + 8;
  const bars = claims.map((claim, i) => {
    const width = Math.max(2, Math.round((Math.abs(claim.value?.amount ?? 0) / max) * 240));
    const y = 4 + i * rowHeight;
    return html`<g><rect x="0" y="${y + 20}" width="${width}" height="16" class="bar bar-${i % 4}"></rect><text x="0" y="${y + 14}" class="bar-label">${figure(claim)} — ${outletsOf(model, claim).join(', ')}</text></g>`;
  });
  const summary = claims.map((c) => `${outletsOf(model, c).join(', ')}: ${figure(c)}`).join('; ');
  return html`<figure class="conflict-chart"><svg role="img" aria-labelledby="${titleId}" viewBox="0 0 320 ${height}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="${titleId}">${summary}</title>${bars}</svg>
<figcaption>${inLanguage(conflict.reason)}</figcaption></figure>`;
}

/** A conflict as a block: values side by side, the reason, links to each claim. */
export function conflictBlock(model: SiteModel, conflict: Conflict, index: number): SafeHtml {
  const claims = conflict.claims.map((id) => model.claimById.get(id)!).filter(Boolean);
  return html`<article class="conflict" aria-labelledby="conflict-${index}-title">
<h3 id="conflict-${index}-title">${claims[0]?.subject ?? ''} ${claims[0]?.metric ?? ''}${claims[0]?.period ? ` (${claims[0].period})` : ''}</h3>
<p class="reason">${inLanguage(conflict.reason)}</p>
<ul class="side-by-side">${claims.map((c) => html`<li><a href="${c.url}"><span class="value">${figure(c)}</span></a> <span class="outlet">${inLanguage(outletsOf(model, c).join(', '))}</span></li>`)}</ul>
</article>`;
}

/**
 * A list of claims with their figures and, unless `counts` is false, how many
 * articles state each (article pages leave counts out, so that one article's edit
 * does not change every page that shares a claim with it).
 */
export function claimList(model: SiteModel, claims: Claim[], counts = true): SafeHtml {
  if (claims.length === 0) return html`<p>No claims.</p>`;
  return html`<ul class="claims">${claims.map((c) => {
    const conflict = model.conflictByClaim.get(c.id);
    const n = model.claimFacts.get(c.id)?.articles.length ?? 0;
    return html`<li><a href="${c.url}">${c.statement}</a>${counts ? html` <span class="count">${n} ${n === 1 ? 'article' : 'articles'}</span>` : ''}${conflict ? html` <strong class="badge">Disputed</strong>` : ''}</li>`;
  })}</ul>`;
}
