import { describe, expect, it } from 'vitest';
import { mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runDigest, SEEDS } from './helpers/cli.ts';
import { copySeeds, tempDir } from './helpers/corpus.ts';
import { createConsoleReporter } from '../src/cliReporter.ts';
import { parseCommandLine } from '../src/cli.ts';
import type { BuildReport } from '../src/schemas.ts';
import { hashTree } from './helpers/tree.ts';
// @ts-expect-error -- plain JavaScript, no declarations
import { compiledBuild, isFresh, workerOf } from '../scripts/compile.mjs';

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

  it('should compile changed sources into a build of their own, leaving the build a running process started with whole', async () => {
    const before = (await compiledBuild()) as string;
    const source = path.join(import.meta.dirname, '..', 'src', 'cli.ts');
    const { atime, mtime } = await stat(source);
    try {
      await utimes(source, atime, new Date(Date.now() + 60_000)); // the sources change while a process runs from `before`
      const after = (await compiledBuild()) as string;
      expect(after).not.toBe(before);
      expect(existsSync(path.join(after, 'src', 'cli.js'))).toBe(true);
      expect(existsSync(workerOf(before))).toBe(true); // its worker and templates are still there to load
      expect(existsSync(path.join(before, 'templates', 'pages'))).toBe(true);
    } finally {
      await utimes(source, atime, mtime);
    }
    expect(await compiledBuild()).toBe(before); // the sources as they were: their build, not compiled again
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

describe('what the command line tells a user', () => {
  it('should list every warning by file and line under --verbose, and say how to see them without it', async () => {
    const root = await tempDir('warnings');
    const input = path.join(root, 'in');
    await copySeeds(input);
    // A flipped byte on line 2 and a table row short of a cell: two warnings with their lines.
    const seed = await readFile(path.join(SEEDS, '004_f8a458f6d888d2ee.txt'), 'utf8');
    await writeFile(path.join(input, 'damaged.txt'), seed.replace('Amazon Cloud Biggest', 'Damaged \u0007Amazon Cloud Biggest'));
    const quiet = await runDigest(['build', '--input', input, '--output', path.join(root, 'a'), '--no-search']);
    expect(quiet.code, quiet.stderr).toBe(0);
    const report = JSON.parse(await readFile(path.join(root, 'a', 'data', 'build-report.json'), 'utf8')) as BuildReport;
    const damaged = report.warnings.filter((w) => w.file === 'damaged.txt');
    expect(damaged).toContainEqual({ file: 'damaged.txt', line: 2, message: expect.stringMatching(/control character/) });
    expect(quiet.stdout).toContain(`${report.warnings.length} warnings (see --verbose or ${path.join(root, 'a', 'data', 'build-report.json')})`);
    expect(quiet.stderr).not.toMatch(/control character/);

    const verbose = await runDigest(['build', '--input', input, '--output', path.join(root, 'b'), '--no-search', '--verbose']);
    expect(verbose.code, verbose.stderr).toBe(0);
    for (const w of report.warnings) expect(verbose.stderr).toContain(`${path.join(input, w.file)}${w.line ? `:${w.line}` : ''}: warning: ${w.message}\n`);
    expect(verbose.stdout).toMatch(/ warnings\n/);
  }, 120_000);

  it('should tell a file over --max-file-size from the limit in KB, not "0.0 MB is larger than the 0.0 MB limit"', async () => {
    const out = path.join(await tempDir('max-size'), 'out');
    const result = await runDigest(['build', '--input', SEEDS, '--output', out, '--no-search', '--max-file-size', '0.01', '--verbose']);
    expect(result.code, result.stderr).toBe(0);
    // 003 is 11,244 bytes; 0.01 MB is 10,486 bytes.
    const reason = '11.0 KB is larger than the 10.2 KB limit; raise it with --max-file-size if this really is one article';
    const report = JSON.parse(await readFile(path.join(out, 'data', 'build-report.json'), 'utf8')) as BuildReport;
    expect(report.rejected).toEqual([{ file: '003_170541114e84f7e1.txt', reason }]);
    expect(result.stderr).toContain(`003_170541114e84f7e1.txt: rejected: ${reason}`);
  }, 120_000);

  it('should refuse an address as --path-prefix, naming --site-url, exit 2, writing nothing', async () => {
    const out = path.join(await tempDir('prefix-url'), 'out');
    const result = await runDigest(['build', '--input', SEEDS, '--output', out, '--path-prefix', 'https://x/']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('digest: --path-prefix: "https://x/" is an address, not a path: pass its path (--path-prefix /) and the address as --site-url');
    const pages = await runDigest(['build', '--input', SEEDS, '--output', out, '--path-prefix', 'https://me.github.io/aws-digest/']);
    expect(pages.code).toBe(2);
    expect(pages.stderr.split('\n')[0]).toMatch(/pass its path \(--path-prefix \/aws-digest\/\) and the address as --site-url$/);
    await expect(readFile(path.join(out, 'index.html'))).rejects.toThrow();
  });

  it('should refuse a --site-url that is not an absolute http(s) url, exit 2, writing nothing', async () => {
    const out = path.join(await tempDir('site-url'), 'out');
    for (const url of ['javascript:alert(1)', 'ftp://example.com/', 'example.com/news/']) {
      const result = await runDigest(['build', '--input', SEEDS, '--output', out, '--site-url', url]);
      expect(result.code, url).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe('digest: --site-url: must be an absolute http(s) url, such as https://me.github.io/news/');
    }
    await expect(readFile(path.join(out, 'index.html'))).rejects.toThrow();
  });

  it('should print a "Next:" serve command that repeats the input, output and path prefix it was built with', async () => {
    const root = await tempDir('next hint');
    const input = path.join(root, "my 'seeds'");
    await copySeeds(input);
    const output = path.join(root, 'site out');
    const result = await runDigest(['build', '--input', input, '--output', output, '--path-prefix', '/a b/', '--no-search']);
    expect(result.code, result.stderr).toBe(0);
    const command = /^Next: npx digest (serve .*?)   \(serves/m.exec(result.stdout)?.[1];
    expect(command).toBeDefined();
    // Split as the user's shell would, and read back as the command line.
    const words = execFileSync('bash', ['-c', `printf '%s\\0' ${command}`]).toString().split('\0').slice(0, -1);
    const parsed = await parseCommandLine(words);
    // A prefix is a url path: the space is %-escaped, in the hint as in every link.
    expect(parsed).toMatchObject({ command: 'serve', options: { input, output, pathPrefix: '/a%20b/' } });
    const home = await readFile(path.join(output, 'index.html'), 'utf8');
    expect(home).toContain('href="/a%20b/assets/');
    expect(home).not.toContain('/a b/');
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
    const reporter = createConsoleReporter({ quiet: false, verbose: false, timings: false }, 'seeds', { out: out.stream, err: err.stream }, {});
    reporter.stageStarted?.('read');
    reporter.fileProgress?.(0, 10);
    reporter.fileProgress?.(5, 10);
    reporter.stageFinished?.('read', 12);
    expect(err.chunks.join('')).toMatch(/5\/10 files/);
    expect(err.chunks.join('')).toMatch(/\u001b\[32m✓/);

    const plain = fakeStream(true);
    const noColour = createConsoleReporter({ quiet: false, verbose: false, timings: false }, 'seeds', { out: plain.stream, err: plain.stream }, { NO_COLOR: '1' });
    noColour.stageFinished?.('parse', 3);
    expect(plain.chunks.join('')).toBe('✓ Parse articles\n');
  });

  it('should draw no bar in CI', () => {
    const err = fakeStream(true);
    const reporter = createConsoleReporter({ quiet: false, verbose: false, timings: false }, 'seeds', { out: err.stream, err: err.stream }, { CI: 'true' });
    reporter.stageStarted?.('read');
    reporter.fileProgress?.(5, 10);
    reporter.stageFinished?.('read', 12);
    expect(err.chunks.join('')).toBe('✓ Read and repair files\n');
  });
});
