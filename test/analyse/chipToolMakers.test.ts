/**
 * The chip-tool makers are companies of the vocabulary, by their names in English, Chinese and Japanese, on their own fiscal
 * calendars: Applied Materials' year ends in October, Lam Research's in June, Tokyo Electron's in March. 中微 is AMEC only as a
 * name of its own, never the 中微 of 其中微软 ("among them Microsoft").
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('the chip-tool makers', () => {
  it('should file their fiscal quarters on their calendars', () => {
    expect(sentenceClaimLines('Applied Materials', 'Applied Materials’ fiscal fourth-quarter revenue was $7.62 billion.', '20 November 2026')).toEqual(['Applied Materials revenue 2026-Q3 fact 7620000000']);
    expect(sentenceClaimLines('Lam Research', 'Lam Research’s fiscal first-quarter revenue was $6.12 billion.', '20 November 2026')).toEqual(['Lam Research revenue 2026-Q3 fact 6120000000']);
  });

  it('should name them in Chinese and Japanese', () => {
    const chinese = cjkArticleClaims('半导体设备商三季度业绩', '2026年11月20日', ['应用材料2026财年第四财季营收为76.2亿美元。', '中微公司第三季度营收为39.6亿元。']);
    expect(chinese.map((c) => `${c.subject} ${c.period} ${c.value!.amount}`)).toEqual(['Applied Materials 2026-Q3 7620000000', 'AMEC 2026-Q3 3960000000']);
    const japanese = cjkArticleClaims('東京エレクトロン、通期予想を上方修正', '2026年11月12日', ['東京エレクトロンは2027年3月期の売上高予想を2兆7500億円に引き上げた。']);
    expect(japanese.map((c) => `${c.subject} ${c.period} ${c.value!.amount}`)).toEqual(['Tokyo Electron FY2027 2750000000000']);
  });

  it('should not read the 中微 of 其中微软 as AMEC', () => {
    const chinese = cjkArticleClaims('OpenAI的投资者', '2026年11月20日', ['OpenAI获得多家公司投资，其中微软累计向OpenAI投资约130亿美元。']);
    expect(chinese.map((c) => c.subject)).toEqual(['Microsoft']);
  });
});
