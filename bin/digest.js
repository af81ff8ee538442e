#!/usr/bin/env node
// Entry point of the `digest` command. Runs the JavaScript build of scripts/compile.mjs
// (it starts half a second sooner than the TypeScript sources through tsx), compiling
// it first when a source has changed; runs the sources if that fails, or when
// DIGEST_FROM_SOURCE=1.
import path from 'node:path';
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
