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

/**
 * Markdown no writer means, on which the parser's time grows with the square or cube of
 * the text (a scraped or hostile file): quotes or list items nested 16 deep on one line or
 * 64 spaces in, and more than 1,000 syntax characters in one block (emphasis nested 4,000
 * deep took 10 s). Such a block is shown as its text; news paragraphs have a few dozen.
 */
const TOO_DEEP = /^[ \t]*(?:(?:[-+*>]|\d{1,9}[.)])[ \t]*){16}|^[ \t]{64,}(?:[-+*>]|\d{1,9}[.)])/m;
const SYNTAX_CHARACTER = /[*_`[\]<>\\!~|]/g;
const tooMuchSyntax = (text: string) => TOO_DEEP.test(text) || (text.length > 1000 && (text.match(SYNTAX_CHARACTER)?.length ?? 0) > 1000);

/**
 * Renders one block of markdown as sanitised inline-or-block HTML. Markdown nested
 * thousands deep overflows the stack of unified's tree walkers: a block the checks above
 * let through and that still does is shown as the text it is.
 */
export function markdownToHtml(text: string): SafeHtml {
  if (!MARKDOWN_SYNTAX.test(text) || tooMuchSyntax(text)) return html`<p>${text}</p>`;
  try {
    return new SafeHtml(String(processor.processSync(text)).trim());
  } catch (error) {
    if (error instanceof RangeError) return html`<p>${text}</p>`;
    throw error;
  }
}

/** Whether `text` needs the markdown parser (and so cannot carry inline claim links). */
export const isMarkdown = (text: string): boolean => MARKDOWN_SYNTAX.test(text);
