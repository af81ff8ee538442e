/**
 * `digest serve`: builds, serves the output on localhost under the path prefix, and
 * rebuilds when an input file or template changes.
 */
import { createServer } from 'node:http';
import { watch } from 'node:fs';
import sirv from 'sirv';
import { createBuildCache, runBuild, runRebuild } from './pipeline.ts';
import { formatError } from './errors.ts';
import type { BuildOptions } from './options.ts';
import type { ConsoleReporter } from './cliReporter.ts';

/** Serves `options.output` on `port` until the process is stopped. */
export async function serveSite(options: BuildOptions, port: number, reporter: ConsoleReporter): Promise<void> {
  const cache = createBuildCache();
  const first = await runBuild(options, reporter, cache);
  reporter.summary(first, options, true);
  // sirv reads the folder per request (dev mode), so a swapped-in build is served at once.
  const assets = sirv(options.output, { dev: true, etag: true });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(options.pathPrefix)) {
      res.writeHead(302, { location: options.pathPrefix }).end();
      return;
    }
    req.url = `/${url.slice(options.pathPrefix.length)}`;
    assets(req, res, () => {
      res.writeHead(404).end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  reporter.announce(`Serving http://localhost:${actualPort}${options.pathPrefix} — watching ${options.input} (Ctrl+C to stop)`);

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      try {
        // Quiet about stages, but --verbose lists the warnings of the rebuilt files too.
        const summary = await runRebuild(options, { reported: reporter.reported }, cache);
        reporter.info(`Rebuilt ${summary.pages} pages in ${Math.round(summary.durationMs)} ms`);
      } catch (error) {
        reporter.error(formatError(error));
      }
    });
  };
  watch(options.input, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 100);
  });
  await new Promise<void>((resolve) => server.on('close', resolve));
}
