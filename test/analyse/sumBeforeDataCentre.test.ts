import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context: SentenceContext = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2025, articleMonth: 4 };
/** Each figure of a sentence as "value unit subject metric modality". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount} ${f.value.unit} ${f.subject} ${f.metric.name} ${f.modality}`);

describe('a data centre with its sum before it, in Chinese', () => {
  it('should read 興建10億美元資料中心 as what is spent on it, as "a $1 billion data center" is', () => {
    expect(read('Contoso撤回在俄亥俄州興建10億美元資料中心的計畫。')).toEqual(['1000000000 USD Contoso capex cancelled']);
    expect(read('Contoso将建设一座50亿美元的数据中心。')).toEqual(['5000000000 USD Contoso capex plan']);
  });

  it('should not read a data centre’s revenue, whose sum is after it, as spending', () => {
    // Look-alike: 数据中心营收 is revenue, the sum after the words.
    expect(read('Contoso数据中心营收为50亿美元。').some((f) => f.includes('capex'))).toBe(false);
  });
});
