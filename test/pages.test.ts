/**
 * The article page and the tables of the seeds' site (the globalSetup build): figures
 * that link to their claims, the aggregator's furniture folded, and each table laid
 * out by its width (`templates/_includes/dataTable.ts`).
 */
import { describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml } from '../src/render/html.ts';
import { formatValue } from '../src/analyse/parseValue.ts';
import { pageFile } from '../src/urls.ts';
import type { ArticlesFile, ClaimsFile } from '../src/schemas.ts';
import { dataTable } from '../templates/_includes/dataTable.ts';

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
