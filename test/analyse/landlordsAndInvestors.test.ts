/**
 * Data-centre landlords and the investors that buy and fund them are companies of their own: a bid, a take-private or a
 * stake is theirs, not the company the article is about.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('an investor’s bid', () => {
  it('should be the investor’s, in English, Chinese and Japanese', () => {
    expect(sentenceClaimLines('Equinix', "Ironvale's board spurned Stonepeak's $15.9 billion proposal in October.", '27 October 2026')).toEqual(['Stonepeak investment null offer 15900000000']);
    expect(cjkArticleClaims('数据中心并购', '2026年11月20日', ['淡马锡此前提出的约120亿美元收购报价遭董事会拒绝。']).map((c) => `${c.subject} ${c.modality}`)).toEqual(['Temasek offer']);
    expect(cjkArticleClaims('データセンター買収', '2026年11月20日', ['ブラックロックは約80億ドルの買収提案を撤回した。']).map((c) => c.subject)).toEqual(['BlackRock']);
  });
});
