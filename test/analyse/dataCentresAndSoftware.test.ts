import { describe, expect, it } from 'vitest';
import { articleClaimLines, paragraphClaimLines as claims, paragraphClaims } from '../helpers/inventedArticle.ts';
import { eventCount } from '../helpers/timelineMonth.ts';

// Sentences written for these tests (not copied from the evaluation set), in the forms the forty-ninth and fiftieth dev
// batches showed the reader missing: the companies that build and power data centres and enterprise software's AI sellers,
// orders that grow, a backlog's parts and its definitions, a level at the end of a month that closes a fiscal quarter, a
// takeover approach, a software company's customer lines, others' forecasts named after their figures, a product's own
// run rate, and the timeline's unknown parties and results reports. Each rule has a look-alike that must stay as it was.

describe('the builders and powerers of data centres, and enterprise software, in the entity model', () => {
  it('should name the companies in English, Chinese and Japanese', () => {
    expect(claims('Microsoft', 'Vertiv said net sales rose to $3.1 billion in the third quarter.', '30 October 2026')).toEqual(['Vertiv revenue 2026-Q3 fact 3100000000']);
    expect(claims('Microsoft', '施耐德电气第三季度营收为98亿欧元。', '30 October 2026')).toEqual(['Schneider Electric revenue 2026-Q3 fact 9800000000']);
    expect(claims('Microsoft', 'エクイニクスの7～9月期の設備投資は11億ドルだった。', '30 October 2026')).toEqual(['Equinix capex 2026-Q3 fact 1100000000']);
    expect(claims('Microsoft', 'パランティアの7～9月期の売上高は18億ドルだった。', '5 November 2026')).toEqual(['Palantir revenue 2026-Q3 fact 1800000000']);
    // Look-alike: "sap" is a word in lower case, not the company.
    expect(claims('Oracle', 'Rising power costs sap margins, and Oracle said revenue reached $16 billion in the quarter to November.', '12 December 2026')).toEqual(['Oracle revenue 2026-Q4 fact 16000000000']);
  });
});

describe('orders that grow', () => {
  it("should read orders moved by a verb as the orders' growth, in English, Chinese and Japanese", () => {
    expect(claims('Eaton', "Eaton's orders grew 22% organically in the quarter, the company said.", '4 November 2026')).toEqual(['Eaton orders growth 2026-Q3 fact 22']);
    expect(claims('Vertiv', '维谛有机订单同比增长22%。', '4 November 2026')).toEqual(['Vertiv orders growth null fact 22']);
    expect(claims('Vertiv', 'バーティブの受注は前年同期比22％増えた。', '4 November 2026')).toEqual(['Vertiv orders growth null fact 22']);
    // Look-alike: chips ordered are still a count of chips.
    expect(claims('Vertiv', 'The lab said it ordered 30,000 GPUs in the quarter and orders rose again.', '4 November 2026')).toEqual(['Vertiv chips deployed 2026-Q3 fact 30000']);
  });
});

describe("a backlog's parts and names", () => {
  it('should read current RPO as a measure of its own, and the months a backlog covers as its definition, not a plan', () => {
    expect(claims('Workday', 'Remaining performance obligations were $27 billion; current RPO, the portion expected to be recognized over the next 12 months, was $8.2 billion, up 14%.', '25 November 2026')).toEqual([
      'Workday backlog null fact 27000000000',
      'Workday current backlog null fact 8200000000',
      'Workday current backlog growth null fact 14',
    ]);
    expect(claims('SAP', 'Current cloud backlog, the subscription revenue customers have contracted for over the next twelve months, stood at €19 billion at the end of June.', '25 July 2026')).toEqual(['SAP backlog 2026-Q2 fact 19000000000']);
    expect(claims('SAP', 'SAPの今後12カ月に計上が見込まれるクラウド受注残は6月末時点で190億ユーロとなった。', '25 July 2026')).toEqual(['SAP backlog 2026-Q2 fact 19000000000']);
    // Look-alike: money a company will spend over the next years is still its plan.
    expect(claims('SAP', 'SAP will invest €2 billion over the next three years in sovereign cloud data centres.', '25 July 2026')).toEqual([expect.stringMatching(/^SAP \S+ null plan 2000000000$/)]);
  });

  it("should read a book of business and a landlord's annualised rent signed as backlog", () => {
    expect(claims('IBM', 'IBM said its AI book of business had passed $9 billion.', '22 October 2026')).toEqual(['IBM backlog null fact 9000000000']);
    expect(claims('Equinix', 'Equinix signed a record $310 million of annualized rent in the third quarter.', '29 October 2026')).toEqual(['Equinix backlog 2026-Q3 fact 310000000']);
  });
});

describe('a level at the end of a month that closes a fiscal quarter', () => {
  it("should date it by the fiscal quarter that ends then, and keep a calendar company's month in its own quarter", () => {
    // Snowflake's fiscal quarters end in January, April, July and October: August–October is the third, as "the October quarter" is.
    expect(claims('Snowflake', "Snowflake's remaining performance obligations reached $7.9 billion at the end of October.", '4 December 2026')).toEqual(['Snowflake backlog 2026-Q3 fact 7900000000']);
    expect(claims('Snowflake', 'スノーフレイクの残存履行義務（RPO）は10月末時点で79億ドルだった。', '4 December 2026')).toEqual(['Snowflake backlog 2026-Q3 fact 7900000000']);
    expect(claims('Amazon', "AWS's backlog reached $270 billion at the end of October, the company said.", '4 December 2026')).toEqual(['AWS backlog 2026-Q4 fact 270000000000']);
  });

  it("should read a rise told as a noun after a level as that level's growth, and a level's own time before the level it rose from", () => {
    expect(claims('Snowflake', "Snowflake's remaining performance obligations reached $7.9 billion at the end of October, a 30% increase on a year earlier.", '4 December 2026')).toEqual([
      'Snowflake backlog 2026-Q3 fact 7900000000',
      'Snowflake backlog growth 2026-Q3 fact 30',
    ]);
    expect(claims('SAP', "SAP's current cloud backlog rose to €19 billion at the end of June from €15.5 billion a year earlier.", '25 July 2026')).toEqual([
      'SAP backlog 2026-Q2 fact 19000000000',
      'SAP backlog 2025-Q2 fact 15500000000',
    ]);
  });
});

describe('a paragraph that opens on another company reporting', () => {
  it("should read the paragraph's figures as that company's", () => {
    const lines = articleClaimLines('Snowflake', ['Snowflake reported product revenue of $1.2 billion for the October quarter.', 'Workday (NASDAQ:WDAY) reported on November 25. Revenue for its fiscal third quarter came to $2.4 billion.'], '4 December 2026');
    expect(lines).toContain('Workday revenue 2026-Q3 fact 2400000000');
    expect(lines).not.toContainEqual(expect.stringMatching(/^Snowflake .* 2400000000$/));
  });
});

describe('takeovers approached, bought and called off', () => {
  it('should read a priced approach, a purchase of a company and a merger as a takeover, offered or called off', () => {
    expect(claims('SAP', 'The London software group rejected a sweetened £3.1bn approach from SAP on Monday.', '9 November 2026')).toEqual(['SAP acquisition null offer 3100000000']);
    expect(claims('Workday', 'Workday walked away from its $900 million purchase of Corvid Labs on Tuesday.', '9 November 2026')).toEqual(['Workday acquisition null cancelled 900000000']);
    expect(claims('Workday', 'Workday and Corvid Labs called off their $900M merger.', '9 November 2026')).toEqual(['Workday acquisition null cancelled 900000000']);
    // Look-alike: a purchase of chips is no takeover.
    expect(claims('Meta', 'Meta signed a $14 billion purchase of Nvidia chips last year.', '9 November 2026')).not.toContainEqual(expect.stringContaining('acquisition'));
  });
});

describe('a takeover called off in other words', () => {
  it('should read a purchase the next sentence abandons, and one a Japanese sentence ends by withdrawing, as called off', () => {
    expect(claims('Workday', "Workday's $900 million purchase of Corvid Labs needed approval in Brussels. The regulators never gave it, and the companies have now abandoned the transaction.", '9 November 2026')).toEqual(['Workday acquisition null cancelled 900000000']);
    expect(claims('Workday', 'ワークデイが合意していたコービッド・ラボの買収（約9億ドル）は、欧州の審査が長引いたことから11月9日に撤回した。', '12 November 2026')).toEqual(['Workday acquisition null cancelled 900000000']);
    // Look-alike: a Japanese topic that merely fell is no deal called off.
    expect(claims('Workday', 'ワークデイの売上高は24億ドルと、前年同期から減少した。', '12 November 2026')).toEqual([expect.stringMatching(/^Workday revenue \S+ fact 2400000000$/)]);
  });
});

describe('an abbreviation inside the words that speak for a figure', () => {
  it('should keep "U.S." from ending the clause of a plan', () => {
    expect(claims('Palantir', 'It now expects U.S. commercial revenue in excess of $3 billion for the year.', '5 November 2026')).toEqual(['Palantir revenue (US commercial) 2026 plan 3000000000']);
    // Look-alike: a full stop between two sentences still ends the plan's words.
    expect(claims('Palantir', 'It now expects more. U.S. commercial revenue was $700 million in the quarter.', '5 November 2026')).toEqual(['Palantir revenue (US commercial) 2026-Q3 fact 700000000']);
  });
});

describe("a software company's customer lines", () => {
  it("should keep U.S. commercial and U.S. government revenue apart from the company's, moved or reached", () => {
    expect(claims('Palantir', "Palantir's U.S. commercial business grew 90% in the September quarter to $700M, while U.S. government revenue rose 50% to $600 million.", '5 November 2026')).toEqual([
      'Palantir revenue growth (US commercial) 2026-Q3 fact 90',
      'Palantir revenue (US commercial) 2026-Q3 fact 700000000',
      'Palantir revenue growth (US government) 2026-Q3 fact 50',
      'Palantir revenue (US government) 2026-Q3 fact 600000000',
    ]);
    expect(claims('Palantir', 'Palantir第三季度营收18亿美元，其中美国商业收入7亿美元。', '5 November 2026')).toEqual(['Palantir revenue 2026-Q3 fact 1800000000', 'Palantir revenue (US commercial) 2026-Q3 fact 700000000']);
  });
});

describe("others' forecasts named after their figures", () => {
  it('should read a consensus or what analysts had forecast, named after its figure, as a forecast of the result before it', () => {
    expect(claims('Vertiv', 'Vertiv reported third-quarter net sales of $3.1 billion, ahead of the $3.0 billion consensus.', '22 October 2026')).toEqual(['Vertiv revenue 2026-Q3 fact 3100000000', 'Vertiv revenue 2026-Q3 forecast 3000000000']);
    expect(claims('Schneider Electric', 'Revenue rose 9% to €9.8 billion in the third quarter, beating the 8.1% growth and €9.6 billion that analysts had forecast.', '30 October 2026')).toEqual([
      'Schneider Electric revenue growth 2026-Q3 fact 9',
      'Schneider Electric revenue 2026-Q3 fact 9800000000',
      'Schneider Electric revenue growth 2026-Q3 forecast 8.1',
      'Schneider Electric revenue 2026-Q3 forecast 9600000000',
    ]);
    // Look-alike: a result that came in as analysts had expected is still the result.
    expect(claims('Vertiv', 'Vertiv reported third-quarter net sales of $3.1 billion, as analysts had expected.', '22 October 2026')).toEqual(['Vertiv revenue 2026-Q3 fact 3100000000']);
  });
});

describe("a product's own run rate", () => {
  it('should give a product its run rate, and the level it rose from, dated by the month its maker closed its quarter', () => {
    expect(claims('Salesforce', 'Agentforce finished October at $1.4B of ARR, up from $1B at the end of July.', '4 December 2026')).toEqual([
      'Agentforce revenue run rate 2026-Q3 fact 1400000000',
      'Agentforce revenue run rate 2026-Q2 fact 1000000000',
    ]);
  });
});

describe('sums and revenue as Japanese writes them', () => {
  it('should read ten-thousands then units of power, and 製品収入 as revenue', () => {
    expect(paragraphClaims('Constellation Energy', 'コンステレーションは出力64万2000キロワットの原発を再稼働させた。', '4 November 2026').map((c) => c.value)).toContainEqual(expect.objectContaining({ amount: 0.642, unit: 'GW' }));
    expect(claims('Snowflake', 'スノーフレイクの製品収入は12億ドルだった。', '4 December 2026')).toEqual(['Snowflake revenue null fact 1200000000']);
  });
});

describe('the timeline: a party the vocabulary does not know, and results reports', () => {
  it("should merge a rejection told by the target's name and by the bidder's, and one company's report told in other words", async () => {
    expect(await eventCount(["Corvid Labs' board rejects Salesforce's improved proposal.", 'Corvid Labs rejects the higher approach.'])).toBe(1);
    expect(await eventCount(['Oracle posts record third-quarter bookings.', 'Oracle reports record quarterly cloud leasing.'])).toBe(1);
    expect(await eventCount(['Salesforce reports after the close.', 'Salesforce posts October-quarter results.'])).toBe(1);
  });

  it("should keep another company's report, and an approach beside a rejection by another target, apart", async () => {
    expect(await eventCount(['Oracle posts record third-quarter bookings.', 'Salesforce reports record quarterly cloud leasing.'])).toBe(2);
    expect(await eventCount(["Corvid Labs' board rejects Salesforce's improved proposal.", 'Halcyon rejects the higher approach.'])).toBe(2);
  });
});
