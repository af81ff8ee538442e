/**
 * A text written for a test, parsed as an input file of that name would be and given its
 * page url: the article the reader reads. Throws when the text is no article, so a test of
 * the reader never passes on a rejection.
 */
import type { Article } from '../../src/schemas.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';

export function inventedArticle(text: string, file = 'example.txt'): Article {
  const parsed = parseArticle({ file, text, encoding: 'utf-8', repairs: [], warnings: [] });
  if (!('article' in parsed)) throw new Error(`${file} is not an article: ${parsed.rejection.reason}`);
  return { ...parsed.article, url: `/articles/${file.replace(/\.txt$/, '')}/` };
}
