import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context: SentenceContext = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2025, articleMonth: 11 };
/** Each figure of a sentence as "bound value unit subject metric". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.bound ?? ''}${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name}`);

describe('a share in tenths after 约为, and 市场占有率', () => {
  it('should read 份额约为两成 as a market share of about 20%, and 市场占有率约20% as one', () => {
    expect(read('Contoso在全球云基础设施市场的份额约为两成。')).toEqual(['approx20% Contoso market share']);
    expect(read('Contoso全球云基础设施市场占有率约20%。')).toEqual(['approx20% Contoso market share']);
  });

  it('should read no tenths after 为 alone, nor 成为', () => {
    // Look-alikes: 分为两成 (split into two parts) and 成为 (become) say no share.
    expect(read('Contoso把业务分为两成。')).toEqual([]);
    expect(read('Contoso成为三成客户的首选。')).toEqual([]);
  });
});
