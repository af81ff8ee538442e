/**
 * "In the same quarter" with no year before it named is the quarter just told of, as 同期 is in Chinese; "the same quarter
 * a year earlier" and "the same quarter last year" are still the year before.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('the same quarter', () => {
  it('should date a figure "in the same quarter" to the quarter the article reports', () => {
    expect(claims('Amazon', 'AWS revenue rose 28% in the first quarter of 2026. Alphabet’s Google Cloud was not far behind: its sales were up 28pc in the same quarter.', '5 May 2026')).toEqual([
      'AWS revenue growth 2026-Q1 fact 28',
      'Google Cloud revenue growth 2026-Q1 fact 28',
    ]);
  });

  it('should still date "the same quarter a year earlier" and "last year" to the year before', () => {
    expect(claims('Amazon', 'AWS revenue rose 28% in the first quarter, up from 17% in the same quarter a year earlier.', '5 May 2026')).toEqual([
      'AWS revenue growth 2026-Q1 fact 28',
      'AWS revenue growth 2025-Q1 fact 17',
    ]);
    expect(claims('Amazon', 'Google Cloud revenue grew 28% in the same quarter last year.', '5 May 2026')).toEqual(['Google Cloud revenue growth a year earlier fact 28']);
  });
});
