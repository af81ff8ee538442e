/**
 * The search index: Pagefind's Node API fed with the clean text Digest already has
 * (articles, claims, events) as custom records, instead of making Pagefind re-read
 * the HTML. Pagefind indexes in its own process, so the pipeline starts it as soon
 * as the articles are parsed: articles are indexed while the analysis runs, claims
 * and events while Eleventy writes the pages.
 */
import childProcess from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Analysis, Article } from '../schemas.ts';
import type { MetricSeries } from './metricSeries.ts';
import { formatValue } from '../analyse/parseValue.ts';
import { DigestError } from '../errors.ts';
import { spacedWords } from './language.ts';

interface SearchRecord {
  url: string;
  title: string;
  content: string;
  kind: 'article' | 'claim' | 'event' | 'metric';
}

/** An index being built: add records as they become known, then write it. */
export interface SearchIndexer {
  addArticles(articles: Article[]): void;
  /** Adds the claims and events. */
  addAnalysis(analysis: Analysis): void;
  /** Adds the metric pages: each figure by period. */
  addMetrics(metrics: MetricSeries[]): void;
  /** Writes the last index (the others are written as soon as they are complete); resolves to the number of records. */
  write(): Promise<number>;
  /** Stops Pagefind without writing (a failed build). */
  abandon(): Promise<void>;
}

/** The first 3,000 characters of an article: what a reader searches for; whole long-form texts doubled the index time. */
function articleText(a: Article): string {
  const parts = [a.title, a.tagline, ...Object.values(a.tldr), ...a.deepInsight, ...a.takeaways, ...a.technicalNotes, ...a.predictions.flatMap((p) => [p.text, p.rationale]), ...a.timeline.map((t) => t.text)];
  for (const section of a.sections) {
    parts.push(section.heading);
    for (const b of section.blocks) parts.push(b.kind === 'table' ? [b.table.header, ...b.table.rows].flat().join(' ') : b.kind === 'list' ? b.items.join(' ') : b.text);
  }
  return parts.filter(Boolean).join('\n').slice(0, 3000);
}

/**
 * Fragment files at most (Pagefind's `maxFragments`): each page's fragment (its title,
 * url and excerpt text) is a file of its own up to this many pages; beyond it, Pagefind
 * bundles fragments into shared files. At 4,000 articles (4,617 records) that is 462
 * files of ~6 KB instead of 4,617 of ~1 KB, and the full build took 12.4-12.6 s instead
 * of 14.4-15.0 s (three alternating runs each); a search result costs one ~6 KB request.
 */
export const MAX_FRAGMENT_FILES = 500;

/**
 * Articles per search index at most. Pagefind holds every record of an index in memory
 * until it writes it, and builds the index twice when asked to write it (its service's
 * WriteFiles builds it, then the write builds it again), at ~150 KB per record at its
 * peak: one index of 40,000 articles peaked at 6.3 GiB. Beyond this many articles the
 * records are split into several indexes, written one after another by a Pagefind
 * process each, which the search page merges (Pagefind UI's `mergeIndex`).
 */
export const ARTICLES_PER_INDEX = 10_000;

/** How many indexes hold a site's articles: one, or beyond `perIndex` articles, the articles split evenly. */
const articleIndexCount = (articles: number, perIndex: number): number => Math.max(1, Math.ceil(articles / perIndex));

/**
 * From this many articles on, the articles get an index (or several) of their own, and the claims, events and
 * metrics one more: the article index is then built and written while the analysis runs, on the core Pagefind
 * has to itself, and only a small index is left when the pages are done. 4,000 articles, three alternating full
 * builds each: 11.35–12.07 s split against 12.16–13.38 s as one index; 1,000 articles: no difference (4.42–4.68
 * against 4.41–4.62 s), so a small site keeps one index for its search page to load.
 */
export const SEPARATE_ARTICLE_INDEX_FROM = 2_000;

/**
 * How many indexes a site of `articles` articles gets: one; or, when its articles have an index of their own
 * (from SEPARATE_ARTICLE_INDEX_FROM articles on, or split because they are more than `perIndex`), theirs and one
 * more for the claims, events and metrics. Every article index can then be written while the analysis and the
 * render run, and what is left when the pages are done is a small index.
 */
export const searchIndexCount = (articles: number, perIndex = ARTICLES_PER_INDEX): number => {
  const parts = articleIndexCount(articles, perIndex);
  return parts > 1 || articles >= SEPARATE_ARTICLE_INDEX_FROM ? parts + 1 : 1;
};

/** The folder of index `i` (from 0) in the output: `pagefind`, then `pagefind-2`, `pagefind-3`… */
export const searchIndexFolder = (i: number): string => (i === 0 ? 'pagefind' : `pagefind-${i + 1}`);

/** A Pagefind index being built, in the Pagefind process that holds it. */
type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Starts a Pagefind process (the one the Node API keeps) with an empty index. */
/**
 * How much nicer than the build Pagefind's process runs. It indexes the articles while the analysis runs and is done
 * before the pages are (4,000 articles: ~8.7 s into a build whose pages are done at ~11 s), so on
 * two cores the build's own thread is the one that decides when it ends: Pagefind at a lower
 * priority leaves it the core when both want it. 4,000 articles, four alternating full builds:
 * 11.12–11.61 s against 11.78–12.00 s.
 */
const PAGEFIND_NICENESS = 10;

/**
 * Runs `start`, which starts Pagefind's process, so that the process runs PAGEFIND_NICENESS nicer (at most 19):
 * Pagefind's Node API spawns it and keeps it to itself, so its `child_process.spawn` is wrapped
 * for the moment it spawns.
 */
function belowNormalPriority<T>(start: () => T): T {
  const module = childProcess as { spawn: typeof childProcess.spawn };
  const spawn = module.spawn;
  module.spawn = ((...args: Parameters<typeof spawn>) => {
    const child = spawn(...args);
    try {
      if (child.pid !== undefined) os.setPriority(child.pid, Math.min(os.getPriority() + PAGEFIND_NICENESS, 19));
    } catch {
      // Not allowed on this system: Pagefind runs at the build's priority, as it would anyway.
    }
    return child;
  }) as typeof spawn;
  try {
    return start();
  } finally {
    module.spawn = spawn;
  }
}

async function openIndex(): Promise<Index> {
  const { index, errors } = await belowNormalPriority(() => pagefind.createIndex({ maxFragments: MAX_FRAGMENT_FILES }));
  if (!index) throw new DigestError(`the search index could not be created: ${errors.join('; ')}`);
  return index;
}

/**
 * Sends records to the index, every one at once and in order: Pagefind reads them from
 * its pipe as fast as it indexes them. Waiting for one batch before sending the next
 * would need this thread, busy rendering.
 */
async function addRecords(index: Index, records: SearchRecord[], language: string): Promise<void> {
  // Root-absolute urls without the prefix: Pagefind's UI adds the base path it was loaded from.
  // One language, the site's: Pagefind loads only the index of the page's `lang`, so a record
  // marked `zh` is never searched from an English site. Chinese and Japanese are indexed as
  // words set apart (spacedWords), and the search page splits queries alike.
  const results = await Promise.all(
    records.map((r) => index.addCustomRecord({ url: r.url, content: spacedWords(r.content), language, meta: { title: r.title }, filters: { kind: [r.kind] } })),
  );
  results.forEach((result, i) => {
    if (result.errors.length) throw new DigestError(`the search index refused ${records[i]!.url}: ${result.errors.join('; ')}`);
  });
}

/** Writes the index into `folder` and stops its Pagefind process, so that its memory is returned before the next index starts. */
async function writeIndex(index: Index, folder: string): Promise<void> {
  try {
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new DigestError(`the search index could not be written: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

const articleRecord = (a: Article): SearchRecord => ({ url: a.url, title: a.title, content: articleText(a), kind: 'article' });

/**
 * Starts indexing into `outDir`. Up to `perIndex` articles, one index holds everything;
 * beyond, the articles are split evenly into indexes of consecutive articles, indexed and
 * written one after another, each by a Pagefind process of its own, and the claims, events
 * and metrics make one more (see `searchIndexCount`). Pagefind works
 * in its own process: the articles are indexed while the analysis runs, the rest while
 * Eleventy renders. An index's records are made only when its turn comes, so this
 * process holds one index's records at a time. `language` (the pages' `lang`) picks the
 * word stemming, and Pagefind's UI finds the index by the page's `lang`.
 */
export function startSearchIndex(outDir: string, language: string, perIndex = ARTICLES_PER_INDEX): SearchIndexer {
  let count = 0;
  let indexes = 1;
  /** The indexes written so far, in order (one at a time: each holds its records in memory until written). */
  let written: Promise<void> = Promise.resolve();
  /** The last index, which stays open for the claims and events. */
  let last: Promise<Index> | undefined;
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= pagefind.close().then(() => undefined)); // once, whoever gets there first
  const quiet = <T>(promise: Promise<T>) => {
    promise.catch(() => undefined); // reported by write()
    return promise;
  };
  /** Records that are not articles join the last index. */
  const addToLast = (records: SearchRecord[]) => {
    count += records.length;
    last = quiet(
      (last ?? written.then(openIndex)).then(async (index) => {
        await addRecords(index, records, language);
        return index;
      }),
    );
  };
  return {
    addArticles(articles) {
      const parts = articleIndexCount(articles.length, perIndex);
      indexes = searchIndexCount(articles.length, perIndex);
      const size = Math.ceil(articles.length / parts);
      for (let i = 0; i < parts; i++) {
        const part = articles.slice(i * size, (i + 1) * size);
        const opened = written.then(async () => {
          const index = await openIndex();
          await addRecords(index, part.map(articleRecord), language);
          return index;
        });
        if (indexes > 1) written = quiet(opened.then((index) => writeIndex(index, path.join(outDir, searchIndexFolder(i)))));
        else last = quiet(opened);
      }
      count += articles.length;
    },
    addAnalysis(analysis) {
      const records = [
        // A quote repeated word for word by many articles adds nothing to the index after its first time.
        ...analysis.claims.map((c): SearchRecord => ({ url: c.url, title: c.statement, content: [c.statement, ...[...new Set(c.mentions.map((m) => m.quote))].slice(0, 20)].join('\n'), kind: 'claim' })),
        ...analysis.events.map((e): SearchRecord => ({ url: e.url, title: `${e.date}: ${e.text}`, content: e.mentions.map((m) => m.text).join('\n'), kind: 'event' })),
      ];
      addToLast(records);
    },
    addMetrics(metrics) {
      addToLast(
        metrics.map((m) => ({
          url: m.url,
          title: `${m.title} over time`,
          content: [m.title, ...m.periods.map((p) => `${p.label}: ${p.points.map((x) => `${formatValue(x.claim.value!)} (${x.outlets.join(', ')})`).join('; ')}`)].join('\n'),
          kind: 'metric',
        })),
      );
    },
    async write() {
      try {
        await written;
        const index = await (last ?? written.then(openIndex));
        await writeIndex(index, path.join(outDir, searchIndexFolder(indexes - 1)));
        return count;
      } finally {
        await close();
      }
    },
    async abandon() {
      await Promise.allSettled([written, last]);
      await close();
    },
  };
}
