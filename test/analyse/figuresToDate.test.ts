/**
 * Figures to date, named by the quarter their article reports (src/analyse/toDateFigures.ts): "the year-to-date total", told
 * with a company's third-quarter results, is its first nine months; with its second quarter's, its first half; with its
 * fourth's, its year. 前三季度累计, which names no year, is the nine months of the year the article reports.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleClaimLines, cjkArticleClaims, inventedArticle, longFormText } from '../helpers/inventedArticle.ts';

describe('a total for the year to date', () => {
  it('should be the first nine months of a calendar year, told with the third quarter', () => {
    expect(articleClaimLines('Meta', ["Meta's capital expenditures were $19.4 billion in the third quarter, bringing the year-to-date total to $50.6 billion."], '30 October 2026')).toEqual([
      'Meta capex 2026-Q3 fact 19400000000',
      'Meta capex (nine months) 2026 fact 50600000000',
    ]);
  });

  it('should be the first half, told with the second quarter, and the year, told with the fourth', () => {
    expect(articleClaimLines('Meta', ["Meta's capital expenditures were $17.0 billion in the second quarter, bringing the year-to-date total to $31.2 billion."], '30 July 2026')).toEqual([
      'Meta capex 2026-Q2 fact 17000000000',
      'Meta capex 2026-H1 fact 31200000000',
    ]);
    expect(articleClaimLines('Meta', ["Meta's capital expenditures were $22.1 billion in the fourth quarter, bringing the year-to-date total to $72.7 billion."], '29 January 2027')).toEqual([
      'Meta capex 2026-Q4 fact 22100000000',
      'Meta capex 2026 fact 72700000000',
    ]);
  });

  it('should count the quarters of a company’s own fiscal year', () => {
    // Salesforce's year ends in January: the October quarter is the third of fiscal 2027.
    expect(articleClaimLines('Salesforce', ["Salesforce's revenue rose 9% to $10.3 billion in its fiscal third quarter, and revenue for the year to date reached $30.2 billion."], '3 December 2026')).toEqual([
      'Salesforce revenue growth 2026-Q3 fact 9',
      'Salesforce revenue 2026-Q3 fact 10300000000',
      'Salesforce revenue (nine months) FY2027 fact 30200000000',
    ]);
  });
});

describe('nine months that name no year', () => {
  it('should be of the year whose third quarter the article reports', () => {
    const keys = cjkArticleClaims('腾讯三季度业绩', '2026年11月13日', ['腾讯第三季度资本开支为130亿元，前三季度累计资本开支为380亿元。']).map((c) => c.key);
    expect(keys).toEqual(['figure|tencent|capex|2026-q3', 'figure|tencent|capex (nine months)|2026']);
  });

  it('should make one claim of the year to date, the first nine months of 2026 and 前三季度累计 told of one quarter', () => {
    const articles = [
      inventedArticle(longFormText('Meta’s spending climbs', ["Meta's capital expenditures were $19.4 billion in the third quarter, bringing the year-to-date total to $50.6 billion."], '30 October 2026'), 'a.txt'),
      inventedArticle(longFormText('Meta keeps building', ['Meta put $19.4 billion into data centres and servers in the third quarter, taking capital spending for the first nine months of 2026 to $50.6 billion.'], '31 October 2026'), 'b.txt'),
      inventedArticle(['# Meta三季度资本开支', '', '2026年10月31日', '', 'Meta第三季度资本开支为194亿美元，前三季度累计506亿美元。'].join('\n'), 'c.txt'),
    ];
    const nineMonths = analyse(articles).claims.filter((c) => c.value?.amount === 50_600_000_000);
    expect(nineMonths.map((c) => [c.key, c.mentions.map((m) => m.article).sort()])).toEqual([['fact|meta|capex (nine months)|2026', ['a', 'b', 'c']]]);
  });
});
