/**
 * The `digest` command line: argument parsing, progress, summary and exit codes —
 * nothing else. The work itself is `runBuild` in pipeline.ts.
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { access } from 'node:fs/promises';
import { BuildOptions } from './options.ts';
import { runBuild } from './pipeline.ts';
import { formatError, UsageError } from './errors.ts';
import { ConfigError, describeSettings, readConfigFile, resolveSettings } from './config.ts';
import { normalisePathPrefix } from './urls.ts';
import { createConsoleReporter } from './cliReporter.ts';
import { serveSite } from './serve.ts';

export const USAGE = `Usage: digest <command> [options]

Commands:
  build            Build the site from --input into --output (the default command)
  serve            Build, serve the site on http://localhost:8080 and rebuild on changes

Options:
  --config FILE        Config file: site title, tagline, language and defaults (default: digest.config.json if present)
  --input DIR          Folder of scraped text files (default: seeds)
  --output DIR         Output folder, replaced whole by each build (default: dist)
  --path-prefix /p/    Serve the site under /p/, e.g. /repo-name/ on GitHub Pages (default: /)
  --site-url URL       Absolute site url for feeds, sitemap and canonical links
  --strict             Fail (exit 1) if any input file is rejected; the output is left as it was
  --no-search          Skip the Pagefind search index
  --max-file-size MB   Reject input files larger than this many megabytes (default: 8)
  --threads N          Threads that read the articles' claims (default: one per CPU core)
  --build-date DATE    Date the edition (YYYY-MM-DD): page footers, feeds, home page JSON-LD, and the
                       firstSeen of new records; without it nothing time-dependent is written
  --previous DIR|URL   The last published edition (its data/ folder or its site url): records keep
                       their firstSeen and ids, and data/changes.json lists what changed
  --port N             Port for serve (default: 8080)
  --quiet              Print errors only (serve still prints where it serves)
  --verbose            List every rejected file and warning (file:line), and stack traces with errors
  --timings            Print the time each stage took
  --json               Print the build summary as JSON on stdout (for scripts)
  -h, --help           Show this help

Examples:
  npx digest build
  npx digest build --input ~/scrapes --output site --strict
  npx digest build --path-prefix /aws-digest/ --site-url https://me.github.io/aws-digest/
  npx digest build --previous https://me.github.io/aws-digest/ --build-date 2026-11-24
  npx digest serve --input seeds`;

const OPTIONS = {
  // No defaults for the settings the config file can set: a flag given overrides the file.
  config: { type: 'string' },
  input: { type: 'string' },
  output: { type: 'string' },
  'path-prefix': { type: 'string' },
  'site-url': { type: 'string' },
  strict: { type: 'boolean', default: false },
  'no-search': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  threads: { type: 'string' },
  'build-date': { type: 'string' },
  previous: { type: 'string' },
  port: { type: 'string', default: '8080' },
  quiet: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  timings: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Parses argv into a command and validated build options; throws UsageError. */
export async function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'build';
  if (!['build', 'serve'].includes(command) || positionals.length > 1) {
    throw new UsageError(`Unknown command "${positionals.join(' ')}"; use build or serve`);
  }
  if (values.help) return { command: 'help' as const };
  const maxMb = values['max-file-size'] === undefined ? undefined : Number(values['max-file-size']);
  if (maxMb !== undefined && !(maxMb > 0)) throw new UsageError(`--max-file-size must be a positive number of megabytes, not "${values['max-file-size']}"`);
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--threads must be a whole number of threads, 1 or more, not "${values.threads}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  let pathPrefix: string | undefined;
  try {
    pathPrefix = values['path-prefix'] === undefined ? undefined : normalisePathPrefix(values['path-prefix']);
  } catch (error) {
    throw new UsageError(`--path-prefix: ${(error as Error).message}`);
  }
  const siteUrl = values['site-url']?.replace(/\/?$/, '/');
  const resolved = resolveSettings(readConfigFile(values.config), {
    input: values.input,
    output: values.output,
    pathPrefix,
    siteUrl,
    search: values['no-search'] ? false : undefined,
    maxFileSizeMb: maxMb,
  });
  const { settings } = resolved;
  const result = BuildOptions.safeParse({
    input: settings.input,
    output: settings.output,
    pathPrefix: settings.pathPrefix,
    siteUrl: settings.siteUrl,
    strict: values.strict,
    search: settings.search,
    maxFileBytes: Math.round(settings.maxFileSizeMb * 1024 * 1024),
    buildDate: values['build-date'] ?? null,
    previous: values.previous ?? null,
    lockTimeoutMs: 120_000,
    metadata: { title: settings.title, tagline: settings.tagline, description: settings.description, language: settings.language },
    feedSize: settings.feedSize,
    threads,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue.message}`);
  }
  try {
    await access(result.data.input);
  } catch {
    throw new UsageError(`Input folder "${result.data.input}" does not exist; pass --input DIR`);
  }
  return {
    command: command as 'build' | 'serve',
    options: result.data,
    port,
    settings: describeSettings(resolved),
    output: { quiet: values.quiet || values.json, verbose: values.verbose, timings: values.timings, json: values.json },
  };
}

/** Runs the command line and returns the exit code (0 ok, 1 build failed, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = await parseCommandLine(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`digest: ${error.message}\n`); // the file is wrong, not the command: no usage
      return 2;
    }
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`digest: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const reporter = createConsoleReporter(command.output, command.options.input);
  if (command.output.verbose) reporter.info(`Settings (a flag over the config file over the default):\n${command.settings.join('\n')}`);
  try {
    if (command.command === 'serve') {
      await serveSite(command.options, command.port, reporter);
      return 0;
    }
    const summary = await runBuild(command.options, reporter);
    if (command.output.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    reporter.summary(summary, command.options);
    return 0;
  } catch (error) {
    reporter.error(formatError(error, command.output.verbose));
    return 1;
  }
}
