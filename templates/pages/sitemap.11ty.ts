/** sitemap.xml and robots.txt: every page, absolute. */
import { escapeHtml as x } from '../../src/render/html.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'sitemap.xml', eleventyExcludeFromCollections: true };

export function render(d: PageData): string {
  const model = d.digest.model;
  const urls = [
    '/', '/articles/', '/claims/', '/timeline/', '/competitors/', '/sources/', '/search/', '/changes/', '/metrics/',
    ...model.articles.map((a) => a.url),
    ...model.analysis.claims.map((c) => c.url),
    ...model.topics.map((t) => t.url),
    ...model.outlets.map((o) => o.url),
    ...model.metrics.map((m) => m.url),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${x(model.absolute(u))}</loc></url>`).join('\n')}
</urlset>
`;
}
