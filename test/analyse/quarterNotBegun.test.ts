import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

/** A short story of `date`, read as an article: each claim as "modality key value". */
const story = (date: string, body: string) =>
  extractClaims(inventedArticle(['Cloud results', '', 'Example Wire | Staff', date, '', body, '', 'Source: Example Wire'].join('\n'))).map((c) => `${c.modality} ${c.key} ${c.value?.amount}`);

describe('a quarter named without its year', () => {
  it('should date a fact of a quarter not begun by the article’s date to the year before', () => {
    expect(story('February 9, 2026', 'AWS revenue was $9.4 billion in the fourth quarter.')).toEqual(['fact figure|aws|revenue|2025-q4 9400000000']);
    expect(story('2026年2月9日', 'グーグルクラウドの第4四半期売上高は177億ドルだった。')).toEqual(['fact figure|google cloud|revenue|2025-q4 17700000000']);
    // Negative controls: a quarter under way or ended is the article's year's; a plan for one to come is too.
    expect(story('February 9, 2026', 'AWS revenue was $8.1 billion in the first quarter.')).toEqual(['fact figure|aws|revenue|2026-q1 8100000000']);
    expect(story('February 9, 2026', 'Amazon expects AWS revenue of $11 billion in the fourth quarter.')).toEqual(['plan figure|aws|revenue|2026-q4 11000000000']);
  });

  it('should read a quarter after a fiscal year its own sentence names as a quarter of that fiscal year', () => {
    // Microsoft's fiscal 2026 ends in June 2026: its fourth quarter is April–June 2026.
    expect(story('October 2, 2026', "Microsoft's fiscal 2026 capex came to $150.1bn, with $41.7bn in the fourth quarter alone.")).toContain('fact figure|microsoft|capex|2026-q2 41700000000');
    // Negative control: a quarter with a calendar year of its own keeps it.
    expect(story('October 2, 2026', "Microsoft's fiscal 2026 capex came to $150.1bn; it spent $36.2bn in the fourth quarter of 2025.")).toContain('fact figure|microsoft|capex|2025-q4 36200000000');
  });

  it('should read six months named by their first and last month as a half, not a quarter', () => {
    expect(story('2026年8月5日', 'グーグルの1～6月の設備投資は853億ドルに達した。')).toEqual(['fact figure|google|capex|2026-h1 85300000000']);
    expect(story('2026年2月5日', 'グーグルの7～12月の設備投資は622億ドルだった。')).toEqual(['fact figure|google|capex|2025-h2 62200000000']);
    // Negative control: three months so named stay a quarter.
    expect(story('2026年8月5日', 'グーグルの4～6月期の設備投資は441億ドルだった。')).toEqual(['fact figure|google|capex|2026-q2 44100000000']);
  });
});
