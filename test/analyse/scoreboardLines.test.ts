import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

/** An article of May 2026 whose most frequent quarter is another one than the sentences name. */
const context = { fallbackSubject: null, articleQuarter: '2025-Q4', articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as "value unit subject metric period". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.period}`);

describe('scoreboard lines and changes on the year before', () => {
  it('should read a signed percentage right after a name as its growth, whatever metric a later clause names', () => {
    expect(read('$GOOGL: Google Cloud +31% in Q1, with capex of $12.5B.')).toEqual(['31% Google Cloud revenue growth 2026-Q1', '12500000000USD Google capex 2026-Q1']);
    // Negative control: a signed percentage after a metric is that metric's change.
    expect(read('$META: capex +31% in Q1, with revenue of $52B.')).toEqual(['31% Meta capex 2026-Q1', '52000000000USD Meta revenue 2026-Q1']);
  });

  it('should give a clause that opens with "with" the period of the clause before it', () => {
    expect(read('Google Cloud grew 31% in Q1, with capex of $12.5B.')).toEqual(['31% Google Cloud revenue growth 2026-Q1', '12500000000USD Google capex 2026-Q1']);
    // Negative control: a clause of its own after a semicolon does not borrow the quarter.
    expect(read('Google Cloud grew 31% in Q1; capex of $12.5B.')).toEqual(['31% Google Cloud revenue growth 2026-Q1', '12500000000USD Google capex null']);
  });

  it('should date growth "compared with the same period last year" (较上年同期增长) by the quarter the sentence named', () => {
    // (广告收入 is a line of Meta's revenue, its own measure since the twenty-third round: businessLines.ts.)
    expect(read('5月2日，Meta公布2026年第一季度业绩：广告收入520亿美元，较上年同期增长31%。')).toEqual(['52000000000USD Meta revenue (advertising) 2026-Q1', '31% Meta revenue growth (advertising) 2026-Q1']);
    // Negative control: a level of the same period last year is of the year before.
    expect(read('Meta在2026年第一季度的收入为520亿美元，上年同期为400亿美元。')).toEqual(['52000000000USD Meta revenue 2026-Q1', '40000000000USD Meta revenue 2025-Q1']);
  });
});
