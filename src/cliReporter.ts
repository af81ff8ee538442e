/**
 * What the command line prints while a build runs: a progress bar over the files on
 * a terminal, plain lines when piped or in CI (no control codes), colour unless
 * NO_COLOR is set, and a closing summary.
 */
import cliProgress from 'cli-progress';
import type { BuildObserver, BuildSummary, StageName } from './options.ts';

export interface ReporterFlags {
  quiet: boolean;
  verbose: boolean;
  timings: boolean;
}

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

/** Builds the observer the pipeline reports to, plus summary and error printing. */
export function createConsoleReporter(
  flags: ReporterFlags,
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
    warning(message) {
      bar?.stop();
      say(`${paint('33', 'warning:')} ${message}`);
    },
  };

  return {
    ...observer,
    /** Prints the closing summary and the next step. */
    summary(summary: BuildSummary, where: string, input = 'seeds', serving = false) {
      if (flags.quiet) return;
      const lines = [
        '',
        paint('1', `Built ${summary.pages} pages in ${formatMs(summary.durationMs)} → ${where}/`),
        `  ${summary.articles} articles from ${summary.inputs} files, ${summary.rejected} rejected, ${summary.repairs} repairs`,
        `  ${summary.claims} claims, ${summary.conflicts} conflicts, ${summary.events} timeline events, ${summary.warnings} warnings`,
        `  Details: ${where}/data/build-report.json`,
        ...(serving ? [] : [`Next: npx digest serve${input === 'seeds' ? '' : ` --input ${input}`}${where === 'dist' ? '' : ` --output ${where}`}   (serves the site and rebuilds on changes)`]),
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
    /** Prints an error (already formatted, one line per cause). */
    error(text: string) {
      bar?.stop();
      streams.err.write(`${paint('31', 'digest: error:')} ${text}\n`);
    },
  };
}

export type ConsoleReporter = ReturnType<typeof createConsoleReporter>;
