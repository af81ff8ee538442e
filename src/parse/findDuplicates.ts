/**
 * Finds files that repeat another article under another name, so that a copy never
 * counts twice as a source. Two articles are the same when their words are the same:
 * the fingerprint ignores case, punctuation, icons and white space, so a copy that
 * arrived with other damage (mojibake, CRLF, BOM) still matches its original.
 */
import { createHash } from 'node:crypto';
import type { ParsedArticle } from '../schemas.ts';

/** The words of an article's content, in order, without its id and file name. */
export function contentFingerprint(article: ParsedArticle): string {
  const { id: _id, file: _file, other, timeline, ...content } = article;
  const text = JSON.stringify([content, other.map((o) => o.text), timeline.map((t) => [t.date, t.text])]);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return createHash('sha256').update(words.join(' ')).digest('hex');
}

/**
 * Splits articles into the ones kept and the duplicates, keeping the file whose name
 * sorts first (by code point) so the choice does not depend on the order on disk.
 */
export function findDuplicates(articles: ParsedArticle[]): {
  kept: ParsedArticle[];
  duplicates: { file: string; duplicateOf: string }[];
} {
  const byFingerprint = new Map<string, ParsedArticle>();
  const duplicates: { file: string; duplicateOf: string }[] = [];
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const article of sorted) {
    const key = contentFingerprint(article);
    const original = byFingerprint.get(key);
    if (original) duplicates.push({ file: article.file, duplicateOf: original.file });
    else byFingerprint.set(key, article);
  }
  return { kept: [...byFingerprint.values()], duplicates };
}
