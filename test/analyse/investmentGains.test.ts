/**
 * What a company's investments earned over a period ("a Vision Fund investment gain of ¥2.74 trillion", 投資利益, 投资收益) is a
 * gain, a profit of the period, not money it put in: outlets that disagree on it disagree on one gain, not on a stake.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import { cjkArticleLines, paragraphClaimLines } from '../helpers/inventedArticle.ts';

describe('an investment gain', () => {
  it('should read a fund’s gain in English, Japanese and Chinese as an investment gain of its quarter', () => {
    expect(paragraphClaimLines('SoftBank', 'SoftBank Group booked a Vision Fund investment gain of ¥2.74 trillion for July–September, and net income of ¥1.9 trillion for the quarter.')).toEqual([
      'SoftBank investment gain 2026-Q3 fact 2740000000000',
      'SoftBank net income 2026-Q3 fact 1900000000000',
    ]);
    expect(cjkArticleLines('ソフトバンクG決算', '2026年11月20日', ['7～9月期のSVF事業の投資利益は2兆4700億円に達した。'])).toEqual(['SoftBank investment gain fact 2470000000000']);
    expect(cjkArticleLines('软银集团财报', '2026年11月20日', ['软银集团第三季度投资收益为2.47万亿日元。'])).toEqual(['SoftBank investment gain fact 2470000000000']);
  });

  it('should set two outlets’ gains of one quarter against each other, and keep a stake bought apart', async () => {
    const a = await articleOf('a', 'SoftBank results', ['SoftBank Group booked a Vision Fund investment gain of ¥2.74 trillion for July–September.']);
    const b = await articleOf('b', 'SoftBank results', ['SoftBank reported a Vision Fund gain of ¥2.47 trillion for July–September.']);
    const c = await articleOf('c', 'SoftBank and OpenAI', ['SoftBank invested $22.5 billion in OpenAI in the third quarter of 2026.']);
    const { claims, conflicts } = analyse([a, b, c]);
    const gains = claims.filter((x) => x.metric === 'investment gain').map((x) => x.id);
    expect(gains).toHaveLength(2);
    expect(conflicts.map((x) => [...x.claims].sort())).toEqual([[...gains].sort()]);
  });
});
