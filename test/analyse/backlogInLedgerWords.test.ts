import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

/** An article of May 2026 about Google that reports on the March quarter. */
const context = { fallbackSubject: 'Google', articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as "value unit subject metric period modality". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.period} ${f.modality}`);

describe('a backlog and a budget in ledger words', () => {
  it('should read revenue a unit "has contracted but not yet recognised" as the backlog, not revenue earned', () => {
    expect(read('Revenue its cloud arm has contracted but not yet recognised reached $90 billion at the end of March.')).toEqual(['90000000000USD Google Cloud backlog 2026-Q1 fact']);
    // Look-alike: revenue the unit has recognised is its revenue.
    expect(read('Revenue its cloud arm has recognised reached $90 billion in the March quarter.').map((r) => r.split(' ')[2])).not.toContain('backlog');
  });

  it('should read commitments "signed but not yet booked as revenue" as the backlog, of the article’s company', () => {
    expect(read('Partner contracts signed but not yet booked as revenue reached $90 billion at the end of March.')).toEqual(['90000000000USD Google backlog 2026-Q1 fact']);
    // Negative control: revenue booked is revenue.
    expect(read('Partner revenue booked in the quarter reached $9 billion.')).toEqual(['9000000000USD Google revenue 2026-Q1 fact']);
  });

  it('should not take a capitalised word before a plural noun and a participle for a company’s name', () => {
    expect(read('Customer commitments signed but not yet booked as revenue reached $90 billion at the end of March.')).toEqual(['90000000000USD Google backlog 2026-Q1 fact']);
    // Negative control: a name before its verb is still a company the vocabulary does not know.
    expect(read('Reliance invests $10 billion in capex this year.')).toEqual(['10000000000USD Reliance capex 2026 plan']);
  });

  it('should date a level set "against" a figure, months before it, by the months said', () => {
    expect(read('Partner contracts signed but not yet booked as revenue reached $90 billion at the end of March, against $70 billion six months before.')).toEqual([
      '90000000000USD Google backlog 2026-Q1 fact',
      '70000000000USD Google backlog 2025-Q3 fact',
    ]);
    // Negative control: a level "against" with a year of its own keeps it.
    expect(read('Google Cloud revenue reached $90 billion at the end of March, against $70 billion in 2025.')).toEqual(['90000000000USD Google Cloud revenue 2026-Q1 fact', '70000000000USD Google Cloud revenue 2025 fact']);
  });

  it('should read a capital budget as capital spending, and the sum "laid out" before it as spent', () => {
    expect(read('Meta is holding to a capital budget of about $120 billion for 2026, up from the $72 billion it laid out in 2025.')).toEqual(['120000000000USD Meta capex 2026 plan', '72000000000USD Meta capex 2025 fact']);
    // Negative control: a budget of something else is no capex.
    expect(read("Meta's budget for marketing is $2 billion.")).toEqual([]);
  });
  it('should read contracts not yet delivered, "still to be delivered" or not yet turned into revenue as the backlog, and "contracted-but-unbilled" written with hyphens', () => {
    expect(read("Customers have signed deals worth $90 billion that Google hasn't yet delivered on.")).toEqual(['90000000000USD Google backlog null fact']);
    expect(read('Google had $90 billion in contracted business still to be delivered at the end of March.')).toEqual(['90000000000USD Google backlog 2026-Q1 fact']);
    expect(read('Ninety billion dollars of signed contracts that have not turned into revenue yet.')).toEqual(['90000000000USD Google backlog null fact']);
    expect(read('Contracted-but-unbilled revenue at Google reached $90 billion at the end of March.')).toEqual(['90000000000USD Google backlog 2026-Q1 fact']);
    // Negative controls: revenue delivered, billed or turned into revenue is revenue.
    expect(read('Google has delivered $9 billion of revenue in the quarter.')).toEqual(['9000000000USD Google revenue 2026-Q1 fact']);
    expect(read('Nine billion dollars of orders turned into revenue in the quarter.')).toEqual(['9000000000USD Google revenue 2026-Q1 fact']);
    expect(read('Billed revenue at Google reached $9 billion in the quarter.')).toEqual(['9000000000USD Google revenue 2026-Q1 fact']);
  });
});
