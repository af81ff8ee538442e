import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { relationOf } from '../helpers/probePairs.ts';

// Sentences written for these tests (not copied from the pair probes nor the evaluation set): the twenty-second round's
// rules — a compute contract told from either side where one party is a cloud unit, and a sum that is a part of the
// metric its sentence names ("more than half of its capex plan").

/** A one-sentence story by `outlet`, dated `date` ("October 30, 2025"). */
const story = (outlet: string, date: string, sentence: string) => `A story\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}`;

/** What the reader makes of two outlets' sentences: one claim, two disputed claims, two apart, or no claim from one side. */
function relation(a: string, b: string, date = 'October 30, 2025'): ReturnType<typeof relationOf> {
  return relationOf([inventedArticle(story('Example Wire', date, a), 'round22-a.txt'), inventedArticle(story('Sample Post', date, b), 'round22-b.txt')]);
}

/** Each figure of `sentence`, read in an article of `year`-`month`: subject | metric | period | value | modality. */
function read(sentence: string, year = 2025, month = 10): string[] {
  const context: SentenceContext = { articleQuarter: null, articleYear: year, articleMonth: month, fallbackSubject: null };
  return readFigures(sentence, context).map((f) => `${f.subject} | ${f.metric.name} | ${f.period} | ${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit} | ${f.modality}`);
}

describe('a compute contract with a cloud unit, told from either side', () => {
  it('should make one claim of a commitment to the cloud unit and the seller’s own words for the contract', () => {
    expect(relation('Anthropic committed $30 billion over five years to Azure in November.', '"Our thirty-billion-dollar compute agreement with Anthropic is on track," Microsoft said.')).toBe('same');
    expect(relation('Meta committed $14 billion to Google Cloud in August.', 'Google Cloud signed a $14 billion agreement with Meta, the search company said on Thursday.')).toBe('same');
  });

  it('should keep apart sums between the same two companies in other amounts, or a stake beside a contract', () => {
    // Negative controls: another sum is another deal; an investment with no contract words is a stake, not the contract.
    expect(relation('Anthropic committed $30 billion over five years to Azure in November.', '"Our five-billion-dollar compute agreement with Anthropic is on track," Microsoft said.')).toBe('apart');
    expect(relation('Anthropic committed $30 billion over five years to Azure in November.', 'Microsoft invested $30 billion in Anthropic, the software company said in a filing on Thursday.')).not.toBe('same');
  });
});

describe('a sum that is a part of the metric its sentence names', () => {
  it('should not read the part as the whole', () => {
    expect(read('据知情人士透露，字节跳动明年将拿出850亿元用于采购AI芯片，占其资本开支计划的一半以上。')).toEqual([]);
    expect(read('Contoso will put $12 billion into GPUs next year, more than half of its capex plan.').join()).not.toMatch(/capex/);
    expect(relation('ByteDance plans capital spending of 160 billion yuan in 2026, people familiar with the matter said.', '据知情人士透露，字节跳动明年将拿出850亿元用于采购AI芯片，占其资本开支计划的一半以上。', 'December 23, 2025')).not.toBe('conflict');
  });

  it('should still read the whole where the sum is it, and a business’s share of its group’s sales', () => {
    // Negative controls: the capex itself, with its part told after it; a percentage share of sales, a measure of its own.
    expect(read("Amazon's capex was $35 billion in the quarter, most of it on AI.")).toEqual([expect.stringMatching(/^Amazon \| capex \| .* \| 35000000000 USD \| fact$/)]);
    expect(read("AWS accounted for 18% of Amazon's net sales in the third quarter.")).toEqual(['AWS | share of group revenue | 2025-Q3 | 18 % | fact']);
  });
});
