/** The data Eleventy hands a template: the site model (global data `digest`) and, when paginated, the item. */
import type { SiteModel } from '../../src/render/siteModel.ts';

export interface PageData<T = never> {
  digest: { model: SiteModel };
  item: T;
}
