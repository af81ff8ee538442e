import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Tables written for these tests (not copied from the evaluation set): a funding table with a status column, a column
// of rounds only reported, and a results table whose "(reported)" column holds figures as booked.

/** An aggregator page about Northwind with `table` under its competitor heading. */
function page(table: string[]): string {
  return [
    '🧭Example Wire•Freshcollected in 2h',
    'Northwind and its rivals raise more money',
    '📌Model labs keep raising',
    '⚡ 30-Second TL;DR',
    'What Changed',
    'Northwind said it kept hiring.',
    '📊 Competitor Analysis▸ Show',
    ...table,
    '🛠️ Technical Deep Dive',
    '- •Northwind trains its models in Oregon.',
    'Original source: Example Wire ↗',
  ].join('\n');
}

/** The modality and value of each figure read from the page's table. */
function cells(text: string): string[] {
  return extractClaims(inventedArticle(text))
    .filter((c) => c.mention.section.startsWith('table'))
    .map((c) => `${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe('a table’s word on how far a deal has got', () => {
  it('should read the figures of a row whose status says it is only reported as hearsay', () => {
    expect(cells(page(['| Company | Round | Amount | Status |', '|---|---|---|---|', '| Anthropic | Series G | up to $9B | In talks (reported) |', '| OpenAI | Series E | $6B | Closed |']))).toEqual([
      'rumour 9000000000USD',
      // Negative control: a closed round beside reported talks is a fact.
      'fact 6000000000USD',
    ]);
  });

  it('should read a column of rounds only reported as hearsay, and a column of results as reported as facts', () => {
    expect(cells(page(['| Lab | Last closed round | Next round (reported) |', '|---|---|---|', '| Anthropic | $4 billion | up to $9 billion |']))).toEqual(['fact 4000000000USD', 'rumour 9000000000USD']);
    // Negative control: "(reported)" after a quarter is the figure as booked.
    expect(cells(page(['| Oracle ($ in billions) | Q1 2026 (reported) |', '| --- | ---: |', '| Revenues | 17.6 |']))).toEqual(['fact 17600000000USD']);
  });
});
