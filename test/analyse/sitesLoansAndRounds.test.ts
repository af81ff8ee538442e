import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';
import { findValues } from '../../src/analyse/parseValue.ts';
import { inventedArticle, longFormText, paragraphClaims } from '../helpers/inventedArticle.ts';

/** Each figure `paragraph` states, in an article of its own about `company`: subject, metric, modality and amount. */
const claims = (company: string, paragraph: string) => paragraphClaims(company, paragraph).map((c) => `${c.subject} ${c.metric} ${c.modality} ${c.value!.amount}`);

describe('chips a site houses, starts with or is built to take', () => {
  it('should count chips a site houses or starts with, after "roughly", "around" or "some", and a count it will have as its plan', () => {
    expect(claims('xAI', 'xAI said its Memphis cluster already houses roughly 300,000 GPUs.')).toEqual(['xAI chips deployed fact 300000']);
    expect(claims('Meta', 'Meta now runs around 250,000 Nvidia H200 chips in Ohio.')).toEqual(['Meta chips deployed fact 250000']);
    expect(claims('Meta', 'The Louisiana campus will start with about 120,000 Nvidia GB300 GPUs.')).toEqual(['Meta chips deployed plan 120000']);
    expect(claims('Anthropic', 'Anthropic may use as many as 800,000 TPUs under the new agreement.')).toEqual(['Anthropic chips deployed plan 800000']);
    // Look-alikes: a cluster built for a customer and running its chips is at work; so is a count a site holds today.
    expect(claims('Amazon', 'Project Rainier, the cluster Amazon built for Anthropic, runs on some 500,000 Trainium2 chips.')).toEqual(['Trainium2 cluster size fact 500000']);
  });

  it('should count chips a Japanese site installs (設置) or a company may use (利用), after 半導体 and its particle', () => {
    // (Whose chips these are, the buyer's or the maker's, this test leaves aside: their count and measure.)
    expect(claims('オラクル', 'オラクルはテキサス州の新拠点に、エヌビディアの半導体をおよそ20万個設置する。').map((c) => c.split(' ').slice(1).join(' '))).toEqual(['chips deployed fact 200000']);
  });
});

describe('money laid out and capacity rented', () => {
  it('should read money laid out as spent, capacity rented for a sum (租用 too) as a deal, and what a company earned as its profit', () => {
    expect(claims('Alphabet', 'Alphabet laid out $48.6 billion in the quarter.')).toEqual(['Google capex fact 48600000000']);
    expect(claims('Meta', 'Meta is in talks to rent about $12 billion of Google TPU capacity, people familiar with the matter said.')).toEqual(['Meta investment rumour 12000000000']);
    expect(claims('Meta', 'Meta正洽谈租用价值约120亿美元的谷歌TPU算力。')).toEqual(['Meta investment rumour 12000000000']);
    expect(claims('SoftBank', 'SoftBank earned ¥2.1 trillion in the quarter.')).toEqual(['SoftBank net income fact 2100000000000']);
    expect(claims('ソフトバンク', '最終的な利益が2兆1000億円となりました。')).toEqual(['SoftBank net income fact 2100000000000']);
    expect(claims('Oracle', 'Oracle booked revenue of $19.6 billion, with Oracle Cloud Infrastructure contributing $6.9 billion.')).toEqual(['Oracle revenue fact 19600000000', 'OCI revenue fact 6900000000']);
    // Look-alikes: what a company earned of another measure is that measure; equity contributed is money put in; plans laid out are no money.
    expect(claims('SoftBank', 'SoftBank contributed $6.9 billion of equity to the Utah campus last week.')).toEqual(['SoftBank investment fact 6900000000']);
    expect(claims('Oracle', 'Oracle earned $5.9 billion of operating income in the quarter.').map((c) => c.split(' ').slice(1, 3).join(' '))).toEqual(['operating profit']);
    expect(claims('Meta', 'Meta laid out its plans for the campus.')).toEqual([]);
  });
});

describe('money lent', () => {
  it('should read a loan, project debt or a sum lent as loans, never as an investment or spending', () => {
    expect(claims('Oracle', 'A group of banks led by JPMorgan agreed to lend Oracle $18 billion for its Wisconsin campus.')).toEqual(['Oracle loans fact 18000000000']);
    expect(claims('CoreWeave', 'CoreWeave closed $7.5 billion of project debt for its Pennsylvania site.')).toEqual(['CoreWeave loans fact 7500000000']);
    // Look-alike: a bond sale stays a bond sale.
    expect(claims('Meta', 'Meta sold $30 billion of bonds on Thursday.')).toEqual(['Meta bond sale fact 30000000000']);
  });
});

describe('rounds, the Street and what a project is to cost', () => {
  it('should read what a round or an offering brought in as money raised, not revenue', () => {
    expect(claims('Mistral', "Mistral's Series D brought in $3 billion.")).toEqual(['Mistral investment fact 3000000000']);
    expect(claims('Mistral', 'Mistral brought in $3 billion of revenue last year.').map((c) => c.split(' ')[1])).toEqual(['revenue']);
  });

  it('should read where the Street sits as its forecast, a sum a company is putting in as its plan, and a cost put at a sum as the plan', () => {
    expect(claims('Oracle', 'Oracle guided to growth of 20%; the Street sits at about $19 billion of revenue for that quarter.')).toContain('Oracle revenue forecast 19000000000');
    expect(claims('SoftBank', 'SoftBank is putting in $4 billion of equity for the Ohio campus.')).toEqual(['SoftBank investment plan 4000000000']);
    expect(claims('SoftBank', 'SoftBank will contribute $6.9 billion of equity.')).toEqual(['SoftBank investment plan 6900000000']);
    expect(claims('SoftBank', 'The partners put the total cost of the Ohio project at about $12 billion.')).toEqual(['SoftBank capex plan 12000000000']);
    // Look-alike: what the company put in last year is spent.
    expect(claims('SoftBank', 'SoftBank put $4 billion of equity into the Ohio campus last year.')).toEqual(['SoftBank investment fact 4000000000']);
  });

  it("should read a promise made at a time to spend a sum, and a sum told as a plan or schedule at its clause's end in Japanese or Chinese, as plans", () => {
    expect(claims('Oracle', 'The venture promised in January 2025 to spend as much as $100 billion on data centres.')).toEqual(['Oracle capex plan 100000000000']);
    expect(claims('ソフトバンク', 'ソフトバンクグループは50億ドルを出資する予定です。')).toEqual(['SoftBank investment plan 5000000000']);
    expect(claims('Meta', 'The campus is sized for 1.2 gigawatts and a first phase of about 300,000 GPUs.')).toContain('Meta chips deployed plan 300000');
    // Look-alikes: a plan another clause tells after the figure, and a promise of another time, leave the figure a fact.
    expect(claims('亚马逊', '亚马逊云业务增速升至32%，公司同时上调全年开支计划。')).toEqual(['AWS revenue growth fact 32']);
    expect(claims('Oracle', 'Oracle, as promised, spent $12 billion in the quarter.')).toEqual(['Oracle capex fact 12000000000']);
  });

  it('should not call off a figure for a next sentence that opens with a time and drops another plan', () => {
    expect(claims('Oracle', 'The Abilene site now runs roughly 300,000 GPUs. This month the partners dropped plans for a campus in Ohio.')).toEqual(['Oracle chips deployed fact 300000']);
    // Look-alike: a sentence that points back at the figure's plan calls it off.
    expect(claims('Oracle', 'Oracle planned a $2 billion campus in Ohio. That plan was dropped in March.')).toEqual(['Oracle investment cancelled 2000000000']);
  });

  it('should tell the valuation a rumoured round is priced at as that round is told', () => {
    expect(claims('Anthropic', 'People familiar with the talks said Anthropic was seeking as much as $20 billion at a valuation of roughly $400 billion.')).toEqual(['Anthropic investment rumour 20000000000', 'Anthropic valuation rumour 400000000000']);
    // Look-alike: a round closed is priced as a fact.
    expect(claims('Anthropic', 'Anthropic closed a $20 billion round at a valuation of $400 billion.')).toEqual(['Anthropic investment fact 20000000000', 'Anthropic valuation fact 400000000000']);
  });
});

describe('the parent company, and a year before its outlays', () => {
  /** Each figure of `paragraphs` in an article headlined on another company: subject, metric, period and amount. */
  const read = (paragraphs: string[]) =>
    extractClaims(inventedArticle(longFormText("Broadcom's big quarter", paragraphs, '25 November 2026'))).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount}`);

  it('should read "the parent company" opening a sentence as the group of the company the sentence before named', () => {
    expect(read(['Broadcom sold more chips than ever.', "Google Cloud's sales grew 34% in the quarter. The parent company's capital expenditures were $48.6 billion in the quarter."])).toEqual(['Google Cloud revenue growth 2026-Q3 34', 'Google capex 2026-Q3 48600000000']);
    // Look-alike: "the company" stands for the company itself, not its group.
    expect(read(['Broadcom sold more chips than ever.', "Google Cloud's sales grew 34% in the quarter. The company's backlog was $155 billion."])).toContain('Google Cloud backlog null 155000000000');
  });

  it('should date outlays a year is written before, in a clause after another period', () => {
    expect(read(["Alphabet's capital expenditures were $48.6 billion in the July-September quarter, and its chief financial officer said 2027 outlays would rise to at least $220 billion."])).toEqual(['Google capex 2026-Q3 48600000000', 'Google capex 2027 220000000000']);
  });
});

describe('New Taiwan dollars in words', () => {
  it('should read "New Taiwan dollars" as TWD, and plain dollars as US dollars', () => {
    expect(findValues('sales of 312.5 billion New Taiwan dollars in September').map((f) => f.value)).toEqual([{ amount: 312.5e9, unit: 'TWD' }]);
    expect(findValues('sales of 312.5 billion dollars in September').map((f) => f.value)).toEqual([{ amount: 312.5e9, unit: 'USD' }]);
  });
});

describe('timeline entries that report a period in other words', () => {
  const about = (text: string) => {
    const e = describeEntry(text);
    return { companies: [...e.companies], metrics: [...e.metrics] };
  };

  it('should read a quarter or a half reported, its print or its profit, as results', () => {
    expect(about('MSFT reports its fiscal second quarter and raises its outlook.')).toEqual({ companies: ['Microsoft'], metrics: ['results'] });
    expect(about('Sony Group reports interim earnings.').metrics).toEqual(['results']);
    expect(about("Oracle's fiscal Q2 print shows a record backlog.").metrics).toContain('results');
    // Look-alike: a report that is no period's results.
    expect(about('Oracle reports a data breach.').metrics).toEqual([]);
  });

  it('should read an entry that reports results and previews spending as the results report, whatever verb tells it', () => {
    const report = describeEntry("Satya Nadella's company reports first-quarter results and previews heavier spending.");
    expect([...report.metrics].sort()).toEqual(['capex', 'results']);
    expect(report.action).toBeNull();
    expect([...describeEntry('微软发布第一财季业绩，资本开支预期再度上调。').metrics].sort()).toEqual(['capex', 'results']);
    expect(about('The search company abandons a planned campus.').companies).toEqual(['Google']);
    expect(about("Larry Ellison's company raises its capital outlook again.").metrics).toEqual(['capex']);
    // Look-alike: a quarterly report that shows the spending is the spending's news.
    expect(about("Oracle's quarterly report shows capital spending doubling.").metrics).toEqual(['capex']);
  });

  it('should read a bid turned away by name as a rejection, a mega-round as funding, and a power developer as no power capacity', () => {
    expect(describeEntry('The Ohio utility turns Satya Nadella down.').action).toBe('reject');
    expect(about("Mistral's founders announce a new mega-round.").metrics).toEqual(['investment']);
    expect(about('Directors of the Texas power developer reject the bid.').metrics).toEqual([]);
    // Look-alikes: a turn that is no refusal; power a site draws is its capacity.
    expect(describeEntry('Oracle turns Abilene into its largest campus.').action).not.toBe('reject');
    expect(about('Meta secures more power for its Ohio campus.').metrics).toEqual(['power capacity']);
  });

  it('should read "Mountain View" alone as Google, and a span of months opening an entry as no company', () => {
    expect(about('Mountain View unveils a new tensor chip.').companies).toEqual(['Google']);
    expect(about('A campus near Mountain View is approved.').companies).toEqual([]);
    expect(about('April-June results come in above forecasts.')).toEqual({ companies: [], metrics: ['results'] });
  });
});
