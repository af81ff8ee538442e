/**
 * The render stage: Eleventy builds the pages from `templates/` with the records as
 * global data (JavaScript templates paginated over that data — no Markdown or
 * template language to parse per page); the pages add the path prefix to their
 * links themselves (finishedPage); the Pagefind index is written at the same time.
 *
 * Eleventy keeps every page it renders in memory until its build ends, so a large
 * site is rendered in batches of article and claim pages, one Eleventy run each:
 * memory stays bounded by the batch, not the corpus. The first run renders the
 * index pages and feeds (see `batches`).
 *
 * Eleventy renders (its programmatic `toJSON`) and the write queue's thread writes,
 * while the next batch renders; the caller can go on to the data files before the
 * last pages are on the disk.
 */
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Analysis, Article, BuildReport } from '../schemas.ts';
import { buildSiteModel, type EditionView, type PageSelection, type SiteModel, type SiteOptions } from './siteModel.ts';
import { searchIndexCount, startSearchIndex, type SearchIndexer } from './searchIndex.ts';
import { createWriteQueue, type OutputFile, type WriteQueue } from '../output/writeQueue.ts';
import { DigestError } from '../errors.ts';

/**
 * Eleventy's input: the TypeScript templates (loaded through tsx), or their compiled
 * copies when bin/run.js runs the build of scripts/compile.mjs and says where.
 */
const TEMPLATES = process.env.DIGEST_TEMPLATES ?? fileURLToPath(new URL('../../templates/', import.meta.url));
const EXTENSION = process.env.DIGEST_TEMPLATES ? '11ty.js' : '11ty.ts';
/** The templates with one page per article or claim; every other template is one page (or a few). */
const BULK_TEMPLATES = new Set([`article.${EXTENSION}`, `claim.${EXTENSION}`]);
/** Every other template, as Eleventy ignore globs. */
const INDEX_TEMPLATES = (await readdir(path.join(TEMPLATES, 'pages'))).filter((name) => !BULK_TEMPLATES.has(name)).map((name) => `**/pages/${name}`);
/** Article and claim pages per Eleventy run: measured at 4,000 articles, larger batches only cost memory. */
const PAGES_PER_RUN = 1000;

/**
 * A full garbage collection between runs: V8 otherwise keeps growing the heap over
 * the garbage of finished runs (measured at 4,000 articles: peak 850 MiB without, 450 with).
 */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
/**
 * Heap growth since the last collection below which none is forced: a run of claim pages
 * adds 15-25 MB, a run of 1,000 article pages 40-50 MB. Collecting after the small runs
 * too cost ~55 ms each and lowered no peak.
 */
const COLLECT_AFTER_GROWTH = 32 << 20;
/**
 * ...or a quarter of what the last collection kept, if that is more. A full collection
 * costs in proportion to the live heap, which grows with the corpus (the articles'
 * texts): at 40,000 articles ~800 MB, about a second of CPU for each of 40 runs, so the
 * render grew with the square of the corpus. Collecting after a growth proportional to
 * the live heap keeps the cost per page constant; at 4,000 articles (~105 MB live) the
 * 32 MB above still decides.
 */
const COLLECT_AFTER_FRACTION = 0.25;
let heapAfterCollection = 0;
function collectGarbage(): void {
  const growth = v8.getHeapStatistics().used_heap_size - heapAfterCollection;
  if (growth < Math.max(COLLECT_AFTER_GROWTH, heapAfterCollection * COLLECT_AFTER_FRACTION)) return;
  gc();
  heapAfterCollection = v8.getHeapStatistics().used_heap_size;
}

/**
 * Holds the model by reference: Eleventy deep-merges plain data objects into every
 * template's data, but keeps class instances as they are.
 */
class DigestData {
  constructor(readonly model: SiteModel) {}
}

/** One Eleventy run over `model`, rendering without writing; `indexPages` false leaves out every template but the bulk ones. */
async function runEleventy(model: SiteModel, outDir: string, indexPages: boolean): Promise<OutputFile[]> {
  // Eleventy's ESM resolver re-imports a template's changed dependencies in its watch mode,
  // through a loader-hooks thread that every later import waits on. Digest's templates do not
  // change while it runs (`digest serve` watches the input), so it is skipped: 0.2-0.3 s and
  // ~10 MiB less per build.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  // Loaded when first needed (0.4 s): `digest --help` and usage errors answer without it.
  const { default: Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(TEMPLATES, outDir, {
    quietMode: true,
    config(config) {
      if (EXTENSION !== '11ty.js') config.addExtension([EXTENSION], { key: '11ty.js' });
      config.setTemplateFormats([EXTENSION]);
      // The compiled templates live under node_modules/.cache, which Eleventy would skip.
      config.ignores.delete('**/node_modules/**');
      config.setUseGitIgnore(false);
      config.addGlobalData('digest', new DigestData(model));
      // Eleventy warns on stdout when a step is slow; Digest reports its own timings.
      config.benchmarkManager.get('Configuration').setIsVerbose(false);
      if (!indexPages) for (const glob of INDEX_TEMPLATES) config.ignores.add(glob);
      config.setDataDirectory('_data');
      config.setQuietMode(true);
    },
  });
  eleventy.disableLogger(); // Digest reports progress itself
  return (await eleventy.toJSON()).flatMap((r) => (typeof r.outputPath === 'string' ? [{ path: path.resolve(r.outputPath), content: r.content }] : []));
}

/**
 * One Eleventy run, its pages queued for writing; returns how many HTML pages it made.
 * A function of its own so that the pages are garbage once queued: held in the loop of
 * renderSite, the last run's pages stayed on the stack through the next collection
 * (37 MB at 1,000 article pages).
 */
async function renderRun(model: SiteModel, outDir: string, indexPages: boolean, writer: WriteQueue): Promise<number> {
  const files = await runEleventy(model, outDir, indexPages).catch((error: Error) => {
    throw new DigestError(`Eleventy could not render the site: ${error.message}`, { cause: error });
  });
  await writer.add(files);
  return files.filter((f) => f.path.endsWith('.html')).length;
}

/**
 * The article and claim pages split into runs of about `size` article pages' worth:
 * a claim page weighs one article page per 20 mentions it lists (a claim that 800
 * copies state is a page of 800 links). When there are several runs, the first one,
 * which renders the index pages, gets no others: those are few but large (the
 * articles index lists every article), and beside 1,000 article pages they set the
 * build's peak memory (4,000 articles: 450 → 400 MiB, no slower).
 */
function batches({ articles, claims }: SiteModel['pages'], size: number): SiteModel['pages'][] {
  const runs: SiteModel['pages'][] = [];
  for (let start = 0; start < articles.length; start += size) runs.push({ articles: articles.slice(start, start + size), claims: [] });
  // The claims start in the last article run if it has room.
  const last = runs.at(-1);
  let run: SiteModel['pages'] = last && last.articles.length < size ? runs.pop()! : { articles: [], claims: [] };
  let weight = run.articles.length;
  for (const claim of claims) {
    const claimWeight = 1 + Math.floor(claim.mentions.length / 20);
    if (weight + claimWeight > size && weight > 0) {
      runs.push(run);
      run = { articles: [], claims: [] };
      weight = 0;
    }
    run.claims.push(claim);
    weight += claimWeight;
  }
  if (run.articles.length + run.claims.length > 0 || runs.length === 0) runs.push(run);
  if (runs.length > 1) runs.unshift({ articles: [], claims: [] }); // the index pages' run
  return runs;
}

/**
 * Renders every page into `outDir` — or, with `only`, every page but the article and
 * claim pages left out of the selection (a `digest serve` rebuild) — and returns how
 * many pages and search records were written, and the urls of all the site's pages. `pagesPerRun` sets the batch size.
 * With a `writer`, pages may still be on their way to the disk when this resolves:
 * the caller awaits `writer.finish()`; without one, every page is written first.
 */
export async function renderSite(
  input: {
    articles: Article[];
    analysis: Analysis;
    report: BuildReport;
    site: SiteOptions;
    only?: PageSelection;
    indexer?: SearchIndexer;
    pagesPerRun?: number;
    /** Articles per search index (see `ARTICLES_PER_INDEX`); the `indexer`, when given, must have been started with the same. */
    articlesPerIndex?: number;
    writer?: WriteQueue;
  } & EditionView,
  outDir: string,
): Promise<{ pages: number; searchRecords: number; urls: string[] }> {
  const model = buildSiteModel({ ...input, searchIndexes: searchIndexCount(input.articles.length, input.articlesPerIndex) });
  const writer = input.writer ?? createWriteQueue();
  let indexer = input.indexer;
  if (!indexer && input.site.search && !input.only) {
    indexer = startSearchIndex(outDir, input.site.metadata.language, input.articlesPerIndex);
    indexer.addArticles(input.articles);
  }
  try {
    // Pagefind indexes the last records and writes the index in its own process while Eleventy renders.
    indexer?.addAnalysis(input.analysis);
    indexer?.addMetrics(model.metrics);
    const search = indexer ? indexer.write() : Promise.resolve(0);
    search.catch(() => undefined); // awaited below; if the render fails first, its error is the one to report
    const assets = cp(path.join(TEMPLATES, 'assets'), path.join(outDir, 'assets'), { recursive: true });
    let pages = 0;
    for (const [i, batch] of batches(model.pages, input.pagesPerRun ?? PAGES_PER_RUN).entries()) {
      if (i > 0) collectGarbage();
      pages += await renderRun({ ...model, pages: batch }, outDir, i === 0, writer);
    }
    await writer.add([{ path: path.join(outDir, '.nojekyll'), content: '' }]);
    collectGarbage(); // the last run's pages, before the caller goes on to the data files
    await assets;
    if (!input.writer) await writer.finish();
    return { pages, searchRecords: await search, urls: model.pageUrls };
  } catch (error) {
    await indexer?.abandon();
    if (!input.writer) await writer.finish().catch(() => undefined);
    throw error;
  }
}
