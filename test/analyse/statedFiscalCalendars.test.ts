/**
 * A company's fiscal calendar, where the vocabulary has none, is read from what the articles say of it ("its fiscal fourth
 * quarter, which ended Oct. 26", "fiscal Q1 2027 (Jul–Sep 2026)", 2027年3月期): every article then files that company's
 * fiscal quarters on it, so that one that says only "fiscal fourth quarter" meets one that gives the months.
 */
import { describe, expect, it } from 'vitest';
import { analyse, extractedFor } from '../../src/analyse/analyse.ts';
import { fiscalCalendarsOf } from '../../src/analyse/fiscalCalendars.ts';
import { datedArticleOf } from '../helpers/seedArticles.ts';

const DATE = '2026-11-20';

/** The claims' keys, amounts and articles, of one sentence per article. */
async function claimsOf(sentences: string[]): Promise<string[]> {
  const articles = await Promise.all(sentences.map((sentence, i) => datedArticleOf(`a${i}`, 'Chip tools this week', DATE, sentence)));
  return analyse(articles).claims.map((c) => `${c.key} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`);
}

describe('fiscal calendars the articles state', () => {
  it('should file a fiscal quarter whose end the text gives on that calendar', async () => {
    expect(await claimsOf(['Veradex Tools reported revenue of $2.41 billion for its fiscal fourth quarter, which ended Oct. 26.'])).toEqual(['fact|veradex tools|revenue|2026-q3 2410000000 a0']);
  });

  it('should file another article’s fiscal quarter of that company on the calendar one article states', async () => {
    // (A name in the plural's possessive, "Veradex Tools’ fiscal fourth-quarter revenue", is the company's too.)
    const claims = await claimsOf(['Veradex Tools reported revenue of $2.41 billion for its fiscal fourth quarter, which ended Oct. 26.', 'Veradex Tools’ fiscal fourth-quarter revenue was $2.41 billion, ahead of forecasts.']);
    expect(claims).toEqual(['fact|veradex tools|revenue|2026-q3 2410000000 a0,a1']);
    // Look-alike: without the article that gives its months, the fiscal quarter is the calendar's.
    expect(await claimsOf(['Veradex Tools said fiscal fourth-quarter revenue was $2.41 billion, ahead of forecasts.'])).toEqual(['fact|veradex tools|revenue|2025-q4 2410000000 a0']);
  });

  it('should read a quarter’s months in brackets, a month-named quarter, a year named by its end month and a Chinese quarter’s end', async () => {
    const articles = await Promise.all([
      datedArticleOf('a0', 'Chip tools', DATE, 'Veradex Tools posted fiscal Q1 2027 (Jul–Sep 2026) revenue of $1.2 billion.'),
      datedArticleOf('a1', 'Chip tools', DATE, 'Norvale Systems reported its September quarter, the first quarter of its fiscal 2027, on Oct. 21.'),
      datedArticleOf('a2', 'チップ製造装置', DATE, 'NTTは2027年3月期の設備投資計画を据え置いた。'),
      datedArticleOf('a3', '芯片设备', DATE, '高通第四财季（截至9月28日）营收为107亿美元。'),
    ]);
    expect(Object.fromEntries(fiscalCalendarsOf(articles))).toEqual({ 'Veradex Tools': 6, 'Norvale Systems': 6, NTT: 3, Qualcomm: 9 });
  });

  it('should keep the vocabulary’s calendar over one an article states, and state none of a company it does not name', async () => {
    const articles = await Promise.all([datedArticleOf('a0', 'Chips', DATE, 'Microsoft’s fiscal first quarter, which ended in August, was strong.'), datedArticleOf('a1', 'Chips', DATE, 'Veradex Tools raised its 2027 capex plan to $3 billion.')]);
    expect(fiscalCalendarsOf(articles).size).toBe(0);
    // Nor of a text that names no company before the words: whose quarter it is, the text does not say.
    const unnamed = await datedArticleOf('a2', 'Veradex Tools and Norvale Systems', DATE, '10～12月期（2027年6月期第2四半期）の売上高について、市場予想の平均は7億1500万ドルとなっている。');
    expect(fiscalCalendarsOf([unnamed]).size).toBe(0);
  });

  it('should file a known company’s fiscal quarter on the calendar a Japanese article states of it', async () => {
    const claims = await claimsOf(['NTTは2027年3月期の設備投資計画を据え置いた。', 'NTT’s fiscal second-quarter capex was $4.1 billion.']);
    expect(claims).toEqual(['fact|ntt|capex|2026-q3 4100000000 a1']);
  });
});

describe('a cache of candidates read on fiscal calendars', () => {
  it('should be kept while the calendars stay, and replaced when an article states another', () => {
    const cache = new WeakMap();
    const none = new Map<string, number>();
    expect(extractedFor(none, cache)).toBe(cache);
    expect(extractedFor(new Map(), cache)).toBe(cache);
    const other = extractedFor(new Map([['Veradex Tools', 10]]), cache);
    expect(other).not.toBe(cache);
    expect(extractedFor(new Map([['Veradex Tools', 10]]), other)).toBe(other);
  });
});
