import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value, metric and modality: "4000000000USD capex fact". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.metric.name} ${f.modality}`);

describe('modality of figures hedged, extrapolated or estimated in the passive', () => {
  it('should read a figure that could, might, may well or should land at a level as a forecast', () => {
    expect(read('The Contoso backlog could swell to $90 billion by year-end.')).toEqual(['90000000000USD backlog forecast']);
    expect(read('Contoso Cloud growth might slow to 21% in the second half.')).toEqual(['21% revenue growth forecast']);
    expect(read('The Contoso backlog may well top $90 billion by December.')).toEqual(['90000000000USD backlog forecast']);
    expect(read('Contoso Cloud revenue growth should come in at 31%, according to Jefferies.')).toEqual(['31% revenue growth forecast']);
    // Negative controls: May the month is no hedge, and neither is "could" of something other than the figure's level.
    expect(read('In May Contoso Cloud grew 31%.')).toEqual(['31% revenue growth fact']);
    expect(read('Contoso’s $9 billion investment in Fabrikam could pay off within years.')).toEqual(['9000000000USD investment fact']);
  });

  it('should read a future with a hedge adverb ("will likely hit", "would probably exceed") as a forecast', () => {
    expect(read('Contoso’s capital spending will likely hit $9 billion in 2027.')).toEqual(['9000000000USD capex forecast']);
    expect(read('An analyst said Contoso’s 2027 capex would probably exceed $9 billion.')).toEqual(['9000000000USD capex forecast']);
    // Negative control: a plain future of the company's spending is its plan.
    expect(read('Contoso will spend $9 billion on capital projects in 2027.')).toEqual(['9000000000USD capex plan']);
  });

  it('should read where a figure is on pace, tracking or heading as a forecast', () => {
    expect(read('Contoso is on pace to spend more than $9 billion on capex in 2027.')).toEqual(['9000000000USD capex forecast']);
    expect(read('Contoso data-center revenue is tracking toward $7 billion for the quarter.')).toEqual(['7000000000USD data center revenue forecast']);
    expect(read('Contoso capex is heading for $9 billion next year.')).toEqual(['9000000000USD capex forecast']);
    // Negative control: the company on track by its own account states its plan.
    expect(read('The company is on track to invest about $9 billion this year.')).toEqual(['9000000000USD investment plan']);
  });

  it('should read a forecast verb in the passive, with no company behind it, as a forecast', () => {
    expect(read('Contoso Cloud revenue growth is seen at 29% next quarter.')).toEqual(['29% revenue growth forecast']);
    expect(read('Contoso’s capex is pegged at $9 billion for 2027.')).toEqual(['9000000000USD capex forecast']);
    expect(read('Contoso’s 2027 capex is tipped to exceed $9 billion.')).toEqual(['9000000000USD capex forecast']);
    expect(read('Contoso’s revenue for the quarter is estimated at $7 billion.')).toEqual(['7000000000USD revenue forecast']);
    expect(read('Contoso’s capital spending is anticipated to reach $9 billion next year.')).toEqual(['9000000000USD capex forecast']);
    // Negative controls: a result seen as strong, or an estimated count, is told as it stands.
    expect(read('Contoso Cloud growth of 29% was seen as strong.')).toEqual(['29% revenue growth fact']);
    expect(read('Contoso has deployed an estimated 50,000 chips.')).toEqual(['50000chips chips deployed fact']);
  });

  it('should read a result a company is set to report, or what expectations are for, as a forecast', () => {
    expect(read('Contoso is set to report cloud growth of around 29% next week.')).toEqual(['29% revenue growth forecast']);
    expect(read('Expectations are for Contoso data-center revenue of $7 billion.')).toEqual(['7000000000USD data center revenue forecast']);
    // Negative control: a company set to spend states its plan.
    expect(read('Contoso is set to spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex plan']);
  });

  it('should read where the Street pegs a company’s figure, and what market watchers reckon, as a forecast', () => {
    expect(read('Wall Street pegs Contoso’s fiscal 2027 capex at roughly $9 billion.')).toEqual(['9000000000USD capex forecast']);
    expect(read('Market watchers reckon Contoso will spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex forecast']);
    // Negative control: what analysts note of a result leaves it a fact.
    expect(read('Market watchers noted Contoso spent $9 billion on capex in 2025.')).toEqual(['9000000000USD capex fact']);
  });

  it('should read 或 before a verb of reaching, and a view held (との見方), as a forecast', () => {
    expect(read('Contoso明年资本开支或达90亿美元。')).toEqual(['9000000000USD capex forecast']);
    expect(read('市場ではContosoの売上高成長率が30%に達するとの見方が多い。')).toEqual(['30% revenue growth forecast']);
    // Negative control: 或 as "or" between two nouns says nothing of the figure.
    expect(read('Contoso去年资本开支为90亿美元，用于数据中心或芯片。')).toEqual(['9000000000USD capex fact']);
  });
});

describe('modality of deals not yet announced, analysts’ calls and results set against a plan', () => {
  it('should read a deal a company is nearing, talks at an early stage, and "a source" or "per sources" as hearsay', () => {
    expect(read('Contoso is nearing a deal to invest $9 billion in Fabrikam.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso is close to finalizing a $9 billion investment in Fabrikam.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso is in early-stage discussions about investing $9 billion in Fabrikam.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso has invested $9 billion in Fabrikam, according to a source.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso has invested $9 billion in Fabrikam, per sources.')).toEqual(['9000000000USD investment rumour']);
    // Negative controls: a deal closed, and revenue "per share", are told as done.
    expect(read('Contoso closed a deal to invest $9 billion in Fabrikam.')).toEqual(['9000000000USD investment fact']);
    expect(read('Contoso invested $9 billion in Fabrikam, per its filing.')).toEqual(['9000000000USD investment fact']);
  });

  it('should read a bare future an analyst or a broker tells as a forecast', () => {
    expect(read('Contoso Cloud will grow 31% in the June quarter, Jefferies analysts wrote in a note.')).toEqual(['31% revenue growth forecast']);
    expect(read('In a research note, Barclays said Contoso revenue would reach $9 billion next quarter.')).toEqual(['9000000000USD revenue forecast']);
    // Negative controls: the company's own intent stays its plan whoever passes it on, and so does what it told analysts.
    expect(read('Contoso expects to spend $9 billion on capex in 2027, analysts said.')).toEqual(['9000000000USD capex plan']);
    expect(read('Contoso told analysts it will spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex plan']);
    // And a result analysts comment on is a fact.
    expect(read('Contoso Cloud grew 31% in the first quarter, Jefferies analysts wrote.')).toEqual(['31% revenue growth fact']);
  });

  it('should read a result set against the company’s own plan or target as a fact', () => {
    expect(read('Contoso’s capex of $9 billion was in line with its plan.')).toEqual(['9000000000USD capex fact']);
    expect(read('Contoso beat its own target, posting revenue of $7 billion.')).toEqual(['7000000000USD revenue fact']);
    // Negative controls: the plan's own figure, and a plan to spend, are the company's plan.
    expect(read('Contoso spent in line with its plan to spend $9 billion this year.')).toEqual(['9000000000USD capex plan']);
    expect(read('Contoso revenue was ahead of its guidance of $7 billion.')).toEqual(['7000000000USD revenue plan']);
  });

  it('should read a figure widely expected, one that looks set to land, or one "by our estimates" as a forecast', () => {
    expect(read('Contoso’s capex is widely expected to exceed $9 billion next year.')).toEqual(['9000000000USD capex forecast']);
    expect(read('The Contoso backlog looks set to pass $90 billion this year.')).toEqual(['90000000000USD backlog forecast']);
    expect(read('The Contoso backlog will reach $90 billion this year, by our estimates.')).toEqual(['90000000000USD backlog forecast']);
    // Negative controls: a company set to spend states its plan, and a backlog "by most estimates" is told as it stands.
    expect(read('Contoso is set to spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex plan']);
    expect(read('The Contoso backlog is $90 billion by most estimates.')).toEqual(['90000000000USD backlog fact']);
  });
});
