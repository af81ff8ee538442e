#!/usr/bin/env node
// Entry point of the `digest` command: runs bin/run.js under the V8 flag below.
//
// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
// later (--regexp-tier-up): for a long-lived page that saves compiling patterns used once. The
// analysis runs hundreds of patterns, some of ~10 KB of alternatives, over thousands of sentences,
// and with tier-up they spent most of their time in the interpreter: the evaluation's 507 dev
// articles took 37-42 s of analysis on one thread with it, 15.9 s compiled to machine code at once
// (docs/benchmarks.md). The flag must be given on the command line: set at run time, after some
// patterns were compiled, V8 may crash (docs/benchmarks.md, after the tenth evaluation round), and a
// `#!` line cannot pass it where `env -S` is missing (BusyBox, Alpine). So started without it
// (`npx digest`, `node bin/digest.js`), the command runs itself again with it, passes on the signals
// it is sent and ends as that run ends (its exit code, or its signal). That run stops the moment it
// loses this process, however it ended (even by SIGKILL), as the build would have stopped: a thread
// of its own watches for it, since the build's own thread may be busy until the site is written.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const COMPILE_REGEXPS = '--no-regexp-tier-up';
/** Set for the run this file starts: the launcher's process id. */
const LAUNCHER = 'DIGEST_LAUNCHER_PID';

if (process.execArgv.includes(COMPILE_REGEXPS)) {
  const launcher = process.env[LAUNCHER];
  if (launcher) {
    delete process.env[LAUNCHER];
    // Once the launcher is gone this process has another parent: it ends at once, as a killed build does.
    const watch = `const { workerData } = require('node:worker_threads');
      const check = () => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL'); };
      check();
      setInterval(check, 50);`;
    new Worker(watch, { eval: true, workerData: Number(launcher) }).unref();
  }
  await import('./run.js');
} else {
  const child = spawn(process.execPath, [COMPILE_REGEXPS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [LAUNCHER]: String(process.pid) },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  });
}
