/** The seeds read, repaired and parsed exactly as a build does, as Article records. */
import { readInputs } from '../../src/read/readInputs.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { siteUrls } from '../../src/urls.ts';
import type { Analysis, Article, Table } from '../../src/schemas.ts';
import { SEEDS } from './cli.ts';
import { tempDir } from './corpus.ts';

/** Articles from `dir` (default: the seeds), with their file ids as slugs. */
export async function loadArticles(dir = SEEDS): Promise<Article[]> {
  const { decoded } = await readInputs(dir, { maxBytes: 8 << 20 });
  return decoded.flatMap((file) => {
    const result = parseArticle(file);
    return 'article' in result ? [{ ...result.article, url: siteUrls.article(result.article.id) }] : [];
  });
}

/**
 * For a test file: the seeds' articles and their analysis, loaded once, and a
 * temporary folder (`name` in its name) removed after the file's tests.
 */
export function useAnalysedSeeds(name: string): { root: string; articles: Article[]; analysis: Analysis } {
  const seeds = {} as { root: string; articles: Article[]; analysis: Analysis };
  beforeAll(async () => {
    seeds.root = await tempDir(name);
    seeds.articles = await loadArticles();
    seeds.analysis = analyse(seeds.articles);
  });
  afterAll(() => rm(seeds.root, { recursive: true, force: true }));
  return seeds;
}

/** An article of one `sentence` under `title`, from an outlet of its own, written on `date` ("2026-07-30"). */
export async function datedArticleOf(id: string, title: string, date: string, sentence: string): Promise<Article> {
  return { ...(await articleOf(id, title, [sentence])), date };
}

/** An article of `sentences` and `tables`, dated 2026-05, from an outlet of its own. */
export async function articleOf(id: string, title: string, sentences: string[], tables: Table[] = []): Promise<Article> {
  const [base] = await loadArticles();
  return {
    ...base!,
    id,
    file: `${id}.txt`,
    title,
    date: '2026-05-01',
    source: id,
    tagline: null,
    tldr: { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null },
    deepInsight: sentences,
    takeaways: [],
    technicalNotes: [],
    predictions: [],
    timeline: [],
    competitorTables: tables,
    sections: [],
  };
}
