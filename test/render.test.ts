import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { renderSite } from '../src/render/renderSite.ts';
import { analyse } from '../src/analyse/analyse.ts';
import { SCHEMA_VERSION, type Article, type BuildReport } from '../src/schemas.ts';
import { escapeHtml } from '../src/render/html.ts';
import { pageFile, siteUrls } from '../src/urls.ts';
import { useAnalysedSeeds } from './helpers/seedArticles.ts';
import { DEFAULT_SETTINGS } from '../src/config.ts';
import type { SiteOptions } from '../src/render/siteModel.ts';
import { hashTree, htmlFiles } from './helpers/tree.ts';
import { XMLParser } from 'fast-xml-parser';

// Eleventy imports the templates itself, natively: TypeScript needs tsx's loader, as bin/run.js registers it.
register();

const seeds = useAnalysedSeeds('render');
const report: BuildReport = { schemaVersion: SCHEMA_VERSION, inputs: 5, articles: 5, rejected: [], repairs: [], warnings: [], titles: [] };
const site: SiteOptions = { pathPrefix: '/', siteUrl: null, search: false, buildDate: null, metadata: DEFAULT_SETTINGS, feedSize: DEFAULT_SETTINGS.feedSize };

describe('renderSite', () => {
  it('should write the same site, byte for byte, whether the pages are rendered in one Eleventy run or in many', async () => {
    const { root, articles, analysis } = seeds;
    const one = path.join(root, 'one');
    const many = path.join(root, 'many');
    const single = await renderSite({ articles, analysis, report, site }, one);
    // 7 pages per run: the index pages get a run of their own, then the seeds' 5 articles and 60 claims take 10, the last one short.
    const batched = await renderSite({ articles, analysis, report, site, pagesPerRun: 7 }, many);
    expect(analysis.claims.length + articles.length).toBeGreaterThan(7 * 5);
    expect(batched.pages).toBe(single.pages);
    expect((await htmlFiles(many)).length).toBe(single.pages);
    for (const article of articles) expect(await htmlFiles(many)).toContain(pageFile(article.url));
    expect(await hashTree(many)).toEqual(await hashTree(one));
  });

  it('should put every root-absolute link under the path prefix, and change nothing else', async () => {
    const { root, articles, analysis } = seeds;
    const plain = path.join(root, 'plain');
    const prefixed = path.join(root, 'prefixed');
    await renderSite({ articles, analysis, report, site }, plain);
    await renderSite({ articles, analysis, report, site: { ...site, pathPrefix: '/p/' } }, prefixed);
    const pages = await htmlFiles(plain);
    expect(pages.length).toBeGreaterThan(60);
    const jsonLd = (page: string) => /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)?.[1];
    let nonAscii = 0;
    for (const page of pages) {
      const unprefixed = await readFile(path.join(plain, page), 'utf8');
      const text = await readFile(path.join(prefixed, page), 'utf8');
      expect(text, page).toContain('<link rel="stylesheet" href="/p/assets/');
      expect(text, page).not.toMatch(/\s(?:href|src|action)="\/(?!p\/|\/)/);
      expect(text.replaceAll('"/p/', '"/').replaceAll('localhost:8080/p/', 'localhost:8080/'), page).toBe(unprefixed);
      // Script content is not markup: its urls are absolute, with the prefix in the site url.
      expect(jsonLd(text)?.replaceAll('localhost:8080/p/', 'localhost:8080/'), page).toBe(jsonLd(unprefixed));
      if (/[^\x00-\x7f]/.test(unprefixed)) nonAscii++;
    }
    // The seeds' emoji, dashes and curly quotes went through the pages' UTF-8 bytes.
    expect(nonAscii).toBe(pages.length);
  });
});

describe('claim pages', () => {
  it('should show a quote that several articles repeat word for word once, citing every article that states it', async () => {
    const { root, articles } = seeds;
    const seed = articles.find((a) => a.id === '004_f8a458f6d888d2ee')!;
    const copy: Article = { ...seed, id: '005_syndicated_copy', file: '005_syndicated_copy.txt', title: 'Amazon cloud jumps (syndicated)', url: siteUrls.article('005_syndicated_copy') };
    const withCopy = [...articles, copy];
    const copied = analyse(withCopy);
    const claim = copied.claims.find((c) => c.mentions.some((m) => m.article === copy.id) && c.mentions.some((m) => m.article === seed.id))!;
    expect(claim, 'a claim both articles state').toBeDefined();
    const quote = claim.mentions.find((m) => m.article === copy.id)!.quote;
    expect(claim.mentions.filter((m) => m.quote === quote).length).toBeGreaterThanOrEqual(2);
    const dir = path.join(root, 'copies');
    await renderSite({ articles: withCopy, analysis: copied, report: { ...report, inputs: 6, articles: 6 }, site }, dir);
    const page = await readFile(path.join(dir, pageFile(claim.url)), 'utf8');
    const escaped = escapeHtml(quote);
    expect(page.split(`<blockquote><p>${escaped}</p></blockquote>`).length - 1).toBe(1);
    expect(page).toContain('times, word for word');
    expect(page).toContain(`href="${seed.url}"`);
    expect(page).toContain(`href="${copy.url}"`);
  });

  it('should say where in its article each mention stands in the words of the article page, not the data fields', async () => {
    const { root, articles, analysis } = seeds;
    const dir = path.join(root, 'parts');
    await renderSite({ articles, analysis, report, site }, dir);
    const parts = new Set<string>();
    for (const claim of analysis.claims) {
      const page = await readFile(path.join(dir, pageFile(claim.url)), 'utf8');
      for (const [, part] of page.matchAll(/<span class="section">([^<]*)<\/span>/g)) parts.add(part!);
    }
    // The seeds' claims come from these parts (their fields: technicalNotes, tldr.whatChanged, section: …, table: …).
    expect(parts).toContain('technical deep dive');
    expect(parts).toContain('TL;DR, what changed');
    expect(parts).toContain('table “Benchmark Performance Data”');
    expect([...parts].filter((part) => /^\p{Ll}+\p{Lu}|^tldr\.|^(?:section|table): /u.test(part))).toEqual([]);
  });

  it("should say in words what a claim's mentions share, never show the merge key", async () => {
    const { root, articles, analysis } = seeds;
    const dir = path.join(root, 'merged');
    await renderSite({ articles, analysis, report, site }, dir);
    const merged = new Map<string, string>();
    for (const claim of analysis.claims) {
      const page = await readFile(path.join(dir, pageFile(claim.url)), 'utf8');
      expect(page, claim.url).not.toContain(escapeHtml(claim.key));
      merged.set(claim.key, /<dt>Merged from<\/dt><dd>([^<]*)<\/dd>/.exec(page)![1]!);
    }
    // The seeds' keys `fact|aws|backlog|`, `fact|amazon|investment:anthropic|`, `fact|amazon|capex|2026-q1` (capex is the group's,
    // "Capital expenditures for AWS" included) and a forecast's words (`forecast|amazon|amazon will …`).
    expect(merged.get('fact|aws|backlog|')).toBe('Mentions with the same subject, metric and period (AWS · backlog · no period stated)');
    expect(merged.get('fact|amazon|investment:anthropic|')).toBe('Mentions with the same subject, metric, counterparty and period (Amazon · investment · Anthropic · no period stated)');
    expect(merged.get('fact|amazon|capex|2026-q1')).toBe('Mentions with the same subject, metric and period (Amazon · capex · 2026-Q1)');
    const forecast = [...merged].find(([key]) => key.startsWith('forecast|amazon|amazon will'));
    expect(forecast?.[1]).toBe('Forecasts about Amazon in the same words');
  });
});

describe('the competitor matrix, timeline and feeds of a digest with many copies of one story', () => {
  it('should cite the first five articles of a cell or a wording and count the others, and feed the latest 50 articles', async () => {
    const { root, articles } = seeds;
    const seed = articles.find((a) => a.id === '004_f8a458f6d888d2ee')!;
    expect(seed.competitorTables.length).toBeGreaterThan(0);
    expect(seed.timeline.length).toBeGreaterThan(0);
    const copies: Article[] = Array.from({ length: 55 }, (_, i) => ({ ...seed, id: `copy-${i}`, file: `copy-${i}.txt`, title: `${seed.title} (copy ${i})`, url: siteUrls.article(`copy-${i}`) }));
    const all = [...articles, ...copies];
    const dir = path.join(root, 'many-copies');
    // With an edition date, every article has a date for the Atom feed.
    await renderSite({ articles: all, analysis: analyse(all), report: { ...report, inputs: all.length, articles: all.length }, site: { ...site, buildDate: '2026-05-01' } }, dir);
    for (const page of ['competitors/index.html', 'timeline/index.html']) {
      const html = await readFile(path.join(dir, page), 'utf8');
      // The seed and its 55 copies state the same cells and events: 5 links, then "and 51 more articles".
      expect(html, page).toContain(' and 51 more articles');
      for (const item of html.split(/<li>/).slice(1)) expect((item.match(/class="cite"/g) ?? []).length, page).toBeLessThanOrEqual(5);
    }
    expect(all.length).toBe(60);
    expect(JSON.parse(await readFile(path.join(dir, 'feed.json'), 'utf8')).items).toHaveLength(50);
    expect((await readFile(path.join(dir, 'feed.xml'), 'utf8')).split('<entry>').length - 1).toBe(50);
  });
});

describe('the build date (--build-date)', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
  const atomOf = async (dir: string) => {
    const atom = parser.parse(await readFile(path.join(dir, 'feed.xml'), 'utf8')).feed;
    return { updated: atom.updated as string, entries: [atom.entry ?? []].flat() as { id: string; updated: string }[] };
  };
  const jsonFeedOf = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'feed.json'), 'utf8')) as { items: { id: string; date_published?: string }[] };

  it('should show the edition in every page footer and date the feeds and the home page by it', async () => {
    const { root, articles, analysis } = seeds;
    const dir = path.join(root, 'dated');
    await renderSite({ articles, analysis, report, site: { ...site, buildDate: '2026-05-01' } }, dir);
    for (const page of await htmlFiles(dir)) {
      expect(await readFile(path.join(dir, page), 'utf8'), page).toContain('<p class="edition">Edition of <time datetime="2026-05-01">1 May 2026</time></p>');
    }
    // None of the seeds gives its own date: every entry is dated by the edition.
    expect(articles.every((a) => a.date === null)).toBe(true);
    const atom = await atomOf(dir);
    expect(atom.updated).toBe('2026-05-01T00:00:00Z');
    expect(atom.entries.map((e) => e.updated)).toEqual(articles.map(() => '2026-05-01T00:00:00Z'));
    expect((await jsonFeedOf(dir)).items.map((i) => i.date_published)).toEqual(articles.map(() => '2026-05-01T00:00:00Z'));
    const home = await readFile(path.join(dir, 'index.html'), 'utf8');
    expect(home).toContain('"dateModified":"2026-05-01"');
    expect(home).toContain('<link rel="alternate" type="application/atom+xml" title="Digest (Atom)" href="/feed.xml">');
  });

  it('should invent no date without one: no edition, undated feed items, and no Atom feed when nothing has a date', async () => {
    const { root, articles, analysis } = seeds;
    const dir = path.join(root, 'undated');
    await renderSite({ articles, analysis, report, site }, dir);
    await expect(readFile(path.join(dir, 'feed.xml'))).rejects.toThrow(/ENOENT/);
    for (const page of await htmlFiles(dir)) {
      const text = await readFile(path.join(dir, page), 'utf8');
      expect(text, page).not.toContain('Edition of');
      expect(text, page).not.toContain('feed.xml');
      expect(text, page).not.toMatch(/datePublished|dateModified|2000-01-01/);
    }
    const feed = await jsonFeedOf(dir);
    expect(feed.items).toHaveLength(articles.length);
    for (const item of feed.items) expect(item, item.id).not.toHaveProperty('date_published');
  });

  it("should give the Atom feed only the articles with a date of their own when there is no build date, and the newest as the feed's", async () => {
    const { root, articles } = seeds;
    const dated = articles.map((a) => (a.id === '002_e58296ae0857730c' ? { ...a, date: '2026-04-30' } : a.id === '001_e735458e1800b1fc' ? { ...a, date: '2026-02' } : a));
    const dir = path.join(root, 'some-dated');
    await renderSite({ articles: dated, analysis: analyse(dated), report, site }, dir);
    const atom = await atomOf(dir);
    expect(atom.updated).toBe('2026-04-30T00:00:00Z');
    expect(atom.entries.map((e) => [e.id.replace(/^.*\/articles\//, ''), e.updated])).toEqual([
      [`${pageFile(dated.find((a) => a.date === '2026-04-30')!.url).slice('articles/'.length)}`, '2026-04-30T00:00:00Z'],
      [`${pageFile(dated.find((a) => a.date === '2026-02')!.url).slice('articles/'.length)}`, '2026-02-01T00:00:00Z'],
    ]);
    for (const date of [atom.updated, ...atom.entries.map((e) => e.updated)]) expect(date).toMatch(RFC3339);
    const items = (await jsonFeedOf(dir)).items;
    expect(items.filter((i) => i.date_published).map((i) => i.date_published)).toEqual(['2026-04-30T00:00:00Z', '2026-02-01T00:00:00Z']);
    const article = await readFile(path.join(dir, pageFile(dated.find((a) => a.date === '2026-04-30')!.url)), 'utf8');
    expect(article).toContain('"datePublished":"2026-04-30"');
  });

  it('should count in the footer and the article index in words that agree with the number: one article, one input file', async () => {
    const { root, articles } = seeds;
    const one = [articles[0]!];
    const dir = path.join(root, 'single');
    await renderSite({ articles: one, analysis: analyse(one), report: { ...report, inputs: 1, articles: 1, rejected: [{ file: 'x.txt', reason: 'empty' }] }, site }, dir);
    const index = await readFile(path.join(dir, 'index.html'), 'utf8');
    expect(index).toMatch(/Built by Digest from 1 input file: 1 article, \d+ claims?, \d+ disagreements?\./);
    expect(await readFile(path.join(dir, 'articles', 'index.html'), 'utf8')).toContain('<p>1 article; 1 input file was rejected');
    const five = await readFile(path.join(root, 'one', 'index.html'), 'utf8');
    expect(five).toContain(`Built by Digest from 5 input files: 5 articles, ${seeds.analysis.claims.length} claims, 3 disagreements.`);
    expect(seeds.analysis.claims.length).toBeGreaterThan(50);
  });
});
