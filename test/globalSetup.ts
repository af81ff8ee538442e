/**
 * Builds the seeds' site once for the whole test run — at `/` without a build date,
 * and under the `/aws-digest/` path prefix with one — so page-level tests share one
 * build of each.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runDigest, SEEDS } from './helpers/cli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteRoot: string;
    sitePrefixed: string;
  }
}

export const SITE_URL = 'https://example.github.io/aws-digest/';
/** The prefixed site's edition date; the site at `/` has none. */
export const BUILD_DATE = '2026-05-01';

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'digest-site-'));
  const siteRoot = path.join(dir, 'root');
  const sitePrefixed = path.join(dir, 'prefixed');
  const [root, prefixed] = await Promise.all([
    runDigest(['build', '--input', SEEDS, '--output', siteRoot, '--site-url', 'https://example.org/']),
    // As the Pages workflow publishes an edition: under the prefix, with its date.
    runDigest(['build', '--input', SEEDS, '--output', sitePrefixed, '--path-prefix', '/aws-digest/', '--site-url', SITE_URL, '--build-date', BUILD_DATE]),
  ]);
  for (const result of [root, prefixed]) {
    if (result.code !== 0) throw new Error(`building the seeds failed:\n${result.stderr}`);
  }
  project.provide('siteRoot', siteRoot);
  project.provide('sitePrefixed', sitePrefixed);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
