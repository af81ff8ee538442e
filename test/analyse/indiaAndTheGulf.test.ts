import { describe, expect, it } from 'vitest';
import { articleClaimLines, cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';
import { findValues } from '../../src/analyse/parseValue.ts';

const valuesOf = (text: string) => findValues(text).map((v) => `${v.value.amount} ${v.value.unit}`);

describe('rupees and Indian numbering', () => {
  it('should read lakh-and-crore grouping and rupees named in Chinese and Japanese', () => {
    expect(valuesOf('consolidated revenue of ₹2,71,430 crore')).toEqual(['2714300000000 INR']);
    expect(valuesOf('it will have 1,00,000 GPUs by the end of 2027')).toEqual(['100000 chips']);
    expect(valuesOf('Jio平台营收4382亿卢比')).toEqual(['438200000000 INR']);
    expect(valuesOf('売上高は6814億ルピーで')).toEqual(['681400000000 INR']);
    // Negative controls: thousands grouped by threes stay as they were.
    expect(valuesOf('revenue of $1,234.5 million')).toEqual(['1234500000 USD']);
    expect(valuesOf('1,234,567 chips')).toEqual(['1234567 chips']);
  });

  it('should read bare numbers under a "₹ crore" label as rupees, and an Indian fiscal quarter by its company\'s calendar', () => {
    const lines = articleClaimLines(
      'TCS',
      [
        'Tata Consultancy Services reported its results for the quarter ended 30 September 2026 (Q2 FY27) after market hours, and its chief executive spoke to analysts about deal wins and hiring plans for the rest of the year.',
        '| Metric | Q2 FY27 | Q2 FY26 |\n|---|---|---|\n| Revenue (₹ crore) | 68,140 | 65,799 |\n| Total contract value (TCV) | $10.9 billion | $10.0 billion |',
      ],
      '10 October 2026',
    );
    expect(lines).toEqual(['TCS revenue 2026-Q3 fact 681400000000', 'TCS revenue 2025-Q3 fact 657990000000', 'TCS total contract value 2026-Q3 fact 10900000000', 'TCS total contract value 2025-Q3 fact 10000000000']);
  });

  it('should know India\'s IT and data-centre companies in three languages', () => {
    expect(cjkArticleLines('信实工业二季度营收增长', '2026年10月25日', ['信实工业第二财季合并营收约2.71万亿卢比，其中Jio平台营收4382亿卢比；资本开支为3845亿卢比。'])).toEqual([
      'Reliance revenue fact 2710000000000',
      'Jio Platforms revenue fact 438200000000',
      'Reliance capex fact 384500000000',
    ]);
    expect(cjkArticleLines('インドIT大手の決算', '2026年10月20日', ['TCSの7～9月期の売上高は6814億ルピーで、前年同期比3.6％増えた。'])).toEqual(['TCS revenue fact 681400000000', 'TCS revenue growth fact 3.6']);
  });
});

describe('deal wins', () => {
  it('should read the value of contracts signed in a period as its own measure, the large deals apart', () => {
    const read = (sentence: string) => sentenceClaimLines('TCS', sentence, '10 October 2026');
    expect(read('TCS booked deals worth $10.9 billion in the quarter.')).toEqual(['TCS total contract value 2026-Q3 fact 10900000000']);
    expect(read('Total contract value (TCV) was $10.9 billion.')).toEqual(['TCS total contract value null fact 10900000000']);
    expect(read('Infosys reported large-deal TCV of $3.1 billion.')).toEqual(['Infosys large deal value null fact 3100000000']);
    expect(cjkArticleLines('TCS二季度', '2026年10月10日', ['塔塔咨询服务公司（TCS）当季新签合同总价值（TCV）为91亿美元。'])).toEqual(['TCS total contract value fact 9100000000']);
    // An analyst's question about the figure as it stands does not make it hearsay; one that asks whether it is so does.
    expect(read('**Analyst (Nomura):** Is the $10.9 billion TCV front-loaded?')).toEqual(['TCS total contract value null fact 10900000000']);
    expect(read('Is the TCV really $10.9 billion?')).toEqual(['TCS total contract value null rumour 10900000000']);
    // Negative control: deals signed but not yet delivered are a backlog.
    expect(sentenceClaimLines('Google', 'Customers have signed deals worth $90 billion that Google has not yet delivered.')).toEqual(['Google backlog null fact 90000000000']);
  });
});

describe('pledges and pauses', () => {
  it('should read a commitment for years to come as a plan, and a build paused in Japanese as called off', () => {
    expect(sentenceClaimLines('Microsoft', 'Microsoft has paused its second Pune campus, a ₹9,500 crore project, citing delays to its grid connection; it says its $17.5 billion India commitment for 2026–2029 is unchanged.')).toEqual([
      'Microsoft capex null cancelled 95000000000',
      'Microsoft investment by 2029 plan 17500000000',
    ]);
    expect(sentenceClaimLines('Microsoft', "Grid connections bind: Microsoft's decision on 19 November to pause its 250 MW second campus in Pune shows how quickly plans change.")).toEqual(['Microsoft power capacity null cancelled 0.25']);
    expect(cjkArticleLines('マイクロソフト、インド拠点の工事を停止', '2026年11月20日', ['米マイクロソフトは11月19日、西部プネーのデータセンター拠点（投資額950億ルピー）の工事を一時停止した。'])).toEqual(['Microsoft investment cancelled 95000000000']);
    // A sum over five years to come is of no one period, not of the quarter the clause before names.
    expect(sentenceClaimLines('Reliance', 'Reliance spent ₹38,450 crore on capex in the September quarter, up from ₹34,022 crore in the same quarter last year, and Mukesh Ambani said Reliance Intelligence will invest Rs 1.2 lakh crore in the Jamnagar AI campus over five years.', '28 October 2026')).toContain(
      'Reliance investment null plan 1200000000000',
    );
    // Negative control: a commitment already paid is a fact.
    expect(sentenceClaimLines('Amazon', "Amazon's $8 billion commitment to Anthropic was completed in 2024.")).toEqual(['Amazon investment 2024 fact 8000000000']);
  });
});
