/** Atom feed of the latest articles, absolute urls from --site-url. */
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import { escapeHtml as x } from '../../src/render/html.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'feed.xml', eleventyExcludeFromCollections: true };

/** A feed date: the article's own date, else a fixed one, so builds stay reproducible. */
export const feedDate = (date: string | null) => new Date(`${(date ?? '2000-01-01').padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);

export function render(d: PageData): string {
  const model = d.digest.model;
  // The latest articles only, as feed readers expect (all 4,000 made a 4 MB feed): `feedSize` of them.
  const items = model.latestArticles.slice(0, model.site.feedSize);
  const { title, tagline, language } = model.site.metadata;
  const updated = dateToRfc3339(feedDate(items.map((a) => model.articleDate(a)).filter(Boolean).sort().at(-1) ?? null));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(language)}">
<title>${x(title)}</title>
${tagline ? `<subtitle>${x(tagline)}</subtitle>\n` : ''}<link href="${x(model.absolute('/feed.xml'))}" rel="self"/>
<link href="${x(model.absolute('/'))}"/>
<updated>${updated}</updated>
<id>${x(model.absolute('/'))}</id>
${items.map((a) => `<entry>
<title>${x(a.title)}</title>
<link href="${x(model.absolute(a.url))}"/>
<id>${x(model.absolute(a.url))}</id>
<updated>${dateToRfc3339(feedDate(model.articleDate(a)))}</updated>
<author><name>${x(a.source ?? 'Unattributed')}</name></author>
<summary>${x(a.tagline ?? a.tldr.whatChanged ?? a.title)}</summary>
</entry>`).join('\n')}
</feed>
`;
}
