import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runDigest, type RunResult } from './helpers/cli.ts';
import { makeHostileCorpus } from './helpers/corpus.ts';
import { htmlFiles } from './helpers/tree.ts';
import { Parser } from 'htmlparser2';
import { validationErrors } from './helpers/validate.ts';
import type { BuildReport, ArticlesFile } from '../src/schemas.ts';
import { pageFile } from '../src/urls.ts';

/** Live markup an attacker could have injected: elements and attributes, as a browser would parse them. */
function liveMarkup(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'iframe' || name === 'object' || name === 'embed' || name === 'textarea') found.push(`<${name}>`);
      if (name === 'script' && attributes.type !== 'application/ld+json' && !/^\/(aws-digest\/)?(pagefind|assets)\//.test(attributes.src ?? '')) found.push(`<script ${JSON.stringify(attributes)}>`);
      if (name === 'img' && attributes.src === 'x') found.push('<img src=x>');
      for (const [key, value] of Object.entries(attributes)) {
        if (/^on/i.test(key)) found.push(`${name} ${key}=`);
        if (/^\s*javascript:/i.test(value)) found.push(`${name} ${key}="${value}"`);
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

let corpus: Awaited<ReturnType<typeof makeHostileCorpus>>;
let out: string;
let build: RunResult;
let report: BuildReport;
let articles: ArticlesFile;

beforeAll(async () => {
  corpus = await makeHostileCorpus();
  out = path.join(path.dirname(corpus.dir), 'out');
  build = await runDigest(['build', '--input', corpus.dir, '--output', out, '--no-search']);
  report = JSON.parse(await readFile(path.join(out, 'data', 'build-report.json'), 'utf8'));
  articles = JSON.parse(await readFile(path.join(out, 'data', 'articles.json'), 'utf8'));
}, 240_000);

describe('a corpus of seeds plus hostile and broken files', () => {
  it('should build without a crash and exit 0 without --strict', () => {
    expect(build.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(build.code).toBe(0);
  });

  it('should name every bad file in the build report with a reason', () => {
    const rejected = new Map(report.rejected.map((r) => [r.file, r.reason]));
    for (const file of corpus.mustReject) {
      expect(rejected.get(file), file).toMatch(/\w{4,}/);
    }
    expect(rejected.get('Копия 虎嗅 copy of seed.txt')).toMatch(/duplicate of 004_f8a458f6d888d2ee\.txt/);
    expect(rejected.get('huge.txt')).toMatch(/MB/);
    expect(rejected.get('same-name.txt')).toMatch(/same-name\.md has the same id, "same-name".*rename one/);
  });

  it('should keep every good article, and account for every input file', async () => {
    const kept = new Set(articles.articles.map((a) => a.file));
    for (const file of corpus.mustKeep) expect(kept.has(file), file).toBe(true);
    const inputs = (await readdir(corpus.dir)).length;
    expect(report.inputs).toBe(inputs);
    expect(report.articles + report.rejected.length).toBe(inputs);
  });

  it('should never give an article or an outlet the url of its section\'s index page', async () => {
    const article = articles.articles.find((a) => a.file === 'index-titled.txt')!;
    expect(article.title).toBe('Index');
    expect(article.url).not.toBe('/articles/index.html');
    expect(article.url).toMatch(/^\/articles\/[\w-]+\.html$/);
    const sources = await readdir(path.join(out, 'sources'));
    expect(sources.filter((f) => f.startsWith('index'))).toEqual([expect.stringMatching(/^index-\w+\.html$/), 'index.html']);
    expect(await readFile(path.join(out, 'sources', 'index.html'), 'utf8')).toContain('href="/sources/index-');
  });

  it('should show hostile markup as text, never as live markup, on every page', async () => {
    const pages = await htmlFiles(out);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = await readFile(path.join(out, page), 'utf8');
      // Live markup only: the same strings escaped as text (&lt;img src=x onerror=…&gt;) are what a reader should see.
      expect(liveMarkup(html), page).toEqual([]);
      expect(html, page).not.toMatch(/<script>alert|<\/textarea>/i);
    }
    const hostile = articles.articles.find((a) => a.file.startsWith('hostile'))!;
    const page = await readFile(path.join(out, pageFile(hostile.url)), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('should validate every page with html-validate, damaged and hostile inputs included (no empty heading, no control character)', async () => {
    expect(await validationErrors(out)).toEqual([]);
    const json = await readFile(path.join(out, 'data', 'articles.json'), 'utf8');
    expect(json).not.toMatch(/\\u000[0-8]|\\ufffd|&amp;|&#39;/i);
  });

  it('should write every text of every data file whitespace-trimmed, as the data API says', async () => {
    const untrimmed: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string') {
        if (value !== value.trim()) untrimmed.push(`${where}: ${JSON.stringify(value.slice(0, 60))}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
    };
    for (const name of ['articles', 'claims', 'timeline', 'competitors', 'build-report']) {
      walk(JSON.parse(await readFile(path.join(out, 'data', `${name}.json`), 'utf8')), name);
    }
    expect(untrimmed).toEqual([]);
  });

  it('should write nothing outside the output folder, whatever the titles and urls say', async () => {
    expect((await readdir(path.dirname(corpus.dir))).sort()).toEqual(['in', 'out']);
    const pathy = articles.articles.find((a) => a.file === 'path-title.txt')!;
    expect(pathy.title).toBe('../../x');
    expect(pathy.url).toMatch(/^\/articles\/[a-z0-9-]+\.html$/);
  });

  it('should keep a file with invalid UTF-8, warning with its file and line, never writing U+FFFD', () => {
    const warning = report.warnings.find((w) => w.file === 'invalid-utf8.txt');
    expect(warning?.line).toBe(5);
    expect(warning?.message).toMatch(/invalid UTF-8.*0xE9/);
    expect(JSON.stringify(articles)).not.toContain('\uFFFD');
  });

  it('should warn about the impossible date with its file and line', () => {
    const warning = report.warnings.find((w) => w.file.startsWith('hostile') && /2026-13/.test(w.message));
    expect(warning?.line).toBe(26);
  });

  it('should fail with --strict, name every bad file on stderr, and leave the previous output byte-identical', async () => {
    const before = await readFile(path.join(out, 'data', 'articles.json'));
    const strict = await runDigest(['build', '--input', corpus.dir, '--output', out, '--no-search', '--strict']);
    expect(strict.code).toBe(1);
    for (const file of corpus.mustReject) expect(strict.stderr).toContain(file);
    expect(strict.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(path.join(out, 'data', 'articles.json'))).toEqual(before);
  }, 120_000);
});
