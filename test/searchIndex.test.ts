import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { renderSite } from '../src/render/renderSite.ts';
import { execFileSync } from 'node:child_process';
import { searchIndexCount, startSearchIndex } from '../src/render/searchIndex.ts';
import { SCHEMA_VERSION, type BuildReport } from '../src/schemas.ts';
import { useAnalysedSeeds } from './helpers/seedArticles.ts';
import { DEFAULT_SETTINGS } from '../src/config.ts';

// Eleventy imports the templates itself, natively: TypeScript needs tsx's loader, as bin/run.js registers it.
register();

const seeds = useAnalysedSeeds('search-index');
const report: BuildReport = { schemaVersion: SCHEMA_VERSION, inputs: 5, articles: 5, rejected: [], repairs: [], warnings: [], titles: [] };
const site = { pathPrefix: '/', siteUrl: null, search: true, buildDate: null, metadata: DEFAULT_SETTINGS, feedSize: DEFAULT_SETTINGS.feedSize };

/** The metric pages `dir` has (each is a search record too). */
const metricPages = async (dir: string) => (await readdir(path.join(dir, 'metrics'))).filter((name) => name !== 'index.html').length;

/** The records each index folder of `dir` holds, by folder (Pagefind's entry file counts them). */
async function recordsByIndex(dir: string): Promise<Record<string, number>> {
  const folders = (await readdir(dir)).filter((name) => name.startsWith('pagefind')).sort();
  const counts: Record<string, number> = {};
  for (const folder of folders) {
    const entry = JSON.parse(await readFile(path.join(dir, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    counts[folder] = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  }
  return counts;
}

describe('the search index', () => {
  it('should split the articles evenly into as few indexes as the limit allows, and give the rest an index of its own from 2,000 articles on or when they are split', () => {
    expect(searchIndexCount(0)).toBe(1);
    expect(searchIndexCount(1999)).toBe(1);
    expect(searchIndexCount(2000)).toBe(2);
    expect(searchIndexCount(4000)).toBe(2);
    expect(searchIndexCount(10_000)).toBe(2);
    expect(searchIndexCount(10_001)).toBe(3);
    expect(searchIndexCount(40_000)).toBe(5);
    expect(searchIndexCount(5, 2)).toBe(4);
  });

  it('should write one index, and a search page that merges nothing, when the articles fit in one', async () => {
    const { root, articles, analysis } = seeds;
    const dir = path.join(root, 'one');
    const { searchRecords } = await renderSite({ articles, analysis, report, site }, dir);
    expect(await metricPages(dir)).toBeGreaterThan(0);
    expect(searchRecords).toBe(articles.length + analysis.claims.length + analysis.events.length + (await metricPages(dir)));
    expect(await recordsByIndex(dir)).toEqual({ pagefind: searchRecords });
    expect(await readFile(path.join(dir, 'search', 'index.html'), 'utf8')).toContain('<div id="search" class="search"></div>');
  });

  it('should split the articles into indexes of at most the limit, the claims, events and metrics in one more, and tell the search page how many', async () => {
    const { root, articles, analysis } = seeds;
    const dir = path.join(root, 'split');
    // 5 articles, 2 an index: 2, 2 and 1 article, then every claim, event and metric.
    const { searchRecords } = await renderSite({ articles, analysis, report, site, articlesPerIndex: 2 }, dir);
    const rest = analysis.claims.length + analysis.events.length + (await metricPages(dir));
    expect(rest).toBeGreaterThan(20);
    expect(await recordsByIndex(dir)).toEqual({ pagefind: 2, 'pagefind-2': 2, 'pagefind-3': 1, 'pagefind-4': rest });
    expect(searchRecords).toBe(articles.length + rest);
    expect(await readFile(path.join(dir, 'search', 'index.html'), 'utf8')).toContain('<div id="search" class="search" data-indexes="4"></div>');
    // Each index is a whole Pagefind bundle, its UI included.
    for (const folder of ['pagefind', 'pagefind-2', 'pagefind-3', 'pagefind-4']) expect(await readdir(path.join(dir, folder))).toContain('pagefind-ui.js');
  });

  it.runIf(process.platform === 'linux')('should run Pagefind at a lower priority than the build, and stop it when the index is written', async () => {
    const { root, articles } = seeds;
    /** This process's Pagefind children and their niceness, as `ps` sees them. */
    const pagefindChildren = () =>
      execFileSync('ps', ['-o', 'ni=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes('pagefind'))
        .map((line) => Number(line.trim().split(/\s+/)[0]));
    const own = Number(execFileSync('ps', ['-o', 'ni=', '-p', String(process.pid)], { encoding: 'utf8' }).trim());
    const indexer = startSearchIndex(path.join(root, 'niceness'), 'en');
    indexer.addArticles(articles);
    await expect.poll(pagefindChildren, { timeout: 10_000 }).toEqual([Math.min(own + 10, 19)]);
    expect(await indexer.write()).toBe(articles.length);
    await expect.poll(pagefindChildren, { timeout: 10_000 }).toEqual([]);
  });
});
