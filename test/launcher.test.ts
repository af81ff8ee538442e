import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from './helpers/cli.ts';
import { copySeeds, tempDir } from './helpers/corpus.ts';

const BIN = path.join(PROJECT_ROOT, 'bin', 'digest.js');

/** The command line of process `pid`, as Linux keeps it. */
async function commandLine(pid: number): Promise<string[]> {
  return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
}

/**
 * The command line of process `pid` once its exec has happened: until then a process just started reads as no command
 * line, or as its parent's. The run's environment names its launcher (`DIGEST_LAUNCHER_PID`) and the launcher's does not,
 * so that name tells a run that has started from a copy of its launcher.
 */
const commandLineOfBin = (pid: number, launcher?: number): Promise<string[]> => eventually(async () => {
  if (launcher !== undefined) {
    const environment = await readFile(`/proc/${pid}/environ`, 'utf8').catch(() => '');
    if (!environment.split('\0').includes(`DIGEST_LAUNCHER_PID=${launcher}`)) return null;
  }
  const line = await commandLine(pid);
  return line.includes(BIN) ? line : null;
}, 10_000);

/** The processes `pid` started, as Linux lists them. */
async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.split(/\s+/).filter(Boolean).map(Number);
}

/** Polls `check` every 50 ms until it returns a value, for up to `ms`. */
async function eventually<T>(check: () => Promise<T | null>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The run `launcher` started, once it has started one. */
const runOf = async (launcher: { pid?: number }, ms?: number): Promise<number> => (await eventually(async () => ((await childrenOf(launcher.pid!)).length > 0 ? childrenOf(launcher.pid!) : null), ms))[0]!;

/** Resolves once process `pid` has ended, for up to `ms`. */
const endOf = (pid: number, ms: number) => eventually(async () => ((await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')) === '' ? true : null), ms);

describe('the digest command', () => {
  it.runIf(process.platform === 'linux')('should run itself again with regular expressions compiled at once, and end as that run ends on the signal it is sent', async () => {
    const root = await tempDir('launcher');
    await copySeeds(path.join(root, 'in'));
    const launcher = spawn(process.execPath, [BIN, 'serve', '--input', path.join(root, 'in'), '--output', path.join(root, 'out'), '--port', '0', '--no-search'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let log = '';
    launcher.stdout.on('data', (d) => (log += d));
    launcher.stderr.on('data', (d) => (log += d));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => launcher.on('exit', (code, signal) => resolve({ code, signal })));

    expect(await commandLineOfBin(launcher.pid!)).not.toContain('--no-regexp-tier-up');
    const run = await runOf(launcher);
    const runLine = await commandLineOfBin(run, launcher.pid!);
    expect(runLine).toContain('--no-regexp-tier-up');
    expect(runLine.slice(runLine.indexOf(BIN))).toEqual([BIN, 'serve', '--input', path.join(root, 'in'), '--output', path.join(root, 'out'), '--port', '0', '--no-search']);
    // That run builds and serves: the command works through it.
    await eventually(async () => (/Serving http:\/\/localhost:\d+\//.test(log) ? true : null));

    launcher.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    await endOf(run, 10_000);
  });

  it.runIf(process.platform === 'linux')('should stop the run it started at once when it is killed, however far the run has got', async () => {
    const root = await tempDir('launcher-kill');
    await copySeeds(path.join(root, 'in'));
    // Killed as the run starts (before it could listen for anything), and while it reads, parses and analyses.
    for (const [stage, after] of [[null, 0], [null, 150], [/Read/, 0], [/Analyse/, 0]] as const) {
      const output = path.join(root, `out-${after}-${stage?.source ?? 'start'}`);
      const launcher = spawn(process.execPath, [BIN, 'build', '--input', path.join(root, 'in'), '--output', output, '--no-search'], { cwd: PROJECT_ROOT, env: { ...process.env, NO_COLOR: '1' } });
      let log = '';
      launcher.stderr.on('data', (d) => (log += d));
      const run = await runOf(launcher, 10_000);
      if (stage) await eventually(async () => (stage.test(log) ? true : null), 10_000);
      await new Promise((resolve) => setTimeout(resolve, after));
      launcher.kill('SIGKILL');
      await endOf(run, 3_000);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await expect(readFile(path.join(output, 'index.html')), `killed at ${stage?.source ?? 'start'} +${after} ms`).rejects.toThrow();
    }
  });

  it('should end with the exit code of the run it started', async () => {
    const launcher = spawn(process.execPath, [BIN, 'build', '--no-such-option'], { cwd: PROJECT_ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    launcher.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => launcher.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--no-such-option'");
  });
});
