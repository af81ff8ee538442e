/**
 * Decodes the HTML character references a scraper left in the text (`AT&amp;T`,
 * `&#36;244B`, `it&#8217;s`, `&gt;50%`, `&amp;#39;` escaped twice): an input file is
 * text, not HTML, so a reference is damage. Only complete references, semicolon
 * included, are read (`R&D`, `S&P 500` and `Q&A` stay), with the `entities` package's
 * HTML tables. A reference to no character, a control character or a line break
 * (`&#0;`, `&#7;`, `&#10;`) is kept as written: decoding it would damage the text.
 */
import { decodeHTMLStrict } from 'entities';

const REFERENCE = /&(?:#\d{1,8}|#[xX][\da-fA-F]{1,7}|[A-Za-z][A-Za-z\d]{1,31});/g;
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\uFFFD]/;

/** Decodes references until none is left (twice-escaped text takes two rounds; at most three). */
export function repairHtmlEntities(text: string): { text: string; count: number } {
  let count = 0;
  let current = text;
  for (let round = 0; round < 3 && current.includes('&'); round++) {
    let decoded = 0;
    current = current.replace(REFERENCE, (reference) => {
      const character = decodeHTMLStrict(reference);
      if (character === reference || UNWANTED.test(character)) return reference;
      decoded++;
      return character;
    });
    if (decoded === 0) break;
    count += decoded;
  }
  return { text: current, count };
}
