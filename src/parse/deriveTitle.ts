/**
 * A title for an article whose file has none: the first sentence of its first
 * paragraph, shortened at a clause boundary to a headline's length.
 */
const MAX = 100;

/**
 * The first sentence of `text`: a full stop after a lower-case word ends it, not `$37.6B`
 * or `U.S.`; in Chinese and Japanese, `。！？` end it wherever they stand.
 */
function firstSentence(text: string): string {
  const match = /^.*?(?:[\p{Ll}\p{N})"'’”][.!?](?=\s+[\p{Lu}"'“‘]|$)|[。！？])/u.exec(text);
  return (match ? match[0] : text).replace(/[.!?。！？]$/u, '');
}

/** A headline-length title from a paragraph. */
export function deriveTitle(paragraph: string): string {
  const sentence = firstSentence(paragraph.trim());
  if (sentence.length <= MAX) return sentence;
  const clause = sentence.slice(0, MAX).match(/^(.{40,}?)[,;:—–，；：](?!.*[,;:—–，；：])/u);
  if (clause) return clause[1]!.trim();
  return `${sentence.slice(0, MAX).replace(/\s+\S*$/u, '')}…`;
}
