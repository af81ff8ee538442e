/**
 * Atom feed of the latest articles, absolute urls from --site-url. Atom requires a date on
 * the feed and on every entry: an entry's is its article's own date, else the build date,
 * and an article with neither is left out; the feed's is the build date, else its newest
 * entry's. With no date at all the site has no Atom feed (the JSON Feed needs none).
 */
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { escapeHtml as x } from '../../src/render/html.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: (d: PageData) => (d.digest.model.atomFeedDate ? 'feed.xml' : false), eleventyExcludeFromCollections: true };

/** A feed date (RFC 3339) for a `YYYY-MM-DD` or `YYYY-MM` date: midnight UTC of that day, or of the month's first. */
export const feedDate = (date: string) => dateToRfc3339(new Date(`${date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`));

export function render(d: PageData): string {
  const model = d.digest.model;
  if (!model.atomFeedDate) return ''; // not written: its permalink is false
  // The latest dated articles only, as feed readers expect (all 4,000 made a 4 MB feed): `feedSize` of them.
  const items = model.latestArticles.filter((a) => model.publishedDate(a)).slice(0, model.site.feedSize);
  const { title, tagline, language } = model.site.metadata;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(language)}">
<title>${x(title)}</title>
${tagline ? `<subtitle>${x(tagline)}</subtitle>\n` : ''}<link href="${x(model.absolute('/feed.xml'))}" rel="self"/>
<link href="${x(model.absolute('/'))}"/>
<updated>${feedDate(model.atomFeedDate)}</updated>
<id>${x(model.absolute('/'))}</id>
${items.map((a) => `<entry>
<title>${x(a.title)}</title>
<link href="${x(model.absolute(a.url))}"/>
<id>${x(model.absolute(a.url))}</id>
<updated>${feedDate(model.publishedDate(a)!)}</updated>
<author><name>${x(a.source ?? 'Unattributed')}</name></author>
<summary>${x(a.tagline ?? a.tldr.whatChanged ?? a.title)}</summary>
</entry>`).join('\n')}
</feed>
`;
}
