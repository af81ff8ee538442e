/**
 * Reads the last published edition's data API — a `data/` folder, or a site url whose
 * `data/*.json` are fetched — with the same zod schemas the build writes them with.
 * Whatever goes wrong (a missing file, another schemaVersion, invalid JSON, a network
 * error, a timeout) comes back as one sentence naming what failed, never as a throw:
 * the build then goes on as a first edition (or fails, under --strict).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ArticlesFile, ChangesFile, ClaimsFile, PublishedArticle, TimelineFile } from '../schemas.ts';

/** The records of the previous edition that the next one continues. */
export interface PreviousEdition {
  /** Where it was read from, as given. */
  source: string;
  /** What the next edition needs of an article. */
  articles: z.infer<typeof FILES.articles>['articles'];
  claims: ClaimsFile['claims'];
  conflicts: ClaimsFile['conflicts'];
  events: TimelineFile['events'];
  editions: ChangesFile['editions'];
  changes: ChangesFile['changes'];
}

/** How long to wait for each file of a site url (the issue's 10 s). */
export const PREVIOUS_TIMEOUT_MS = 10_000;

const FILES = {
  // Each article is validated whole, then only what the next edition needs is kept: the whole
  // records (37 MB of JSON at 4,000 articles) would stay in memory through the render.
  articles: ArticlesFile.extend({ articles: z.array(PublishedArticle.transform(({ id, title, source, firstSeen }) => ({ id, title, source, firstSeen }))) }),
  claims: ClaimsFile,
  timeline: TimelineFile,
  changes: ChangesFile,
} as const;

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** `data/<name>.json` under a site url, or `<name>.json` in a data folder (or in the `data/` of a site folder). */
function previousFileLocation(source: string, name: string): string {
  if (isUrl(source)) return new URL(`data/${name}.json`, source.endsWith('/') ? source : `${source}/`).href;
  const inSite = path.join(source, 'data', `${name}.json`);
  return !existsSync(path.join(source, `${name}.json`)) && existsSync(inSite) ? inSite : path.join(source, `${name}.json`);
}

/** One data file's text, or a sentence saying why there is none. */
async function fetchText(location: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(location, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const cause = error as Error;
    if (cause.name === 'TimeoutError') throw new Error(`${location} did not answer within ${timeoutMs / 1000} s`);
    throw new Error(`${location} could not be fetched (${(cause.cause as Error | undefined)?.message ?? cause.message})`);
  }
  if (!response.ok) throw new Error(`${location} answered HTTP ${response.status}`);
  try {
    return await response.text();
  } catch (error) {
    const cause = error as Error;
    throw new Error(cause.name === 'TimeoutError' ? `${location} did not finish within ${timeoutMs / 1000} s` : `${location} broke off (${cause.message})`);
  }
}

async function readText(location: string): Promise<string> {
  try {
    return await readFile(location, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${location} does not exist` : `${location} could not be read (${(error as Error).message})`);
  }
}

/** A file's records, validated; throws an Error whose message names the file and what is wrong. */
async function readDataFile<S extends z.ZodType>(source: string, name: string, schema: S, timeoutMs: number): Promise<z.infer<S>> {
  const location = previousFileLocation(source, name);
  const text = isUrl(source) ? await fetchText(location, timeoutMs) : await readText(location);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${location} is not valid JSON (${(error as Error).message})`);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== 1) throw new Error(`${location} has schemaVersion ${JSON.stringify(version)}; this build reads schemaVersion 1`);
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${location} does not match the data API: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return result.data;
}

/** A settled read's value, or its error thrown. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/**
 * The previous edition at `source`, or `{ failure }`: one sentence naming what failed.
 * Site urls are fetched with the built-in fetch, each file within `timeoutMs`.
 */
export async function readPreviousEdition(source: string, timeoutMs = PREVIOUS_TIMEOUT_MS): Promise<{ edition: PreviousEdition } | { failure: string }> {
  try {
    const read = await Promise.allSettled([
      readDataFile(source, 'articles', FILES.articles, timeoutMs),
      readDataFile(source, 'claims', FILES.claims, timeoutMs),
      readDataFile(source, 'timeline', FILES.timeline, timeoutMs),
      readDataFile(source, 'changes', FILES.changes, timeoutMs),
    ] as const);
    // The files are read at once, but a failure is told in the files' order, not in the order the reads
    // happened to fail: the warning, and the build report that keeps it, are the same on every build.
    const articles = settled(read[0]);
    const claims = settled(read[1]);
    const timeline = settled(read[2]);
    const changes = settled(read[3]);
    return {
      edition: {
        source,
        articles: articles.articles,
        claims: claims.claims,
        conflicts: claims.conflicts,
        events: timeline.events,
        editions: changes.editions,
        changes: changes.changes,
      },
    };
  } catch (error) {
    return { failure: `the previous edition could not be read: ${(error as Error).message}` };
  }
}
