/**
 * Tells a saved web page from text, cheaply, so that the HTML reader (parse5, loaded only
 * when a build has a web page among its inputs) reads only web pages.
 */

/** A document's opening, after any whitespace and comments: a doctype or an `<html>` tag. */
const DOCUMENT_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/i;
/** A page saved without its document tags (`.html` files only): a body, article or paragraph tag. */
const FRAGMENT_TAG = /<(?:body|article|main|p|h1)[\s>]/i;
const HTML_FILE = /\.x?html?$/i;

/** Whether a decoded file is a web page rather than text: a document, or an `.htm(l)` file with markup. */
export const isWebPage = (file: string, text: string): boolean =>
  DOCUMENT_START.test(text) || (HTML_FILE.test(file) && FRAGMENT_TAG.test(text.slice(0, 4096)));

/** Whether a file's bytes may be a web page: an `.htm(l)` file, or one whose first character (past a BOM and blanks) is `<`. */
export function mayBeWebPage(file: string, bytes: Uint8Array): boolean {
  if (HTML_FILE.test(file)) return true;
  for (const byte of bytes.subarray(0, 64)) {
    if (byte === 0x3c) return true;
    // A BOM (EF BB BF, FF FE, FE FF), blanks and UTF-16's zero bytes come before it.
    if (![0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0x09, 0x0a, 0x0d, 0x20].includes(byte)) return false;
  }
  return false;
}
