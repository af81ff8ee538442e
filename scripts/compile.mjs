/**
 * Compiles Digest's TypeScript once, so that the `digest` command starts without a
 * TypeScript loader (tsx costs about half a second on every run). esbuild bundles the
 * CLI and every page template with shared chunks — one copy of each module, npm packages
 * included but Eleventy and Pagefind; the templates' assets are copied beside them.
 * Runs on `npm ci` (prepare); bin/run.js compiles again whenever a source has
 * changed since, and runs the sources through tsx if compiling fails.
 *
 *   node scripts/compile.mjs
 */
import { build } from 'esbuild';
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Where the compiled builds live: a cache of the sources, not a source. Each build has a folder of its own, named by the
 * sources it was compiled from, and is never changed once there: a `digest` process that loads a page template or starts a
 * worker late in its run (tests start many at once, and `digest serve` runs for hours) loads it from the build it started
 * with, even when the sources change meanwhile and another process compiles them anew.
 */
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'digest');
/** Builds not used for this long are removed by the next compile (a `digest serve` session may hold an older one). */
const KEEP_MS = 24 * 60 * 60 * 1000;
const SOURCES = ['src', 'templates'].map((dir) => path.join(ROOT, dir));

/** The newest modification time among the sources and this script, in ms: a build is fresh when it was compiled from these. */
function newestSource() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs; // this script is a source too
  for (const dir of SOURCES) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** The folder of the build of the sources whose newest modification time is `newest`. */
const buildOf = (newest) => path.join(CACHE, `build-${String(newest).replace('.', '_')}`);

/** The compiled build's files under a build folder: the templates, and the worker that reads articles' claims on another thread (src/analyse/readInThreads.ts names it by DIGEST_WORKER). */
export const workerOf = (build) => path.join(build, 'src', 'analyse', 'claimsWorker.js');

/** Whether a build of the sources as they are now is there. */
export function isFresh() {
  return existsSync(buildOf(newestSource()));
}

/** The folder of the build of the sources as they are now, compiled first when there is none. */
export async function compiledBuild() {
  const folder = buildOf(newestSource());
  if (!existsSync(folder)) return compile();
  utimesSync(folder, new Date(), new Date()); // used now: kept by prune
  return folder;
}

/** Removes the builds other than `current` last used more than KEEP_MS ago, and what is neither a build nor being compiled. */
function prune(current) {
  for (const name of readdirSync(CACHE)) {
    const other = path.join(CACHE, name);
    const unused = name.startsWith('build-') ? Date.now() - statSync(other).mtimeMs > KEEP_MS : !name.startsWith('staging-');
    if (other !== current && unused) rmSync(other, { recursive: true, force: true });
  }
}

/**
 * Compiles src/cli.ts, src/pipeline.ts and templates/pages/*.11ty.ts into a build folder of their own and returns it.
 * Atomic: built beside it and renamed into place, so that no process ever sees half a build; when another process
 * was quicker, its build is kept and this one dropped.
 */
export async function compile() {
  const folder = buildOf(newestSource());
  const staging = path.join(CACHE, `staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const pages = readdirSync(path.join(ROOT, 'templates', 'pages')).filter((name) => name.endsWith('.11ty.ts'));
  await build({
    absWorkingDir: ROOT,
    // Eleventy imports a JavaScript template afresh (cache-busted) in every run. Each page is
    // therefore a second entry under chunks/pages: esbuild moves its code into a shared chunk,
    // loaded once, and the page file Eleventy imports only re-exports it — so the render
    // functions keep their optimised code from one run to the next.
    entryPoints: [
      'src/cli.ts',
      // The pipeline on its own, for the benchmark's `digest serve` cycle (scripts/benchRebuild.ts).
      'src/pipeline.ts',
      // The worker threads that read the articles' claims (src/analyse/readInThreads.ts).
      'src/analyse/claimsWorker.ts',
      ...pages.flatMap((name) => {
        const page = `templates/pages/${name}`;
        return [page, { in: page, out: `chunks/pages/${name.replace(/\.ts$/, '')}` }];
      }),
    ],
    outbase: '.',
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // npm packages are bundled too: loading them as a few chunks instead of hundreds of small
    // ES modules (micromark alone is ~100) starts every command ~0.2 s sooner (the seeds:
    // 1.09-1.23 s against 1.32-1.38 s, 5 alternating pairs). Bundled CommonJS packages get
    // a `require`. Eleventy loads the templates and its own files from its package, and
    // Pagefind finds its binary beside its package: both stay where npm put them.
    external: ['@11ty/eleventy', 'pagefind'],
    banner: { js: "import { createRequire as __digestRequire } from 'node:module'; const require = __digestRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
  });
  cpSync(path.join(ROOT, 'templates', 'assets'), path.join(staging, 'templates', 'assets'), { recursive: true });
  try {
    renameSync(staging, folder);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process put the same build there first
  }
  prune(folder);
  return folder;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compile();
