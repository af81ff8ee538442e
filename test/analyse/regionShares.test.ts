/**
 * A region's share of a company's sales ("China made up 29% of it", "with China at 38% of sales", "31% of it from China",
 * 中国区营收占比为38%, 中国向け比率は38%) is a share of revenue, never its growth: read as growth, it would dispute the
 * quarter's real growth rate.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';

describe('a region’s share of sales', () => {
  it('should read a share said back, where it stands and after its figure as a share of revenue', () => {
    expect(sentenceClaimLines('KLA', 'KLA’s September-quarter revenue rose 12% to $3.46 billion, and China made up 31% of it.', DATE)).toEqual([
      'KLA revenue growth 2026-Q3 fact 12',
      'KLA revenue 2026-Q3 fact 3460000000',
      'KLA share of group revenue 2026-Q3 fact 31',
    ]);
    expect(sentenceClaimLines('Lam Research', 'Lam Research’s September-quarter revenue came in at $6.12 billion, with China at 38% of sales.', DATE)).toEqual(['Lam Research revenue 2026-Q3 fact 6120000000', 'Lam Research share of group revenue 2026-Q3 fact 38']);
    expect(sentenceClaimLines('KLA', 'KLA posted revenue of $3.46 billion for the September quarter, 31% of it from China.', DATE)).toEqual(['KLA revenue 2026-Q3 fact 3460000000', 'KLA share of group revenue 2026-Q3 fact 31']);
    expect(sentenceClaimLines('Lam Research', 'In the September quarter China fell to 38% of the total at Lam Research.', DATE)).toEqual(['Lam Research share of group revenue 2026-Q3 fact 38']);
  });

  it('should read it in Chinese and Japanese', () => {
    const chinese = cjkArticleClaims('半导体设备商业绩', '2026年11月20日', ['泛林集团2026年第三季度中国区营收占比为38%，上年同期为43%。']);
    expect(chinese.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount}`)).toEqual(['Lam Research share of group revenue 2026-Q3 38', 'Lam Research share of group revenue 2025-Q3 43']);
    const japanese = cjkArticleClaims('半導体製造装置', '2026年11月20日', ['ラムリサーチの7-9月期の中国向け比率は38%だった。']);
    expect(japanese.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount}`)).toEqual(['Lam Research share of group revenue 2026-Q3 38']);
  });

  it('should read a share told with "was", "were" or "reaches", of a line’s or a half’s sales, or of a product’s figure', () => {
    expect(sentenceClaimLines('Tokyo Electron', 'China was 36% of its April–September sales.', DATE)).toEqual(['Tokyo Electron share of group revenue null fact 36']);
    expect(sentenceClaimLines('Hon Hai', 'Cloud and networking products were 41% of revenue in the quarter.', DATE)).toEqual(['Foxconn share of group revenue 2026-Q3 fact 41']);
    expect(sentenceClaimLines('SK hynix', "In the third quarter HBM already accounts for 44% of SK hynix's DRAM revenue.", DATE)).toEqual(['SK Hynix share of group revenue 2026-Q3 fact 44']);
    expect(sentenceClaimLines('SK hynix', 'In the third quarter HBM reaches 44% of DRAM revenue.', DATE)).toEqual(['SK Hynix share of group revenue 2026-Q3 fact 44']);
    expect(sentenceClaimLines('SK hynix', 'DRAM sales were 37.9 trillion won in the third quarter, and HBM made up 44% of the DRAM figure.', DATE)).toContain('SK Hynix share of group revenue 2026-Q3 fact 44');
  });

  it('should not read a spending’s or a profit’s ratio to revenue, or a share of a backlog, as a share of revenue', () => {
    expect(sentenceClaimLines('Tokyo Electron', 'Capex was 45% of revenue in the quarter.', DATE).filter((l) => l.includes('share of group revenue'))).toEqual([]);
    expect(sentenceClaimLines('Tokyo Electron', 'Operating profit was 30% of sales in the quarter.', DATE).filter((l) => l.includes('share of group revenue'))).toEqual([]);
    expect(sentenceClaimLines('Microsoft', 'The backlog stood at $392 billion; OpenAI accounts for about 44% of that figure.', DATE).filter((l) => l.includes('share of group revenue'))).toEqual([]);
  });

  it('should keep a growth rate and a share of something else as they were', () => {
    expect(sentenceClaimLines('KLA', 'KLA’s September-quarter revenue rose to $3.46 billion, up 31% from a year earlier.', DATE)).toEqual(['KLA revenue 2026-Q3 fact 3460000000', 'KLA revenue growth 2026-Q3 fact 31']);
  });
});
