/**
 * How enterprise-software makers and the notes on them give their figures: a broker's table with the company's range, the
 * consensus "(before latest guidance)" and its own estimate; a league table of AI metrics whose row names the measure and
 * whose "Earlier disclosure" column dates itself; Adobe's fiscal year, which ends around 1 December, under a heading of
 * next year's targets; an old range "from $10.5 billion to $11.5 billion previously"; the midpoint of a company's range;
 * "its full-year subscription guide", the subscription revenue it guides for the fiscal year under way.
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines, cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('a broker’s estimates table', () => {
  it('should read a consensus column as the Street’s forecast, whatever its note in brackets says', () => {
    const lines = articleClaimLines('Adobe', [
      'We raise our estimates for the software makers after a quarter in which every company beat the Street.',
      '## Estimates',
      ['| Company | Metric and period | Company guidance | Consensus (before latest guidance) | Penwarden estimate |', '|---|---|---|---|---|', '| Adobe | Revenue, FY27 (to Nov 2027) | $28.40–28.70bn | $28.30bn | $28.65bn |'].join('\n'),
    ], '11 December 2026');
    expect(lines).toEqual(['Adobe revenue FY2027 plan 28400000000', 'Adobe revenue FY2027 forecast 28300000000', 'Adobe revenue FY2027 forecast 28650000000']);
  });

  it('should read a consensus column as the Street’s forecast, whatever words after its name say', () => {
    const lines = articleClaimLines('Palantir', [
      'Every software maker we follow guided the next quarter above or in line with the Street.',
      ['| Company | Next-quarter guidance | Consensus before guidance | Verdict |', '|---|---|---|---|', '| Palantir (Q4 2026 revenue) | $2.26B–$2.28B | $2.21B | Above |'].join('\n'),
    ], '5 December 2026');
    expect(lines).toEqual(['Palantir revenue 2026-Q4 plan 2260000000', 'Palantir revenue 2026-Q4 forecast 2210000000']);
  });
});

describe('an estimates table whose unit the text before it gives', () => {
  it('should read bare numbers in the unit the lead-in names, a row of a company named with a number, and a last quarter’s figure on its own date', () => {
    const lines = articleClaimLines('Cipher Mining', [
      'Revenue, US$ millions, for each company’s December 2026 quarter. Consensus is the LSEG mean as of December 4.',
      ['| Company | Quarter | Harrowgate estimate | Consensus | Last reported quarter |', '|---|---|---|---|---|', '| Cipher Mining | Q4 2026 | 214 | 205 | 186.7 (Q3 2026) |', '| Hut 8 | Q4 2026 | 118 | 109 | 96.4 (Q3 2026) |'].join('\n'),
    ], '5 December 2026');
    expect(lines).toEqual([
      'Cipher Mining revenue 2026-Q4 forecast 214000000',
      'Cipher Mining revenue 2026-Q4 forecast 205000000',
      'Cipher Mining revenue 2026-Q3 fact 186700000',
      'Hut 8 revenue 2026-Q4 forecast 118000000',
      'Hut 8 revenue 2026-Q4 forecast 109000000',
      'Hut 8 revenue 2026-Q3 fact 96400000',
    ]);
  });
});

describe('a league table of AI metrics', () => {
  const table = [
    '| Vendor | AI metric, as the vendor defines it | Latest | Earlier disclosure |',
    '|---|---|---|---|',
    '| Adobe | AI-influenced ARR, end of fiscal 2026 (November) | more than $7.5 billion | more than $5 billion (November 2025) |',
  ].join('\n');

  it('should read the measure a row’s words name, and an earlier column’s cell on its own date', () => {
    const lines = articleClaimLines('Adobe', ['Software makers now report their AI business in their own terms.', table], '11 December 2026');
    expect(lines).toEqual(['Adobe revenue run rate annual fact 7500000000', 'Adobe revenue run rate 2025-Q4 fact 5000000000']);
  });
});

describe('Adobe’s fiscal year', () => {
  it('should read a fourth quarter that ended in November as reported, under a heading of next year’s targets', () => {
    const lines = cjkArticleLines('Adobe给出2027财年目标', '2026年12月11日', [
      '12月9日美股盘后，Adobe公布了截至11月27日的2026财年第四财季业绩。',
      '## Adobe：给出2027财年营收目标',
      '财报显示，Adobe第四财季营收为68.7亿美元，同比增长10%。2026财年全年营收260.6亿美元，创历史新高。',
      'Adobe预计2027财年营收为284亿至287亿美元。',
    ]);
    expect(lines).toEqual(['Adobe revenue fact 6870000000', 'Adobe revenue growth fact 10', 'Adobe revenue fact 26060000000', 'Adobe revenue plan 28400000000']);
  });
});

describe('a range cut', () => {
  it('should read the range given before as a range, not a change to its upper end', () => {
    const lines = sentenceClaimLines('Super Micro', 'Super Micro Computer lowered its revenue forecast for the quarter ending Dec. 31 to between $9.5 billion and $10.5 billion, from $10.5 billion to $11.5 billion previously.', '2 December 2026');
    expect(lines).toEqual(['Super Micro revenue 2026-Q4 plan 9500000000', 'Super Micro revenue 2026-Q4 plan 10500000000']);
    // Look-alike: a change from one figure to another states where it went.
    expect(sentenceClaimLines('Super Micro', 'Super Micro raised its revenue forecast for the December quarter from $10.5 billion to $11.5 billion.', '2 December 2026')).toEqual(['Super Micro revenue 2026-Q4 plan 11500000000']);
  });

  it('should read the midpoint of a company’s range as its guidance, beside the analysts’ figure', () => {
    expect(sentenceClaimLines('Super Micro', 'Super Micro’s revenue midpoint of the new range, $10 billion, is below the $10.8 billion analysts on average had expected.', '2 December 2026')).toEqual([
      'Super Micro revenue null plan 10000000000',
      'Super Micro revenue null forecast 10800000000',
    ]);
  });
});

describe('a line’s guidance for the fiscal year', () => {
  it('should read a subscription guide as the guidance of subscription revenue, for the fiscal year under way', () => {
    expect(sentenceClaimLines('Workday', 'Workday lifted its full-year subscription guide to $10.02B.', '25 November 2026')).toEqual(['Workday revenue (subscriptions) FY2027 plan 10020000000']);
    expect(sentenceClaimLines('ServiceNow', 'The company raised its 2026 subscription guidance to $15.38–15.40bn from $15.25–15.29bn.', '25 November 2026')).toEqual(['ServiceNow revenue (subscriptions) 2026 plan 15380000000']);
    // Look-alike: a company on the calendar year guides the calendar year.
    expect(sentenceClaimLines('Amazon', 'Amazon expects full-year capex of about $200 billion.', '25 November 2026')).toEqual(['Amazon capex 2026 plan 200000000000']);
  });
});

describe('annual contract value', () => {
  it('should read ACV as a measure of its own, neither revenue nor a run rate', () => {
    expect(sentenceClaimLines('ServiceNow', 'Now Assist ended September at $960m of ACV.', '25 November 2026')).toEqual(['ServiceNow annual contract value 2026-Q3 fact 960000000']);
    expect(cjkArticleLines('ServiceNow订阅收入稳健增长', '2026年11月25日', ['ServiceNow旗下Now Assist的年度合同价值达到9.6亿美元。'])).toEqual(['ServiceNow annual contract value fact 960000000']);
    // Look-alike: a run rate stays a run rate.
    expect(sentenceClaimLines('Salesforce', 'Agentforce ARR reached $1.2 billion at the end of October.', '25 November 2026')).toEqual(['Agentforce revenue run rate 2026-Q3 fact 1200000000']);
  });
});

describe('a target by a year’s end', () => {
  it('should read "by the end of this year" as by the end of the year the article names, as "by the end of 2026"', () => {
    expect(sentenceClaimLines('ServiceNow', 'ServiceNow expects Now Assist to pass $1 billion in annual contract value by the end of this year.', '25 November 2026')).toEqual(['ServiceNow annual contract value by 2026 plan 1000000000']);
    expect(sentenceClaimLines('ServiceNow', 'ServiceNow expects Now Assist to pass $1 billion in annual contract value by the end of 2026.', '25 November 2026')).toEqual(['ServiceNow annual contract value by 2026 plan 1000000000']);
    // Look-alike: a plan for this year is of the year.
    expect(sentenceClaimLines('ServiceNow', 'ServiceNow expects capex of $5 billion this year.', '25 November 2026')).toEqual(['ServiceNow capex 2026 plan 5000000000']);
  });
});

