import { describe, expect, it } from 'vitest';
import { cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const read = (sentence: string) => sentenceClaimLines('Meta', sentence, '30 October 2026');

describe('the year a plan is of', () => {
  it('should date a plan by a year that "will cost" it, and by a year after "and other …" things it is spent on', () => {
    expect(read('Meta spent $33.4bn on capital projects in Q3, tightened its 2026 range to $124bn–$130bn and said 2027 will cost at least $160bn.')).toEqual([
      'Meta capex 2026-Q3 fact 33400000000',
      'Meta capex 2026 plan 124000000000',
      'Meta capex 2027 plan 160000000000',
    ]);
    expect(read('Meta expects to spend at least 160 billion dollars on data centres and other investments in 2027, after 124 billion to 130 billion dollars this year.')).toEqual([
      'Meta capex 2027 plan 160000000000',
      'Meta capex 2026 plan 124000000000',
    ]);
  });

  it('should read a year\'s outlays as its capital spending', () => {
    expect(read('The Instagram owner guides Wall Street to 2026 outlays of between $115 billion and $135 billion.')).toEqual(['Meta capex 2026 plan 115000000000']);
  });

  it('should not carry a plan\'s cue in Chinese across a comma to a year already over', () => {
    expect(cjkArticleLines('亚马逊资本开支', '2026年5月10日', ['一季度资本开支（含融资租赁）为432亿美元，公司预计全年约2000亿美元，2025年全年为1310亿美元。'])).toEqual([
      'Amazon capex fact 43200000000',
      'Amazon capex plan 200000000000',
      'Amazon capex fact 131000000000',
    ]);
    // Negative control: a year still under way is still planned.
    expect(cjkArticleLines('亚马逊资本开支', '2026年5月10日', ['公司预计2027年资本开支约2500亿美元，2026年全年为2000亿美元。'])).toEqual(['Amazon capex plan 250000000000', 'Amazon capex plan 200000000000']);
  });
});
