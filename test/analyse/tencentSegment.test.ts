/**
 * Tencent reports no cloud revenue of its own but the segment that holds its cloud, Fintech and Business Services
 * (金融科技及企业服务): that segment's figures are the segment's, in English and in Chinese, never Tencent's group figures nor
 * Tencent Cloud's, so outlets that give them differently dispute one segment figure.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import { cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe("Tencent's Fintech and Business Services segment", () => {
  it('should give the segment its figures in English and in Chinese', () => {
    expect(sentenceClaimLines('Tencent', 'The Fintech and Business Services segment grew 9% to 58.2 billion yuan in the third quarter of 2026.').map((l) => l.split(' ').slice(0, 5).join(' '))).toEqual([
      'Fintech and Business Services revenue',
      'Fintech and Business Services revenue',
    ]);
    expect(cjkArticleLines('腾讯第三季度', '2026年11月20日', ['腾讯第三季度金融科技及企业服务板块收入同比增长9%，达582亿元。']).map((l) => l.split(' ')[0])).toEqual(['Fintech', 'Fintech']);
  });

  it('should set two outlets’ segment revenue of one quarter against each other', async () => {
    const a = await articleOf('a', 'Tencent results', ['Tencent’s Fintech and Business Services segment brought in 58.2 billion yuan in the third quarter of 2026.']);
    const b = await articleOf('b', 'Tencent results', ['Tencent’s Fintech and Business Services segment brought in 52.8 billion yuan in the third quarter of 2026.']);
    const { claims, conflicts } = analyse([a, b]);
    const segment = claims.filter((c) => c.subject === 'Fintech and Business Services' && c.value?.unit === 'CNY');
    expect(segment.map((c) => c.value!.amount).sort()).toEqual([52.8e9, 58.2e9]);
    expect(conflicts.map((c) => [...c.claims].sort())).toEqual([segment.map((c) => c.id).sort()]);
  });
});
