import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

/** The claims of some invented articles, as "key value", and their conflicts' sizes. */
function read(...texts: string[]) {
  const { claims, conflicts } = analyse(texts.map((text, i) => inventedArticle(text, `story-${i}.txt`)));
  return { claims: claims.map((c) => `${c.key} ${c.value?.amount}`).sort(), conflicts: conflicts.length };
}

/** A results story of October 2026 that reports Google Cloud's September backlog, and one of May 2026 with its years. */
const september = 'Google Cloud Q3\n\nWire | October 29, 2026\n\nGoogle Cloud’s backlog was $310 billion at the end of September 2026, the company said on Wednesday in its results.';
const may = 'Google Cloud Q1\n\nWire | May 1, 2026\n\nGoogle Cloud’s backlog was $240 billion at the end of the first quarter of 2026, up from $157 billion at the end of the third quarter of 2025, the company said.';

describe('a quarter without its year beside the quarter its article reports on', () => {
  it('should date a fact of a later-numbered quarter, told beside the reported one, to the year before it', () => {
    const undated = 'Google Cloud grows\n\nMOUNTAIN VIEW — Google Cloud said on Thursday its sales rose 28% in the first quarter. Its backlog was $240 billion at the end of March, up from $157 billion at the end of September, the company said.';
    const { claims, conflicts } = read(undated, september, may);
    expect(claims).toContain('fact|google cloud|backlog|2025-q3 157000000000');
    expect(claims).not.toContain('fact|google cloud|backlog|2026-q3 157000000000');
    expect(conflicts).toBe(0);
  });

  it('should still date a fact of the reported quarter itself to its latest year', () => {
    // Look-alike: the story's own quarter, told without its year, is the newest such quarter reported.
    const undated = 'Google Cloud grows\n\nMOUNTAIN VIEW — Google Cloud said on Thursday its sales rose 28% in the first quarter. Its backlog was $240 billion at the end of March, the company said.';
    expect(read(undated, may).claims).toContain('fact|google cloud|backlog|2026-q1 240000000000');
  });

  it('should date a quarter told without its year by the fiscal year an appositive names, and not take one told in the past perfect for the news', () => {
    // An undated story of Nvidia's November–January quarter, the fourth of its fiscal 2026, that recalls the quarter before it.
    const undated = (before: string) =>
      `Nvidia closes its year\n\nSANTA CLARA — Nvidia's data center revenue was $61.5 billion in the quarter that closed on January 25, the fourth quarter of its fiscal 2026. Revenue came to $67.2 billion in the period, Nvidia said. ${before}`;
    const claims = read(undated('The segment had delivered $50.6 billion in the August–October quarter.')).claims;
    expect(claims).toContain('fact|nvidia|data center revenue|2025-q4 61500000000');
    expect(claims).toContain('fact|nvidia|revenue|2025-q4 67200000000');
    // Look-alike: an appositive that names another quarter says nothing of this one's year.
    const other = 'Nvidia quarter\n\nSANTA CLARA — Nvidia’s data center revenue was $61.5 billion in the quarter that closed on January 25, the third quarter of its fiscal 2026.';
    expect(read(other).claims).toContain('fact|nvidia|data center revenue|q4 61500000000');
  });
});
