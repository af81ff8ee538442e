/**
 * Chinese and Japanese figures read as a careful reader of Taiwan's, Hong Kong's, the mainland's and Japan's financial
 * press reads them: a sum in New Taiwan dollars written in two scales, Hon Hai by its names, a result compared with what
 * was expected, a contract backlog in Taiwan's words. Each case is a sentence of its own, with a look-alike that must
 * stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

const context: SentenceContext = { fallbackSubject: null, articleYear: 2026, articleMonth: 5, articleQuarter: null };
/** subject | metric | value | period | modality, for each figure of a sentence. */
const read = (sentence: string, ctx: Partial<SentenceContext> = {}) =>
  readFigures(plainText(sentence), { ...context, ...ctx }).map((f) => [f.subject, f.metric.name, `${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit}`, f.period, f.modality].map(String).join(' | '));
const values = (sentence: string) => findValues(plainText(sentence)).map((f) => `${f.value.amount} ${f.value.unit}`);

describe('A sum in New Taiwan dollars written in two scales', () => {
  it('should read 新台幣1兆2,500億元 as NT$1.25 trillion, never yuan, and keep 元 alone the yuan', () => {
    expect(values('廣達上季營收為新台幣1兆2,500億元。')).toEqual(['1250000000000 TWD']);
    expect(values('台幣3兆400億元的訂單')).toEqual(['3040000000000 TWD']);
    // Without the New Taiwan dollar before it, 元 is the yuan, in two scales or one.
    expect(values('该集团营收为1兆2500亿元。')).toEqual(['1250000000000 CNY']);
    expect(values('公司营收为3400亿元。')).toEqual(['340000000000 CNY']);
  });
});

describe('Hon Hai by its names', () => {
  it('should read 鴻海, 鸿海, Hon Hai and Foxconn as one company, and leave 台積電 its own', () => {
    expect(read('鴻海上季營收為新台幣1兆9,000億元。')).toEqual(['Foxconn | revenue | 1900000000000 TWD | 2026-Q1 | fact']);
    expect(read('Hon Hai reported first-quarter revenue of NT$1.9 trillion.')).toEqual(['Foxconn | revenue | 1900000000000 TWD | 2026-Q1 | fact']);
    expect(read('台積電上季營收為新台幣8,000億元。')).toEqual(['TSMC | revenue | 800000000000 TWD | 2026-Q1 | fact']);
  });
});

describe('A result compared with what was expected, in Chinese', () => {
  it('should keep a growth that beat expectations (優於預期, 好于市场预期) a fact, and the expectation that names its figure a forecast', () => {
    expect(read('谷歌雲端首季營收年增31%優於預期 股價大漲')).toEqual(['Google Cloud | revenue growth | 31 % | 2026-Q1 | fact']);
    expect(read('微软智能云营收增长35%，好于市场预期。')).toEqual(['Azure | revenue growth | 35 % | null | fact']);
    // The expectation with its own figure is the market's forecast, and a company's 預期 of its own figure its plan.
    expect(read('微軟雲端營收年增35%，優於市場預估的年增33%。').map((r) => r.split(' | ')[4])).toEqual(['fact', 'forecast']);
    expect(read('微軟預期雲端營收年增35%。').map((r) => r.split(' | ')[4])).toEqual(['plan']);
  });
});

describe('A contract backlog in Taiwan’s words', () => {
  it('should read 合約積壓金額 as the backlog, not the revenue named before it, and leave a stock of goods alone', () => {
    expect(read('谷歌雲端營收年增31%，合約積壓金額達1,550億美元。', { fallbackSubject: 'Google Cloud' }).map((r) => r.split(' | ')[1])).toEqual(['revenue growth', 'backlog']);
    expect(read('庫存積壓嚴重，谷歌雲端營收為150億美元。').map((r) => r.split(' | ')[1])).toEqual(['revenue']);
  });
});

describe('Japanese tenths before a verb of cutting', () => {
  it('should read 3割引き下げる as 30% cut, and leave 3割引 (a discount) no figure', () => {
    expect(values('新型チップは推論コストを最大3割引き下げる。')).toEqual(['30 %']);
    expect(values('新型チップは推論コストを3割引下げた。')).toEqual(['30 %']);
    expect(values('会員は3割引で購入できる。')).toEqual([]);
  });
});

describe('Spending said with 花了, 砸下 or 要', () => {
  it('should read 花了 and 砸下 as spending, and 要 before a verb of spending as money still to go out', () => {
    expect(read('谷歌一季度就花了310亿美元。')).toEqual(['Google | capex | 31000000000 USD | 2026-Q1 | fact']);
    expect(read('微軟今年要砸下約1,400億美元。')).toEqual(['Microsoft | capex | approx 140000000000 USD | 2026 | plan']);
    // 主要投入 is where money mainly went, no plan.
    expect(read('微軟主要投入1,400億美元在資料中心。').map((r) => r.split(' | ')[4])).toEqual(['fact']);
  });

  it('should read a plan’s sum "a year" (一年要砸下) as the year under way’s, and a company that is described (對一家…的公司) as spending, not investing in another', () => {
    expect(read('對一家一年要砸下近1,500億美元的公司來說，這筆錢不算多。', { fallbackSubject: 'Microsoft' })).toEqual(['Microsoft | capex | approx 150000000000 USD | FY2026 | plan']);
    // A sum put into another company (對Anthropic投入) stays an investment; a fact a year ago keeps no year of a plan.
    expect(read('谷歌對Anthropic投入20億美元。').map((r) => r.split(' | ')[1])).toEqual(['investment']);
    expect(read('微軟一年前投入800億美元。').map((r) => r.split(' | ').slice(3).join(' | '))).toEqual(['null | fact']);
  });
});

describe('A priced compute agreement in Chinese', () => {
  it('should read 價值…的算力協議 and 算力采购合同 as one priced deal, and leave 算力 alone as computing power', () => {
    expect(read('Anthropic與谷歌簽訂為期五年、價值210億美元的算力協議。').map((r) => r.split(' | ').slice(0, 3).join(' | '))).toEqual(['Anthropic | investment | 21000000000 USD']);
    expect(read('Anthropic与谷歌签署价值210亿美元的算力采购合同。').map((r) => r.split(' | ').slice(0, 3).join(' | '))).toEqual(['Anthropic | investment | 21000000000 USD']);
    expect(read('Trainium3的算力提升至前代的4.4倍。').map((r) => r.split(' | ')[1])).toEqual(['performance']);
  });
});

describe('A sum for the years to come in Chinese', () => {
  it('should read 未来三年投入 as a plan of no one period, not the quarter the clause before told of, and 过去三年 as spent', () => {
    expect(read('腾讯云同期营收增长20%，腾讯此前宣布未来五年投入超过1500亿元建设数据中心。', { articleQuarter: '2026-Q1' })).toEqual([
      'Tencent Cloud | revenue growth | 20 % | 2026-Q1 | fact',
      'Tencent | capex | min 150000000000 CNY | null | plan',
    ]);
    expect(read('腾讯过去五年投入超过1500亿元建设数据中心。').map((r) => r.split(' | ')[4])).toEqual(['fact']);
  });
});

describe('Hearsay in Japanese', () => {
  it('should read a figure that goes round (との情報も出回った) or a possibility passed on (可能性があるという) as hearsay, and a company’s own という as its word', () => {
    expect(read('ネット上では「受注残は3000億ドル超」との情報も出回った。', { fallbackSubject: 'Google Cloud' }).map((r) => r.split(' | ')[4])).toEqual(['rumour']);
    expect(read('追加の出資額は最大100億ドルに上る可能性があるという。', { fallbackSubject: 'Google' }).map((r) => r.split(' | ')[4])).toEqual(['rumour']);
    expect(read('同社によると、新型チップは学習コストを最大30％削減できるという。', { fallbackSubject: 'Google Cloud' }).map((r) => r.split(' | ')[4])).toEqual(['fact']);
  });

  it('should keep a sum of no measure in a sentence that names the company of the figure before (同社は否定) that figure’s measure, and not one that names another company', async () => {
    const [base] = await loadArticles();
    const empty = { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null };
    const article = (paragraph: string): Article => ({ ...base!, id: 'ja', file: 'ja.txt', title: 'グーグル決算', titleSource: 'title line', date: '2026-05-01', tagline: null, tldr: empty, deepInsight: [paragraph], takeaways: [], technicalNotes: [], predictions: [], timeline: [], competitorTables: [], sections: [] });
    const claims = (paragraph: string) => extractClaims(article(paragraph)).map((c) => `${c.subject} | ${c.metric} | ${c.value!.amount} ${c.value!.unit} | ${c.modality}`);
    expect(claims('グーグル・クラウドの3月末時点の受注残高は1550億ドルだった。ネット上では「3000億ドル超」との情報も出回ったが、同社は否定している。')).toEqual([
      'Google Cloud | backlog | 155000000000 USD | fact',
      'Google Cloud | backlog | 300000000000 USD | rumour',
    ]);
    // Another company named: its sum is not the backlog of the one before.
    expect(claims('グーグル・クラウドの3月末時点の受注残高は1550億ドルだった。ネット上では「3000億ドル超」との情報も出回ったが、オラクルは否定している。').filter((c) => c.includes('300000000000'))).toEqual([]);
  });
});
