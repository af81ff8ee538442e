/**
 * Compiles Digest's TypeScript once, so that the `digest` command starts without a
 * TypeScript loader (tsx costs about half a second on every run). esbuild bundles the
 * CLI and every page template with shared chunks — one copy of each module, npm packages
 * included but Eleventy and Pagefind; the templates' assets are copied beside them.
 * Runs on `npm ci` (prepare); bin/run.js compiles again whenever a source is
 * newer than the build, and runs the sources through tsx if compiling fails.
 *
 *   node scripts/compile.mjs
 */
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the compiled build lives: a cache of the sources, not a source. */
export const COMPILED = path.join(ROOT, 'node_modules', '.cache', 'digest');
/** The compiled worker that reads articles' claims on another thread (src/analyse/readInThreads.ts names it by DIGEST_WORKER). */
export const COMPILED_WORKER = path.join(COMPILED, 'src', 'analyse', 'claimsWorker.js');
const SOURCES = ['src', 'templates'].map((dir) => path.join(ROOT, dir));

/** The newest modification time among the sources and this script, in ms: the build is fresh when it was compiled from these. */
function newestSource() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs; // this script is a source too
  for (const dir of SOURCES) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Whether COMPILED was built from the sources as they are now. */
export function isFresh() {
  const stamp = path.join(COMPILED, 'stamp.json');
  return existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).newestSource === newestSource();
}

/**
 * Compiles src/cli.ts, src/pipeline.ts and templates/pages/*.11ty.ts into COMPILED. Atomic: built
 * beside it and swapped in, so a `digest` process running meanwhile (tests start
 * many at once) never sees half a build.
 */
export async function compile() {
  const newest = newestSource();
  const staging = `${COMPILED}.tmp-${process.pid}`;
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
  writeFileSync(path.join(staging, 'stamp.json'), `${JSON.stringify({ newestSource: newest })}\n`);
  if (isFresh()) return rmSync(staging, { recursive: true, force: true }); // another process was quicker
  const old = `${COMPILED}.old-${process.pid}`;
  if (existsSync(COMPILED)) renameSync(COMPILED, old);
  try {
    renameSync(staging, COMPILED);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process swapped its build in first
  }
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compile();
