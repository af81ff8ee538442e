#!/usr/bin/env node
// Entry point of the `digest` command. Runs the JavaScript build of scripts/compile.mjs
// (it starts half a second sooner than the TypeScript sources through tsx), compiling
// it first when a source has changed; runs the sources if that fails, or when
// DIGEST_FROM_SOURCE=1.
//
// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
// once it has run (--regexp-tier-up): for a long-lived page that saves compiling patterns used
// once. The analysis runs hundreds of patterns, some of ~10 KB of alternatives, over thousands of
// sentences: compiled to machine code at once, the analysis of 4,000 articles took 4.34-4.60 s
// against 5.07-5.25 s (three alternating runs). The flag is given on the command line by the
// package's build and serve scripts (`npm run build`, `npm run serve`), never set at run time:
// changed after some patterns were compiled, V8 may crash (docs/benchmarks.md, after the tenth
// evaluation round). Not in this file's first line either: `env -S`, which a `#!` line needs to pass
// it, is missing from BusyBox (Alpine). Run as `npx digest` or `node bin/digest.js`, Digest builds
// the same site without it.
import path from 'node:path';
import v8 from 'node:v8';
import { pathToFileURL } from 'node:url';
import { COMPILED, compile, isFresh } from '../scripts/compile.mjs';

async function compiled() {
  if (process.env.DIGEST_FROM_SOURCE) return false;
  try {
    if (!isFresh()) await compile();
    return true;
  } catch {
    return false;
  }
}

// A build is a short batch job. V8's default tiering optimises (TurboFan, on background
// threads) every function that warms up: at 4,000 articles, 891 compilations and ~4 s of
// CPU, competing with the build itself on 2 cores. Optimising only hotter functions, with
// less inlining each, cut the build's CPU time by ~2.5 s. Three alternating runs each,
// with / without: 4,000 articles --no-search 8.46-8.62 / 9.07-10.08 s (user CPU 8.7-8.9 /
// 11.0-12.2 s), with search 9.91-10.83 / 10.93-12.04 s; 1,000 articles --no-search
// 2.45-2.95 / 3.30-4.06 s; the seeds 0.85-1.00 / 0.84-0.97 s. Set before the CLI's
// modules load, so that their functions are created with these budgets.
// Measured on Node 20's V8 (11.3). Node 24's V8 (13.x) tiers up by invocation counts, with
// Maglev in between, and has no --interrupt-budget (it prints "unrecognized flag"): there
// the defaults stay until someone measures what suits it.
if (Number(process.versions.v8.split('.')[0]) <= 11) {
  v8.setFlagsFromString('--interrupt-budget=500000');
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}
let main;
if (await compiled()) {
  process.env.DIGEST_TEMPLATES = path.join(COMPILED, 'templates');
  ({ main } = await import(pathToFileURL(path.join(COMPILED, 'src', 'cli.js')).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
