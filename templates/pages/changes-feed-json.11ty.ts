/** JSON Feed 1.1 of what changed, one item per change. */
import type { PageData } from '../_includes/pageData.ts';
import { CHANGE_FEED_ITEMS, changeEntry } from './changes-feed-atom.11ty.ts';

export const data = { permalink: 'changes/feed.json', eleventyExcludeFromCollections: true };

export function render(d: PageData): string {
  const model = d.digest.model;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${model.site.metadata.title}: what changed`,
    home_page_url: model.absolute('/changes/'),
    feed_url: model.absolute('/changes/feed.json'),
    language: model.site.metadata.language,
    authors: [{ name: model.site.metadata.title }],
    items: model.changes.changes.slice(0, CHANGE_FEED_ITEMS).map((c) => {
      const entry = changeEntry(model, c);
      return { id: entry.id, url: entry.url, title: entry.title, content_text: entry.summary, ...(entry.date ? { date_published: entry.date } : {}), tags: [c.kind] };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
