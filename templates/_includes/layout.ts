/**
 * The page shell every page shares: head with title, description, canonical link,
 * Open Graph, JSON-LD and the Content-Security-Policy; skip link, header with the
 * site navigation, main, footer (with the edition's date when the build has one). Links are root-absolute; `finishedPage` adds the
 * path prefix to the finished page.
 */
import { counted, escapeHtml, finishedPage, html, jsonForScript, type SafeHtml } from '../../src/render/html.ts';
import type { SiteModel } from '../../src/render/siteModel.ts';

export interface PageOptions {
  title: string;
  description: string;
  /** The page's own root-absolute url, e.g. `/claims/x/`. */
  url: string;
  body: SafeHtml;
  jsonLd?: Record<string, unknown>;
  type?: 'website' | 'article';
  /** Scripts (root-absolute) and styles the page needs besides the site's CSS. */
  scripts?: string[];
  styles?: string[];
  /** The search page runs Pagefind's WebAssembly. */
  wasm?: boolean;
  /** Feeds announced besides the site's article feeds (`<link rel="alternate">`). */
  feeds?: { type: string; title: string; href: string }[];
}

/** The site navigation after the home link, which carries the site's title. */
const SECTIONS: [string, string][] = [
  ['/changes/', "What's new"],
  ['/articles/', 'Articles'],
  ['/claims/', 'Claims'],
  ['/metrics/', 'Figures over time'],
  ['/timeline/', 'Timeline'],
  ['/competitors/', 'Competitors'],
  ['/sources/', 'Sources'],
  ['/search/', 'Search'],
];

/**
 * Cuts text at a word boundary to at most `max` characters as written in the page, where
 * `&` takes five (search results show about 60, and validators count the source); never
 * between the two halves of an emoji.
 */
function shorten(text: string, max: number): string {
  const written = (t: string) => escapeHtml(t).length;
  if (written(text) <= max) return text;
  let cut = text.slice(0, max - 1);
  while (cut.length > 0 && (written(cut) > max - 1 || /[\ud800-\udbff]$/.test(cut))) cut = cut.slice(0, -1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.—-]+$/, '')}…`;
}

/** A build date as the site's language (English) writes it: `2026-05-01` is "1 May 2026". */
const editionDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** A full HTML page, its links under the path prefix, as UTF-8 bytes (it waits in memory for the end of its Eleventy run). */
export function layout(model: SiteModel, page: PageOptions): Uint8Array {
  const csp = [
    "default-src 'self'",
    `script-src 'self'${page.wasm ? " 'wasm-unsafe-eval'" : ''}`,
    `style-src 'self'${page.wasm ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  const { title: siteTitle, tagline, language } = model.site.metadata;
  const nav: [string, string][] = [['/', siteTitle], ...SECTIONS];
  const canonical = model.absolute(page.url);
  const title = page.url === '/' ? page.title : `${shorten(page.title, 55)} · ${siteTitle}`;
  const current = (href: string) => (href === '/' ? page.url === '/' : page.url.startsWith(href));
  return finishedPage(
    html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${title}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${canonical}">
<meta property="og:type" content="${page.type ?? 'website'}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:site_name" content="${siteTitle}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
${(page.styles ?? []).map((href) => html`<link rel="stylesheet" href="${href}">\n`)}${model.atomFeedDate ? html`<link rel="alternate" type="application/atom+xml" title="${siteTitle} (Atom)" href="/feed.xml">\n` : ''}<link rel="alternate" type="application/feed+json" title="${siteTitle} (JSON Feed)" href="/feed.json">
${(page.feeds ?? []).map((feed) => html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.href}">\n`)}${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-name"><a href="/">${siteTitle}</a>${tagline ? html` <span class="tagline">${tagline}</span>` : ''}</p>
<nav aria-label="Site">
<ul>${nav.map(([href, label]) => html`<li><a href="${href}"${current(href) ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer class="site-footer">
${model.site.buildDate ? html`<p class="edition">Edition of <time datetime="${model.site.buildDate}">${editionDate(model.site.buildDate)}</time></p>\n` : ''}<p>Built by Digest from ${counted(model.report.inputs, 'input file')}: ${counted(model.articles.length, 'article')}, ${counted(model.analysis.claims.length, 'claim')}, ${counted(model.analysis.conflicts.length, 'disagreement')}. ${model.atomFeedDate ? html`<a href="/feed.xml">Atom feed</a> · ` : ''}<a href="/feed.json">JSON feed</a> · <a href="/data/claims.json">Data (JSON)</a></p>
</footer>
${(page.scripts ?? []).map((src) => html`<script src="${src}"></script>\n`)}</body>
</html>
`.value,
    model.site.pathPrefix,
  );
}
