/**
 * Invisible formatting characters that scraped pages keep: the soft hyphen (`&shy;`),
 * the zero-width space, the word joiner and a byte-order mark inside the text. They show
 * nothing, but they split words and figures for the reader ("bil\u00adlion",
 * "\u200b$244 billion") and for search. Zero-width joiners and non-joiners stay: emoji
 * sequences and some scripts need them.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** The text without invisible formatting characters, and how many were removed. */
export function removeInvisibles(text: string): { text: string; count: number } {
  if (!HAS_INVISIBLE.test(text)) return { text, count: 0 };
  let count = 0;
  const visible = text.replace(INVISIBLE, () => {
    count++;
    return '';
  });
  return { text: visible, count };
}
