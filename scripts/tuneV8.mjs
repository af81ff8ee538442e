/**
 * V8 settings for a Digest build, set before the build's modules load so that their
 * functions are created with them. Used by bin/run.js and by the benchmark's
 * `digest serve` cycle (scripts/benchRebuild.ts), which must run as the command does.
 *
 * A build is a short batch job. V8's default tiering optimises (TurboFan, on background
 * threads) every function that warms up: at 4,000 articles, 891 compilations and ~4 s of
 * CPU, competing with the build itself on 2 cores. Optimising only hotter functions, with
 * less inlining each, cut the build's CPU time by ~2.5 s. Three alternating runs each,
 * with / without: 4,000 articles --no-search 8.46-8.62 / 9.07-10.08 s (user CPU 8.7-8.9 /
 * 11.0-12.2 s), with search 9.91-10.83 / 10.93-12.04 s; 1,000 articles --no-search
 * 2.45-2.95 / 3.30-4.06 s; the seeds 0.85-1.00 / 0.84-0.97 s.
 * Measured on Node 20's V8 (11.3). Node 24's V8 (13.x) tiers up by invocation counts, with
 * Maglev in between, and has no --interrupt-budget (it prints "unrecognized flag"): there
 * the defaults stay until someone measures what suits it.
 */
import v8 from 'node:v8';

export function tuneV8() {
  if (Number(process.versions.v8.split('.')[0]) <= 11) {
    v8.setFlagsFromString('--interrupt-budget=500000');
    v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
  }
}
