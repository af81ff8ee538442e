/** JSON Feed 1.1 of the latest articles; an item's date is its article's own, else the build date, else left out (JSON Feed allows it). */
import type { PageData } from '../_includes/pageData.ts';
import { feedDate } from './feed-atom.11ty.ts';

export const data = { permalink: 'feed.json', eleventyExcludeFromCollections: true };

export function render(d: PageData): string {
  const model = d.digest.model;
  const { title, description, language } = model.site.metadata;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    description,
    home_page_url: model.absolute('/'),
    feed_url: model.absolute('/feed.json'),
    language,
    items: model.latestArticles.slice(0, model.site.feedSize).map((a) => ({
      id: model.absolute(a.url),
      url: model.absolute(a.url),
      title: a.title,
      content_text: [a.tagline, a.tldr.whatChanged, ...a.takeaways].filter(Boolean).join('\n\n') || a.title,
      ...(model.publishedDate(a) ? { date_published: feedDate(model.publishedDate(a)!) } : {}),
      authors: [{ name: a.source ?? 'Unattributed' }],
      ...(a.tags.length ? { tags: a.tags } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
