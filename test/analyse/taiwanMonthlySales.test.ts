/**
 * Taiwan's server makers and chipmakers report their sales every month, in Taiwan dollars that Taiwanese outlets write as
 * 元: "鴻海11月合併營收9,326億元，月增4.2%，年增17.8%" is NT$932.6 billion for November, 4.2% up on October and 17.8% on
 * November a year before — two growth measures of one month, neither disputing the other. Their tables give the unit in a
 * caption ("（單位：新台幣億元）") or a label ("Oct 2026 revenue (NT$ bn)", "4Q26E EPS (NT$)"), and 稅後純益 is net profit.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, headlinedClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';
import type { Candidate } from '../../src/analyse/extractClaims.ts';

const line = (c: Candidate) => `${c.subject} ${c.metric} ${c.period} ${c.modality} ${c.value!.amount} ${c.value!.unit}`;
const TAIPEI = '經濟日報 記者 林韋丞／台北報導 2026-12-11';

describe('a Taiwanese outlet’s monthly sales', () => {
  it('should read 億元 in a Taiwanese article as Taiwan dollars, and growth on the month and on the year as two measures of the month', () => {
    const lines = cjkArticleClaims('AI伺服器出貨續旺 四大代工廠11月營收同步年增', TAIPEI, ['鴻海（2317）5日公布11月合併營收9,326億元，月增4.2%，年增17.8%，創歷年同期新高。']).map(line);
    expect(lines).toEqual([
      'Foxconn revenue 2026-11 fact 932600000000 TWD',
      'Foxconn revenue growth (month on month) 2026-11 fact 4.2 %',
      'Foxconn revenue growth 2026-11 fact 17.8 %',
    ]);
  });

  it('should read every Taiwanese server maker’s month, and a fall on the month before as negative', () => {
    const lines = cjkArticleClaims('四大代工廠11月營收', TAIPEI, ['緯穎11月營收882億元，較10月減少8.5%，但仍年增40.9%。']).map(line);
    expect(lines).toEqual(['Wiwynn revenue 2026-11 fact 88200000000 TWD', 'Wiwynn revenue growth (month on month) 2026-11 fact -8.5 %', 'Wiwynn revenue growth 2026-11 fact 40.9 %']);
  });

  it('should keep 元 the yuan in a mainland article, and where a Taiwanese one names the renminbi', () => {
    const mainland = cjkArticleClaims('中芯国际营收', '2026年11月20日', ['台积电的营收以新台币计，中芯国际第三季度营收为180亿元。']).map(line);
    expect(mainland.filter((l) => l.includes('18000000000'))).toEqual([expect.stringMatching(/ CNY$/)]);
    const renminbi = cjkArticleClaims('鴻海大陸子公司', TAIPEI, ['鴻海旗下工業富聯第三季營收為人民幣2,000億元，另一子公司營收為300億元。']).map(line);
    expect(renminbi.filter((l) => / (?:200000000000|30000000000) /.test(l))).toEqual([expect.stringMatching(/ CNY$/), expect.stringMatching(/ CNY$/)]);
  });

  it('should read 稅後純益 as net profit and 每股純益 as earnings per share', () => {
    const lines = cjkArticleClaims('鴻海第三季獲利', TAIPEI, ['鴻海第三季歸屬母公司稅後純益573億元，年增25.4%，每股純益（EPS）4.12元。']).map(line);
    expect(lines).toEqual(['Foxconn net income 2026-Q3 fact 57300000000 TWD', 'Foxconn net income 2026-Q3 fact 25.4 %', 'Foxconn earnings per share 2026-Q3 fact 4.12 TWD']);
  });

  it('should read orders a maker wins (拿下, 受注) as the maker’s, not the buyer’s', () => {
    expect(cjkArticleClaims('緯穎接單', TAIPEI, ['據知情人士透露，緯穎已拿下亞馬遜AWS明年約35億美元的Trainium3機櫃訂單。']).map(line)).toEqual(['Wiwynn orders 2027 rumour 3500000000 USD']);
    expect(cjkArticleClaims('台湾EMS', '2026年12月11日', ['関係者によると、ウィウィンはAWSから、Trainium3を搭載するラックを27年向けに約35億ドル受注する見通しだ。']).map(line)).toEqual(['Wiwynn orders 2027 rumour 3500000000 USD']);
    // Look-alike: a buyer's own orders named without a winner stay the buyer's.
    expect(cjkArticleClaims('戴爾訂單', TAIPEI, ['戴爾上季AI伺服器訂單達162億美元。']).map(line)).toEqual(['Dell orders 2026-Q3 fact 16200000000 USD']);
  });

  it('should read a tender offer turned down (公開收購, 予以拒絕) as an offer', () => {
    const lines = cjkArticleClaims('緯創併購受挫', TAIPEI, ['緯創11月17日宣布以每股285元公開收購晟鈦科技全部股權，總金額約171億元，但晟鈦董事會25日予以拒絕。']).map(line);
    expect(lines.map((l) => l.split(' ').at(-3))).toEqual(['offer', 'offer']);
  });
});

describe('a table of monthly sales', () => {
  it('should take a table’s unit from the caption before it, its growth columns’ month from the sales column, and its year-ago column as that month a year before', () => {
    const lines = cjkArticleClaims('四大AI伺服器廠11月營收', TAIPEI, [
      '輝達GB300機櫃出貨持續放量，台灣AI伺服器四大代工廠11月營收全數較去年同期成長。',
      '四大AI伺服器廠11月營收（單位：新台幣億元）',
      ['| 公司 | 11月營收 | 月增率 | 年增率 | 去年同月營收 |', '|---|---|---|---|---|', '| 廣達 | 2,215 | 8.7% | 38.2% | 1,603 |', '| 緯創 | 2,469 | -6.7% | 68.1% | 1,469 |'].join('\n'),
    ]).map(line);
    expect(lines).toEqual([
      'Quanta revenue 2026-11 fact 221500000000 TWD',
      'Quanta revenue growth (month on month) 2026-11 fact 8.7 %',
      'Quanta revenue growth 2026-11 fact 38.2 %',
      'Quanta revenue 2025-11 fact 160300000000 TWD',
      'Wistron revenue 2026-11 fact 246900000000 TWD',
      'Wistron revenue growth (month on month) 2026-11 fact -6.7 %',
      'Wistron revenue growth 2026-11 fact 68.1 %',
      'Wistron revenue 2025-11 fact 146900000000 TWD',
    ]);
  });

  it('should read an English table’s Taiwan-dollar labels, per share and in billions, and a year-on-year column of the month its sales columns name', () => {
    const lines = headlinedClaims('Taiwan’s server makers', [
      'The four Taiwanese companies that build most AI servers all reported higher October sales.',
      ['| Maker | Oct 2026 revenue (NT$ bn) | Oct 2025 revenue (NT$ bn) | YoY change |', '|---|---|---|---|', '| Quanta | 203.8 | 154.9 | +31.6% |'].join('\n'),
      'We raise our estimates after a strong October.',
      ['| Company (ticker) | 4Q26E EPS (NT$) | Consensus 4Q26 EPS (NT$) |', '|---|---|---|', '| Quanta (2382 TT) | 5.90 | 5.71 |'].join('\n'),
    ], '20 November 2026').map(line);
    expect(lines).toEqual([
      'Quanta revenue 2026-10 fact 203800000000 TWD',
      'Quanta revenue 2025-10 fact 154900000000 TWD',
      'Quanta revenue growth 2026-10 fact 31.6 %',
      'Quanta earnings per share 2026-Q4 forecast 5.9 TWD',
      'Quanta earnings per share 2026-Q4 forecast 5.71 TWD',
    ]);
  });

  it('should read 前月比 as growth on the month before', () => {
    const lines = cjkArticleClaims('TSMCの11月売上高', '2026年12月10日', ['台湾積体電路製造（TSMC）が10日発表した11月の売上高は前年同月比30.1%増の4469億台湾ドルで、前月比でも2.0％増えた。']).map(line);
    expect(lines.filter((l) => l.includes(' 2 %'))).toEqual(['TSMC revenue growth (month on month) 2026-11 fact 2 %']);
  });
});

describe('an English story of monthly sales and quarterly profit', () => {
  const DATE = '13 November 2026';
  it('should read a month’s fall from the month before, the month before’s sales, and the same month a year earlier', () => {
    expect(sentenceClaimLines('Quanta', 'Quanta’s October sales were 7.1% below September’s NT$219.4 billion for the same reason.', DATE)).toEqual([
      'Quanta revenue growth (month on month) 2026-10 fact -7.1',
      'Quanta revenue 2026-09 fact 219400000000',
    ]);
    expect(sentenceClaimLines('Foxconn', 'Hon Hai’s October revenue rose 11.3% year on year to NT$895.2 billion, up from NT$804.3 billion in October last year, but slipped 7.6% from September’s level.', DATE)).toEqual([
      'Foxconn revenue growth 2026-10 fact 11.3',
      'Foxconn revenue 2026-10 fact 895200000000',
      'Foxconn revenue 2025-10 fact 804300000000',
      'Foxconn revenue growth (month on month) 2026-10 fact -7.6',
    ]);
    // Look-alike: a margin that slipped to a level is that level.
    expect(sentenceClaimLines('Super Micro', 'Gross margin slipped to 9.6% in the quarter.', DATE)).toEqual(['Super Micro gross margin 2026-Q3 fact 9.6']);
  });

  it('should read what a company earned in Taiwan dollars as its profit, and what it earned a share as its earnings per share', () => {
    expect(sentenceClaimLines('Quanta', 'Quanta earned NT$20.4 billion in the third quarter, or NT$5.28 a share.', DATE)).toEqual([
      'Quanta net income 2026-Q3 fact 20400000000',
      'Quanta earnings per share 2026-Q3 fact 5.28',
    ]);
    // Look-alike: a price a share is no earnings.
    expect(sentenceClaimLines('Quanta', 'The stock rose 5% to $120 a share.', DATE)).not.toContain('Quanta earnings per share null fact 120');
  });
});

