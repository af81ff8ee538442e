/** The seeds read, repaired and parsed exactly as a build does, as Article records. */
import { readInputs } from '../../src/read/readInputs.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import type { Article } from '../../src/schemas.ts';
import { SEEDS } from './cli.ts';

/** Articles from `dir` (default: the seeds), with placeholder urls. */
export async function loadArticles(dir = SEEDS): Promise<Article[]> {
  const { decoded } = await readInputs(dir, { maxBytes: 8 << 20 });
  return decoded.flatMap((file) => {
    const result = parseArticle(file);
    return 'article' in result ? [{ ...result.article, url: `/articles/${result.article.id}/` }] : [];
  });
}
