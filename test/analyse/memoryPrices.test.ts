/**
 * Memory chips' contract prices move by a percentage a quarter ("conventional DRAM contract prices rose 21% quarter on
 * quarter", NAND Flash合约价环比上涨19%, NAND型フラッシュの大口取引価格は前期比19%上昇): a price change of the DRAM or NAND market,
 * never a company's revenue growth, and no company for the next sentence to be about. DRAM and NAND are lines of a memory
 * maker's revenue ("its DRAM revenue was $19.4 billion"), beside its total.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '8 December 2026';

describe('memory prices and memory lines', () => {
  it('should read a contract price’s move as the market’s price change', () => {
    expect(sentenceClaimLines('SK Hynix', 'Conventional DRAM contract prices rose 21% quarter on quarter in the fourth quarter, TrendForce said.', DATE)).toEqual(['DRAM market contract price 2026-Q4 fact 21']);
    expect(sentenceClaimLines('SK Hynix', 'TrendForce expects DRAM contract prices up another 8–13% in the first quarter of 2027.', DATE)).toEqual(['DRAM market contract price 2027-Q1 forecast 8']);
    // Look-alike: a company's revenue that rose as prices climbed is its revenue growth.
    expect(sentenceClaimLines('SK Hynix', 'SK hynix revenue rose 20% in the quarter as DRAM prices climbed.', DATE)).toEqual(['SK Hynix revenue growth 2026-Q3 fact 20']);
  });

  it('should read contract prices in Chinese and Japanese, and leave no company for the next sentence', () => {
    const zh = cjkArticleClaims('存储价格', '2026年12月8日', ['据TrendForce数据，第四季度通用型DRAM合约价环比上涨21%，NAND Flash合约价环比上涨19%。']);
    expect(zh.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount}`)).toEqual(['DRAM market contract price 2026-Q4 21', 'NAND market contract price 2026-Q4 19']);
    const ja = cjkArticleClaims('キオクシア決算', '2026年11月12日', ['キオクシアの7～9月期の売上収益は7180億円だった。10～12月期のNAND型フラッシュの大口取引価格は前期比19%上昇した。2027年3月期の設備投資計画は従来の4800億円から6200億円に引き上げた。']);
    expect(ja.map((c) => `${c.subject} ${c.metric} ${c.value!.amount}`).filter((line) => !line.endsWith(' 480000000000'))).toEqual(['Kioxia revenue 718000000000', 'NAND market contract price 19', 'Kioxia capex 620000000000']);
  });

  it('should read DRAM revenue as a line of the memory maker’s revenue', () => {
    expect(sentenceClaimLines('Micron', 'Micron’s revenue was $24.2 billion in the August quarter, with DRAM sales of $19.4 billion.', DATE)).toEqual([
      'Micron revenue 2026-Q3 fact 24200000000',
      'Micron revenue (DRAM) 2026-Q3 fact 19400000000',
    ]);
  });
});
