/** The data Eleventy hands a template: the site model (global data `digest`) and, when paginated, the item. */
import type { SiteModel } from '../../src/render/siteModel.ts';
import { pageFile } from '../../src/urls.ts';

export interface PageData<T = never> {
  digest: { model: SiteModel };
  item: T;
}

/**
 * Eleventy data for a template with one page per item of `data` (a path into the
 * global data): each page gets the item as `item`, is written at its own url, and
 * stays out of collections (Digest never uses them; skipping them is faster).
 */
export function onePagePer<T extends { url: string }>(data: string) {
  return {
    pagination: { data, size: 1, alias: 'item' },
    permalink: (d: PageData<T>) => pageFile(d.item.url),
    eleventyExcludeFromCollections: true,
  };
}
