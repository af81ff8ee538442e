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
// it is sent and ends as that run ends (its exit code, or its signal); that run stops when it loses
// this process, however it ended (even by SIGKILL), as the build would have stopped.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const COMPILE_REGEXPS = '--no-regexp-tier-up';

if (process.execArgv.includes(COMPILE_REGEXPS)) {
  if (process.channel) {
    // Started by the lines below: the channel to them closes when they end.
    process.channel.unref();
    process.on('disconnect', () => process.exit(1));
  }
  await import('./run.js');
} else {
  const child = spawn(process.execPath, [COMPILE_REGEXPS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  });
}
