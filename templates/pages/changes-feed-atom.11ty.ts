/** Atom feed of what changed, one entry per change, each with the stable id of its change. */
import { escapeHtml as x } from '../../src/render/html.ts';
import { siteUrls } from '../../src/urls.ts';
import type { PageData } from '../_includes/pageData.ts';
import { feedDate } from './feed-atom.11ty.ts';
import { changesFeedDate, KIND_NAMES } from '../_includes/changes.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';
import type { Change } from '../../src/schemas.ts';

export const data = { permalink: (d: PageData) => (changesFeedDate(d.digest.model) ? 'changes/feed.xml' : false), eleventyExcludeFromCollections: true };

/** Entries in a feed of changes: an edition can bring dozens, and a reader should see each one. */
export const CHANGE_FEED_ITEMS = 200;

/** A change's entry: id and link at its place on the changes page, titled by its kind. */
export function changeEntry(model: SiteModel, change: Change) {
  const url = model.absolute(siteUrls.change(change.id));
  const kind = KIND_NAMES[change.kind].one;
  return { id: url, url, title: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}: ${change.summary}`, summary: change.summary, date: change.date ? feedDate(change.date) : null };
}

export function render(d: PageData): string {
  const model = d.digest.model;
  const entries = model.changes.changes.slice(0, CHANGE_FEED_ITEMS).map((c) => changeEntry(model, c));
  const date = changesFeedDate(model);
  if (!date) return ''; // not written: its permalink is false
  const { title, language } = model.site.metadata;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(language)}">
<title>${x(title)}: what changed</title>
<subtitle>New figures, disagreements and events, edition by edition</subtitle>
<link href="${x(model.absolute('/changes/feed.xml'))}" rel="self"/>
<link href="${x(model.absolute('/changes/'))}"/>
<updated>${feedDate(date)}</updated>
<id>${x(model.absolute('/changes/'))}</id>
<author><name>${x(title)}</name></author>
${entries.map((e) => `<entry>
<title>${x(e.title)}</title>
<link href="${x(e.url)}"/>
<id>${x(e.id)}</id>
<updated>${e.date ?? feedDate(date)}</updated>
<summary>${x(e.summary)}</summary>
</entry>`).join('\n')}
</feed>
`;
}
