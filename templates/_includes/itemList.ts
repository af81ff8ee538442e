/** ItemList JSON-LD for an index page. */
import type { SiteModel } from '../../src/render/siteModel.ts';

export function itemList(model: SiteModel, name: string, items: { url: string; name: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.slice(0, 500).map((item, i) => ({ '@type': 'ListItem', position: i + 1, url: model.absolute(item.url), name: item.name })),
  };
}
