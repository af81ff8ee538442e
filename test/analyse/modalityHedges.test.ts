import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value, metric and modality: "4000000000USD capex fact". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.metric.name} ${f.modality}`);

describe('modality of hedged and second-hand figures', () => {
  it('should read a figure an analyst predicts after the clause as a forecast', () => {
    expect(read('Contoso could see revenue growth of 31% by the fourth quarter, Jefferies predicts.')).toEqual(['31% revenue growth forecast']);
    expect(read('Contoso will spend about $9 billion on capital projects next year, analysts at UBS estimate.')).toEqual(['9000000000USD capex forecast']);
    // Negative controls: an analyst who only comments on a result leaves it a fact, and so does a hedge "by analysts' estimates".
    expect(read('Contoso revenue rose 31% in the first quarter, analysts noted.')).toEqual(['31% revenue growth fact']);
    expect(read('Contoso’s share of the server market remains above 60%, by analysts’ estimates.')).toEqual(['60% market share fact']);
  });

  it('should read where a data house or the Street has a figure as its estimate', () => {
    expect(read('FactSet has Contoso data-center revenue at $7.4B for the quarter.')).toEqual(['7400000000USD data center revenue forecast']);
    expect(read('Contoso’s 2026 capex will come in near $9 billion, according to Visible Alpha.')).toEqual(['9000000000USD capex forecast']);
    // Negative controls: the company having a backlog is a fact, and so is one analysts tell as it stands.
    expect(read('Contoso has a backlog of $9 billion.')).toEqual(['9000000000USD backlog fact']);
    expect(read('Analysts put the Contoso backlog at $9 billion, a record.')).toEqual(['9000000000USD backlog fact']);
  });

  it('should read a call on a figure to come, or one that "could see" it, as a forecast', () => {
    expect(read('One trader is calling for the Contoso backlog to hit $90B by year-end.')).toEqual(['90000000000USD backlog forecast']);
    expect(read('Contoso Cloud could see growth of 31% next quarter.')).toEqual(['31% revenue growth forecast']);
    // Negative control: what it saw is a fact.
    expect(read('Contoso Cloud saw growth of 31% last quarter.')).toEqual(['31% revenue growth fact']);
  });

  it('should read speculation, unverified reports and what insiders say as hearsay', () => {
    expect(read('Some investors speculate the Contoso backlog is above $90 billion.')).toEqual(['90000000000USD backlog rumour']);
    expect(read('Unverified reports put the Contoso backlog at $90 billion.')).toEqual(['90000000000USD backlog rumour']);
    expect(read('The Contoso backlog is thought to exceed $90 billion.')).toEqual(['90000000000USD backlog rumour']);
    expect(read('Insiders say Contoso will invest $9 billion in Fabrikam.')).toEqual(['9000000000USD investment rumour']);
    // Negative control: the company's own filing is no hearsay.
    expect(read('The Contoso backlog was $90 billion at the end of March, its filing shows.')).toEqual(['90000000000USD backlog fact']);
  });

  it('should read a figure an outlet’s report gives, or a deal "the reported" one, as hearsay', () => {
    expect(read('According to a Bloomberg report, Contoso is raising $9 billion.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Traders keep talking about the reported $9B Fabrikam compute deal with Contoso.')).toEqual(['9000000000USD investment rumour']);
    // Negative controls: revenue as reported is booked, and an outlet's data is no story.
    expect(read('Contoso’s reported revenue was $9 billion in the first quarter.')).toEqual(['9000000000USD revenue fact']);
    expect(read('The Contoso backlog was $90 billion, according to Bloomberg data.')).toEqual(['90000000000USD backlog fact']);
  });

  it('should read a company’s revenue "guide" as its guidance', () => {
    expect(read('Traders are anchored on Contoso’s ~$9B revenue guide for the quarter.')).toEqual(['9000000000USD revenue plan']);
    // Negative control: a buyer's guide is no guidance.
    expect(read('Contoso revenue was $9B last quarter, our guide to the results shows.')).toEqual(['9000000000USD revenue fact']);
  });

  it('should read a Chinese estimate, guess or leak as a forecast or hearsay', () => {
    expect(read('有分析人士估算，Contoso积压订单年底可能突破900亿美元。')).toEqual(['90000000000USD backlog forecast']);
    expect(read('业界人士猜测，Contoso今年资本开支或超过90亿美元。')).toEqual(['9000000000USD capex forecast']);
    expect(read('网友爆料称Contoso积压订单达900亿美元。')).toEqual(['90000000000USD backlog rumour']);
    // Negative controls: a backlog stated, or one that has passed a sum, is no guess.
    expect(read('Contoso积压订单为900亿美元。')).toEqual(['90000000000USD backlog fact']);
    expect(read('Contoso积压订单已突破900亿美元。')).toEqual(['90000000000USD backlog fact']);
  });

  it('should read an estimate credited after the clause to polled analysts as a forecast, and a project struck from the plans as called off', () => {
    expect(read('Contoso will spend about $9 billion on capital projects in 2026, analysts polled by Visible Alpha reckon.')).toEqual(['9000000000USD capex forecast']);
    expect(read('A $2 billion Contoso data center in Ohio was struck from its plans.')).toEqual(['2000000000USD capex cancelled']);
    // Look-alikes: the company's own plan without the analysts is its plan, and a campus still in its plans is planned.
    expect(read('Contoso will spend about $9 billion on capital projects in 2026.')).toEqual(['9000000000USD capex plan']);
    expect(read('A $2 billion Contoso data center in Ohio remains in its plans.')).toEqual(['2000000000USD investment plan']); // a plan for a US state is a pledge to it
  });

  it('should let an attribution that closes the sentence speak for a first figure whose words run up to it', () => {
    expect(read('Contoso is seeking up to $3 billion from investors at a valuation above $40 billion, according to two people briefed on the fundraising.')).toEqual(['3000000000USD investment rumour', '40000000000USD valuation rumour']);
    // Look-alikes: after a comma the attribution is of a later clause — the estimate it sets a result against, or the aside's verb.
    expect(read('Contoso revenue rose 28% in the three months to March, beating the 26% growth analysts had expected, according to data compiled by LSEG.')).toEqual(['28% revenue growth fact', '26% revenue growth forecast']);
    expect(read('Fabrikam, which has put $8 billion into Contoso in total, is mulling whether to add more, the person said.')).toEqual(['8000000000USD investment fact']);
  });

  it('should read a project a company 喊卡 (calls a halt to, in Taiwan’s Chinese) as called off', () => {
    expect(read('Contoso對俄亥俄州一個20億美元的資料中心案喊卡。')).toEqual(['2000000000USD capex cancelled']);
    // Look-alike: the same project announced is planned, not called off.
    expect(read('Contoso宣布俄亥俄州一個20億美元的資料中心案。')).not.toContain('2000000000USD capex cancelled');
  });
});

describe('levels that follow from a condition, hedged gains and a house’s model', () => {
  it('should read a "would" of a level that hangs on a condition as a forecast, and one a company said it would do as its plan', () => {
    expect(read('The Contoso backlog would swell to $90 billion should the Fabrikam deal be expanded.')).toEqual(['90000000000USD backlog forecast']);
    expect(read('If demand holds, the Contoso backlog would top $90 billion by year-end.')).toEqual(['90000000000USD backlog forecast']);
    // Negative controls: the company's own "would", told by it or passed on from what it said, stays its plan.
    expect(read('Contoso said it would invest $9 billion in Fabrikam if regulators approve the deal.')).toEqual(['9000000000USD investment plan']);
    expect(read('Contoso told investors capex would reach $9 billion if demand holds.')).toEqual(['9000000000USD capex plan']);
  });

  it('should read a hedge before a verb of booking or earning, "could be" the sum or more than it, as a forecast', () => {
    expect(read('If the deal closes, Contoso could book as much as $9 billion in additional revenue.')).toEqual(['9000000000USD revenue forecast']);
    expect(read('Contoso could record revenue of $9 billion next quarter.')).toEqual(['9000000000USD revenue forecast']);
    expect(read('Contoso’s capital spending could be as much as $9 billion if AI demand holds.')).toEqual(['9000000000USD capex forecast']);
    expect(read('Contoso’s capital spending could be higher than $9 billion.')).toEqual(['9000000000USD capex forecast']);
    // Negative control: what spending was is a result.
    expect(read('Contoso’s capital spending was higher than $9 billion in the first quarter.')).toEqual(['9000000000USD capex fact']);
  });

  it('should read where a broker’s, an analyst’s or “our” model has a figure as a forecast', () => {
    expect(read('The broker’s model has the Contoso backlog at $90 billion by the end of 2027.')).toEqual(['90000000000USD backlog forecast']);
    expect(read('Our model has the Contoso backlog at $90 billion by the end of 2027.')).toEqual(['90000000000USD backlog forecast']);
    // Negative control: a company's business model is no model of a figure.
    expect(read('Our business model has driven revenue to $9 billion in the first quarter.')).toEqual(['9000000000USD revenue fact']);
  });

  it('should read 看好 after an institution, and foreign investors (外資), as a forecast', () => {
    expect(read('机构普遍看好英伟达下季度营收达到650亿美元。')).toEqual(['65000000000USD revenue forecast']);
    expect(read('外資看好台積電明年營收成長25%。')).toEqual(['25% revenue growth forecast']);
    // Negative control: a result the market liked is still a result.
    expect(read('英伟达上季度营收达到570亿美元，市场看好其前景。')).toEqual(['57000000000USD revenue fact']);
  });
});

describe('a research house named by its kind, with "the"', () => {
  it('should read what the research firm, the consultancy or the investment bank projects or expects as a forecast', () => {
    expect(read('The research firm projects Contoso’s AI revenue to reach $9 billion in 2027.')).toEqual(['9000000000USD revenue (AI) forecast']);
    expect(read('The consultancy expects Contoso to spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex forecast']);
    // Negative control: what a company told the firm it will spend is its own plan.
    expect(read('Contoso told the research firm it will spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex plan']);
  });
});

describe('forecasts in other words: ending up, at this rate, pegs, polls and assumptions', () => {
  it('should read "could end up", a level "at this rate", an analyst’s peg, a poll of analysts and an assumed figure as forecasts', () => {
    expect(read('Contoso could end up spending $9 billion in 2027.')).toEqual(['9000000000USD capex forecast']);
    expect(read('At this rate, the Contoso backlog would pass $90 billion by the end of the year.')).toEqual(['90000000000USD backlog forecast']);
    expect(read('One analyst pegs Contoso’s 2027 capex at $9 billion.')).toEqual(['9000000000USD capex forecast']);
    expect(read('A Reuters poll of analysts put Contoso’s quarterly revenue at $9 billion.')).toEqual(['9000000000USD revenue forecast']);
    expect(read('Assuming 25% growth, Contoso revenue would reach $9 billion in 2027.')).toEqual(['25% revenue growth forecast', '9000000000USD revenue forecast']);
    // Negative controls: a result that ended up where it did, and a pace said of a past quarter, are facts.
    expect(read('Contoso ended up spending $9 billion on capex in 2025.')).toEqual(['9000000000USD capex fact']);
    expect(read('At this rate of growth, Contoso booked revenue of $9 billion in the first quarter.')).toEqual(['9000000000USD revenue fact']);
  });
});

describe('a signed contract in a sentence of hearsay', () => {
  it('should read the sum of a contract the words before it say was signed as a fact, and the hearsay as a rumour', () => {
    expect(read('据知情人士透露，Anthropic正考虑将与AWS签下的五年期120亿美元合同再扩大至多50亿美元。')).toEqual(['12000000000USD investment fact', '5000000000USD investment rumour']);
    // Look-alike: a contract still under talks is hearsay, whatever its sum.
    expect(read('据知情人士透露，Anthropic正与AWS洽谈的五年期120亿美元合同或再扩大。')).toEqual(['12000000000USD investment rumour']);
  });
});

describe('a company’s own 予想 in Japanese', () => {
  it('should read a company that opens the sentence and expects its own figure (と予想, と見込む) as giving guidance', () => {
    expect(read('アマゾンは10～12月期のAWSの売上高の伸び率を20～22%と予想した。').map((f) => f.split(' ').pop())).toEqual(['plan']);
    // Look-alikes: analysts' and a broker's 予想 stay forecasts, and so does a company's of another company's figure.
    expect(read('アナリストはアマゾンのAWSの売上高の伸び率を20%と予想した。').map((f) => f.split(' ').pop())).toEqual(['forecast']);
    expect(read('野村はアマゾンのAWSの売上高の伸び率を20%と予想した。').map((f) => f.split(' ').pop())).toEqual(['forecast']);
    expect(read('マイクロソフトはアマゾンのAWSの売上高の伸び率を20%と予想した。').map((f) => f.split(' ').pop())).toEqual(['forecast']);
  });
});
