/** A local static server for a built site, mounted under its path prefix. */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` at `http://127.0.0.1:<port><pathPrefix>`; other paths answer 404. */
export async function serveStatic(dir: string, pathPrefix = '/'): Promise<StaticServer> {
  const assets = sirv(dir, { dev: true });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(pathPrefix)) {
      res.writeHead(404).end('outside the path prefix');
      return;
    }
    req.url = `/${url.slice(pathPrefix.length)}`;
    assets(req, res, () => {
      res.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
