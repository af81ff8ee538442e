/**
 * A table whose corner calls its rows estimates ("| Estimate | Street | Mine |") holds a forecast in each cell, as "(est.)" after a
 * figure says; a column that holds a company's own figure (its guidance, its results) keeps what its cells say.
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines } from '../helpers/inventedArticle.ts';

const article = (corner: string) =>
  articleClaimLines(
    'Oracle',
    [
      'Oracle reported on Tuesday and the numbers were strong across the board.',
      [`| ${corner} | Company guide | Mine |`, '|---|---|---|', '| Oracle capex, FY27 (to May 2027) | ~$95B | $98B |', '| Oracle capex, FY28 (to May 2028) | $110B | $120B |'].join('\n'),
    ],
    '12 December 2026',
  ).sort();

describe('a table of estimates', () => {
  it('should read the cells of a table its corner calls estimates as forecasts, but the company’s own column', () => {
    expect(article('Estimate')).toEqual(['Oracle capex FY2027 forecast 98000000000', 'Oracle capex FY2027 plan 95000000000', 'Oracle capex FY2028 forecast 120000000000', 'Oracle capex FY2028 plan 110000000000']);
  });

  it('should not read the cells as forecasts under a corner that says nothing of them', () => {
    expect(article('Line').filter((line) => line.includes('forecast'))).toEqual([]);
  });
});
