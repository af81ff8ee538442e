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
import { pathToFileURL } from 'node:url';
import { COMPILED, COMPILED_WORKER, compile, isFresh } from '../scripts/compile.mjs';
import { tuneV8 } from '../scripts/tuneV8.mjs';

async function compiled() {
  if (process.env.DIGEST_FROM_SOURCE) return false;
  try {
    if (!isFresh()) await compile();
    return true;
  } catch {
    return false;
  }
}

// V8's tiering for a short batch job (scripts/tuneV8.mjs), set before the CLI's modules load.
tuneV8();
let main;
if (await compiled()) {
  process.env.DIGEST_TEMPLATES = path.join(COMPILED, 'templates');
  process.env.DIGEST_WORKER = COMPILED_WORKER;
  ({ main } = await import(pathToFileURL(path.join(COMPILED, 'src', 'cli.js')).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
