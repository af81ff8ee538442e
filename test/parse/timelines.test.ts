import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { leadingDate } from '../../src/parse/timelineDates.ts';
import type { ParsedArticle } from '../../src/schemas.ts';

const parsed = (file: string, text: string): ParsedArticle => {
  const result = parseArticle({ file, text, encoding: 'utf-8', repairs: [], warnings: [] });
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.article;
};
const LEDE = 'Oracle said on Tuesday that its cloud backlog rose to $455 billion in the quarter, as OpenAI signed a large contract for computing capacity.\n\nShares of the database maker jumped 30% in late trading, their best day since 1992.\n';

describe('dates a timeline line opens with', () => {
  it('should read the ways outlets write a month or a day, in English, Chinese and full-width digits', () => {
    expect(leadingDate('2025-11')).toEqual({ date: '2025-11', rest: '' });
    expect(leadingDate('2025/9/9 — Oracle reports')).toEqual({ date: '2025-09-09', rest: 'Oracle reports' });
    expect(leadingDate('Sept. 9, 2025: Oracle reports')).toEqual({ date: '2025-09-09', rest: 'Oracle reports' });
    expect(leadingDate('September 2025 – Oracle reports')).toEqual({ date: '2025-09', rest: 'Oracle reports' });
    expect(leadingDate('9th September 2025: Oracle reports')).toEqual({ date: '2025-09-09', rest: 'Oracle reports' });
    expect(leadingDate('2025年9月9日：甲骨文公布财报')).toEqual({ date: '2025-09-09', rest: '甲骨文公布财报' });
    expect(leadingDate('２０２５年９月，甲骨文公布财报')).toEqual({ date: '2025-09', rest: '甲骨文公布财报' });
  });

  it('should not read a year alone, a quarter or a date inside a sentence, and keep an impossible month for the timeline to warn about', () => {
    expect(leadingDate('2025: a record year')).toBeNull();
    expect(leadingDate('Q3 2025: Oracle reports')).toBeNull();
    expect(leadingDate('2025-13: Oracle reports')).toEqual({ date: '2025-13', rest: 'Oracle reports' });
    expect(leadingDate('Oracle reported on Sept. 9, 2025.')).toBeNull();
    expect(leadingDate('Maybe 2025 was the turning point')).toBeNull();
  });
});

describe('timelines in long-form articles', () => {
  it('should take the dated lines of a "Timeline" section as the article timeline, and drop the emptied section', () => {
    const article = parsed('oracle.txt', `Oracle backlog soars on OpenAI deal\n\n${LEDE}\n## Timeline\n\n- June 2025: Oracle discloses a cloud deal worth $30 billion a year\n- Sept. 9, 2025: Oracle reports a $455 billion backlog\n\nSource: Example Wire\n`);
    expect(article.timeline).toEqual([
      { date: '2025-06', text: 'Oracle discloses a cloud deal worth $30 billion a year', line: 9 },
      { date: '2025-09-09', text: 'Oracle reports a $455 billion backlog', line: 10 },
    ]);
    expect(article.sections.map((s) => s.heading)).not.toContain('Timeline');
    expect(article.source).toBe('Example Wire');
  });

  it('should read a Chinese 大事记 with full-width dates, and a date alone on its line as the date of the next', () => {
    const article = parsed('zh.txt', '甲骨文积压订单大增\n\n甲骨文周二表示，其云业务未履约订单在本季度增至4550亿美元，主要来自OpenAI的大额合同。公司股价盘后大涨30%。\n\n大事记\n２０２５年６月：甲骨文披露年收入300亿美元的云合同\n2025年9月9日\n甲骨文公布第一财季财报\n\n来源：第一财经\n');
    expect(article.timeline.map(({ date, text }) => [date, text])).toEqual([
      ['2025-06', '甲骨文披露年收入300亿美元的云合同'],
      ['2025-09-09', '甲骨文公布第一财季财报'],
    ]);
    expect(article.source).toBe('第一财经');
  });

  it('should read a "key dates" section headed 重要日期 or 關鍵時間點 as the timeline, and a 重要數據 section as text', () => {
    const article = parsed('tw.txt', '## 輝達財報優於預期\n\n輝達週三公布財報，資料中心營收年增七成，盤後股價上漲 5%。公司預估下一季營收將再創新高。\n\n## 重要日期\n\n2025-08\n輝達公布第二季財報，資料中心營收創高\n2025-11\n輝達公布第三季財報，Blackwell 出貨放量\n\n## 重要數據\n\n2025-11\n資料中心營收再創新高\n\n資料來源：經濟日報\n');
    expect(article.timeline.map(({ date, text }) => [date, text])).toEqual([
      ['2025-08', '輝達公布第二季財報，資料中心營收創高'],
      ['2025-11', '輝達公布第三季財報，Blackwell 出貨放量'],
    ]);
    const simplified = parsed('cn.txt', '英伟达财报超预期\n\n英伟达周三公布财报，数据中心收入同比增长七成，盘后股价上涨5%。\n\n关键时间点\n2025年8月：英伟达公布第二财季财报\n\n来源：第一财经\n');
    expect(simplified.timeline.map((e) => e.date)).toEqual(['2025-08']);
    const days = parsed('hk.txt', '科技巨頭加碼資本開支\n\n四大科技公司今年的資本開支合計將超過六千億美元，投資者開始關注回報。分析師認為，人工智能基建的投資周期仍處於早期階段，雲端業務增長將支撐更高的支出。\n\n## 重要日子\n\n2026年2月：亞馬遜公布全年資本開支計劃\n\n來源：香港01\n');
    expect(days.timeline.map(({ date, text }) => [date, text])).toEqual([['2026-02', '亞馬遜公布全年資本開支計劃']]);
  });

  it('should keep undated lines of a timeline section, and dated lines of any other section, as text', () => {
    const article = parsed('oracle.txt', `Oracle backlog soars on OpenAI deal\n\n${LEDE}\n## Key dates\n\n- June 2025: Oracle discloses a cloud deal\n- More deals are expected next year.\n\n## What analysts say\n\n- September 2025: the month the market noticed Oracle's cloud.\n`);
    expect(article.timeline.map((e) => e.date)).toEqual(['2025-06']);
    const kept = article.sections.map((s) => [s.heading, s.blocks]);
    expect(kept).toContainEqual(['Key dates', [{ kind: 'list', items: ['More deals are expected next year.'] }]]);
    expect(kept).toContainEqual(['What analysts say', [{ kind: 'list', items: ["September 2025: the month the market noticed Oracle's cloud."] }]]);
  });
});

describe('a timeline known by its lines', () => {
  it('should read dates alone on their lines, each over its text, as the timeline under any heading, and drop the emptied section', () => {
    const article = parsed('ja.txt', `オラクル、受注残が急増\n\n${LEDE}\n## これまでの主な動き\n\n2025-06\nオラクルが大型クラウド契約を開示。\n2025-09\n受注残が4550億ドルに。\n2025-12\nOpenAIとの契約を拡大。\n`);
    expect(article.timeline.map(({ date, text }) => [date, text])).toEqual([
      ['2025-06', 'オラクルが大型クラウド契約を開示。'],
      ['2025-09', '受注残が4550億ドルに。'],
      ['2025-12', 'OpenAIとの契約を拡大。'],
    ]);
    expect(article.sections.map((s) => s.heading)).not.toContain('これまでの主な動き');
  });

  it('should keep one date over its text, and dates inside prose, as text', () => {
    const one = parsed('one.txt', `Oracle backlog soars on OpenAI deal\n\n${LEDE}\n## What changed\n\nSeptember 2025\nThe month the market noticed Oracle's cloud.\n\nJune 2025: Oracle disclosed a cloud deal, and more followed.\n`);
    expect(one.timeline).toEqual([]);
    expect(one.sections.map((s) => s.heading)).toContain('What changed');
  });
});

describe('the end of an aggregator’s timeline', () => {
  it('should end the timeline at the lone 📰 above the footer, so that a category label is no entry’s words', () => {
    const text = ['💡Example Digest•Freshcollected in 2h', 'Oracle backlog soars', '📌The database maker signs OpenAI', '📅 Timeline', '2025-09', 'Oracle reports a $455 billion backlog.', '📰', 'Cloud News', '👉Related Updates', 'Original source: Example ↗'].join('\n');
    expect(parsed('digest.txt', text).timeline.map((e) => e.text)).toEqual(['Oracle reports a $455 billion backlog.']);
    // Negative control: an entry's text on two lines is still one entry.
    const wrapped = text.replace('Oracle reports a $455 billion backlog.', 'Oracle reports a $455 billion\nbacklog.');
    expect(parsed('digest.txt', wrapped).timeline.map((e) => e.text)).toEqual(['Oracle reports a $455 billion backlog.']);
  });
});
