import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingest } from '../../src/pipeline.ts';
import { ingestHelperFor, type IngestHelper } from '../../src/parallel/ingestHelper.ts';
import { runDigest } from '../helpers/cli.ts';
import { makeHostileCorpus } from '../helpers/corpus.ts';
import { hashTree } from '../helpers/tree.ts';

let corpus: Awaited<ReturnType<typeof makeHostileCorpus>>;
let root: string;
beforeAll(async () => {
  corpus = await makeHostileCorpus();
  root = path.dirname(corpus.dir);
});

const time = async <T>(_stage: string, work: () => Promise<T> | T) => work();

describe('the ingest helper thread', () => {
  afterEach(() => {
    delete process.env.DIGEST_HELPER_MIN_FILES;
  });

  it('should start only for a build of many files', () => {
    expect(ingestHelperFor(30)).toBeUndefined();
    process.env.DIGEST_HELPER_MIN_FILES = '1';
    const helper = ingestHelperFor(30);
    expect(helper).toBeDefined();
    return helper!.close();
  });

  it('should read, repair and parse every other file of the seeds and hostile files, with the same articles, rejections, repairs and warnings as one thread', async () => {
    const alone = await ingest(corpus.dir, { maxFileBytes: 8 << 20, time });
    process.env.DIGEST_HELPER_MIN_FILES = '1';
    const made: IngestHelper[] = [];
    const helped = await ingest(corpus.dir, {
      maxFileBytes: 8 << 20,
      time,
      helperFor: (files) => {
        const helper = ingestHelperFor(files);
        if (helper) made.push(helper);
        return helper;
      },
    });
    try {
      expect(made).toHaveLength(1);
      expect(helped.helper).toBe(made[0]);
      // The helper holds about half of the articles: it really did the work.
      const held = helped.articles.filter((a) => made[0]!.holds(a.file));
      expect(held.length).toBeGreaterThanOrEqual(5);
      expect(held.length).toBeLessThan(helped.articles.length);
      expect(helped.articles).toEqual(alone.articles);
      expect(helped.report).toEqual(alone.report);
      expect(alone.report.rejected.map((r) => r.file)).toEqual(expect.arrayContaining(corpus.mustReject));
    } finally {
      await made[0]?.close();
    }
  });

  it('should build the same site, byte for byte, with a helper thread as without one', async () => {
    const alone = path.join(root, 'alone');
    const helped = path.join(root, 'helped');
    const one = await runDigest(['build', '--input', corpus.dir, '--output', alone, '--no-search'], { env: { DIGEST_HELPER_MIN_FILES: '1000000' } });
    const two = await runDigest(['build', '--input', corpus.dir, '--output', helped, '--no-search'], { env: { DIGEST_HELPER_MIN_FILES: '1' } });
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(await hashTree(helped)).toEqual(await hashTree(alone));
  });

  it('should fail the build with a clear error, leaving the output as it was, when the helper thread fails', async () => {
    const broken = path.join(root, 'broken-worker.mjs');
    await writeFile(broken, "throw new Error('out of memory (simulated)');\n");
    const out = path.join(root, 'alone');
    const before = await hashTree(out);
    const run = await runDigest(['build', '--input', corpus.dir, '--output', out, '--no-search'], { env: { DIGEST_HELPER_MIN_FILES: '1', DIGEST_INGEST_WORKER: broken } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The ingest helper thread failed: out of memory (simulated)');
    expect(await hashTree(out)).toEqual(before);
  });
});
