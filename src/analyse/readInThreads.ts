/**
 * Reads the articles' claim candidates on several threads. Reading (`candidatesOf`) is
 * most of the analysis, and each article's reading is its own: worker threads take
 * batches of articles while this thread reads others, each thread first a run of
 * neighbouring batches of its own (an outlet's articles side by side), then what is
 * left of the others' runs, and every article's candidates land in `extracted` as if
 * read here. The analysis then sorts and merges them, so the
 * build writes the same files on one thread or many.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../schemas.ts';
import { candidatesOf } from './analyse.ts';
import type { Candidate } from './extractClaims.ts';
import type { FiscalCalendars } from './fiscalCalendars.ts';

/** Articles sent to a worker at once, and how many batches each keeps in hand so that it never waits for this thread. */
const BATCH = 16;
const IN_HAND = 2;
/**
 * Fewer articles than this per thread are read sooner on fewer threads: a worker takes about
 * a second to load the reader and warm up (its first articles take ~0.5 s each, as this
 * thread's did, where an article usually takes 10–50 ms).
 */
export const ARTICLES_PER_THREAD = 100;
/**
 * How long this thread reads between two turns of the event loop, in which the workers'
 * answers are taken and Pagefind's indexer is fed. Pagefind indexes in its own process and
 * receives the article records through a pipe that holds 64 KB, which the event loop
 * refills only in its turns: ~25 records, about 20 ms of Pagefind's work. With a turn every
 * 100 articles (~150 ms) Pagefind waited most of the analysis for its records and indexed
 * them after it, beside Eleventy; with a turn every 10 ms it indexes them on the other core
 * meanwhile (4,000 articles, three alternating full builds each: 15.8–17.6 s against 17.3–18.0 s).
 */
const TURN_MS = 10;

/**
 * A worker: the script compiled beside the CLI (bin/run.js names it), or, when Digest
 * runs from its sources, the TypeScript source loaded through tsx, which the worker
 * registers first. (V8's flags, such as --no-regexp-tier-up, are the process's: a worker
 * has them without being given them.)
 */
function startWorker(): Worker {
  const compiled = process.env.DIGEST_WORKER;
  if (compiled) return new Worker(compiled);
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./claimsWorker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, { eval: true });
}

/** A message between this thread and a worker: a batch of articles out, their candidates back. */
export interface BatchOut {
  id: number;
  articles: Article[];
  /** The fiscal calendars to read the articles on (`FiscalCalendars`). */
  calendars: [string, number][];
}
export interface BatchBack {
  id: number;
  candidates: Candidate[][];
}

/**
 * A candidate from a worker, its strings made one with the same strings of others. Read here, the candidates of articles
 * that repeat a sentence share its strings (the readers' caches return the same records); a worker's answers arrive as
 * copies, each its own, and 4,000 articles of news that repeats itself held ~20 MiB more until the pages were written.
 */
function sharing(): (candidate: Candidate) => Candidate {
  const strings = new Map<string, string>();
  const one = <T extends string | null>(text: T): T => {
    if (text === null) return text;
    const known = strings.get(text);
    if (known !== undefined) return known as T;
    strings.set(text, text);
    return text;
  };
  return (c) => {
    c.key = one(c.key);
    c.subject = one(c.subject);
    c.metric = one(c.metric);
    c.counterparty = one(c.counterparty);
    c.period = one(c.period);
    c.mention.section = one(c.mention.section);
    c.mention.quote = one(c.mention.quote);
    c.mention.article = one(c.mention.article);
    return c;
  };
}

/**
 * The articles in families: one outlet's articles of one format side by side, in their order otherwise. An outlet repeats
 * its own boilerplate, and copies of one story repeat each other's sentences; the readers' caches are each thread's own,
 * so a family read on one thread is read once, where spread over every thread each thread reads it once.
 */
function inFamilies(articles: Article[]): Article[] {
  const family = (a: Article) => `${a.format}\u0000${a.source ?? ''}`;
  // Array sort is stable: within a family, the articles keep their order.
  return articles
    .map((article) => ({ article, family: family(article) }))
    .sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : 0))
    .map(({ article }) => article);
}

/** A thread's share of the batches: the run from `next` up to `end` (excluded). */
interface Share {
  next: number;
  end: number;
}

/** `count` batches shared out in runs of neighbours, one run per thread. */
export function sharesOf(count: number, threads: number): Share[] {
  return Array.from({ length: threads }, (_, t) => ({ next: Math.floor((count * t) / threads), end: Math.floor((count * (t + 1)) / threads) }));
}

/**
 * The next batch for thread `t`: the first of its own run, or, its run done, the last of the run that has most left (the
 * end farthest from where that run's thread reads), or undefined when every batch is taken.
 */
export function takeBatch(shares: Share[], t: number): number | undefined {
  const own = shares[t]!;
  if (own.next < own.end) return own.next++;
  const richest = shares.reduce((a, b) => (b.end - b.next > a.end - a.next ? b : a));
  return richest.next < richest.end ? --richest.end : undefined;
}

const aTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Reads into `extracted` the candidates of every article it lacks, on up to `threads` threads, on `calendars`. */
export async function readInThreads(articles: Article[], extracted: WeakMap<Article, Candidate[]>, threads: number, calendars: FiscalCalendars): Promise<void> {
  const todo = inFamilies(articles.filter((article) => !extracted.has(article)));
  const batches: Article[][] = [];
  for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
  const threadCount = Math.max(1, Math.min(threads, Math.floor(todo.length / ARTICLES_PER_THREAD)));
  const workerCount = threadCount - 1;
  const shares = sharesOf(batches.length, threadCount);
  const shared = sharing();
  const workers: Worker[] = [];
  const finished: Promise<void>[] = [];
  for (let w = 0; w < workerCount; w++) {
    const worker = startWorker();
    workers.push(worker);
    finished.push(
      new Promise<void>((resolve, reject) => {
        const sent = new Map<number, Article[]>();
        const feed = () => {
          while (sent.size < IN_HAND) {
            const id = takeBatch(shares, w + 1);
            if (id === undefined) break;
            sent.set(id, batches[id]!);
            worker.postMessage({ id, articles: batches[id]!, calendars: [...calendars] } satisfies BatchOut);
          }
          if (sent.size === 0) resolve();
        };
        worker.on('message', ({ id, candidates }: BatchBack) => {
          sent.get(id)!.forEach((article, i) => extracted.set(article, candidates[i]!.map(shared)));
          sent.delete(id);
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (sent.size > 0) reject(new Error(`a worker reading claims stopped (exit code ${code}) with ${sent.size} batches unread`));
        });
        feed();
      }),
    );
  }
  // A worker's failure is awaited once this thread has read its share; until then it must not count as unhandled.
  const allFinished = Promise.all(finished);
  allFinished.catch(() => undefined);
  try {
    let turn = performance.now();
    for (let id = takeBatch(shares, 0); id !== undefined; id = takeBatch(shares, 0)) {
      for (const article of batches[id]!) {
        candidatesOf(article, calendars, extracted);
        if (performance.now() - turn >= TURN_MS) {
          await aTurn();
          turn = performance.now();
        }
      }
    }
    await allFinished;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
