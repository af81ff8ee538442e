import { describe, expect, it } from 'vitest';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT, runDigest } from './helpers/cli.ts';
import { tempDir } from './helpers/corpus.ts';
import { hashTree } from './helpers/tree.ts';
import { ARTICLES_PER_THREAD, sharesOf, takeBatch } from '../src/analyse/readInThreads.ts';

/** Enough of the evaluation set's dev articles (other outlets' news, not the seeds' copies) for two threads to read them. */
async function outletArticles(dir: string): Promise<void> {
  const from = path.join(PROJECT_ROOT, 'eval', 'articles', 'dev');
  const files = (await readdir(from)).sort().slice(0, 2 * ARTICLES_PER_THREAD + 20);
  await Promise.all(files.map((file) => cp(path.join(from, file), path.join(dir, 'in', file))));
}

describe('reading the claims on several threads', () => {
  it('should build the same site on one thread and on two, compiled and from the sources', async () => {
    const dir = await tempDir('threads');
    await outletArticles(dir);
    const build = async (name: string, threads: number, env: NodeJS.ProcessEnv = {}) => {
      const result = await runDigest(['build', '--input', path.join(dir, 'in'), '--output', path.join(dir, name), '--no-search', '--quiet', '--threads', String(threads)], { env });
      expect(result.code, result.stderr).toBe(0);
      return hashTree(path.join(dir, name));
    };
    const one = await build('one', 1);
    expect(Object.keys(one).filter((file) => file.startsWith('claims/')).length).toBeGreaterThan(500);
    expect(await build('two', 2)).toEqual(one);
    // From the sources, the worker runs the TypeScript through tsx.
    expect(await build('source', 2, { DIGEST_FROM_SOURCE: '1' })).toEqual(one);
  }, 300_000);

  it.each([
    [10, 1],
    [10, 3],
    [7, 4],
    [3, 5],
    [250, 2],
  ])('should give each of %i batches to one of %i threads once, each thread its own run first', (count, threads) => {
    const shares = sharesOf(count, threads);
    const firstRuns = shares.map((s) => ({ ...s }));
    const taken: number[][] = shares.map(() => []);
    // Threads ask in an uneven order, as workers answer: thread t asks t + 1 times a round.
    for (let asking = true; asking; ) {
      asking = false;
      for (let t = 0; t < threads; t++) {
        for (let k = 0; k <= t; k++) {
          const id = takeBatch(shares, t);
          if (id === undefined) continue;
          taken[t]!.push(id);
          asking = true;
        }
      }
    }
    expect(taken.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
    taken.forEach((ids, t) => {
      const { next, end } = firstRuns[t]!;
      // A thread's first batches are its own run's, from its start; what it takes after comes from another run's end.
      const own = ids.filter((id) => id >= next && id < end);
      expect(ids.slice(0, own.length)).toEqual(own);
      expect(own).toEqual(Array.from({ length: own.length }, (_, i) => next + i));
    });
  });

  it.each(['0', '1.5', 'many'])('should refuse --threads %s with one line and exit 2', async (threads) => {
    const result = await runDigest(['build', '--threads', threads]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`digest: --threads must be a whole number of threads, 1 or more, not "${threads}"`);
  });
});
