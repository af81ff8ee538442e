import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context: SentenceContext = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 11 };
/** Each figure of a sentence as "value unit subject metric period modality". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.period} ${f.modality}`);

describe('growth said by the verb of its change of pace', () => {
  it('should read the rates after "accelerated" or "decelerated" as the growth a business had', () => {
    expect(read('Instead, OCI has accelerated every quarter: 51% in the three months to March and 55% in the June quarter.')).toEqual([
      '51% OCI revenue growth 2026-Q1 fact',
      '55% OCI revenue growth 2026-Q2 fact',
    ]);
    expect(read('OCI decelerated to 45% in the September quarter.')).toEqual(['45% OCI revenue growth 2026-Q3 fact']);
    // Negative control: a company that speeds up something else by a rate grew by nothing.
    expect(read('Oracle accelerated its buyback by 20%.')).toEqual([]);
  });
});
