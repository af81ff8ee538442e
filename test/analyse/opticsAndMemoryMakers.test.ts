/**
 * The AI-networking, optics, memory and storage makers are companies the reader knows in English, Chinese and Japanese
 * (中际旭创 is Innolight, 新易盛 Eoptolink, キオクシア Kioxia, 思科 Cisco, TEL Tokyo Electron; "Coherent optics" is no company),
 * and their fiscal years: Lumentum's ends in June, Credo's in April, Kioxia's in March, so a fiscal quarter is the calendar
 * quarter it spans.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '20 November 2026';
const cjkLines = (headline: string, lines: string[]) =>
  cjkArticleClaims(headline, '2026年11月20日', lines).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount} ${c.value!.unit}`);

describe('optics, networking, memory and storage makers', () => {
  it('should know the optical-module makers and Cisco by their Chinese names', () => {
    expect(cjkLines('光模块', ['中际旭创第三季度营收为168.4亿元，同比增长64.8%。新易盛第三季度净利润为38.2亿元。'])).toEqual([
      'Innolight revenue 2026-Q3 16840000000 CNY',
      'Innolight revenue growth 2026-Q3 64.8 %',
      'Eoptolink net income 2026-Q3 3820000000 CNY',
    ]);
    // Cisco's fiscal year ends in July: its first fiscal quarter is August to October.
    expect(cjkLines('思科', ['思科第一财季营收为159亿美元。'])).toEqual(['Cisco revenue 2026-Q3 15900000000 USD']);
    expect(cjkLines('キオクシア', ['キオクシアの7～9月期の売上収益は7180億円だった。'])).toEqual(['Kioxia revenue 2026-Q3 718000000000 JPY']);
  });

  it('should read their fiscal quarters on their own calendars', () => {
    expect(sentenceClaimLines('Lumentum', 'Lumentum reported fiscal first-quarter revenue of $533.8 million.', DATE)).toEqual(['Lumentum revenue 2026-Q3 fact 533800000']);
    expect(sentenceClaimLines('Credo', 'Credo reported fiscal second-quarter revenue of $268 million.', DATE)).toEqual(['Credo revenue 2026-Q3 fact 268000000']);
  });

  it('should take TEL for Tokyo Electron, and a priced production building for spending', () => {
    expect(sentenceClaimLines('Tokyo Electron', 'On 1 December TEL shelved a planned ¥104 billion production building in Miyagi.', DATE)).toEqual(['Tokyo Electron capex null cancelled 104000000000']);
  });

  it('should not take coherent optics for Coherent', () => {
    expect(sentenceClaimLines('Marvell', 'The supplier said Coherent optics drove demand, and Marvell posted revenue of $2.62 billion.', DATE)).toEqual(['Marvell revenue null fact 2620000000']);
  });
});

describe('chipmakers and electronics makers of China and Japan', () => {
  it('should know them by the names their own outlets give them', () => {
    expect(cjkLines('中芯国际', ['中芯国际第三季度营收为24.6亿美元，同比增长9.7%。'])).toEqual(['SMIC revenue 2026-Q3 2460000000 USD', 'SMIC revenue growth 2026-Q3 9.7 %']);
    expect(cjkLines('联想', ['联想集团第二财季营收为205亿美元。']).map((line) => line.split(' ')[0])).toEqual(['Lenovo']);
    expect(cjkLines('海光', ['海光信息前三季度营收为94.9亿元。']).map((line) => line.split(' ')[0])).toEqual(['Hygon']);
    expect(cjkLines('ソニー', ['ソニーグループの7～9月期の売上高は3兆1000億円だった。'])).toEqual(['Sony revenue 2026-Q3 3100000000000 JPY']);
  });
});
