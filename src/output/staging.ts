/**
 * Atomic output: every build writes into a fresh sibling folder and swaps it in only
 * when everything succeeded, so a failed or killed build leaves the previous output
 * exactly as it was.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MARKER_FILE } from './guard.ts';

/** Names of the sibling folders a build uses for `outputDir`. */
export function stagingNames(outputDir: string) {
  const out = path.resolve(outputDir);
  const parent = path.dirname(out);
  const base = path.basename(out);
  return {
    parent,
    lock: path.join(parent, `.digest-lock-${base}`),
    staging: path.join(parent, `.digest-tmp-${base}-${process.pid}`),
    previous: path.join(parent, `.digest-old-${base}-${process.pid}`),
    strayPrefixes: [`.digest-tmp-${base}-`, `.digest-old-${base}-`],
  };
}

const exists = (p: string) => stat(p).then(() => true, () => false);

/**
 * A folder a build of this output left (`prefix` + a process id), not one of a sibling
 * output whose name starts the same: `.digest-tmp-site-2-41` belongs to `site-2`, not `site`.
 */
const isStray = (name: string, prefix: string) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length));

/**
 * Called with the build lock held: restores an output that a build killed between
 * its two renames left aside, then removes every stray folder of earlier builds.
 */
export async function recoverAndClean(outputDir: string): Promise<void> {
  const names = stagingNames(outputDir);
  const siblings = await readdir(names.parent).catch(() => [] as string[]);
  const out = path.resolve(outputDir);
  const [oldPrefix] = names.strayPrefixes.slice(1);
  const setAside = siblings.filter((name) => oldPrefix !== undefined && isStray(name, oldPrefix)).sort();
  if (!(await exists(out)) && setAside.length > 0) {
    await rename(path.join(names.parent, setAside[setAside.length - 1]!), out);
  }
  for (const name of await readdir(names.parent).catch(() => [] as string[])) {
    if (names.strayPrefixes.some((prefix) => isStray(name, prefix))) {
      await rm(path.join(names.parent, name), { recursive: true, force: true });
    }
  }
}

/** Creates an empty staging folder for this build, marked as a Digest output. */
export async function createStaging(outputDir: string): Promise<string> {
  const { staging } = stagingNames(outputDir);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  await writeFile(path.join(staging, MARKER_FILE), 'This folder was written by Digest and is replaced whole by each build.\n');
  return staging;
}

/** Swaps the finished staging folder in place of the output folder. */
export async function commitStaging(outputDir: string): Promise<void> {
  const names = stagingNames(outputDir);
  const out = path.resolve(outputDir);
  const hadOutput = await exists(out);
  if (hadOutput) await rename(out, names.previous);
  await rename(names.staging, out);
  if (hadOutput) await rm(names.previous, { recursive: true, force: true });
}

/** Removes this build's staging folder after a failure. */
export async function discardStaging(outputDir: string): Promise<void> {
  await rm(stagingNames(outputDir).staging, { recursive: true, force: true });
}
