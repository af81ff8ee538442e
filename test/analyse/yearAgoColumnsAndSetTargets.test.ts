/**
 * Figures whose time is told around them rather than by them: a target's earlier level "it set in March" or "announced in
 * 2025" (a plan then, not an actual of that year); a table's column or cell of the same period a year before ("Year
 * earlier", 上年同期), and a change column beside the periods it compares; a label of a sum's growth ("Organic orders
 * growth"); and, in Chinese and Japanese, a campus's planned size (规划) and a backlog defined as revenue expected.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/analyse/parseValue.ts';
import { articleClaimLines as claims, cjkArticleClaims, cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('a target\'s earlier level, told by when it was set', () => {
  it('should read the level a target was raised from as the target as it stood, of the target\'s period', () => {
    expect(sentenceClaimLines('Pony.ai', 'Pony.ai now targets 3,500 vehicles in its fleet by the end of 2026, up from the 3,000 it set in March.')).toEqual([
      'Pony.ai fleet size by 2026 plan 3500',
      'Pony.ai fleet size by 2026 plan 3000',
    ]);
  });

  it('should not date a target by the year its earlier level was announced in', () => {
    expect(sentenceClaimLines('Reliance', 'Reliance has lifted the target for its Jamnagar AI data-centre campus to 3 GW from the 1 GW it announced in 2025.')).toEqual([
      'Reliance power capacity null plan 3',
      'Reliance power capacity null plan 1',
    ]);
  });

  it('should keep a level spent in a year of its own as that year\'s actual', () => {
    expect(sentenceClaimLines('Oracle', 'Oracle now plans capex of $95 billion for fiscal 2027, up from the $85 billion it spent in fiscal 2026.')).toEqual([
      'Oracle capex FY2027 plan 95000000000',
      'Oracle capex FY2026 fact 85000000000',
    ]);
  });
});

describe('tables of a period and the same period a year before', () => {
  const lead = 'The company reported its third-quarter results on Tuesday, its chief executive said.';

  it('should date a change column by the periods beside it, and a year-earlier column a year before the period it sits beside', () => {
    expect(claims('SAP', [lead, '| Metric | Q3 2026 | Q3 2025 | Change |\n|---|---|---|---|\n| Current cloud backlog | €23.3bn | €18.8bn | +24% |'], '22 October 2026')).toEqual([
      'SAP backlog 2026-Q3 fact 23300000000',
      'SAP backlog 2025-Q3 fact 18800000000',
      'SAP revenue growth 2026-Q3 fact 24',
    ]);
    expect(claims('Alibaba', [lead, '| Company | Q3 2026 capex | Year earlier |\n|---|---|---|\n| Alibaba | RMB 41.9bn | RMB 31.5bn |'], '25 November 2026')).toEqual([
      'Alibaba capex 2026-Q3 fact 41900000000',
      'Alibaba capex 2025-Q3 fact 31500000000',
    ]);
  });

  it('should date a cell that says it is of the same period a year before', () => {
    const cells = cjkArticleClaims('阿里巴巴资本开支', '2026年11月25日', ['阿里巴巴公布了第三季度业绩。', '| 公司 | 指标 | 2026年7-9月 | 同比 |\n|---|---|---|---|\n| 阿里巴巴 | 资本开支 | 419亿元 | 上年同期315亿元 |']);
    expect(cells.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value?.amount}`)).toEqual(['Alibaba capex 2026-Q3 41900000000', 'Alibaba capex 2025-Q3 31500000000']);
  });

  it('should keep a plan\'s own years under a column of the plan a year earlier', () => {
    expect(claims('Dominion', ['Utilities keep raising their capital plans, the note says.', '| Utility | Capex plan (company) | Plan a year earlier |\n|---|---|---|\n| Dominion | $58.5bn (2027–31) | $50.1bn (2026–30) |'], '20 November 2026')).toEqual([
      'Dominion Energy capex by 2031 plan 58500000000',
      'Dominion Energy capex by 2030 plan 50100000000',
    ]);
  });

  it('should read a rate under a label of a sum\'s growth as that sum\'s growth, and a unit\'s growth as its revenue\'s', () => {
    expect(claims('Vertiv', [lead, '| Supplier | Q3 2026 metric | Figure |\n|---|---|---|\n| Vertiv | Organic orders growth | 38% |\n| Microsoft | Azure growth | 37% |'], '30 October 2026')).toEqual([
      'Vertiv orders growth 2026-Q3 fact 38',
      'Azure revenue growth 2026-Q3 fact 37',
    ]);
  });
});

describe('a planned size and a backlog defined, in Chinese and Japanese', () => {
  it('should read a campus\'s planned size (规划) as a plan, beside the capacity running', () => {
    expect(cjkArticleLines('G42数据中心', '2026年11月20日', ['G42的阿联酋园区首期200兆瓦已于10月16日投入运行，整体规划为1吉瓦。'])).toEqual([
      'G42 power capacity fact 0.2',
      'G42 power capacity plan 1',
    ]);
  });

  it('should read a backlog defined as revenue expected as the backlog, and growth excluding currency as constant-currency growth', () => {
    expect(cjkArticleLines('SAP決算', '2026年10月23日', ['今後12カ月に売上計上が見込まれるカレント・クラウド・バックログ（CCB）は9月末時点で233億ユーロとなり、為替変動の影響を除いて24％増だった。'])).toEqual([
      'SAP backlog fact 23300000000',
      'SAP backlog growth (constant currency) fact 24',
    ]);
    // Negative control: what the company itself expects is still its plan.
    expect(cjkArticleLines('SAP決算', '2026年10月23日', ['同社が見込む2026年のクラウド売上高は258億ユーロ。'])).toEqual(['SAP revenue plan 25800000000']);
  });
});

/** Each claim's measure, amount and unit. */
const measured = (claims: ReturnType<typeof cjkArticleClaims>) => claims.map((c) => `${c.metric} ${c.value?.amount} ${c.value?.unit}`);

describe('prices of capacity and power, and energy used', () => {
  it('should read a price per megawatt-day or megawatt-hour in its own unit, and a price compared in the sentence in the same one', () => {
    expect(sentenceClaimLines('PJM', 'PJM\'s capacity auction for 2028/2029 cleared at $374.20/MW-day, up from $333.44/MW-day a year earlier.', '20 November 2026')).toEqual([
      'PJM capacity price 2028 fact 374.2',
      'PJM capacity price 2027 fact 333.44',
    ]);
    const zh = cjkArticleClaims('PJM容量拍卖', '2026年11月20日', ['PJM区域出清价格为每兆瓦日374.20美元，高于上一轮的333.44美元。']);
    expect(measured(zh)).toEqual(['capacity price 374.2 USD/MW-day', 'capacity price 333.44 USD/MW-day']);
    const ja = cjkArticleClaims('米国原発', '2026年11月20日', ['価格は1メガワット時あたり約85ドルとされる。']);
    expect(measured(ja)).toEqual(['power price 85 USD/MWh']);
  });

  it('should show a price per unit as a reader writes it', () => {
    expect([formatValue({ amount: 374.2, unit: 'USD/MW-day' }), formatValue({ amount: 85, unit: 'USD/MWh', bound: 'approx' }), formatValue({ amount: 183, unit: 'TWh' })]).toEqual(['$374.20/MW-day', 'about $85/MWh', '183 TWh']);
  });

  it('should read energy in terawatt-hours, written in kilowatt-hours in Chinese', () => {
    expect(sentenceClaimLines('IEA', 'US data centres used about 183 TWh of electricity in 2024.', '20 November 2026').map((l) => l.replace(/^\S+ /, ''))).toEqual(['electricity use 2024 fact 183']);
    const zh = cjkArticleClaims('美国数据中心', '2026年11月20日', ['2024年美国数据中心用电量约为1830亿千瓦时。']);
    expect(measured(zh)).toEqual(['electricity use 183 TWh']);
    // Negative control: power bought beside its price stays power, in gigawatts.
    expect(sentenceClaimLines('Meta', 'Meta agreed to buy 1,200 MW from the plant at $85 per megawatt-hour.', '20 November 2026')).toEqual(['Meta power capacity null plan 1.2', 'Meta power price null fact 85']);
  });
});
