import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { relationOf } from '../helpers/probePairs.ts';

// Sentences written for these tests (not copied from the pair probes nor the evaluation set): the twenty-second round's
// rules — a compute contract told from either side where one party is a cloud unit, money another company spends on a
// cloud unit, a sum that is a part of the metric its sentence names ("more than half of its capex plan"), the year after
// one a sentence names ("for the new year"), 將在 before a long place, 億元新台幣, "will have", a listing's proceeds, a
// company's possessive before its metric, a stake's worth, money invested in infrastructure described at length, years
// spread over in 年度, and a company bought by its name for a sum.

/** A one-sentence story by `outlet`, dated `date` ("October 30, 2025"). */
const story = (outlet: string, date: string, sentence: string) => `A story\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}`;

/** What the reader makes of two outlets' sentences: one claim, two disputed claims, two apart, or no claim from one side. */
function relation(a: string, b: string, date = 'October 30, 2025'): ReturnType<typeof relationOf> {
  return relationOf([inventedArticle(story('Example Wire', date, a), 'round22-a.txt'), inventedArticle(story('Sample Post', date, b), 'round22-b.txt')]);
}

/** Each figure of `sentence`, read in an article of `year`-`month`: subject | metric | period | value | modality. */
function read(sentence: string, year = 2025, month = 10): string[] {
  const context: SentenceContext = { articleQuarter: null, articleYear: year, articleMonth: month, fallbackSubject: null };
  return readFigures(sentence, context).map((f) => `${f.subject} | ${f.metric.name} | ${f.period} | ${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit} | ${f.modality}`);
}

describe('a compute contract with a cloud unit, told from either side', () => {
  it('should make one claim of a commitment to the cloud unit and the seller’s own words for the contract', () => {
    expect(relation('Anthropic committed $30 billion over five years to Azure in November.', '"Our thirty-billion-dollar compute agreement with Anthropic is on track," Microsoft said.')).toBe('same');
    expect(relation('Meta committed $14 billion to Google Cloud in August.', 'Google Cloud signed a $14 billion agreement with Meta, the search company said on Thursday.')).toBe('same');
  });

  it('should keep apart sums between the same two companies in other amounts, or a stake beside a contract', () => {
    // Negative controls: another sum is another deal; an investment with no contract words is a stake, not the contract.
    expect(relation('Anthropic committed $30 billion over five years to Azure in November.', '"Our five-billion-dollar compute agreement with Anthropic is on track," Microsoft said.')).toBe('apart');
    expect(relation('Anthropic committed $30 billion over five years to Azure in November.', 'Microsoft invested $30 billion in Anthropic, the software company said in a filing on Thursday.')).not.toBe('same');
  });
});

describe('a sum that is a part of the metric its sentence names', () => {
  it('should not read the part as the whole', () => {
    expect(read('据知情人士透露，字节跳动明年将拿出850亿元用于采购AI芯片，占其资本开支计划的一半以上。')).toEqual([]);
    expect(read('Contoso will put $12 billion into GPUs next year, more than half of its capex plan.').join()).not.toMatch(/capex/);
    expect(relation('ByteDance plans capital spending of 160 billion yuan in 2026, people familiar with the matter said.', '据知情人士透露，字节跳动明年将拿出850亿元用于采购AI芯片，占其资本开支计划的一半以上。', 'December 23, 2025')).not.toBe('conflict');
  });

  it('should still read the whole where the sum is it, and a business’s share of its group’s sales', () => {
    // Negative controls: the capex itself, with its part told after it; a percentage share of sales, a measure of its own.
    expect(read("Amazon's capex was $35 billion in the quarter, most of it on AI.")).toEqual([expect.stringMatching(/^Amazon \| capex \| .* \| 35000000000 USD \| fact$/)]);
    expect(read("AWS accounted for 18% of Amazon's net sales in the third quarter.")).toEqual(['AWS | share of group revenue | 2025-Q3 | 18 % | fact']);
  });
});

describe('money another company spends on a cloud unit', () => {
  it('should read it as a contract with the cloud unit, a fact once committed to', () => {
    expect(read('Contoso has committed to spend $12 billion on Azure capacity over the next six years.')).toEqual(['Contoso | investment | null | 12000000000 USD | fact']);
    expect(read('Contoso will spend $12 billion on Google Cloud services over six years.')[0]).toMatch(/^Contoso \| investment \| .* \| plan$/);
  });

  it('should keep a group’s own spending on its cloud unit as capex, and a commitment to build as a plan', () => {
    // Negative controls: Amazon spending on AWS is its capex; money committed to a campus is promised for building.
    expect(read('Amazon will spend $100 billion on AWS this year.')).toEqual(['Amazon | capex | 2025 | 100000000000 USD | plan']);
    expect(read('Amazon has committed to spend $11 billion on a campus in Indiana.')[0]).toMatch(/ \| plan$/);
  });
});

describe('a year a sentence names as ending, and the new year after it', () => {
  it('should date a plan "for the new year" the year after the one named', () => {
    expect(read('Oracle ends fiscal 2026 with $612bn of contracted revenue and a $75bn spending plan for the new year.')).toContain('Oracle | capex | FY2027 | 75000000000 USD | plan');
    expect(read('Amazon spent $131 billion in 2025 and plans $200 billion for the new year.')).toContain('Amazon | capex | 2026 | 200000000000 USD | plan');
  });

  it('should leave the year named to the figure of that year', () => {
    // Negative control: the backlog at the end of fiscal 2026 is of fiscal 2026.
    expect(read('Oracle ends fiscal 2026 with $612bn of contracted revenue and a $75bn spending plan for the new year.')).toContain('Oracle | backlog | FY2026 | 612000000000 USD | fact');
  });
});

describe('a future told in traditional Chinese before a long place, and New Taiwan dollars named after 元', () => {
  it('should read 將在 with a place of any length before the verb as a plan, and 億元新台幣 as New Taiwan dollars', () => {
    expect(read('甲骨文9日宣布，將在美國懷俄明州斯威特沃特郡興建資料中心園區，總投資約220億美元。')).toEqual(['Oracle | investment | null | approx 22000000000 USD | plan']);
    expect(read('鴻海今年資本支出約為300億元新台幣。')[0]).toMatch(/\| approx 30000000000 TWD \|/);
  });

  it('should keep 將 as 把 a fact, and 元 alone the yuan', () => {
    // Negative controls: 將…列為 files something, no future; 元 with no Taiwan dollar named is the yuan.
    expect(read('阿里巴巴资本开支为380亿元。')[0]).toMatch(/38000000000 CNY/);
    expect(read('鴻海去年營收達新台幣6.86兆元。')[0]).toMatch(/TWD \| fact$/);
  });
});

describe('"will have" and a listing’s proceeds', () => {
  it('should read a capacity a site "will have" as a plan, and the money a listing raises as its proceeds', () => {
    expect(read('The Contoso campus will have about 1.2 gigawatts of capacity when it is complete.')[0]).toMatch(/power capacity .* \| plan$/);
    expect(read('Fabrikam raised $1.5 billion in its initial public offering on Friday.')).toEqual(['Fabrikam | IPO proceeds | null | 1500000000 USD | fact']);
    expect(read("CoreWeave's IPO brought in $1.5bn for the Nvidia-backed cloud provider.")).toEqual(['CoreWeave | IPO proceeds | null | 1500000000 USD | fact']);
    expect(read('摩尔线程首次公开发行募集资金总额为80亿元。')).toEqual(['Moore Threads | IPO proceeds | null | 8000000000 CNY | fact']);
  });

  it('should keep net proceeds apart from the gross sum, and an offer an offer', () => {
    // Negative controls: what is kept after fees is another measure; a sum offered for a company is still an offer.
    expect(relation('CoreWeave raised $1.5 billion in its initial public offering.', "After fees, CoreWeave's net proceeds from the IPO came to about $1.4bn, its prospectus shows.")).toBe('apart');
    expect(read('Contoso offered $2 billion for Fabrikam.').join()).toMatch(/ \| offer$/);
  });
});

describe('a stake’s worth and money invested in described infrastructure', () => {
  it('should read a holding "valued at" a sum as the stake, and money invested in "cloud computing and AI infrastructure" as capex', () => {
    expect(read("Microsoft's holding in OpenAI Group PBC is valued at roughly $153bn under the new agreement.")).toEqual(['Microsoft | investment | null | approx 153000000000 USD | fact']);
    expect(read('Alibaba will invest 380 billion yuan over the next three years in cloud computing and AI infrastructure.')[0]).toMatch(/^Alibaba \| capex \|/);
  });

  it('should keep a company valued at a sum its valuation, and money invested in a company an investment', () => {
    // Negative controls.
    expect(read('OpenAI is valued at $500 billion after the share sale.')).toEqual(['OpenAI | valuation | null | 500000000000 USD | fact']);
    expect(read('Amazon will invest $8 billion in Anthropic, which builds AI infrastructure.')[0]).toMatch(/^Amazon \| investment \|/);
  });
});

describe('years spread over in 年度, and a company bought by its name', () => {
  it('should date no year of a sum spread over 2025～2027年度, and read "agreed to buy X for $N" as an acquisition', () => {
    expect(read('NTTデータは2025～2027年度の3年間でデータセンターに1.5兆円を投資する計画を明らかにした。')[0]).toMatch(/\| null \| 1500000000000 JPY \| plan$/);
    // (The price of a takeover agreed is the deal's term, a fact, since the forty-eighth round: dealTerms.test.ts.)
    expect(read('SoftBank Group agreed to buy Ampere Computing, a designer of server processors, for $6.5 billion.')).toEqual(['SoftBank | acquisition | null | 6500000000 USD | fact']);
    expect(read('Google agreed to buy Wiz for $32 billion.')).toEqual(['Google | acquisition | null | 32000000000 USD | fact']);
  });

  it('should not read goods bought for a sum as a company bought', () => {
    // Negative controls: chips and servers bought are no acquisition.
    expect(read('xAI will buy Nvidia GPUs for $18 billion.').join()).not.toMatch(/acquisition/);
    expect(read('Meta will buy Blackwell systems for $5 billion.').join()).not.toMatch(/acquisition/);
  });
});

describe('contracts signed but not yet delivered', () => {
  it('should read them as the backlog, and leave contracts delivered alone', () => {
    expect(read('Oracle said its pile of signed but not yet delivered cloud contracts grew to $688 billion at the end of August.')).toEqual(['Oracle | backlog | 2025-Q3 | 688000000000 USD | fact']);
    // Negative control: contracts delivered and billed are revenue, not the backlog.
    expect(read('Oracle delivered cloud contracts worth $7 billion in the quarter.').join()).not.toMatch(/backlog/);
  });
});

describe('"future" describing what a figure is, and a table label of alternatives', () => {
  it('should read 将来の売上高となる契約残高 as the backlog reported, and each cell under "Contracted or guided" by its own words', () => {
    expect(read('オラクルが8日発表した決算で、将来の売上高となる契約残高（残存履行義務）は約6900億ドルと、前年同期から51％増えた。')[0]).toMatch(/^Oracle \| backlog \| .* \| fact$/);
    const table = story('Example Wire', 'September 12, 2026', 'Oracle and Broadcom both reported results this week, and both pointed to demand for AI computing that runs well ahead of what they can ship.\n\n| Measure | Oracle | Broadcom |\n|---|---|---|\n| Contracted or guided next | $688bn RPO | $14.5bn revenue guidance |');
    const cells = extractClaims(inventedArticle(table, 'round22-table.txt')).map((c) => `${c.key.split('|').slice(1, 3).join(' ')} ${c.modality}`);
    expect(cells).toContain('oracle backlog fact');
    expect(cells).toContain('broadcom revenue plan');
  });

  it('should keep 将 before a verb of money a future, and a label of one meaning its cells’ meaning', () => {
    // Negative controls: 将投资 will invest; a row labelled "Guidance" makes its cells plans.
    expect(read('亚马逊表示，将投资127亿美元扩建印度的数据中心。')[0]).toMatch(/ \| plan$/);
    const table = story('Example Wire', 'September 12, 2026', 'Oracle and Broadcom both reported results this week, and both pointed to demand for AI computing that runs well ahead of what they can ship.\n\n| Measure | Oracle | Broadcom |\n|---|---|---|\n| Revenue guidance next quarter | $18bn | $14.5bn |');
    expect(extractClaims(inventedArticle(table, 'round22-table2.txt')).map((c) => c.modality)).toEqual(['plan', 'plan']);
  });
});

describe('analysts who "put the figure at" a sum', () => {
  it('should read the sum as their forecast of the figure the sentence before gave', () => {
    const text = story('Example Wire', 'May 10, 2026', 'Amazon plans to spend about $200 billion on capital projects this year. Analysts, on average, put the figure at US$215 billion.');
    const claims = analyse([inventedArticle(text, 'round22-back.txt')]).claims.map((c) => `${c.key} ${c.value?.amount}`);
    expect(claims).toContain('forecast|amazon|capex|2026 215000000000');
  });

  it('should leave money put into a company an investment, and a backlog analysts put at a sum, facts', () => {
    // Negative controls: investors putting money into a company is no estimate; a stock told as it stands is a fact.
    expect(read('Analysts put the Contoso backlog at $9 billion, a record.')[0]).toMatch(/ \| backlog \| .* \| fact$/);
    expect(read('Investors have put $5 billion into Anthropic since the start of the year, the company said.')[0]).toMatch(/ \| investment \| .* \| fact$/);
  });
});
