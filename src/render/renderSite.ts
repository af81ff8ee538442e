/**
 * The render stage: Eleventy builds the pages from `templates/` with the records as
 * global data (JavaScript templates paginated over that data — no Markdown or
 * template language to parse per page); HtmlBasePlugin applies the path prefix;
 * the Pagefind index is written at the same time.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy, { HtmlBasePlugin } from '@11ty/eleventy';
import type { Analysis, Article, BuildReport } from '../schemas.ts';
import { buildSiteModel, type PageSelection, type SiteModel, type SiteOptions } from './siteModel.ts';
import { startSearchIndex, type SearchIndexer } from './searchIndex.ts';
import { DigestError } from '../errors.ts';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Holds the model by reference: Eleventy deep-merges plain data objects into every
 * template's data, but keeps class instances as they are.
 */
class DigestData {
  constructor(readonly model: SiteModel) {}
}

/**
 * Renders every page into `outDir` — or, with `only`, every page but the article and
 * claim pages left out of the selection (a `digest serve` rebuild) — and returns how many pages and search records were written. */
export async function renderSite(
  input: { articles: Article[]; analysis: Analysis; report: BuildReport; site: SiteOptions; only?: PageSelection; indexer?: SearchIndexer },
  outDir: string,
): Promise<{ pages: number; searchRecords: number }> {
  const model = buildSiteModel(input);
  const eleventy = new Eleventy(TEMPLATES, outDir, {
    quietMode: true,
    pathPrefix: input.site.pathPrefix,
    config(config) {
      config.addExtension(['11ty.ts'], { key: '11ty.js' });
      config.setTemplateFormats(['11ty.ts']);
      config.addGlobalData('digest', new DigestData(model));
      // With the default prefix `/` the plugin would rewrite nothing but still re-parse every page.
      if (input.site.pathPrefix !== '/') config.addPlugin(HtmlBasePlugin);
      // Eleventy warns on stdout when a step is slow; Digest reports its own timings.
      config.benchmarkManager.get('Configuration').setIsVerbose(false);
      config.addPassthroughCopy({ [path.join(TEMPLATES, 'assets')]: 'assets' });
      config.setDataDirectory('_data');
      config.setQuietMode(true);
    },
  });
  eleventy.disableLogger(); // Digest reports progress itself
  let indexer = input.indexer;
  if (!indexer && input.site.search && !input.only) {
    indexer = startSearchIndex();
    indexer.addArticles(input.articles);
  }
  // Every record is handed over before Eleventy starts (Pagefind waits on this thread
  // for each record), and the index is written after it: measured on 2 cores, Pagefind's
  // writer takes both, and running it beside Eleventy made the pair 2.5x slower.
  try {
    await indexer?.addAnalysis(input.analysis);
  } catch (error) {
    await indexer?.abandon();
    throw error;
  }
  const search = indexer ? indexer.write(outDir) : Promise.resolve(0);
  let pages: number;
  try {
    const results = (await eleventy.write()) as unknown as [unknown, { outputPath: string | false }[]] | { outputPath: string | false }[];
    const written = Array.isArray(results[1]) ? (results[1] as { outputPath: string | false }[]) : (results as { outputPath: string | false }[]);
    pages = written.filter((r) => typeof r.outputPath === 'string' && r.outputPath.endsWith('.html')).length;
  } catch (error) {
    await indexer?.abandon();
    throw new DigestError(`Eleventy could not render the site: ${(error as Error).message}`, { cause: error });
  }
  const searchRecords = await search;
  await writeFile(path.join(outDir, '.nojekyll'), '');
  return { pages, searchRecords };
}
