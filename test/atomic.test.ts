import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT, runDigest, SEEDS } from './helpers/cli.ts';
import { copySeeds, tempDir } from './helpers/corpus.ts';
import { hashTree } from './helpers/tree.ts';

/**
 * Starts a build and SIGKILLs it when its stderr first matches `when` (or after
 * `afterMs`). `pauseAfter` holds the build after that stage (DIGEST_PAUSE_AFTER), so
 * the kill lands at a known point however fast the build is.
 */
function buildAndKill(input: string, output: string, when: RegExp | null, afterMs = 0, pauseAfter = ''): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'digest.js'), 'build', '--input', input, '--output', output], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1', DIGEST_PAUSE_AFTER: pauseAfter ? `${pauseAfter}:5000` : '' },
    });
    let stderr = '';
    let killed = false;
    const kill = () => {
      if (!killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    child.stderr.on('data', (d) => {
      stderr += d;
      if (when && when.test(stderr)) setTimeout(kill, afterMs);
    });
    if (!when) setTimeout(kill, afterMs);
    child.on('close', () => resolve(stderr));
  });
}

describe('atomic output', () => {
  it('should leave the previous output byte-identical when a build is killed at any point, and clean up next time', async () => {
    const root = await tempDir('kill');
    const input = path.join(root, 'in');
    const output = path.join(root, 'out');
    await copySeeds(input);
    expect((await runDigest(['build', '--input', input, '--output', output])).code).toBe(0);
    const before = await hashTree(output);
    // A changed input, so that a build that got through would change the output.
    await writeFile(path.join(input, 'extra.txt'), (await readFile(path.join(SEEDS, '002_e58296ae0857730c.txt'), 'utf8')).replace('AWS Booms', 'AWS Thrives'));
    const killPoints: [RegExp | null, number, string][] = [
      [null, 150, ''],
      [/Read and repair/, 0, 'read'],
      [/Parse articles/, 0, 'parse'],
      [/Analyse/, 0, 'analyse'],
      [/Render/, 0, 'render'],
      [/Write data/, 0, 'data'],
    ];
    for (const [when, afterMs, pauseAfter] of killPoints) {
      await buildAndKill(input, output, when, afterMs, pauseAfter);
      expect(await hashTree(output), `killed at ${when} +${afterMs}ms`).toEqual(before);
    }
    const next = await runDigest(['build', '--input', input, '--output', output]);
    expect(next.code).toBe(0);
    expect((await readdir(root)).sort()).toEqual(['in', 'out']);
    expect(await hashTree(output)).not.toEqual(before);
  }, 300_000);

  it('should let two builds started at once into one folder both finish, leaving one complete site', async () => {
    const root = await tempDir('concurrent');
    const reference = path.join(root, 'reference');
    const output = path.join(root, 'out');
    expect((await runDigest(['build', '--input', SEEDS, '--output', reference])).code).toBe(0);
    const [a, b] = await Promise.all([
      runDigest(['build', '--input', SEEDS, '--output', output]),
      runDigest(['build', '--input', SEEDS, '--output', output]),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(await hashTree(output)).toEqual(await hashTree(reference));
    expect((await readdir(root)).sort()).toEqual(['out', 'reference']);
  }, 240_000);
});

describe('deterministic output', () => {
  it('should build byte-identical sites whatever the file order, working directory or time zone', async () => {
    const root = await tempDir('determinism');
    const forward = path.join(root, 'forward');
    const backward = path.join(root, 'backward');
    await copySeeds(forward);
    await mkdir(backward);
    for (const name of (await readdir(SEEDS)).sort().reverse()) await cp(path.join(SEEDS, name), path.join(backward, name));
    const one = await runDigest(['build', '--input', forward, '--output', path.join(root, 'one')]);
    const two = await runDigest(['build', '--input', '../backward', '--output', '../two'], {
      cwd: path.join(root, 'forward'),
      env: { TZ: 'Pacific/Kiritimati' },
    });
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(await hashTree(path.join(root, 'two'))).toEqual(await hashTree(path.join(root, 'one')));
  }, 240_000);
});
