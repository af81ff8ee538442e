/**
 * Markdown in long-form text → sanitised HTML, through unified + remark-parse +
 * remark-html with sanitising on. Text with no markdown syntax at all (most
 * scraped prose) skips the parser: escaping it gives the same paragraph, faster.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkHtml from 'remark-html';
import remarkHtmlAsText from '../remark/remarkHtmlAsText.ts';
import { html, SafeHtml } from './html.ts';

const processor = unified().use(remarkParse).use(remarkHtmlAsText).use(remarkHtml);

/** Characters that can start markdown syntax; without them the text is plain. */
const MARKDOWN_SYNTAX = /[*_`[\]<>\\!#~|]|^\s*(?:[-+]|\d+[.)])\s|^\s*>/m;

/** Quotes nested 64 deep: no writer means that, and the parser takes seconds to find out. */
const TOO_DEEP = /(?:>[ \t]*){64}/;

/**
 * Renders one block of markdown as sanitised inline-or-block HTML. Markdown nested
 * thousands deep ("> > > …" in a hostile file) overflows the stack of unified's tree
 * walkers; such a block is shown as the text it is.
 */
export function markdownToHtml(text: string): SafeHtml {
  if (!MARKDOWN_SYNTAX.test(text) || TOO_DEEP.test(text)) return html`<p>${text}</p>`;
  try {
    return new SafeHtml(String(processor.processSync(text)).trim());
  } catch (error) {
    if (error instanceof RangeError) return html`<p>${text}</p>`;
    throw error;
  }
}

/** Whether `text` needs the markdown parser (and so cannot carry inline claim links). */
export const isMarkdown = (text: string): boolean => MARKDOWN_SYNTAX.test(text);
