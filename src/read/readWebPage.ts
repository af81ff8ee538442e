/**
 * A saved web page (an HTML document, as `curl … > story.html` or a browser's "Save page"
 * writes it) → the text Digest reads: front matter from the page's metadata (headline,
 * publication date, outlet, canonical url) and the article's body as lines (`#` headings,
 * paragraphs, `- ` list items, `|` table rows), without the page's scripts, styles,
 * navigation, banners, footers, sidebars, forms and media. The HTML is parsed by parse5
 * (hast-util-from-html), as a browser would, so broken markup still gives the text a
 * reader sees; what is an article's body is ours.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { phrasing } from 'hast-util-phrasing';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Elements that are no part of a story's text wherever they are. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'svg', 'math',
  'button', 'select', 'textarea', 'input', 'dialog', 'figure', 'img', 'picture', 'video', 'audio', 'canvas', 'object', 'embed',
]);

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const hidden = (el: Element) => el.properties.hidden !== undefined || el.properties.ariaHidden === 'true';

/** Whitespace as a reader sees it: runs of spaces and line breaks are one space. */
const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();
/** A table cell's text, its `|` escaped so that the row stays a row. */
const cellText = (el: Element) => squeeze(toText(el)).replaceAll('|', '\\|');

/** The lines of a table: a header row (its first row), the separator, then the rows. */
function tableLines(table: Element): string[] {
  const rows = selectAll('tr', table).map((row) => row.children.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th'));
  const filled = rows.filter((cells) => cells.length > 0);
  if (filled.length === 0) return [];
  const width = Math.max(...filled.map((cells) => cells.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [head, ...body] = filled.map((cells) => cells.map(cellText));
  return ['', line(head!), line(Array<string>(width).fill('---')), ...body.map(line), ''];
}

/**
 * The lines of a block container: each run of inline content is a paragraph, each
 * block child gives its own lines. `banner` drops `<header>`s (the site's masthead),
 * which a story's own `<article>` keeps (its headline and byline).
 */
function blockLines(parent: Element | Root, banner: boolean): string[] {
  const lines: string[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const text = squeeze(toText({ type: 'element', tagName: 'p', properties: {}, children: run }));
    if (text) lines.push('', text, '');
    run = [];
  };
  for (const child of parent.children) {
    if (child.type === 'text') {
      run.push(child);
      continue;
    }
    if (!isElement(child) || NEVER_TEXT.has(child.tagName) || hidden(child) || (banner && child.tagName === 'header')) continue;
    if (phrasing(child) && child.tagName !== 'br') {
      run.push(child);
      continue;
    }
    flush();
    const heading = /^h([1-6])$/.exec(child.tagName);
    if (heading) {
      const text = squeeze(toText(child));
      if (text) lines.push('', `${'#'.repeat(Number(heading[1]))} ${text}`, '');
    } else if (child.tagName === 'ul' || child.tagName === 'ol') {
      const items = child.children.filter(isElement).filter((li) => li.tagName === 'li').map((li) => squeeze(toText(li))).filter(Boolean);
      lines.push('', ...items.map((item) => `- ${item}`), '');
    } else if (child.tagName === 'table') {
      lines.push(...tableLines(child));
    } else if (child.tagName === 'p' || child.tagName === 'pre' || child.tagName === 'dd' || child.tagName === 'dt') {
      const text = squeeze(toText(child));
      if (text) lines.push('', text, '');
    } else {
      lines.push(...blockLines(child, banner));
    }
  }
  flush();
  return lines;
}

/** The first non-empty `content` of the page's `<meta>` elements matching one of `selectors`, in order. */
function metaContent(tree: Root, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = select(selector, tree)?.properties.content;
    if (typeof value === 'string' && value.trim()) return squeeze(value);
  }
  return null;
}

/** `datePublished` and the publisher's name from the page's JSON-LD, where it has them. */
function linkedData(tree: Root): { date: string | null; outlet: string | null } {
  for (const script of selectAll('script[type="application/ld+json"]', tree)) {
    try {
      const data: unknown = JSON.parse(toText(script));
      for (const item of Array.isArray(data) ? data : [data]) {
        if (typeof item !== 'object' || item === null) continue;
        const { datePublished, publisher } = item as { datePublished?: unknown; publisher?: { name?: unknown } };
        const date = typeof datePublished === 'string' ? datePublished : null;
        const outlet = typeof publisher?.name === 'string' ? publisher.name : null;
        if (date || outlet) return { date, outlet };
      }
    } catch {
      // A page's broken JSON-LD is the page's; its other metadata still counts.
    }
  }
  return { date: null, outlet: null };
}

/** What a page's title adds to its headline: the outlet after a bar or a dash. */
const SITE_SUFFIX = /^\s*[|–—:-]\s*\S/u;

/** A YAML value that is read back as exactly this string (JSON's double quotes are YAML's). */
const yamlString = (value: string) => JSON.stringify(value);

/**
 * A web page as Digest's text: front matter with what the page's metadata says (the
 * headline only when the story's body does not open with its own), then the body of its
 * `<article>` (else `<main>`, else `<body>`) as lines.
 */
export function readWebPage(html: string): string {
  const tree = fromHtml(html);
  const root = select('article', tree) ?? select('main, [role="main"]', tree) ?? select('body', tree) ?? tree;
  const banner = root.type === 'root' || root.tagName !== 'article';
  const body = blockLines(root, banner).join('\n').replace(/\n{3,}/gu, '\n\n').trim();
  const ld = linkedData(tree);
  const pageTitle = select('title', tree);
  const titled = metaContent(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (pageTitle ? squeeze(toText(pageTitle)) || null : null);
  // The story's own headline wins: an <h1>, or one of its first lines that the page's title repeats ("Headline | Outlet").
  const opening = body.split('\n').filter(Boolean).slice(0, 3);
  const repeats = (line: string) => titled === line || (titled?.startsWith(line) && SITE_SUFFIX.test(titled.slice(line.length)));
  const headline = /^#\s/mu.test(body) || opening.some(repeats) ? null : titled;
  const time = select('time[datetime]', root === tree ? tree : root)?.properties.dateTime;
  const published = metaContent(tree, 'meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]') ?? ld.date ?? (typeof time === 'string' ? time : null);
  const date = /^\d{4}-\d{2}-\d{2}/.exec(published ?? '')?.[0] ?? null;
  const outlet = metaContent(tree, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ld.outlet;
  const canonical = select('link[rel~="canonical"]', tree)?.properties.href;
  const url = typeof canonical === 'string' && /^https?:\/\//i.test(canonical) ? canonical : metaContent(tree, 'meta[property="og:url"]');
  const front = [
    headline && `title: ${yamlString(headline)}`,
    date && `date: ${yamlString(date)}`,
    outlet && `source: ${yamlString(outlet)}`,
    url && `url: ${yamlString(url)}`,
  ].filter(Boolean);
  return front.length > 0 ? `---\n${front.join('\n')}\n---\n${body}\n` : `${body}\n`;
}
