/**
 * An "AI cloud" or "GPU cloud" (AI云业务, AIクラウド事業) is a business of its own — a bitcoin miner's GPU rental, a neocloud's —
 * never the cloud unit of the company a sentence names: "AI cloud revenue" reported beside Microsoft is no Azure figure,
 * while "cloud revenue" a company reports is its cloud unit's.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';

describe('an AI cloud business', () => {
  it('should not file AI cloud revenue under a company’s cloud unit', () => {
    expect(sentenceClaimLines('Microsoft', 'Microsoft reported that AI cloud revenue rose to $318.6 million in the September quarter.', DATE)).toEqual(['Microsoft revenue 2026-Q3 fact 318600000']);
    // Look-alike: the cloud revenue a company reports is its cloud unit's.
    expect(sentenceClaimLines('Microsoft', 'Microsoft reported that cloud revenue rose to $49.1 billion in the September quarter.', DATE)).toEqual(['Azure revenue 2026-Q3 fact 49100000000']);
  });

  it('should not read AI云业务 as the cloud business of the company before it', () => {
    const ai = cjkArticleClaims('微软业绩', '2026年11月20日', ['微软第三季度营收为776亿美元，其中AI云业务收入31.86亿美元。']);
    expect(ai.map((c) => `${c.subject} ${c.value!.amount}`)).toEqual(['Microsoft 77600000000', 'Microsoft 3186000000']);
    const cloud = cjkArticleClaims('微软业绩', '2026年11月20日', ['微软第三季度营收为776亿美元，其云业务收入491亿美元。']);
    expect(cloud.map((c) => `${c.subject} ${c.value!.amount}`)).toEqual(['Microsoft 77600000000', 'Azure 49100000000']);
  });
});
