/**
 * Runs Digest's stages in order — read → repair → parse → analyse → render — and is
 * the only place that knows that order. Output is atomic: the site is built into a
 * staging folder beside the output and swapped in only when everything succeeded.
 */
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { readInputs, type ReadCache } from './read/readInputs.ts';
import { parseArticle, type ParseResult } from './parse/parseArticle.ts';
import { findDuplicates, findIdClashes } from './parse/findDuplicates.ts';
import { analyse, extractedFor } from './analyse/analyse.ts';
import { fiscalCalendarsOf } from './analyse/fiscalCalendars.ts';
import { readInThreads } from './analyse/readInThreads.ts';
import type { Candidate } from './analyse/extractClaims.ts';
import { renderSite } from './render/renderSite.ts';
import { startSearchIndex } from './render/searchIndex.ts';
import type { SiteOptions } from './render/siteModel.ts';
import { writeDataFiles } from './render/writeDataFiles.ts';
import { changedPages, removedPages, snapshotOf, type BuildSnapshot } from './render/changedPages.ts';
import { assertSafeOutputDir } from './output/guard.ts';
import { acquireBuildLock } from './output/lock.ts';
import { createWriteQueue } from './output/writeQueue.ts';
import { clearTextCaches } from './memoByText.ts';
import { readPreviousEdition, type PreviousEdition } from './editions/readPrevious.ts';
import { continueEdition } from './editions/continueEdition.ts';
import { commitStaging, createStaging, discardStaging, recoverAndClean, stagingNames } from './output/staging.ts';
import { assignArticleSlugs, loadRomaniser, pageFile, siteUrls } from './urls.ts';
import { StrictModeError, DigestError } from './errors.ts';
import {
  SCHEMA_VERSION,
  type Article,
  type Analysis,
  type BuildReport,
  type DecodedFile,
  type ParsedArticle,
  type Rejection,
  type Repair,
  type Warning,
} from './schemas.ts';
import type { BuildObserver, BuildOptions, BuildSummary, StageName } from './options.ts';

/**
 * What a long-lived process (`digest serve`) keeps between builds so that a rebuild
 * only reads, repairs and parses the files whose bytes changed.
 */
export interface BuildCache {
  read: ReadCache;
  parse: WeakMap<DecodedFile, ParseResult>;
  /** Articles by parse result, so an unchanged file keeps the same Article object... */
  articles: WeakMap<ParsedArticle, Article>;
  /** ...and the analysis keeps its claim candidates. */
  extracted: WeakMap<Article, Candidate[]>;
  /** What the last build rendered, so that a rebuild writes only the pages that changed. */
  snapshot: BuildSnapshot | null;
  /** The previous edition as read for the first build (`--previous`), so a rebuild does not fetch it again. */
  previous?: ReturnType<typeof readPreviousEdition>;
}

/** An empty cache for a series of builds of the same input folder. */
export const createBuildCache = (): BuildCache => ({ read: new Map(), parse: new WeakMap(), articles: new WeakMap(), extracted: new WeakMap(), snapshot: null });

const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
/** Warnings in report order: by file, then by line. */
const byFileAndLine = (a: Warning, b: Warning) => byFile(a, b) || (a.line ?? 0) - (b.line ?? 0);

/** Reads, repairs and parses every input file; every file ends as an article or a rejection. */
export async function ingest(
  inputDir: string,
  maxFileBytes: number,
  time: <T>(stage: StageName, work: () => Promise<T> | T) => Promise<T>,
  onProgress?: (done: number, total: number) => void,
  cache?: BuildCache,
): Promise<{ articles: Article[]; report: BuildReport }> {
  const read = await time('read', () => readInputs(inputDir, { maxBytes: maxFileBytes, onProgress, cache: cache?.read }));
  const rejected: Rejection[] = [...read.rejected];
  const warnings: Warning[] = [];
  const repairs: Repair[] = [];
  const parsed = await time('parse', () => {
    const articles: ParsedArticle[] = [];
    for (const decoded of read.decoded) {
      repairs.push(...decoded.repairs);
      warnings.push(...decoded.warnings);
      const result = cache?.parse.get(decoded) ?? parseArticle(decoded);
      cache?.parse.set(decoded, result);
      if ('rejection' in result) rejected.push(result.rejection);
      else {
        articles.push(result.article);
        warnings.push(...result.warnings);
      }
    }
    return articles;
  });
  const unique = findDuplicates(parsed);
  for (const duplicate of unique.duplicates) {
    rejected.push({ file: duplicate.file, reason: `duplicate of ${duplicate.duplicateOf}: the same article under another name, counted once` });
  }
  const { kept, clashes } = findIdClashes(unique.kept);
  for (const clash of clashes) {
    rejected.push({ file: clash.file, reason: `${clash.takenBy} has the same id, "${clash.id}" (an article's id is its file name without the extension): rename one of the two` });
  }
  const slugs = assignArticleSlugs(kept, await loadRomaniser(kept.map((a) => a.title)));
  const articles = kept
    .map((article): Article => {
      const url = siteUrls.article(slugs.get(article.id)!);
      const known = cache?.articles.get(article);
      if (known?.url === url) return known;
      const made = { ...article, url };
      cache?.articles.set(article, made);
      return made;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const report: BuildReport = {
    schemaVersion: SCHEMA_VERSION,
    inputs: read.inputs,
    articles: articles.length,
    rejected: rejected.sort(byFile),
    repairs: repairs.filter((r) => r.count > 0).sort((a, b) => byFile(a, b) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
    warnings: warnings.sort(byFileAndLine),
    titles: articles
      .filter((a) => a.titleSource !== 'title line')
      .map((a) => ({ file: a.file, title: a.title, derivedFrom: a.titleSource })),
  };
  return { articles, report };
}

/**
 * Fault injection for the kill tests: `DIGEST_PAUSE_AFTER=render:3000` holds the build
 * for 3 s after the render stage, so a test can kill it at a known point. Unset in
 * normal use; it only ever delays, never changes what is built.
 */
async function pauseForFaultInjection(stage: StageName): Promise<void> {
  const [pauseStage, ms] = (process.env.DIGEST_PAUSE_AFTER ?? '').split(':');
  if (pauseStage === stage) await new Promise((resolve) => setTimeout(resolve, Number(ms) || 0));
}

/** What the render stage needs of the build's options. */
const siteOptionsOf = (options: BuildOptions): SiteOptions => ({
  pathPrefix: options.pathPrefix,
  siteUrl: options.siteUrl,
  search: options.search,
  buildDate: options.buildDate,
  metadata: options.metadata,
  feedSize: options.feedSize,
});

/**
 * The previous edition named by `--previous`, or null for a first edition. A failure to
 * read it is one warning (in the build report and to the observer) and the build goes on
 * as a first edition, except under --strict, where it fails.
 */
async function previousEditionOf(
  options: BuildOptions,
  reading: ReturnType<typeof readPreviousEdition> | undefined,
  report: BuildReport,
  observer: BuildObserver,
): Promise<PreviousEdition | null> {
  if (!reading || options.previous === null) return null;
  const result = await reading;
  if ('edition' in result) return result.edition;
  if (options.strict) throw new StrictModeError(`--strict: ${result.failure}; the previous output is unchanged`);
  const message = `${result.failure}; this build is a first edition`;
  report.warnings = [...report.warnings, { file: options.previous, message }].sort(byFileAndLine);
  observer.warning?.(message);
  return null;
}

/** Starts reading `--previous` (a site url is fetched while the inputs are read), once per cache. */
function startReadingPrevious(options: BuildOptions, cache?: BuildCache): ReturnType<typeof readPreviousEdition> | undefined {
  if (options.previous === null) return undefined;
  const reading = cache?.previous ?? readPreviousEdition(options.previous);
  if (cache) cache.previous = reading;
  return reading;
}

/** What a build tells its caller. */
function summaryOf(report: BuildReport, analysis: Analysis, pages: number, output: string, durationMs: number, timings: Partial<Record<StageName, number>>): BuildSummary {
  return {
    inputs: report.inputs,
    articles: report.articles,
    rejected: report.rejected.length,
    repairs: report.repairs.reduce((sum, r) => sum + r.count, 0),
    claims: analysis.claims.length,
    conflicts: analysis.conflicts.length,
    events: analysis.events.length,
    pages,
    warnings: report.warnings.length,
    output: path.resolve(output),
    durationMs,
    timings: timings as Record<StageName, number>,
  };
}

/** Builds the site for `options` and returns what was built. Throws a DigestError on failure. */
export async function runBuild(options: BuildOptions, observer: BuildObserver = {}, cache?: BuildCache): Promise<BuildSummary> {
  const started = performance.now();
  const timings: Partial<Record<StageName, number>> = {};
  const time = async <T>(stage: StageName, work: () => Promise<T> | T): Promise<T> => {
    observer.stageStarted?.(stage);
    const t0 = performance.now();
    const result = await work();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    observer.stageFinished?.(stage, timings[stage]!);
    await pauseForFaultInjection(stage);
    return result;
  };

  await assertSafeOutputDir(options.output, options.input, process.cwd());
  const { lock } = stagingNames(options.output);
  const release = await acquireBuildLock(lock, options.lockTimeoutMs);
  try {
    // Checked again under the lock: another build may have written the folder meanwhile.
    await assertSafeOutputDir(options.output, options.input, process.cwd());
    await recoverAndClean(options.output);
    const reading = startReadingPrevious(options, cache);
    const { articles, report } = await ingest(options.input, options.maxFileBytes, time, observer.fileProgress, cache);
    if (options.strict && report.rejected.length > 0) {
      const list = report.rejected.map((r) => `  ${r.file}${r.line ? `:${r.line}` : ''}: ${r.reason}`).join('\n');
      throw new StrictModeError(`--strict: ${report.rejected.length} input file(s) rejected; the previous output is unchanged:\n${list}`);
    }
    const previous = await previousEditionOf(options, reading, report, observer);
    const staging = await createStaging(options.output);
    // Pages reach the disk on other threads while the next ones render and the data files are made;
    // the article pages' files are created (the slow part) while the analysis runs.
    const writer = createWriteQueue();
    writer.reserve(articles.map((a) => path.join(staging, pageFile(a.url))));
    // Pagefind indexes the articles in its own process while the analysis runs here.
    const indexer = options.search ? startSearchIndex(staging, options.metadata.language) : undefined;
    indexer?.addArticles(articles);
    try {
      const analysis = await time('analyse', async () => {
        const calendars = fiscalCalendarsOf(articles);
        const extracted = cache ? (cache.extracted = extractedFor(calendars, cache.extracted)) : new WeakMap<Article, Candidate[]>();
        await readInThreads(articles, extracted, options.threads, calendars);
        return analyse(articles, extracted, calendars);
      });
      clearTextCaches();
      const edition = await time('editions', () => continueEdition(articles, analysis, previous, options.buildDate));
      writer.reserve(edition.analysis.claims.map((c) => path.join(staging, pageFile(c.url))));
      report.warnings = [...report.warnings, ...analysis.warnings].sort(byFileAndLine);
      const site = siteOptionsOf(options);
      const rendered = await time('render', () => renderSite({ ...edition, report, site, indexer, writer }, staging));
      await time('data', () => writeDataFiles(staging, { ...edition, report, pathPrefix: options.pathPrefix }));
      await time('write', async () => {
        await writer.finish();
        await commitStaging(options.output);
      });
      if (cache) cache.snapshot = { ...snapshotOf(edition.articles, edition.analysis), urls: new Set(rendered.urls) };
      observer.reported?.(report);
      return summaryOf(report, analysis, rendered.pages, options.output, performance.now() - started, timings);
    } catch (error) {
      await indexer?.abandon();
      await writer.finish().catch(() => undefined); // nothing may still be writing into the folder removed next
      await discardStaging(options.output);
      throw error instanceof DigestError ? error : new DigestError(`Building the site failed: ${(error as Error).message}`, { cause: error });
    }
  } finally {
    await release();
  }
}

/**
 * `digest serve`'s rebuild after an input changed: reads and parses only changed
 * files (the cache), analyses everything, and writes into the live output only the
 * article and claim pages whose records changed, plus the index pages and data
 * files. Falls back to a full build when there is no previous build, when files were
 * removed or rejected (their pages must go), or with --strict.
 */
export async function runRebuild(options: BuildOptions, observer: BuildObserver, cache: BuildCache): Promise<BuildSummary> {
  const previous = cache.snapshot;
  if (!previous || options.strict) return runBuild(options, observer, cache);
  const started = performance.now();
  const timings: Partial<Record<StageName, number>> = {};
  const time = async <T>(stage: StageName, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return result;
  };
  const { lock } = stagingNames(options.output);
  const release = await acquireBuildLock(lock, options.lockTimeoutMs);
  let released = false;
  const releaseOnce = async () => {
    if (!released) {
      released = true;
      await release();
    }
  };
  try {
    const { articles, report } = await ingest(options.input, options.maxFileBytes, time, undefined, cache);
    const ids = new Set(articles.map((a) => a.id));
    if (ids.size !== previous.articles.size || [...previous.articles.keys()].some((id) => !ids.has(id))) {
      // Added or removed articles change every list: build it all (after letting go of the lock).
      await releaseOnce();
      return await runBuild(options, observer, cache);
    }
    const lastEdition = await previousEditionOf(options, startReadingPrevious(options, cache), report, observer);
    const analysis = await time('analyse', () => {
      const calendars = fiscalCalendarsOf(articles);
      return analyse(articles, (cache.extracted = extractedFor(calendars, cache.extracted)), calendars);
    });
    const edition = continueEdition(articles, analysis, lastEdition, options.buildDate);
    report.warnings = [...report.warnings, ...analysis.warnings].sort(byFileAndLine);
    const prints = snapshotOf(edition.articles, edition.analysis);
    // A partial render leaves the search index as it was; the next full build refreshes it.
    const site = siteOptionsOf(options);
    const rendered = await time('render', () => renderSite({ ...edition, report, site, only: changedPages(previous, prints) }, options.output));
    await time('data', () => writeDataFiles(options.output, { ...edition, report, pathPrefix: options.pathPrefix }));
    // The pages whose records are gone (a retitled article's old url, a changed figure's old claim) must not be served.
    await Promise.all(removedPages(previous, rendered.urls).map((url) => rm(path.join(options.output, pageFile(url)), { force: true })));
    cache.snapshot = { ...prints, urls: new Set(rendered.urls) };
    observer.reported?.(report);
    return summaryOf(report, analysis, rendered.pages, options.output, performance.now() - started, timings);
  } finally {
    await releaseOnce();
  }
}
