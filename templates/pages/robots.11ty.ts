/** robots.txt pointing at the sitemap. */
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: 'robots.txt', eleventyExcludeFromCollections: true };

export function render(d: PageData): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${d.digest.model.absolute('/sitemap.xml')}\n`;
}
