import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { findValues } from '../../src/analyse/parseValue.ts';

const context: SentenceContext = { fallbackSubject: 'NVIDIA', articleQuarter: null, articleYear: 2026, articleMonth: 11 };
/** Each figure of a sentence as "value unit subject metric". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name}`);

describe('chip counts joined to their chip word, and places that own no figure', () => {
  it('should read a count hyphened to its chip word as chips, and the deal it names as chips a deal counts', () => {
    expect(read('Nvidia signed a 40,000-GPU supply deal with Oracle.')).toEqual(['40000chips NVIDIA chips deployed']);
    expect(read('Oracle runs a 100,000-GPU cluster in Texas.')).toEqual(['100000chips Oracle cluster size']);
    // Negative control: a count hyphened to another word counts no chips.
    expect(findValues('Oracle signed a 40,000-seat licence deal with Contoso.').filter((v) => v.value.unit === 'chips')).toEqual([]);
  });

  it('should not take a country named in the possessive for a company that owns a figure', () => {
    expect(read('The sovereign deals (Brazil’s 120,000-GPU agreement among them) are now shipping.')).toEqual(['120000chips NVIDIA chips deployed']);
    // Negative control: a company the vocabulary does not know, named so, still owns its figure.
    expect(read('The new deals (Fabrikam’s 120,000-GPU agreement among them) are now shipping.')).toEqual(['120000chips Fabrikam chips deployed']);
  });
});
