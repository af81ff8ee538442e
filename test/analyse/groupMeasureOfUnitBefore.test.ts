import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Articles written for these tests (not copied from the evaluation set): round-ups whose opening heading is about a
// cloud unit (so the article's company is the unit), with a later paragraph on another company's unit whose next
// sentence gives a capex and names no one; and a post whose bare figures are said by the sentence after them.

/** The candidates of `text`, as subject, metric, period and value, for the measure `metric`. */
function read(text: string, metric: string): string[] {
  return extractClaims(inventedArticle(text))
    .filter((c) => c.metric === metric)
    .map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.value?.amount}${c.value?.unit}`);
}

/** A Chinese round-up dated 2 November 2026 whose first section is on AWS and whose second is `paragraph`. */
const roundUp = (paragraph: string) =>
  ['云厂商三季报：增速再提速', '', '示例财经记者 张三  2026-11-02 08:40', '', '## AWS：增速连升三个季度', '', '亚马逊第三季度资本开支为561亿美元。', '', '## 第二家：资本支出再创新高', '', paragraph, ''].join('\n');

describe('a measure of a whole company, after a sentence on another company’s unit', () => {
  it('should give a capex that names no one to the company whose unit the sentence before spoke of, in an article about a unit', () => {
    // The article's company is AWS (its opening heading), so its capex went to Amazon; the sentence before is Azure's.
    expect(read(roundUp('微软2027财年第一财季（截至2026年9月30日）Azure收入同比增长37%。当季资本支出为437亿美元，高于上一财季的426亿美元。'), 'capex')).toEqual([
      'Amazon capex 2026-Q3 56100000000USD',
      'Microsoft capex 2026-Q3 43700000000USD',
      'Microsoft capex 2026-Q2 42600000000USD',
    ]);
  });

  it('should leave the capex to the article’s company after a sentence on that company’s own unit', () => {
    // Look-alike: the sentence before is AWS's, so the capex stays Amazon's.
    expect(read(roundUp('亚马逊云科技第三季度收入同比增长33%。当季资本支出为437亿美元，高于上一财季的426亿美元。'), 'capex')).toEqual([
      'Amazon capex 2026-Q3 56100000000USD',
      'Amazon capex 2026-Q3 43700000000USD',
      'Amazon capex 2026-Q2 42600000000USD',
    ]);
  });
});

describe('a bare figure said by the sentence after it', () => {
  const post = (third: string) =>
    ['Three numbers from this week’s cloud earnings', '', 'Posted by Jane Doe, Partner at Example Ventures · May 2, 2026', '', '1. $244B. That is how much AWS has under contract.', '', '2. 39%. Azure’s growth in Microsoft’s fiscal Q3.', '', third, ''].join('\n');

  it('should give a bare figure the company the sentence after it names, not the unit of the paragraph before', () => {
    expect(read(post('3. $0.2T. What Amazon is budgeting for capex in 2026, up from $131B last year.'), 'capex')).toEqual(['Amazon capex 2026 200000000000USD', 'Amazon capex 2025 131000000000USD']);
  });

  it('should still give a figure that names no one, after the unit’s paragraph, to that unit’s company', () => {
    // Look-alike: "Capital expenditure was $37.5B in the quarter" names no one, after Azure's growth: Microsoft's.
    expect(read(post('3. Capital expenditure was $37.5B in the quarter.'), 'capex')).toEqual(['Microsoft capex 2026-Q1 37500000000USD']);
  });
});
