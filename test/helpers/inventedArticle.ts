/**
 * A text written for a test, parsed as an input file of that name would be and given its
 * page url: the article the reader reads. Throws when the text is no article, so a test of
 * the reader never passes on a rejection.
 */
import type { Article } from '../../src/schemas.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { extractClaims, type Candidate } from '../../src/analyse/extractClaims.ts';

export function inventedArticle(text: string, file = 'example.txt'): Article {
  const parsed = parseArticle({ file, text, encoding: 'utf-8', repairs: [], warnings: [] });
  if (!('article' in parsed)) throw new Error(`${file} is not an article: ${parsed.rejection.reason}`);
  return { ...parsed.article, url: `/articles/${file.replace(/\.txt$/, '')}/` };
}

/** A long-form article of Example News dated `date` ("5 November 2026"): `headline`, its date line, `paragraphs`, its source line. */
export const longFormText = (headline: string, paragraphs: string[], date: string): string =>
  [headline, '', `Example News, ${date}`, '', ...paragraphs.flatMap((p) => [p, '']), 'Source: Example News'].join('\n');

/** The claim candidates of a long-form article under `headline`, dated `date`, of `paragraphs`. */
export const headlinedClaims = (headline: string, paragraphs: string[], date: string): Candidate[] => extractClaims(inventedArticle(longFormText(headline, paragraphs, date)));

/** The claim candidates `paragraph` states, in a long-form article of its own about `company` dated `date`. */
export const paragraphClaims = (company: string, paragraph: string, date = '25 November 2026'): Candidate[] => headlinedClaims(`${company} in the news`, [paragraph], date);

/** A claim candidate as one line: subject, metric, period, modality and amount. */
const claimLine = (c: Candidate): string => `${c.subject} ${c.metric} ${c.period} ${c.modality} ${c.value!.amount}`;

/** Each figure `paragraph` states, as `paragraphClaims` reads it, as a `claimLine`. */
export const paragraphClaimLines = (company: string, paragraph: string, date?: string): string[] => paragraphClaims(company, paragraph, date).map(claimLine);

/**
 * `sentence` as a paragraph of prose, which a text of one short sentence is not: the sentence, then one that states no figure
 * (a short text is read as a brief, not as an article's paragraph).
 */
export const asProse = (sentence: string): string => `${sentence} The company is based in California and employs thousands of people across many offices.`;

/** Each figure `sentence`, as a paragraph of prose (`asProse`) of an article about `company`, states, as a `claimLine`. */
export const sentenceClaimLines = (company: string, sentence: string, date?: string): string[] => paragraphClaimLines(company, asProse(sentence), date);

/**
 * Each figure a Chinese or Japanese article states, under `headline`, dated as such outlets date (`2026年11月20日`), of `lines`:
 * subject, metric, modality and amount.
 */
export const cjkArticleLines = (headline: string, date: string, lines: string[]): string[] =>
  cjkArticleClaims(headline, date, lines).map((c) => `${c.subject} ${c.metric} ${c.modality} ${c.value!.amount}`);

/** The claim candidates of a Chinese or Japanese article under `headline`, dated `date` as such outlets date it, of `lines` (paragraphs or tables). */
export const cjkArticleClaims = (headline: string, date: string, lines: string[]): Candidate[] =>
  extractClaims(inventedArticle([`# ${headline}`, '', date, '', ...lines.flatMap((l) => [l, ''])].join('\n')));

/** Each figure an article about `company` of `paragraphs` (headings and tables among them) states, as a `claimLine`. */
export const articleClaimLines = (company: string, paragraphs: string[], date = '25 November 2026'): string[] => headlinedClaims(`${company} in the news`, paragraphs, date).map(claimLine);

/**
 * An aggregator page about Oracle, laid out as the seeds' aggregator lays one out, from Example Wire: `headline`,
 * `tagline` and the TL;DR's `changed` line, then `takeaways`, the competitor `table` and, where given, a `timeline`.
 */
export function oraclePage(lines: { headline: string; tagline: string; changed: string }, takeaways: string[], table: string[], timeline: string[] = []): string {
  return [
    '🧭Example Wire•Freshcollected in 2h',
    lines.headline,
    `📌${lines.tagline}`,
    '⚡ 30-Second TL;DR',
    'What Changed',
    lines.changed,
    '🔑 Enhanced Key Takeaways',
    ...takeaways.map((t) => `- •${t}`),
    '📊 Competitor Analysis▸ Show',
    ...table,
    '🛠️ Technical Deep Dive',
    '- •Oracle builds most of its new capacity in Texas.',
    ...(timeline.length > 0 ? ['⏳ Timeline', ...timeline] : []),
    'Original source: Example Wire ↗',
  ].join('\n');
}

/** Each candidate as "subject | metric | modality | amount unit", the rows a test of a measure's reading compares. */
export const claimRows = (claims: Candidate[]): string[] => claims.map((c) => `${c.subject} | ${c.metric} | ${c.modality} | ${c.value!.amount} ${c.value!.unit}`);
