import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from './helpers/cli.ts';
import { copySeeds, tempDir } from './helpers/corpus.ts';
import type { ArticlesFile, ClaimsFile } from '../src/schemas.ts';

const SEED_002 = '002_e58296ae0857730c.txt';
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

/** Resolves with the first match of `pattern` in the child's combined output. */
function waitFor(output: { text: string }, pattern: RegExp, from = 0): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const match = output.text.slice(from).match(pattern);
      if (match) {
        clearInterval(poll);
        resolve(match);
      } else if (Date.now() - started > 60_000) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} in:\n${output.text}`));
      }
    }, 50);
  });
}

/** Starts `digest serve` on a copy of the seeds, on a free port; its output collects in `log`. */
async function startServe(...flags: string[]) {
  const root = await tempDir('serve');
  const input = path.join(root, 'in');
  const output = path.join(root, 'out');
  await copySeeds(input);
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'digest.js'), 'serve', '--input', input, '--output', output, '--port', '0', '--no-search', ...flags], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  });
  children.push(child);
  const log = { text: '' };
  child.stdout!.on('data', (d) => (log.text += d));
  child.stderr!.on('data', (d) => (log.text += d));
  return { input, output, log };
}

/** Every article and claim page url of the build in `output`, as data/*.json lists them. */
async function itemUrls(output: string): Promise<string[]> {
  const read = async (name: string) => JSON.parse(await readFile(path.join(output, 'data', name), 'utf8'));
  const { articles } = (await read('articles.json')) as ArticlesFile;
  const { claims } = (await read('claims.json')) as ClaimsFile;
  return [...articles, ...claims].map((r) => r.url);
}

describe('digest serve', () => {
  it('should serve the site and, after one article changes, serve its changed pages again without rebuilding everything', async () => {
    const { input, output, log } = await startServe();
    const [, origin] = await waitFor(log, /Serving (http:\/\/localhost:\d+)\//);
    const built = Number((await waitFor(log, /Built (\d+) pages/))[1]);

    const { articles } = JSON.parse(await readFile(path.join(output, 'data', 'articles.json'), 'utf8')) as ArticlesFile;
    const article = articles.find((a) => a.file === SEED_002)!;
    const before = await (await fetch(origin + article.url)).text();
    expect(before).toContain('learn why cloud');

    const mark = log.text.length;
    const file = path.join(input, SEED_002);
    await writeFile(file, (await readFile(file, 'utf8')).replace('learn why cloud', 'see why cloud').replace('backlog $464B+', 'backlog $470B+'));
    const rebuilt = Number((await waitFor(log, /Rebuilt (\d+) pages/, mark))[1]);

    const after = await (await fetch(origin + article.url)).text();
    expect(after).toContain('see why cloud');
    expect(after).not.toContain('learn why cloud');
    // The changed figure became a new claim, and its page is served too.
    const claimUrl = /href="(\/claims\/aws-backlog-more-than-470b-[^"]+)"/.exec(after)?.[1];
    expect(claimUrl).toBeDefined();
    const claimPage = await fetch(origin + claimUrl!);
    expect(claimPage.status).toBe(200);
    expect(await claimPage.text()).toContain('see why cloud');
    // Only the changed pages (and the index pages that list them) were written again.
    expect(rebuilt).toBeGreaterThan(0);
    expect(rebuilt).toBeLessThan(built / 2);
  }, 120_000);

  it('should stop serving the pages of a retitled article and of a changed figure once it has rebuilt', async () => {
    const { input, output, log } = await startServe();
    const [, origin] = await waitFor(log, /Serving (http:\/\/localhost:\d+)\//);
    await waitFor(log, /Built \d+ pages/);
    const before = await itemUrls(output);
    const { articles } = JSON.parse(await readFile(path.join(output, 'data', 'articles.json'), 'utf8')) as ArticlesFile;
    const oldArticle = articles.find((a) => a.file === SEED_002)!.url;
    expect((await fetch(origin + oldArticle)).status).toBe(200);

    const mark = log.text.length;
    const file = path.join(input, SEED_002);
    const text = await readFile(file, 'utf8');
    expect(text).toContain("AWS Booms but Amazon's Cash Flow Vanishes on AI Capex");
    await writeFile(file, text.replace("AWS Booms but Amazon's Cash Flow Vanishes", "AWS Soars while Amazon's Cash Flow Vanishes").replace('backlog $464B+', 'backlog $470B+'));
    await waitFor(log, /Rebuilt \d+ pages/, mark);

    const after = await itemUrls(output);
    const gone = before.filter((url) => !after.includes(url));
    // The article's old url, and at least the claim of the figure that changed.
    expect(gone).toContain(oldArticle);
    expect(gone.filter((url) => url.startsWith('/claims/')).length).toBeGreaterThan(0);
    for (const url of gone) expect((await fetch(origin + url)).status, url).toBe(404);
    for (const url of after) expect((await fetch(origin + url)).status, url).toBe(200);
  }, 120_000);

  it('should say where it serves even with --quiet, and nothing else', async () => {
    const { log } = await startServe('--quiet', '--path-prefix', '/p/');
    const [line, address] = await waitFor(log, /Serving (http:\/\/localhost:\d+\/p\/) .*\n/);
    expect((await fetch(address!)).status).toBe(200);
    expect(log.text).toBe(line);
  }, 120_000);
});
