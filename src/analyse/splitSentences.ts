/**
 * Splits prose into sentences the way a reader would: `$37.6B`, `U.S.`, `e.g.`,
 * `Inc.` and decimal points are not sentence ends. Every sentence is returned as
 * an exact substring of the text, so quotes stay verbatim.
 */
const ABBREVIATIONS = new Set(['u.s', 'u.k', 'e.g', 'i.e', 'etc', 'inc', 'corp', 'ltd', 'co', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'est', 'approx', 'no', 'fig', 'al']);

/** Sentences of `text`, trimmed, each a verbatim substring of it. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?…]+["'”’)]*\s+(?=["'“‘(]?[A-Z0-9$])/g;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    const word = /(?:^|[\s(])([A-Za-z.]+)\.$/.exec(text.slice(start, match.index + 1))?.[1]?.toLowerCase();
    if (match[0].startsWith('.') && word !== undefined && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word))) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start).trim());
  return sentences.filter((s) => s !== '');
}
