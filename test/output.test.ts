import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { assertSafeOutputDir, MARKER_FILE } from '../src/output/guard.ts';
import { acquireBuildLock } from '../src/output/lock.ts';
import { commitStaging, createStaging, recoverAndClean, stagingNames } from '../src/output/staging.ts';
import { createWriteQueue } from '../src/output/writeQueue.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'digest-output-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('assertSafeOutputDir', () => {
  it('should accept a missing or empty folder and a previous Digest output', async () => {
    await expect(assertSafeOutputDir(path.join(root, 'new'), path.join(root, 'in'), '/nowhere')).resolves.toBeUndefined();
    await mkdir(path.join(root, 'empty'));
    await expect(assertSafeOutputDir(path.join(root, 'empty'), path.join(root, 'in'), '/nowhere')).resolves.toBeUndefined();
    await mkdir(path.join(root, 'old'));
    await writeFile(path.join(root, 'old', MARKER_FILE), '');
    await writeFile(path.join(root, 'old', 'index.html'), '');
    await expect(assertSafeOutputDir(path.join(root, 'old'), path.join(root, 'in'), '/nowhere')).resolves.toBeUndefined();
  });

  it('should refuse a folder holding files Digest did not write, and delete nothing', async () => {
    await mkdir(path.join(root, 'mine'));
    await writeFile(path.join(root, 'mine', 'thesis.tex'), 'precious');
    await expect(assertSafeOutputDir(path.join(root, 'mine'), path.join(root, 'in'), '/nowhere')).rejects.toThrow(/did not write/);
    expect(await readFile(path.join(root, 'mine', 'thesis.tex'), 'utf8')).toBe('precious');
  });

  it('should refuse the input folder, a folder around it, the project root and /', async () => {
    const input = path.join(root, 'in');
    await expect(assertSafeOutputDir(input, input, '/nowhere')).rejects.toThrow(/input folder/);
    await expect(assertSafeOutputDir(root, input, '/nowhere')).rejects.toThrow(/input folder/);
    await expect(assertSafeOutputDir(path.join(input, 'site'), input, '/nowhere')).rejects.toThrow(/inside the input folder/);
    await expect(assertSafeOutputDir(path.join(root, 'proj'), input, path.join(root, 'proj'))).rejects.toThrow(/project root/);
    await expect(assertSafeOutputDir('/', input, '/nowhere')).rejects.toThrow(/root/);
  });
});

describe('acquireBuildLock', () => {
  it('should make a second build wait until the first releases the lock', async () => {
    const lock = path.join(root, '.lock');
    const release = await acquireBuildLock(lock, 5000);
    let second = false;
    const waiting = acquireBuildLock(lock, 5000).then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(second).toBe(false);
    await release();
    const releaseSecond = await waiting;
    expect(second).toBe(true);
    await releaseSecond();
  });

  it('should fail with a clear message when the lock is held past the timeout', async () => {
    const lock = path.join(root, '.lock');
    const release = await acquireBuildLock(lock, 0);
    await expect(acquireBuildLock(lock, 200)).rejects.toThrow(/Another Digest build \(process \d+\)/);
    await release();
  });

  it('should take over a lock left by a process that no longer runs', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    const lock = path.join(root, '.lock');
    await writeFile(lock, String(dead.pid));
    const release = await acquireBuildLock(lock, 1000);
    expect(await readFile(lock, 'utf8')).toBe(String(process.pid));
    await release();
  });
});

describe('staging', () => {
  it('should swap a finished build in and leave no stray folder', async () => {
    const out = path.join(root, 'dist');
    await mkdir(out);
    await writeFile(path.join(out, MARKER_FILE), '');
    await writeFile(path.join(out, 'old.html'), 'old');
    const staging = await createStaging(out);
    await writeFile(path.join(staging, 'new.html'), 'new');
    await commitStaging(out);
    expect((await readdir(out)).sort()).toEqual([MARKER_FILE, 'new.html']);
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('should restore an output set aside by a build killed between its renames, and clean strays', async () => {
    const out = path.join(root, 'dist');
    const names = stagingNames(out);
    const aside = names.previous.replace(String(process.pid), '999999');
    await mkdir(aside);
    await writeFile(path.join(aside, 'index.html'), 'previous');
    await mkdir(names.staging.replace(String(process.pid), '999998'));
    await recoverAndClean(out);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('should leave alone the staging folder of a sibling output whose name starts the same', async () => {
    const sibling = stagingNames(path.join(root, 'dist-again')).staging.replace(String(process.pid), '999997');
    await mkdir(sibling);
    await writeFile(path.join(sibling, MARKER_FILE), '');
    await recoverAndClean(path.join(root, 'dist'));
    expect(await readdir(sibling)).toEqual([MARKER_FILE]);
    await rm(sibling, { recursive: true });
  });
});

describe('createWriteQueue', () => {
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
  };
  const exists = (p: string) => readFile(p).then(() => true, () => false);

  it('should write every file byte for byte, text or bytes, making its folders, however far the producer runs ahead', async () => {
    // A limit far below the content: add() has to wait for the writer again and again.
    const queue = createWriteQueue({ maxPendingBytes: 1000, batchBytes: 300 });
    const files = Array.from({ length: 200 }, (_, i) => ({
      path: path.join(root, 'site', `part-${i % 7}`, `page-${i}.html`),
      content: `<p>${i} Ünïcödé 虎嗅 ⚡ ${'x'.repeat(i * 10)}</p>`,
    }));
    // Every third page arrives as its UTF-8 bytes, as the page templates hand them to Eleventy.
    const utf8 = new TextEncoder();
    const queued = files.map((f, i) => (i % 3 === 0 ? { path: f.path, content: utf8.encode(f.content) } : f));
    await queue.add(queued.slice(0, 100));
    await queue.add(queued.slice(100));
    await queue.add([{ path: path.join(root, 'site', '.nojekyll'), content: '' }]);
    await queue.finish();
    for (const file of files) expect(await readFile(file.path, 'utf8')).toBe(file.content);
    expect(await readFile(path.join(root, 'site', '.nojekyll'), 'utf8')).toBe('');
  });

  it('should create reserved files empty ahead of their content, and never empty a file already written', async () => {
    const queue = createWriteQueue();
    const early = path.join(root, 'a', 'early.html');
    const written = path.join(root, 'a', 'written.html');
    const last = path.join(root, 'b', 'last.html');
    await queue.add([{ path: written, content: 'kept' }]);
    queue.reserve([early, written, last]);
    await until(() => exists(last));
    expect(await readFile(early, 'utf8')).toBe('');
    expect(await readFile(written, 'utf8')).toBe('kept');
    await queue.add([{ path: early, content: 'filled' }]);
    await queue.finish();
    expect(await readFile(early, 'utf8')).toBe('filled');
    expect(await readFile(written, 'utf8')).toBe('kept');
  });

  it('should fail naming the file it could not write, and refuse more work after that', async () => {
    await writeFile(path.join(root, 'plain-file'), 'not a folder');
    const queue = createWriteQueue();
    const bad = path.join(root, 'plain-file', 'page.html');
    await queue.add([{ path: bad, content: 'x' }]).catch(() => undefined);
    await expect(queue.finish()).rejects.toThrow(`Could not write ${bad}`);
    await expect(queue.add([{ path: path.join(root, 'ok.html'), content: 'x' }])).rejects.toThrow(/Could not write/);
  });
});
