/**
 * Two editions of a digest, built as a returning reader meets them: the first from four
 * of the seeds and The Ledger's article (Amazon capex $180B, against GeekWire's $200B);
 * the second a week later with Bloomberg's article added (new claims, new and merged
 * timeline events, a new disagreement on AWS revenue growth) and The Ledger's article
 * corrected (capex $200B: the disagreement is settled; three sentences with the AWS
 * backlog at $244.4B: the backlog claim now shows that figure).
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT, runDigest, SEEDS, type RunResult } from './cli.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'editions');
export const FIRST_DATE = '2026-11-17';
export const SECOND_DATE = '2026-11-24';
export const EDITIONS_SITE_URL = 'https://example.org/digest/';
/** Bloomberg Technology's seed, left out of the first edition. */
export const BLOOMBERG = '004_f8a458f6d888d2ee';

/** Writes the two editions' input folders under `dir` (`in-1`, `in-2`). */
export async function editionInputs(dir: string): Promise<{ first: string; second: string }> {
  const first = path.join(dir, 'in-1');
  const second = path.join(dir, 'in-2');
  await mkdir(first, { recursive: true });
  await mkdir(second, { recursive: true });
  for (const name of await readdir(SEEDS)) {
    if (!name.startsWith(BLOOMBERG)) await copyFile(path.join(SEEDS, name), path.join(first, name));
    await copyFile(path.join(SEEDS, name), path.join(second, name));
  }
  await copyFile(path.join(FIXTURES, 'ledger-first.txt'), path.join(first, 'ledger.txt'));
  await copyFile(path.join(FIXTURES, 'ledger-second.txt'), path.join(second, 'ledger.txt'));
  return { first, second };
}

/** Builds one edition (no search index: these tests read pages and data). */
export function buildEdition(input: string, output: string, date: string | null, extra: string[] = []): Promise<RunResult> {
  return runDigest(['build', '--input', input, '--output', output, '--no-search', '--site-url', EDITIONS_SITE_URL, ...(date ? ['--build-date', date] : []), ...extra]);
}
