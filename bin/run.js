// The `digest` command itself, run by bin/digest.js with V8's flags. Runs the JavaScript build of
// scripts/compile.mjs (it starts half a second sooner than the TypeScript sources through tsx),
// compiling it first when a source has changed; runs the sources if that fails, or when
// DIGEST_FROM_SOURCE=1.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledBuild, workerOf } from '../scripts/compile.mjs';
import { tuneV8 } from '../scripts/tuneV8.mjs';

/** The folder of the compiled build of the sources as they are, or null to run the sources. */
async function compiled() {
  if (process.env.DIGEST_FROM_SOURCE) return null;
  try {
    return await compiledBuild();
  } catch {
    return null;
  }
}

// V8's tiering for a short batch job (scripts/tuneV8.mjs), set before the CLI's modules load.
tuneV8();
let main;
const build = await compiled();
if (build) {
  process.env.DIGEST_TEMPLATES = path.join(build, 'templates');
  process.env.DIGEST_WORKER = workerOf(build);
  ({ main } = await import(pathToFileURL(path.join(build, 'src', 'cli.js')).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
