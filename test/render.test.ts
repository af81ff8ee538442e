import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { renderSite } from '../src/render/renderSite.ts';
import { analyse } from '../src/analyse/analyse.ts';
import { SCHEMA_VERSION, type Article, type ArticlesFile, type BuildReport, type ClaimsFile } from '../src/schemas.ts';
import { escapeHtml } from '../src/render/html.ts';
import { pageFile, siteUrls } from '../src/urls.ts';
import { useAnalysedSeeds } from './helpers/seedArticles.ts';
import { hashTree, htmlFiles } from './helpers/tree.ts';
import { dataTable } from '../templates/_includes/dataTable.ts';
import { formatValue } from '../src/analyse/parseValue.ts';

// Eleventy imports the templates itself, natively: TypeScript needs tsx's loader, as bin/digest.js registers it.
register();

const seeds = useAnalysedSeeds('render');
const report: BuildReport = { schemaVersion: SCHEMA_VERSION, inputs: 5, articles: 5, rejected: [], repairs: [], warnings: [], titles: [] };
const site = { pathPrefix: '/', siteUrl: null, search: false, buildDate: null };

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
    await renderSite({ articles: all, analysis: analyse(all), report: { ...report, inputs: all.length, articles: all.length }, site }, dir);
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

describe('article pages of the seeds site', () => {
  const read = async (file: string) => readFile(path.join(inject('siteRoot'), file), 'utf8');
  const data = async () => ({
    ...(JSON.parse(await read('data/claims.json')) as ClaimsFile),
    articles: (JSON.parse(await read('data/articles.json')) as ArticlesFile).articles,
  });
  /** The article's own text: the page's article element up to the list of figures read from it. */
  const storyOf = (page: string) => page.slice(page.indexOf('<article'), page.indexOf('<section aria-labelledby="figures">'));
  const textOf = (markup: string) => markup.replace(/<[^>]*>/g, '');

  it('should make each figure the link to its claim, named by the statement, marked when disputed, with no statement repeated in the text', async () => {
    const { claims, conflicts, articles } = await data();
    const disputed = new Set(conflicts.flatMap((c) => c.claims));
    let links = 0;
    let marked = 0;
    for (const article of articles) {
      const story = storyOf(await read(pageFile(article.url)));
      const figures = [...story.matchAll(/<a class="fig( disputed)?" href="([^"]+)" aria-label="([^"]+)" title="\3">([^<]+)<\/a>/g)];
      for (const claim of claims.filter((c) => c.mentions.some((m) => m.article === article.id))) {
        const own = figures.filter((f) => f[2] === claim.url);
        // A claim read from a markdown paragraph has no link (remark renders it); the seeds have none.
        expect(own.length, `${article.file}: ${claim.statement}`).toBeGreaterThan(0);
        for (const [, mark, , name, shown] of own) {
          // The name is the statement, its figure as the article wrote it (what the link shows).
          const formatted = claim.value ? formatValue(claim.value) : null;
          const about = formatted && claim.statement.includes(formatted) ? claim.statement.slice(0, claim.statement.indexOf(formatted)) : claim.statement;
          expect(name, claim.statement).toContain(escapeHtml(about));
          expect(name!.toLowerCase(), claim.statement).toContain(shown!.replace(/^\((.*)\)$/, '$1').toLowerCase());
          expect(Boolean(mark), claim.statement).toBe(disputed.has(claim.id));
          expect(name!.endsWith(' (sources disagree)'), claim.statement).toBe(disputed.has(claim.id));
        }
        links++;
        if (disputed.has(claim.id)) marked++;
        // The statement is the link's name, never text beside it (statements without a figure are the sentence itself).
        if (claim.value) expect(textOf(story), `${article.file}: ${claim.statement}`).not.toContain(escapeHtml(claim.statement));
      }
    }
    expect(links).toBeGreaterThan(50);
    expect(marked).toBeGreaterThan(0);
    // The deals table of the long-form article: the cell is the figure, the link its only content.
    const longform = articles.find((a) => a.sections.length > 0)!;
    const investment = claims.find((c) => c.statement === 'Amazon investment in Anthropic: $25B')!;
    expect(storyOf(await read(pageFile(longform.url)))).toContain(`<td data-label="Investment Amount"><a class="fig" href="${investment.url}" aria-label="Amazon investment in Anthropic: $25B" title="Amazon investment in Anthropic: $25B">$25B</a></td>`);
  });

  it('should keep the list of the figures read at the end of the article page', async () => {
    const { articles } = await data();
    for (const article of articles) {
      const page = await read(pageFile(article.url));
      const figures = page.indexOf('<section aria-labelledby="figures">');
      expect(figures, article.file).toBeGreaterThan(page.lastIndexOf('class="fig'));
      expect(page.slice(figures), article.file).toMatch(/<ul class="claims"><li><a href="\/claims\//);
    }
  });

  it('should fold the lines every aggregator page carries into details, and keep them in the article record', async () => {
    const { articles } = await data();
    const geekwire = articles.find((a) => a.source === 'GeekWire')!;
    // The record keeps them as the parser read them.
    expect(geekwire.deepInsight).toEqual(['AI-generated analysis for this event.']);
    expect(geekwire.footer).toContain('Weekly AI Recap');
    const page = await read(pageFile(geekwire.url));
    const folded = /<details class="furniture"><summary>[^<]+<\/summary>(.*?)<\/details>/s.exec(page)?.[1] ?? '';
    for (const line of ['AI-generated analysis for this event.', 'Weekly AI Recap', "Read this week's curated digest", 'Related Updates', 'All content rights belong to original publishers.']) {
      const text = escapeHtml(line);
      expect(folded, line).toContain(text);
      expect(page.split(text).length - 1, line).toBe(1);
    }
    // A part with nothing but the placeholder gets no heading of its own.
    expect(page).not.toContain('<h2 id="insight">');
    // A long-form article carries no such lines, and no empty fold.
    const longform = articles.find((a) => a.sections.length > 0)!;
    expect(await read(pageFile(longform.url))).not.toContain('<details');
  });
});

describe('dataTable', () => {
  const cells = (...texts: string[]) => ({ cells: texts.map((text) => ({ text })) });

  it('should leave a table that fits a 320 px phone plain, never stacked or boxed', () => {
    const table = dataTable({ label: 'Values', header: ['Value', 'Said by'], rowHeaders: false, rows: [cells('$25B', 'GeekWire'), cells('$20B', 'Reuters')] }).value;
    expect(table).toMatch(/^<table>/);
    expect(table).not.toContain('table-scroll');
    expect(table).toContain('<td data-label="Said by">GeekWire</td>');
  });

  it('should stack a table too wide for a phone, each cell labelled with its column, in a named, focusable box', () => {
    const table = dataTable({
      label: 'Table 2: Deals',
      header: ['Company', 'Partner', 'Investment Amount', 'Structure', 'Compute Commitment'],
      rowHeaders: true,
      rows: [cells('Amazon', 'Anthropic', '$25B', '$5B upfront + $20B milestones', 'AWS Trainium clusters')],
    }).value;
    expect(table).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="Table 2: Deals"><table class="stack">/);
    expect(table).toContain('<th scope="row">Amazon</th><td data-label="Partner">Anthropic</td><td data-label="Investment Amount">$25B</td>');
    expect(table.match(/<th scope="col">/g)).toHaveLength(5);
  });
});
