/**
 * Figures to date, named by the quarter their article reports (src/analyse/toDateFigures.ts): "the year-to-date total", told
 * with a company's third-quarter results, is its first nine months; with its second quarter's, its first half; with its
 * fourth's, its year. 前三季度累计, which names no year, is the nine months of the year the article reports.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleClaimLines, cjkArticleClaims, inventedArticle, longFormText, sentenceClaimLines } from '../helpers/inventedArticle.ts';

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

describe('nine months named by their first and last month', () => {
  it('should read "January–September", "from January to September" and "nine-month" as the first nine months, not "April–September"', () => {
    expect(sentenceClaimLines('Cambricon', "Cambricon's revenue for January–September was 12.86 billion yuan.", '3 December 2026')).toEqual(['Cambricon revenue (nine months) 2026 fact 12860000000']);
    expect(sentenceClaimLines('Cambricon', "Cambricon's revenue from January to September was 12.86 billion yuan.", '3 December 2026')).toEqual(['Cambricon revenue (nine months) 2026 fact 12860000000']);
    expect(sentenceClaimLines('Cambricon', "Cambricon's nine-month net profit was CNY 4.42bn.", '3 December 2026')).toEqual(['Cambricon net income (nine months) 2026 fact 4420000000']);
    // Look-alike: six months are no nine.
    expect(sentenceClaimLines('Cambricon', "Cambricon's revenue for April–September 2026 was 9.1 billion yuan.", '3 December 2026').some((line) => line.includes('nine months'))).toBe(false);
  });
});

describe('figures told after a sum to date in its sentence', () => {
  const lines = (text: string) => cjkArticleClaims('北方华创三季报', '2026年10月30日', [text]).map((c) => `${c.metric} ${c.period} ${c.value!.amount}`);

  it('should be to date too where their words name no time of their own', () => {
    expect(lines('北方华创前三季度营收356.2亿元，同比增长30%；归母净利润64.5亿元。')).toEqual([
      'revenue (nine months) 2026 35620000000',
      'revenue growth (nine months) 2026 30',
      'net income (nine months) 2026 6450000000',
    ]);
    expect(sentenceClaimLines('Cambricon', 'Over the first nine months of 2026 revenue reached 12.86 billion yuan, up 179%, while net profit for the period came to 4.42 billion yuan.', '3 December 2026')).toEqual([
      'Cambricon revenue (nine months) 2026 fact 12860000000',
      'Cambricon revenue growth (nine months) 2026 fact 179',
      'Cambricon net income (nine months) 2026 fact 4420000000',
    ]);
  });

  it('should stay the quarter’s where their words name the quarter', () => {
    expect(lines('北方华创前三季度营收356.2亿元，其中第三季度同比增长41%。')).toEqual(['revenue (nine months) 2026 35620000000', 'revenue growth 2026-Q3 41']);
    expect(sentenceClaimLines('Cambricon', 'Over the first nine months of 2026 revenue reached 12.86 billion yuan, and 5.24 billion yuan in the third quarter.', '3 December 2026')).toEqual([
      'Cambricon revenue (nine months) 2026 fact 12860000000',
      'Cambricon revenue 2026-Q3 fact 5240000000',
    ]);
  });
});

describe('a table row of nine months', () => {
  const table = (period: string, cells = '| CNY 35.62bn | +30% |') =>
    articleClaimLines('NAURA', ['NAURA reported results on Friday, and the company said demand from Chinese chipmakers stayed strong across its product lines.', ['| Company | Period | Revenue | Growth |', '|---|---|---|---|', `| NAURA | ${period} ${cells}`].join('\n')], '3 December 2026');

  it('should be the nine months its words name, not the year', () => {
    for (const period of ['Jan–Sep 2026', 'First nine months of 2026', '2026年前三季度']) {
      expect(table(period)).toEqual(['NAURA revenue (nine months) 2026 fact 35620000000', 'NAURA revenue growth (nine months) 2026 fact 30']);
    }
  });

  it('should leave a cell that names its own quarter the quarter’s', () => {
    const rows = cjkArticleClaims('北方华创三季报', '2026年10月30日', [
      '北方华创三季报显示，公司业绩继续增长，订单饱满。',
      ['| 公司 | 期间 | 营收 | 其中单季 |', '|---|---|---|---|', '| 北方华创 | 2026年前三季度 | 356.2亿元 | 第三季度131.8亿元 |'].join('\n'),
    ]).map((c) => `${c.metric} ${c.period} ${c.value!.amount}`);
    expect(rows).toEqual(['revenue (nine months) 2026 35620000000', 'revenue 2026-Q3 13180000000']);
  });

  it('should read a change in a row whose measure column names net profit as net profit’s change', () => {
    const rows = cjkArticleClaims('中国AIチップ決算', '2026年12月3日', [
      '寒武紀など中国のAIチップ各社の決算は大幅な増収増益となった。',
      ['| 企業 | 指標 | 期間 | 金額 | 前年同期比 |', '|---|---|---|---|---|', '| 寒武紀 | 売上高 | 2026年7～9月期 | 54億2000万元 | 203％増 |', '| 寒武紀 | 純利益 | 2026年1～9月期 | 44億2000万元 | 175％増 |'].join('\n'),
    ]).map((c) => `${c.metric} ${c.period} ${c.value!.amount}`);
    expect(rows).toEqual(['revenue 2026-Q3 5420000000', 'revenue growth 2026-Q3 203', 'net income (nine months) 2026 4420000000', 'net income (nine months) 2026 175']);
  });
});
