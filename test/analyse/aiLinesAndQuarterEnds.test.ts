import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle, paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

/** Each figure of an aggregator page whose competitor table is `table`: subject, metric and amount of each cell's figure. */
const tableClaims = (table: string[]) =>
  extractClaims(
    inventedArticle(
      [
        '🧭Example Wire•Freshcollected in 2h',
        'Chip makers report their quarters',
        '📌Custom silicon keeps selling',
        '⚡ 30-Second TL;DR',
        'What Changed',
        'Chip makers reported their quarters.',
        '📊 Competitor Analysis▸ Show',
        ...table,
        '🛠️ Technical Deep Dive',
        '- •Broadcom designs custom accelerators.',
        'Original source: Example Wire ↗',
      ].join('\n'),
    ),
  )
    .filter((c) => c.mention.section.startsWith('table'))
    .map((c) => `${c.subject} ${c.metric} ${c.value!.amount}`);

describe('revenue of a company’s AI business, beside its total', () => {
  it('should read AI chip, AI semiconductor and AI accelerator revenue as a line of the business, named before or after the figure', () => {
    expect(claims('AMD', 'AMD said its AI accelerator revenue reached $2.4 billion in the third quarter. Its total revenue was $9.2 billion in the quarter.')).toEqual([
      'AMD revenue (AI) 2026-Q3 fact 2400000000',
      'AMD revenue 2026-Q3 fact 9200000000',
    ]);
    expect(claims('Broadcom', 'Broadcom booked $15.3 billion of AI semiconductor sales in the quarter.')).toEqual(['Broadcom revenue (AI) 2026-Q3 fact 15300000000']);
    expect(claims('Broadcom', 'Broadcom said revenue from artificial-intelligence semiconductors climbed to $15.3 billion in the quarter.')).toEqual([
      'Broadcom revenue (AI) 2026-Q3 fact 15300000000',
    ]);
    expect(claims('ブロードコム', 'ブロードコムの7～9月期のAI半導体の売上高は121億ドルだった。')).toEqual(['Broadcom revenue (AI) 2026-Q3 fact 12100000000']);
    // Look-alikes: revenue helped by AI, and a total beside AI words that are no revenue, are the company's.
    expect(claims('Broadcom', 'Broadcom’s revenue rose to $24.7 billion in the quarter on strong AI demand.')).toEqual(['Broadcom revenue 2026-Q3 fact 24700000000']);
    expect(claims('Broadcom', 'Broadcom booked $24.7 billion of sales in the quarter, led by AI.')).toEqual(['Broadcom revenue 2026-Q3 fact 24700000000']);
  });

  it('should read HBM revenue as a line of a memory maker’s business, however it is named, and one that brings in a sum', () => {
    expect(claims('Micron', 'Micron’s high-bandwidth memory (HBM) sales reached $6.3 billion in the quarter.')).toEqual(['Micron revenue (HBM) 2026-Q3 fact 6300000000']);
    expect(claims('Micron', 'Micron took in $24.2 billion in the quarter, and HBM brought in $6.3 billion of it.')).toEqual([
      'Micron revenue 2026-Q3 fact 24200000000',
      'Micron revenue (HBM) 2026-Q3 fact 6300000000',
    ]);
    expect(claims('マイクロン', 'マイクロンの7～9月期のうち広帯域メモリー（HBM）の売上高は36億ドルだった。')).toEqual(['Micron revenue (HBM) 2026-Q3 fact 3600000000']);
  });

  it('should read a table cell’s AI revenue from the cell or from the row’s words, and a total as the company’s', () => {
    expect(tableClaims(['| Company | AI semiconductor revenue | Total revenue |', '|---|---|---|', '| Broadcom | $15.3B | $24.7B |'])).toEqual([
      'Broadcom revenue (AI) 15300000000',
      'Broadcom revenue 24700000000',
    ]);
    expect(tableClaims(['| Company | Latest number |', '|---|---|', '| Broadcom | $15.3B AI revenue |', '| AMD | $9.2B revenue |'])).toEqual(['Broadcom revenue (AI) 15300000000', 'AMD revenue 9200000000']);
  });

  it('should not take the company an appositive’s relative clause names for the one that reports', () => {
    expect(claims('Broadcom', 'Broadcom, the chip designer whose processors sit inside Google’s data centers, said its revenue rose to $24.7 billion in the quarter.')).toEqual([
      'Broadcom revenue 2026-Q3 fact 24700000000',
    ]);
  });
});

describe('a quarter named by the days it ended on', () => {
  it('should date a quarter that ended in a month’s first days by the month before, as a fiscal calendar of weeks closes it', () => {
    expect(claims('Broadcom', 'Broadcom’s revenue was $21.4 billion for the quarter to early August.', '20 September 2026')).toEqual(['Broadcom revenue 2026-Q2 fact 21400000000']);
    expect(claims('Broadcom', 'Broadcom’s revenue was $24.7 billion in the three months that ended Nov. 2, 2026.')).toEqual(['Broadcom revenue 2026-Q3 fact 24700000000']);
    // Look-alikes: a quarter that ended late in a month, or at its end, is named by that month.
    expect(claims('Micron', 'Micron’s revenue was $11.3 billion in the three months that ended Aug. 28, 2026.', '20 September 2026')).toEqual(['Micron revenue 2026-Q3 fact 11300000000']);
    expect(claims('Oracle', 'Oracle’s revenue was $16.1 billion in the quarter ended August 31, 2026.', '20 September 2026')).toEqual(['Oracle revenue 2026-Q3 fact 16100000000']);
  });

  it('should date guidance for "the quarter that ends in late January" by that quarter', () => {
    // (In September, Broadcom's quarter to come is its August–October one: the words name a later one.)
    expect(claims('Broadcom', 'For the quarter that ends in late January, Broadcom expects revenue of $27 billion.', '20 September 2026')).toEqual(['Broadcom revenue 2026-Q4 plan 27000000000']);
  });
});

describe('a quarter that only names the call a figure was told on', () => {
  it('should date the figure by the other period its clause names, else by the call’s quarter', () => {
    expect(claims('Meta', 'Meta’s third-quarter call sets a 2027 capex minimum of $160bn.')).toEqual(['Meta capex 2027 plan 160000000000']);
    // Look-alike: with no other period named, the call's quarter is the figure's.
    expect(claims('Meta', 'On the third-quarter call, Meta said revenue rose 26%.')).toEqual(['Meta revenue growth 2026-Q3 fact 26']);
  });
});
