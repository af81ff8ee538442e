/**
 * A clause that states a figure of a year before (去年同期为36亿美元, "against $3.6 billion in the same quarter last year")
 * dates that figure, not the clauses after it; a year-ago clause of no figure ("A year earlier, …") and a clause told "when"
 * it was still date what follows.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle, paragraphClaimLines } from '../helpers/inventedArticle.ts';

/** subject metric period amount of each claim a Chinese article of `lines`, dated 20 November 2026, states. */
const chineseLines = (lines: string[]) =>
  extractClaims(inventedArticle(['# 谷歌云第三季度财报', '', '2026年11月20日', '', ...lines.flatMap((l) => [l, ''])].join('\n'))).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount}`);

describe('a year-ago figure in a clause of its own', () => {
  it('should date the Chinese clauses after 去年同期为… by the quarter the sentence reports, not the year before', () => {
    expect(chineseLines(['谷歌母公司Alphabet公布2026年第三季度财报。谷歌云第三季度经营利润为52亿美元，上年同期为36亿美元，经营利润率为25.6%，营收203亿美元。'])).toEqual([
      'Google Cloud operating profit 2026-Q3 5200000000',
      'Google Cloud operating profit 2025-Q3 3600000000',
      'Google Cloud operating margin 2026-Q3 25.6',
      'Google Cloud revenue 2026-Q3 20300000000',
    ]);
  });

  it('should still date the clauses after a year-ago clause of no figure by the year before', () => {
    expect(chineseLines(['谷歌云第三季度营收为203亿美元。上年同期，谷歌云营收为152亿美元，经营利润为36亿美元。'])).toEqual([
      'Google Cloud revenue 2026-Q3 20300000000',
      'Google Cloud revenue 2025-Q3 15200000000',
      'Google Cloud operating profit 2025-Q3 3600000000',
    ]);
  });

  it('should date an English clause after "against … in the same quarter last year" by the quarter its sentence opens with', () => {
    const lines = paragraphClaimLines('Google', "In the third quarter of 2026, Google Cloud's operating income was $5.2 billion, against $3.6 billion in the same quarter last year, and its operating margin was 25.6%.");
    expect(lines).toContain('Google Cloud operating margin 2026-Q3 fact 25.6');
    expect(lines).toContain('Google Cloud operating profit 2025-Q3 fact 3600000000');
  });

  it('should date a clause told "when" after a year-ago figure by that year-ago time', () => {
    expect(paragraphClaimLines('AWS', "The cloud provider's sales rose 28% year over year to $37.6 billion in the first three months of 2026, against $29.3 billion a year earlier, when the business grew 17%.", '5 May 2026')).toContain(
      'AWS revenue growth 2025-Q1 fact 17',
    );
  });
});
