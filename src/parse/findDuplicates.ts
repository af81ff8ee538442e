/**
 * Finds files that repeat another article under another name, so that a copy never
 * counts twice as a source. Two articles are the same when their words are the same:
 * the fingerprint ignores case, punctuation, icons and white space, so a copy that
 * arrived with other damage (mojibake, CRLF, BOM) still matches its original.
 */
import { createHash } from 'node:crypto';
import type { ParsedArticle } from '../schemas.ts';

/** Fingerprints already taken: a parsed article is immutable, and `digest serve` re-checks unchanged ones. */
const fingerprints = new WeakMap<ParsedArticle, string>();

/** The words of an article's content, in order, without its id and file name. */
export function contentFingerprint(article: ParsedArticle): string {
  const known = fingerprints.get(article);
  if (known) return known;
  const { id: _id, file: _file, other, timeline, ...content } = article;
  const text = JSON.stringify([content, other.map((o) => o.text), timeline.map((t) => [t.date, t.text])]);
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const fingerprint = createHash('sha256').update(words).digest('hex');
  fingerprints.set(article, fingerprint);
  return fingerprint;
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
  // Copies share their title's words: only articles whose title another one shares need the full fingerprint.
  const titleKeys = sorted.map((a) => a.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  const titles = new Map<string, number>();
  for (const key of titleKeys) titles.set(key, (titles.get(key) ?? 0) + 1);
  for (const [i, article] of sorted.entries()) {
    const titleKey = titleKeys[i]!;
    const key = titles.get(titleKey)! > 1 ? contentFingerprint(article) : `title:${titleKey}`;
    const original = byFingerprint.get(key);
    if (original) duplicates.push({ file: article.file, duplicateOf: original.file });
    else byFingerprint.set(key, article);
  }
  return { kept: [...byFingerprint.values()], duplicates };
}

/**
 * Splits articles whose id another file already has ("a.txt" and "a.md" are both "a"): an
 * id is the file's name without its extension, so only the file whose name sorts first
 * keeps it; the others are named for the build report.
 */
export function findIdClashes(articles: ParsedArticle[]): {
  kept: ParsedArticle[];
  clashes: { file: string; id: string; takenBy: string }[];
} {
  const byId = new Map<string, ParsedArticle>();
  const clashes: { file: string; id: string; takenBy: string }[] = [];
  for (const article of [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const owner = byId.get(article.id);
    if (owner) clashes.push({ file: article.file, id: article.id, takenBy: owner.file });
    else byId.set(article.id, article);
  }
  return { kept: [...byId.values()], clashes };
}
