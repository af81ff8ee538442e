import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { validationErrors } from '../helpers/validate.ts';
import { launchChromium, layoutProblems } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { htmlFiles } from '../helpers/tree.ts';
import { PROJECT_ROOT, runDigest, SEEDS } from '../helpers/cli.ts';
import { tempDir } from '../helpers/corpus.ts';
import { generateCorpus } from '../../scripts/benchCorpus.ts';
import { MAX_FRAGMENT_FILES } from '../../src/render/searchIndex.ts';
import { renderSite } from '../../src/render/renderSite.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { SCHEMA_VERSION } from '../../src/schemas.ts';
import { register } from 'tsx/esm/api';
import { DEFAULT_SETTINGS } from '../../src/config.ts';
import type { ClaimsFile, ArticlesFile } from '../../src/schemas.ts';
import { buildEdition, editionInputs, FIRST_DATE, SECOND_DATE } from '../helpers/editions.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = path.join(PROJECT_ROOT, 'test', 'screenshots');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const sites = [
  ['/', () => inject('siteRoot')],
  ['/aws-digest/', () => inject('sitePrefixed')],
] as const;

describe.each(sites)('every page of the seeds site under %s in chromium', (prefix, site) => {
  let server: StaticServer;
  let pages: string[];
  beforeAll(async () => {
    server = await serveStatic(site(), prefix);
    pages = (await htmlFiles(site())).map((p) => prefix + p.replace(/index\.html$/, ''));
  });
  afterAll(() => server.close());

  it('should load with no console error and no failed request, and no horizontal scroll at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${page.url()}: failed ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/404.html') && problems.push(`${page.url()}: ${r.status()} ${r.url()}`));
    for (const url of pages.filter((p) => !p.endsWith('404.html'))) {
      await page.goto(server.origin + url, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${url}: scrolls ${overflow}px sideways at 360 px`);
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
  }, 300_000);

  it('should have no axe violations (WCAG 2.1 AA) in light and dark', async () => {
    const violations: string[] = [];
    // Each page is loaded once and checked in both schemes: every WCAG 2.1 A and AA rule in
    // light, then again in dark the rules a colour scheme can change (the rest read the same
    // markup; the full run costs three times the colour rules).
    const runOnly = {
      light: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      dark: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
    };
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const url of pages) {
      await page.goto(server.origin + url);
      await page.evaluate(axeSource);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const result = await page.evaluate(
          (only) => (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: only }),
          runOnly[colorScheme],
        );
        for (const v of result.violations) violations.push(`${colorScheme} ${url}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    await context.close();
    expect(violations).toEqual([]);
  }, 600_000);
});

describe('the layout of every page of the seeds site in chromium', () => {
  let server: StaticServer;
  let pages: string[];
  beforeAll(async () => {
    server = await serveStatic(inject('siteRoot'), '/');
    pages = (await htmlFiles(inject('siteRoot'))).map((p) => `/${p.replace(/index\.html$/, '')}`);
  });
  afterAll(() => server.close());

  it('should break no word mid-word in a table or heading, give every sideways scroller a keyboard stop and a name, and never scroll the page sideways, at 360, 768 and 1280 px, light and dark', async () => {
    // One page, loaded once per url and measured at each width and colour scheme: 6 layouts per load.
    const page = await browser.newPage();
    const problems: string[] = [];
    let views = 0;
    for (const url of pages) {
      await page.goto(server.origin + url);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const width of [360, 768, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const found = await page.evaluate(layoutProblems);
          views++;
          const at = `${url} at ${width} px, ${colorScheme}`;
          for (const word of found.brokenWords) problems.push(`${at}: word broken mid-word: ${word}`);
          for (const element of found.unreachableScrollers) problems.push(`${at}: scrolls sideways without tabindex or name: ${element}`);
          if (found.pageOverflow > 0) problems.push(`${at}: the page scrolls ${found.pageOverflow}px sideways`);
        }
      }
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(views).toBe(pages.length * 6);
    expect(pages.length).toBeGreaterThan(20);
  }, 300_000);
});

describe('the seeds site, checked as files', () => {
  it('should validate every page with html-validate (no errors)', async () => {
    const dir = inject('siteRoot');
    expect(await validationErrors(dir)).toEqual([]);
  });
});

describe('search and screenshots under /aws-digest/', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(inject('sitePrefixed'), '/aws-digest/');
  });
  afterAll(() => server.close());

  it('should find a known claim with Pagefind in the browser', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/aws-digest/search/`);
    await page.locator('input[type="search"], .pagefind-ui__search-input').first().fill('backlog');
    const link = page.locator('.pagefind-ui__result-link').first();
    await link.waitFor({ timeout: 20_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith('/aws-digest/claims/'))).toBe(true);
    await page.close();
  }, 60_000);

  it('should find a metric page with Pagefind', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/aws-digest/search/`);
    await page.locator('.pagefind-ui__search-input').fill('revenue growth over time');
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/aws-digest/metrics/aws-revenue-growth.html');
    await page.close();
  }, 60_000);

  it('should take screenshots of the key pages at 360, 768 and 1280 px, light and dark', async () => {
    const dir = inject('sitePrefixed');
    const { claims, conflicts } = JSON.parse(await readFile(path.join(dir, 'data', 'claims.json'), 'utf8')) as ClaimsFile;
    const { articles } = JSON.parse(await readFile(path.join(dir, 'data', 'articles.json'), 'utf8')) as ArticlesFile;
    const conflictClaim = claims.find((c) => c.id === conflicts[0]?.claims[0]);
    const longform = articles.find((a) => a.sections.length > 0);
    const geekwire = articles.find((a) => a.source === 'GeekWire');
    const targets: Record<string, string | undefined> = {
      home: '/aws-digest/',
      article: articles[0]!.url,
      longform: longform?.url,
      geekwire: geekwire?.url,
      conflict: conflictClaim?.url ?? '/aws-digest/claims/',
      timeline: '/aws-digest/timeline/',
      competitors: '/aws-digest/competitors/',
      sources: '/aws-digest/sources/',
    };
    expect(Object.values(targets).every(Boolean)).toBe(true);
    await mkdir(SCREENSHOTS, { recursive: true });
    let taken = 0;
    const page = await browser.newPage();
    for (const [name, url] of Object.entries(targets)) {
      await page.goto(server.origin + url!);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const width of [360, 768, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
          taken++;
        }
      }
    }
    await page.close();
    expect(taken).toBe(Object.keys(targets).length * 6);
  }, 180_000);
});

describe('search over more pages than Pagefind writes fragment files for', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = await tempDir('bundled-search');
    // One article page per copy, so the articles alone outnumber the fragment files.
    await generateCorpus(SEEDS, path.join(dir, 'in'), MAX_FRAGMENT_FILES + 20);
    const built = await runDigest(['build', '--input', path.join(dir, 'in'), '--output', path.join(dir, 'site'), '--path-prefix', '/big/']);
    expect(built.code, built.stderr).toBe(0);
    server = await serveStatic(path.join(dir, 'site'), '/big/');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('should bundle the fragments into shared files, at most the limit', async () => {
    const fragments = await readdir(path.join(dir, 'site', 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(1);
    expect(fragments.length).toBeLessThanOrEqual(MAX_FRAGMENT_FILES);
    expect(fragments.every((name) => name.startsWith('en_group_'))).toBe(true);
  });

  it('should find an edition by its title and open its page from the result', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/big/search/`);
    await page.locator('.pagefind-ui__search-input').fill('edition 317');
    const link = page.locator('.pagefind-ui__result-link').first();
    await link.waitFor({ timeout: 20_000 });
    const title = (await link.textContent())!.trim();
    expect(title).toContain('(edition 317)');
    await link.click();
    await page.waitForURL(/\/big\/articles\//);
    expect((await page.locator('h1').first().textContent())!.trim()).toBe(title);
    await page.close();
  }, 60_000);
});

describe('the pages of a second edition: what changed and figures over time', () => {
  let dir: string;
  let server: StaticServer;
  const urls = ['/', '/changes/', '/metrics/', '/metrics/aws-revenue-growth.html', '/metrics/trainium2-performance.html', '/topics/revenue.html'];
  beforeAll(async () => {
    dir = await tempDir('editions-browser');
    const inputs = await editionInputs(dir);
    const first = await buildEdition(inputs.first, path.join(dir, 'first'), FIRST_DATE);
    expect(first.code, first.stderr).toBe(0);
    const second = await buildEdition(inputs.second, path.join(dir, 'second'), SECOND_DATE, ['--previous', path.join(dir, 'first', 'data')]);
    expect(second.code, second.stderr).toBe(0);
    server = await serveStatic(path.join(dir, 'second'), '/');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('should have no axe violations, no console error and no horizontal scroll at 360 px, light and dark', async () => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`${page.url()}: failed ${r.url()}`));
      for (const url of urls) {
        await page.goto(server.origin + url, { waitUntil: 'load' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${url}: scrolls ${overflow}px sideways at 360 px`);
      }
      await context.close();
      const axeContext = await browser.newContext({ bypassCSP: true, colorScheme });
      const axePage = await axeContext.newPage();
      for (const url of urls) {
        await axePage.goto(server.origin + url);
        await axePage.evaluate(axeSource);
        const result = await axePage.evaluate(() =>
          (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          }),
        );
        for (const v of result.violations) problems.push(`${colorScheme} ${url}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      await axeContext.close();
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('should validate the new pages with html-validate', async () => {
    expect(await validationErrors(path.join(dir, 'second'), ['index.html', 'changes/index.html', 'metrics/index.html', 'metrics/aws-revenue-growth.html', 'metrics/trainium2-performance.html'])).toEqual([]);
  });

  it('should take screenshots of a metric chart and the changes page at 360 and 1280 px, light and dark', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const targets = { metric: '/metrics/aws-revenue-growth.html', changes: '/changes/' };
    let taken = 0;
    for (const width of [360, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        for (const [name, url] of Object.entries(targets)) {
          await page.goto(server.origin + url);
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
          taken++;
        }
        // The chart alone, as a reader sees it.
        await page.goto(server.origin + targets.metric);
        await page.locator('.metric-chart').first().screenshot({ path: path.join(SCREENSHOTS, `metric-chart-${width}-${colorScheme}.png`) });
        await context.close();
      }
    }
    expect(taken).toBe(8);
  }, 120_000);
});

describe('search over several indexes (a digest with more articles than one index takes)', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    register(); // Eleventy imports the TypeScript templates itself
    dir = await tempDir('split-search');
    const articles = await loadArticles();
    const report = { schemaVersion: SCHEMA_VERSION, inputs: 5, articles: 5, rejected: [], repairs: [], warnings: [], titles: [] };
    // 2 articles an index: pagefind/ holds the first two, pagefind-3/ the last one, pagefind-4/ the claims, events and metrics.
    const site = { pathPrefix: '/parts/', siteUrl: null, search: true, buildDate: null, metadata: DEFAULT_SETTINGS, feedSize: DEFAULT_SETTINGS.feedSize };
    await renderSite({ articles, analysis: analyse(articles), report, site, articlesPerIndex: 2 }, path.join(dir, 'site'));
    server = await serveStatic(path.join(dir, 'site'), '/parts/');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['the first index', 'Jassy Defends', "Jassy Defends Amazon's $200B AI Spending Spree", 'articles'],
    ['the last article index', 'Biggest AI-Driven Jump', 'Amazon Cloud Biggest AI-Driven Jump Since 2022', 'articles'],
    ['the claims index', 'Trainium2 process node', 'Trainium2 process node: 5 nm', 'claims'],
  ])('should find a page of %s and open it under the prefix', async (_, query, title, folder) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
    await page.goto(`${server.origin}/parts/search/`);
    await page.locator('.pagefind-ui__search-input').fill(query);
    const link = page.locator('.pagefind-ui__result-link', { hasText: title }).first();
    await link.waitFor({ timeout: 20_000 });
    await link.click();
    await page.waitForURL(new RegExp(`/parts/${folder}/`));
    expect((await page.locator('h1').first().textContent())!.trim()).toBe(title);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
