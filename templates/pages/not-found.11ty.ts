/** The page GitHub Pages serves for an unknown address. */
import { html, type PageOutput } from '../../src/render/html.ts';
import { layout } from '../_includes/layout.ts';
import type { PageData } from '../_includes/pageData.ts';

export const data = { permalink: '404.html', eleventyExcludeFromCollections: true };

export function render(d: PageData): PageOutput {
  const model = d.digest.model;
  return layout(model, {
    title: 'Page not found',
    description: 'This address is not part of the digest.',
    url: '/404.html',
    body: html`<h1>Page not found</h1><p>This address is not part of the digest. Start from <a href="/">the digest</a>, <a href="/claims/">the claims</a> or <a href="/search/">search</a>.</p>`,
  });
}
