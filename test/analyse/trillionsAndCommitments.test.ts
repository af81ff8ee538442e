import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

// Sentences written for these tests (not copied from the evaluation set or the pair probes): "trn" for trillion, and a
// lab's compute purchase commitments said in Chinese and Japanese.
const context = { fallbackSubject: null, articleQuarter: '2025-Q4', articleYear: 2025, articleMonth: 11 };
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.value.amount}${f.value.unit}`);

describe('trillions written "trn", and compute commitments in Chinese', () => {
  it('should read "trn" as a trillion', () => {
    expect(findValues('Contoso has signed about $0.8trn of supply deals.').map((f) => f.value)).toEqual([{ amount: 8e11, unit: 'USD', bound: 'approx' }]);
    // Look-alike: "trn" glued into a word is no scale.
    expect(findValues('Contoso spent $5 on a trnsfer fee.').map((f) => f.value)).toEqual([{ amount: 5, unit: 'USD' }]);
  });

  it('should read 算力采购承诺 (compute purchase commitments) as a commitment', () => {
    expect(read('Anthropic首席执行官表示，公司未来五年的算力采购承诺约0.5万亿美元。')).toEqual(['Anthropic investment 500000000000USD']);
    // Look-alike: a promise to customers (承诺 alone) is no sum of a deal.
    expect(read('Anthropic承诺今年营收达到100亿美元。').some((f) => f.includes('investment'))).toBe(false);
  });

  it('should read a sum agreed to be bought (500億ドル分購入することで合意) as a deal', () => {
    expect(read('コヒアはオラクルから計算資源を40億ドル分購入することで合意した。')).toEqual(['Oracle investment 4000000000USD']);
    // Look-alike: shares bought outright, with no agreement to buy, are no deal.
    expect(read('コヒアはオラクル株を40億ドル分購入した。')).toEqual([]);
  });
});
