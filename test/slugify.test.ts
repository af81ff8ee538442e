import { describe, expect, it } from 'vitest';
import slugifyText from '@sindresorhus/slugify';
import { slugify } from '../src/urls.ts';
import { analyse } from '../src/analyse/analyse.ts';
import { loadArticles } from './helpers/seedArticles.ts';

/** What the library, which every slug outside the fast path comes from, makes of `text`. */
const library = (text: string) => slugifyText(text, { decamelize: false });

describe('slugify', () => {
  it("gives the library's slug for text whose only other characters are dashes, curly quotes and such punctuation", () => {
    const texts = [
      'AWS revenue backlog — $244B (Q1 2026)',
      'Amazon’s capex – “about $200 billion” in 2026…',
      'Nvidia’s H200 × 2 ≈ £3bn · reported',
      'OpenAI turned down Amazon’s $50B offer — for now',
    ];
    for (const text of texts) expect(slugify(text), text).toBe(library(text));
  });

  it("gives the library's slug for every statement of the seeds' claims that is not plain ASCII", async () => {
    const { claims } = analyse(await loadArticles());
    const statements = claims.map((c) => c.statement).filter((s) => /[^\x20-\x7e]/.test(s));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(slugify(statement), statement).toBe(library(statement));
  });

  it('leaves text with letters of other alphabets or a straight apostrophe to the library', () => {
    expect(slugify('Zürich’s data centre')).toBe('zuerich-s-data-centre');
    expect(slugify('亚马逊 AWS — 2440亿美元')).toBe(library('亚马逊 AWS — 2440亿美元'));
    expect(slugify("rock'n roll — live")).toBe(library("rock'n roll — live"));
  });
});
