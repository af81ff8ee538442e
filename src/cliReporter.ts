/**
 * What the command line prints while a build runs: a progress bar over the files on
 * a terminal, plain lines when piped or in CI (no control codes), colour unless
 * NO_COLOR is set, and a closing summary.
 */
import cliProgress from 'cli-progress';
import path from 'node:path';
import type { BuildObserver, BuildOptions, BuildSummary, StageName } from './options.ts';

export interface ReporterFlags {
  quiet: boolean;
  /** Also list every rejected file and warning, by file and line. */
  verbose: boolean;
  timings: boolean;
}

/** The folders and flags a build was run with, as the summary repeats them. */
export type BuiltWith = Pick<BuildOptions, 'input' | 'output' | 'pathPrefix'>;

const STAGE_LABELS: Record<StageName, string> = {
  read: 'Read and repair files',
  parse: 'Parse articles',
  analyse: 'Analyse claims, timeline, competitors',
  editions: 'Compare with the previous edition',
  render: 'Render pages and search index',
  search: 'Build search index',
  data: 'Write data files',
  write: 'Finish writing pages, swap in the new site',
};

const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** A path as the user can type it from here: relative below the working folder, else absolute. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(cwd, file) : relative;
}

/** Quotes a command-line argument for a POSIX shell when it needs it. */
const shellWord = (word: string) => (/^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/**
 * The `digest serve` command that serves what was just built: the same input, output
 * and path prefix (the defaults left out).
 */
export function serveCommand(options: BuiltWith): string {
  const flags: [string, string, string][] = [
    ['--input', options.input, 'seeds'],
    ['--output', options.output, 'dist'],
    ['--path-prefix', options.pathPrefix, '/'],
  ];
  return ['npx digest serve', ...flags.filter(([, value, byDefault]) => value !== byDefault).map(([flag, value]) => `${flag} ${shellWord(value)}`)].join(' ');
}

/** Builds the observer the pipeline reports to, plus summary and error printing. */
export function createConsoleReporter(
  flags: ReporterFlags,
  /** The input folder, so that files are named by a path the user can open. */
  input: string,
  streams: { out: NodeJS.WriteStream; err: NodeJS.WriteStream } = { out: process.stdout, err: process.stderr },
  env: NodeJS.ProcessEnv = process.env,
) {
  const interactive = Boolean(streams.err.isTTY) && !env.CI && env.TERM !== 'dumb';
  const colour = interactive && env.NO_COLOR === undefined;
  const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  let bar: cliProgress.SingleBar | null = null;
  const say = (text: string) => {
    if (!flags.quiet) streams.err.write(`${text}\n`);
  };

  const observer: BuildObserver = {
    stageStarted(stage) {
      if (stage === 'read' && interactive && !flags.quiet) {
        bar = new cliProgress.SingleBar(
          { format: '  reading  [{bar}] {value}/{total} files', stream: streams.err, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
      }
    },
    fileProgress(done, total) {
      if (!bar) return;
      if (done === 0 || bar.getTotal() !== total) bar.start(total, done);
      else bar.update(done);
    },
    stageFinished(stage, ms) {
      if (bar && stage === 'read') {
        bar.stop();
        bar = null;
      }
      say(`${paint('32', '✓')} ${STAGE_LABELS[stage]}${flags.timings ? paint('2', ` (${formatMs(ms)})`) : ''}`);
    },
    reported(report) {
      if (!flags.verbose) return;
      const where = (file: string, line?: number) => `${displayPath(path.join(input, file))}${line ? `:${line}` : ''}`;
      for (const r of report.rejected) say(`${where(r.file, r.line)}: ${paint('31', 'rejected:')} ${r.reason}`);
      for (const w of report.warnings) say(`${where(w.file, w.line)}: ${paint('33', 'warning:')} ${w.message}`);
    },
    warning(message) {
      bar?.stop();
      say(`${paint('33', 'warning:')} ${message}`);
    },
  };

  return {
    ...observer,
    /** Prints the closing summary and the next step (unless it is `digest serve` that built). */
    summary(summary: BuildSummary, built: BuiltWith, serving = false) {
      if (flags.quiet) return;
      const where = displayPath(built.output);
      const report = path.join(where, 'data', 'build-report.json');
      // Without --verbose the warnings' files and lines are in the report only: say where to find them.
      const listed = flags.verbose || summary.warnings === 0 ? '' : ` (see --verbose or ${report})`;
      const lines = [
        '',
        paint('1', `Built ${summary.pages} pages in ${formatMs(summary.durationMs)} → ${where}/`),
        `  ${summary.articles} articles from ${summary.inputs} files, ${summary.rejected} rejected, ${summary.repairs} repairs`,
        `  ${summary.claims} claims, ${summary.conflicts} conflicts, ${summary.events} timeline events, ${summary.warnings} warnings${listed}`,
        `  Details: ${report}`,
        ...(serving ? [] : [`Next: ${serveCommand(built)}   (serves the site and rebuilds on changes)`]),
      ];
      if (flags.timings) {
        lines.splice(5, 0, ...Object.entries(summary.timings).map(([stage, ms]) => `  ${stage.padEnd(8)} ${formatMs(ms)}`));
      }
      streams.out.write(`${lines.join('\n')}\n`);
    },
    /** Prints a message without disturbing the progress bar. */
    info(text: string) {
      say(text);
    },
    /** Prints a message that --quiet keeps too: what the user needs to go on (where the site is served). */
    announce(text: string) {
      streams.err.write(`${text}\n`);
    },
    /** Prints an error (already formatted, one line per cause). */
    error(text: string) {
      bar?.stop();
      streams.err.write(`${paint('31', 'digest: error:')} ${text}\n`);
    },
  };
}

export type ConsoleReporter = ReturnType<typeof createConsoleReporter>;
