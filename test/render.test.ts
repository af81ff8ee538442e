import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { renderSite } from '../src/render/renderSite.ts';
import { analyse } from '../src/analyse/analyse.ts';
import { SCHEMA_VERSION, type Analysis, type Article, type BuildReport } from '../src/schemas.ts';
import { loadArticles } from './helpers/seedArticles.ts';
import { hashTree, htmlFiles } from './helpers/tree.ts';

// Eleventy imports the templates itself, natively: TypeScript needs tsx's loader, as bin/digest.js registers it.
register();

let root: string;
let articles: Article[];
let analysis: Analysis;
const report: BuildReport = { schemaVersion: SCHEMA_VERSION, inputs: 5, articles: 5, rejected: [], repairs: [], warnings: [], titles: [] };
const site = { pathPrefix: '/', siteUrl: null, search: false, buildDate: null };

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'digest-render-'));
  articles = await loadArticles();
  analysis = analyse(articles);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('renderSite', () => {
  it('should write the same site, byte for byte, whether the pages are rendered in one Eleventy run or in many', async () => {
    const one = path.join(root, 'one');
    const many = path.join(root, 'many');
    const single = await renderSite({ articles, analysis, report, site }, one);
    // 7 pages per run: the seeds' 5 articles and 60 claims take 10 runs, the last one short.
    const batched = await renderSite({ articles, analysis, report, site, pagesPerRun: 7 }, many);
    expect(analysis.claims.length + articles.length).toBeGreaterThan(7 * 5);
    expect(batched.pages).toBe(single.pages);
    expect((await htmlFiles(many)).length).toBe(single.pages);
    for (const article of articles) expect(await htmlFiles(many)).toContain(`${article.url.slice(1)}index.html`);
    expect(await hashTree(many)).toEqual(await hashTree(one));
  });
});
