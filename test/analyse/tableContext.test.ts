import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle, oraclePage } from '../helpers/inventedArticle.ts';

// Tables and entries written for these tests (not copied from the evaluation set): tables whose labels name no measure
// beside a text that states some of their figures, a pledges table whose rows name a cloud unit, and a timeline entry
// that gives a tranche and the running total it brings.

/** An aggregator page about Oracle with `takeaways`, its competitor table `table` and its timeline `timeline`. */
const page = (takeaways: string[], table: string[], timeline: string[] = []): string =>
  oraclePage(
    { headline: 'Oracle and its rivals keep raising their building budgets', tagline: 'The database giant spends like the biggest clouds', changed: 'Oracle said its new data centres are filling up.' },
    takeaways,
    table,
    timeline,
  );

/** The candidates of `text` read from `section`, as subject, metric, period, modality and value. */
function read(text: string, section = 'table'): string[] {
  return extractClaims(inventedArticle(text))
    .filter((c) => c.mention.section.startsWith(section))
    .map((c) => `${c.subject} ${c.metric}${c.counterparty ? `:${c.counterparty}` : ''} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

const ACTUALS_AND_PLANS = ['| Company | Last full year (actual) | 2026 plan |', '|---|---|---|', '| Oracle | $35 billion (2025) | ~$50 billion |', '| CoreWeave | $14 billion (2025) | $25-30 billion |'];

describe('reading a table’s measure from the text beside it', () => {
  it('should give a column whose labels name no measure the one measure the text gives its figures, each column keeping its modality and period', () => {
    const text = page(['Oracle expects to spend about $50 billion on capital expenditures in 2026, after $35 billion last year.'], ACTUALS_AND_PLANS);
    expect(read(text)).toEqual([
      'Oracle capex 2025 fact 35000000000USD',
      'Oracle capex 2026 plan 50000000000USD',
      'CoreWeave capex 2025 fact 14000000000USD',
      'CoreWeave capex 2026 plan 25000000000USD',
    ]);
  });

  it('should leave a table unmeasured where the text gives none of its figures, or gives one column two measures', () => {
    // Negative controls: the same sums, stated by the text of another company or not at all, say nothing of the table.
    expect(read(page(['Dell booked $35 billion of server orders in 2025.'], ACTUALS_AND_PLANS))).toEqual([]);
    expect(read(page([], ACTUALS_AND_PLANS))).toEqual([]);
    const twoMeasures = page(['Oracle’s backlog stood at $35 billion in 2025.', 'CoreWeave spent $14 billion on capital expenditures in 2025.'], ['| Company | Figure |', '|---|---|', '| Oracle | $35 billion |', '| CoreWeave | $14 billion |', '| Meta | $72 billion |']);
    expect(read(twoMeasures)).toEqual(['Oracle backlog 2025 fact 35000000000USD', 'CoreWeave capex 2025 fact 14000000000USD']);
  });

  it('should read a pledge in a cloud unit’s row as its group’s, with no counterparty of the same group', () => {
    const text = page(['AWS intends to put €2.5bn into a new cloud region in Spain.'], ['| Company | European pledge |', '|---|---|', '| AWS | €2.5bn |']);
    expect(read(text)).toEqual(['Amazon investment - plan 2500000000EUR']);
    // Negative control: what a unit earns stays the unit's.
    expect(read(page([], ['| Cloud | Revenue |', '|---|---|', '| AWS | $37.6B |']))).toEqual(['AWS revenue - fact 37600000000USD']);
  });
});

describe('dating a timeline entry’s figures', () => {
  it('should date a tranche by its entry’s year and leave the running total it brings undated', () => {
    const text = page([], [], ['2024-11', 'Oracle puts another $2 billion into Cohere, taking its total stake to $5 billion.']);
    expect(read(text, 'timeline')).toEqual(['Oracle investment:Cohere 2024 fact 2000000000USD', 'Oracle investment:Cohere - fact 5000000000USD']);
  });
});

describe('reading a chip spec table’s counts per machine', () => {
  it('should read a count per machine under a label of chips as chips per that machine', () => {
    const table = ['| Chip | Chips per system |', '|---|---|', '| Inferentia3 | 48 per server |', '| TPU v5p | 8,960 per pod |'];
    expect(read(page([], table))).toEqual(['Inferentia3 chips per server - fact 48chips', 'TPU v5p chips per pod - fact 8960chips']);
    // Negative control: the same cell under a label that counts no chips is no count of chips.
    expect(read(page([], ['| Chip | Memory per system |', '|---|---|', '| Inferentia3 | 48 per server |']))).toEqual([]);
  });
});

describe('reading chips in service and the end of a year said in Chinese', () => {
  /** A long-form article dated in May 2026 whose one paragraph is `sentence`. */
  const story = (sentence: string) =>
    extractClaims(inventedArticle(['Chips keep coming', '', 'By Example Wire staff', 'May 4, 2026', '', sentence, '', 'Source: Example Wire'].join('\n')))
      .filter((c) => c.value !== null)
      .map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.value?.amount}${c.value?.unit}`);

  it('should read chips in service as chips deployed', () => {
    expect(story('Analysts expect AWS to have more than 2 million Inferentia chips in service by the end of 2027.')).toEqual(['AWS chips deployed by 2027 2000000chips']);
    // Negative control: chips said to be somewhere else than at work measure nothing.
    expect(story('Analysts expect AWS to have more than 2 million Inferentia chips in its warehouses by the end of 2027.')).toEqual([]);
  });

  it('should read 到…年底 as by the end of that year, and 截至…年底 as its last quarter', () => {
    expect(story('分析师预计，到2027年底AWS在役的Inferentia芯片将超过200万颗。')).toEqual(['AWS chips deployed by 2027 2000000chips']);
    expect(story('截至2025年底，甲骨文的积压订单为4550亿美元。')).toEqual(['Oracle backlog 2025-Q4 455000000000USD']);
  });
});
