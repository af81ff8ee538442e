import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Notes written for these tests (not copied from the evaluation set): a note dated in October, before the September
// quarter's results, whose table has a column of "the latest quarter" beside a text that dates the same figures.

/** A research note of 19 October 2026 with `takeaways` and its competitor table `table`. */
const note = (takeaways: string[], table: string[]): string =>
  [
    '📡Example Research•Freshcollected in 2h',
    'Into the September quarter: the clouds are still short of power',
    '💡Published 19 October 2026 — Example Research on the clouds before the third-quarter prints',
    '⚡ 30-Second TL;DR',
    'What Changed',
    'Demand for cloud capacity still runs ahead of supply.',
    '🔑 Enhanced Key Takeaways',
    ...takeaways.map((t) => `- •${t}`),
    '📊 Competitor Analysis▸ Show',
    ...table,
    'Original source: Example Research ↗',
  ].join('\n');

/** The candidates of `text` read from its table, as subject, metric, period, modality and value. */
function read(text: string): string[] {
  return extractClaims(inventedArticle(text))
    .filter((c) => c.mention.section.startsWith('table'))
    .map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

const TEXT = ['Google Cloud grew 31% in the second quarter of 2026, and AWS grew 32% in the three months to June 2026.'];

describe('a column of the latest quarter', () => {
  it('should date a cell under "Latest quarter growth" by the quarter the text gives the same figure', () => {
    // "Latest quarter" says a quarter without saying which: in a note written before the September quarter's results,
    // the text's second quarter, not the quarter the note looks ahead to.
    const table = ['| Provider | Latest quarter growth |', '|---|---|', '| Google Cloud | 31% |', '| AWS | 32% |'];
    expect(read(note(TEXT, table))).toEqual(['Google Cloud revenue growth 2026-Q2 fact 31%', 'AWS revenue growth 2026-Q2 fact 32%']);
  });

  it('should keep the quarter a column names, whatever the text says of the same figure', () => {
    // Look-alike: "Q3 2026 growth" names its quarter, which the text's 31% of the second quarter does not change.
    const table = ['| Provider | Q3 2026 growth |', '|---|---|', '| Google Cloud | 31% |', '| AWS | 32% |'];
    expect(read(note(TEXT, table))).toEqual(['Google Cloud revenue growth 2026-Q3 fact 31%', 'AWS revenue growth 2026-Q3 fact 32%']);
  });
});
