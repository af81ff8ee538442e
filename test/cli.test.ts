import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runDigest, SEEDS } from './helpers/cli.ts';
import { tempDir } from './helpers/corpus.ts';
import { createConsoleReporter } from '../src/cliReporter.ts';
import { hashTree } from './helpers/tree.ts';
// @ts-expect-error -- plain JavaScript, no declarations
import { isFresh } from '../scripts/compile.mjs';

describe('digest command line', () => {
  it('should print the usage with examples for --help and exit 0', async () => {
    const result = await runDigest(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: digest <command>/);
    expect(result.stdout).toMatch(/Examples:\n\s+npx digest build/);
  });

  it('should build the same site from its compiled build as from the TypeScript sources, compiling when needed', async () => {
    const dir = await tempDir('compiled');
    const compiled = await runDigest(['build', '--input', SEEDS, '--output', path.join(dir, 'compiled'), '--quiet']);
    expect(compiled.code, compiled.stderr).toBe(0);
    expect(isFresh()).toBe(true);
    const source = await runDigest(['build', '--input', SEEDS, '--output', path.join(dir, 'source'), '--quiet'], { env: { DIGEST_FROM_SOURCE: '1' } });
    expect(source.code, source.stderr).toBe(0);
    const pages = await hashTree(path.join(dir, 'compiled'));
    expect(Object.keys(pages).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(80);
    expect(pages).toEqual(await hashTree(path.join(dir, 'source')));
  });

  it('should reject an unknown flag with one line and the usage, exit 2', async () => {
    const result = await runDigest(['build', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^digest: .*--frobnicate/);
    expect(result.stderr).toContain('Usage: digest');
  });

  it('should reject a missing input folder, exit 2', async () => {
    const result = await runDigest(['build', '--input', '/no/such/folder', '--output', '/tmp/never']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('digest: Input folder "/no/such/folder" does not exist; pass --input DIR');
  });

  it('should refuse an output folder holding foreign files, naming it, exit 1, deleting nothing', async () => {
    const root = await tempDir('guard');
    await mkdir(path.join(root, 'site'));
    await writeFile(path.join(root, 'site', 'notes.txt'), 'mine');
    const result = await runDigest(['build', '--input', SEEDS, '--output', path.join(root, 'site')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/holds files Digest did not write/);
    expect(await readFile(path.join(root, 'site', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('should print plain lines without control codes and a summary when piped', async () => {
    const out = path.join(await tempDir('plain'), 'out');
    const result = await runDigest(['build', '--input', SEEDS, '--output', out, '--no-search', '--timings']);
    expect(result.code).toBe(0);
    expect(result.stderr + result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stderr).toMatch(/✓ Parse articles \(\d+(\.\d+)? m?s\)/);
    expect(result.stdout).toMatch(/5 articles from 5 files, 0 rejected/);
    expect(result.stdout).toMatch(/Next: npx digest serve/);
  }, 120_000);

  it('should print nothing but errors with --quiet', async () => {
    const out = path.join(await tempDir('quiet'), 'out');
    const result = await runDigest(['build', '--input', SEEDS, '--output', out, '--no-search', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  }, 120_000);
});

describe('console reporter on a terminal', () => {
  const fakeStream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream };
  };

  it('should draw a progress bar and colour on a TTY, and respect NO_COLOR', () => {
    const err = fakeStream(true);
    const out = fakeStream(true);
    const reporter = createConsoleReporter({ quiet: false, verbose: false, timings: false }, { out: out.stream, err: err.stream }, {});
    reporter.stageStarted?.('read');
    reporter.fileProgress?.(0, 10);
    reporter.fileProgress?.(5, 10);
    reporter.stageFinished?.('read', 12);
    expect(err.chunks.join('')).toMatch(/5\/10 files/);
    expect(err.chunks.join('')).toMatch(/\u001b\[32m✓/);

    const plain = fakeStream(true);
    const noColour = createConsoleReporter({ quiet: false, verbose: false, timings: false }, { out: plain.stream, err: plain.stream }, { NO_COLOR: '1' });
    noColour.stageFinished?.('parse', 3);
    expect(plain.chunks.join('')).toBe('✓ Parse articles\n');
  });

  it('should draw no bar in CI', () => {
    const err = fakeStream(true);
    const reporter = createConsoleReporter({ quiet: false, verbose: false, timings: false }, { out: err.stream, err: err.stream }, { CI: 'true' });
    reporter.stageStarted?.('read');
    reporter.fileProgress?.(5, 10);
    reporter.stageFinished?.('read', 12);
    expect(err.chunks.join('')).toBe('✓ Read and repair files\n');
  });
});
