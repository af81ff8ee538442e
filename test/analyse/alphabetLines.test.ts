/**
 * Alphabet reports Google Cloud, YouTube's advertising and Search & other beside its total: a line's revenue is the line's,
 * never Alphabet's, so that "Search and other revenue grew 12% to $63.1 billion" neither disputes the $117.4 billion total
 * nor merges with it. YouTube's advertising is YouTube's whole business as Alphabet reports it: "YouTube's ad sales",
 * "YouTube advertising" and "YouTube's advertising revenue" are one revenue.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { datedArticleOf } from '../helpers/seedArticles.ts';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '29 October 2026';
const ISO_DATE = '2026-10-29';

describe('Alphabet’s lines of business', () => {
  it('should read Search & other and YouTube’s advertising as units of Google, not as Alphabet’s revenue', () => {
    expect(sentenceClaimLines('Google', 'Search and other revenue grew 12% to $63.1 billion in the third quarter.', DATE)).toEqual([
      'Google Search revenue growth 2026-Q3 fact 12',
      'Google Search revenue 2026-Q3 fact 63100000000',
    ]);
    expect(sentenceClaimLines('Google', 'YouTube’s ad revenue rose 12% to $11.5 billion in the third quarter.', DATE)).toEqual(['YouTube revenue growth 2026-Q3 fact 12', 'YouTube revenue 2026-Q3 fact 11500000000']);
  });

  it('should make one claim of YouTube’s advertising however it is worded', () => {
    const ways = ['YouTube’s ad sales grew to $11.5 billion in the third quarter.', 'YouTube’s advertising revenue was $11.5 billion in the third quarter.', 'YouTube ads brought in $11.5 billion in the third quarter.'];
    for (const sentence of ways) expect(sentenceClaimLines('Google', sentence, DATE)).toEqual(['YouTube revenue 2026-Q3 fact 11500000000']);
  });

  it('should keep another line of YouTube’s as that line', () => {
    expect(sentenceClaimLines('Google', 'YouTube’s subscription revenue rose to $4.9 billion in the third quarter.', DATE)).toEqual(['YouTube revenue (subscriptions) 2026-Q3 fact 4900000000']);
  });

  it('should neither merge nor dispute a line’s revenue with the total', async () => {
    const articles = await Promise.all([
      datedArticleOf('a0', 'Alphabet results', ISO_DATE, 'Alphabet’s revenue rose 15% to $117.4 billion in the third quarter.'),
      datedArticleOf('a1', 'Alphabet results', ISO_DATE, 'Search and other revenue rose to $63.1 billion in the third quarter.'),
      datedArticleOf('a2', 'Alphabet results', ISO_DATE, 'Google’s Search & other revenue came to $63.1 billion in the third quarter.'),
    ]);
    const { claims, conflicts } = analyse(articles);
    expect(claims.map((c) => `${c.key} ${c.value!.amount} ${c.mentions.map((m) => m.article).join(',')}`)).toEqual([
      'fact|google search|revenue|2026-q3 63100000000 a1,a2',
      'fact|google|revenue growth|2026-q3 15 a0',
      'fact|google|revenue|2026-q3 117400000000 a0',
    ]);
    expect(conflicts).toEqual([]);
  });
});
