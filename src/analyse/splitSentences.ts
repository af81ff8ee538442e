/**
 * Splits prose into sentences the way a reader would: `$37.6B`, `U.S.`, `e.g.`,
 * `Inc.` and decimal points are not sentence ends. Every sentence is returned as
 * an exact substring of the text, so quotes stay verbatim.
 */
// The German scales a translated wire keeps ("37,5 Mrd. $", "500 Mio. Euro") too.
const ABBREVIATIONS = new Set(['u.s', 'u.k', 'e.g', 'i.e', 'etc', 'inc', 'corp', 'ltd', 'co', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'est', 'approx', 'incl', 'excl', 'no', 'fig', 'al', 'mrd', 'mio']);

/**
 * The longest sentence kept whole. Longer runs (a scraped list with no full stops)
 * are cut at clause breaks: figures are read within their clause anyway, and reading
 * one figure must not mean scanning a megabyte.
 */
const MAX_SENTENCE = 1000;

/** `sentence` in pieces of at most MAX_SENTENCE characters, cut after `;` or `,` where it can be, else at a space. */
function cutRunOn(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const window = rest.slice(0, MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', ')) + 1;
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut);
  }
  pieces.push(rest.trim());
  return pieces;
}

/** Sentences of `text`, trimmed, each a verbatim substring of it. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // Chinese and Japanese end a sentence at 。！？ (closing quotes kept), with or without a space after.
  const boundary = /[.!?…]+["'”’)]*\s+(?=["'“‘(]?[A-Z0-9$])|[。！？]+[」』”’）)]*\s*(?=\S)/g;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    const word = /(?:^|[\s(])([A-Za-z.]+)\.$/.exec(text.slice(Math.max(start, match.index - 24), match.index + 1))?.[1]?.toLowerCase();
    if (match[0].startsWith('.') && word !== undefined && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start).trim());
  return sentences.flatMap((s) => (s.length > MAX_SENTENCE ? cutRunOn(s) : [s])).filter((s) => s !== '');
}
