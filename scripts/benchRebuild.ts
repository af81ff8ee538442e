/**
 * One `digest serve` cycle, timed in-process: a full build of CORPUS into OUT, then
 * one article file edited and the rebuild `digest serve` would run. Prints JSON:
 * `{ fullMs, rebuildMs, pages, rebuiltPages }`. Used by `npm run bench`. Runs the
 * compiled pipeline with the command's V8 settings, as `digest serve` does (bin/run.js);
 * the sources through tsx are slower, the merge most (tsx names every closure it creates).
 *
 *   node --import tsx scripts/benchRebuild.ts CORPUS OUT
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error -- plain JavaScript, no declarations
import { compiledBuild, workerOf } from './compile.mjs';
// @ts-expect-error -- plain JavaScript, no declarations
import { tuneV8 } from './tuneV8.mjs';
import type { BuildOptions } from '../src/options.ts';
import { DEFAULT_SETTINGS } from '../src/config.ts';

tuneV8();
const build = (await compiledBuild()) as string;
process.env.DIGEST_TEMPLATES = path.join(build, 'templates');
process.env.DIGEST_WORKER = workerOf(build) as string;
const { createBuildCache, runBuild, runRebuild } = (await import(pathToFileURL(path.join(build, 'src', 'pipeline.js')).href)) as typeof import('../src/pipeline.ts');

const [corpus, out] = process.argv.slice(2) as [string, string];
const input = `${out}-input`;
await rm(input, { recursive: true, force: true });
await cp(corpus, input, { recursive: true });
await rm(out, { recursive: true, force: true });
const options: BuildOptions = {
  input,
  output: out,
  pathPrefix: '/',
  siteUrl: null,
  strict: false,
  search: true,
  maxFileBytes: 8 * 1024 * 1024,
  buildDate: null,
  previous: null,
  lockTimeoutMs: 60_000,
  metadata: DEFAULT_SETTINGS,
  feedSize: DEFAULT_SETTINGS.feedSize,
  threads: availableParallelism(),
};
const cache = createBuildCache();
const full = await runBuild(options, {}, cache);
const victim = path.join(input, (await readdir(input)).sort()[2]!);
await writeFile(victim, (await readFile(victim, 'utf8')).replace(/\$(\d+)/, (_, n: string) => `$${Number(n) + 1}`));
const rebuild = await runRebuild(options, {}, cache);
console.log(JSON.stringify({ fullMs: full.durationMs, rebuildMs: rebuild.durationMs, pages: full.pages, rebuiltPages: rebuild.pages }));
await rm(input, { recursive: true, force: true });
