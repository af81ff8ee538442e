/**
 * A share buyback is a measure of its own: the money a board authorises to buy back shares ("approved a fresh $12 billion
 * buyback", 1500億円を上限とする自社株買い, 宣布回购…股票) is a plan, shares bought back in a period ("repurchased $6 billion of shares
 * in the third quarter", "completed a $10 billion buyback") are a fact; neither is revenue, a share price nor the returns paid
 * to shareholders, and 回购 of anything but shares (算力, capacity) is no buyback.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';

describe('share buybacks', () => {
  it('should read a buyback a board authorises as a plan', () => {
    expect(sentenceClaimLines('Applied Materials', 'Applied Materials’ board approved a fresh $12 billion buyback.', DATE)).toEqual(['Applied Materials share buyback null plan 12000000000']);
    expect(sentenceClaimLines('Tokyo Electron', 'Tokyo Electron has also authorised buying back up to ¥150 billion of its own shares.', DATE)).toEqual(['Tokyo Electron share buyback null plan 150000000000']);
    expect(sentenceClaimLines('Tokyo Electron', 'Analysts welcomed the ¥150 billion buyback, its largest.', DATE)).toEqual(['Tokyo Electron share buyback null plan 150000000000']);
  });

  it('should read shares bought back as a fact of their period', () => {
    expect(sentenceClaimLines('Meta', 'Meta repurchased $6 billion of shares in the third quarter.', DATE)).toEqual(['Meta share buyback 2026-Q3 fact 6000000000']);
    expect(sentenceClaimLines('Apple', 'Apple completed a $10 billion buyback in the quarter.', DATE)).toEqual(['Apple share buyback 2026-Q3 fact 10000000000']);
    // Look-alike: buybacks and dividends together are the returns paid to shareholders.
    expect(sentenceClaimLines('Apple', 'Apple returned $25 billion to shareholders through dividends and buybacks.', DATE)).toEqual(['Apple shareholder returns null fact 25000000000']);
  });

  it('should read buybacks in Chinese and Japanese, and no 回购 of anything but shares', () => {
    expect(cjkArticleLines('东京电子', '2026年11月20日', ['东京电子宣布回购最多1500亿日元的股票。'])).toEqual(['Tokyo Electron share buyback plan 150000000000']);
    expect(cjkArticleLines('東京エレクトロン', '2026年11月20日', ['東京エレクトロンは1500億円を上限とする自社株買いを発表した。'])).toEqual(['Tokyo Electron share buyback plan 150000000000']);
    expect(cjkArticleLines('英伟达', '2026年11月20日', ['英伟达同意在2030年前回购最多23亿美元的闲置算力。']).filter((line) => line.includes('buyback'))).toEqual([]);
  });
});
