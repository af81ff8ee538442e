import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { findValues } from '../../src/analyse/parseValue.ts';

// Sentences written for these tests (not copied from the evaluation set), in the English house
// styles the sixth dev batch showed the reader missing: a newsletter's "pencilled in", a column's
// "reversed course", posts on social networks, growth "lifted" or "managed", a chip measured
// "4.4x" another, a cost said as bills cut. Each rule has a look-alike that must stay as it was.
const context = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name}${f.counterparty ? ` ${f.counterparty}` : ''} ${f.period ?? '-'} ${f.modality} ${f.value.amount}${f.value.unit}`);

/** The claims of a long-form article of `lines` under a headline, as subject, metric, period, modality and value. */
function claimsOf(lines: string[]): string[] {
  const text = ['Hyperscaler budgets compared', '', 'Example Research | May 4, 2026', '', 'This note compares what the largest cloud providers reported and guided, company by company, in the house style of a research desk that prints its figures in tables with the unit written once in the header row rather than in every cell.', '', ...lines, '', 'Source: Example Research'].join('\n');
  return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}${c.value?.bound ? ` ${c.value.bound}` : ''}`);
}

describe('English house styles of the sixth batch', () => {
  it('should read what a company pencilled in or told investors to expect as its plan, and what analysts pencilled in as their forecast', () => {
    expect(read('Meta has pencilled in about $120 billion of capital spending for 2026.')).toEqual(['Meta capex 2026 plan 120000000000USD']);
    expect(read('For the June quarter, Oracle told investors to expect cloud revenue growth of 40% to 42%.')).toEqual(['Oracle revenue growth 2026-Q2 plan 40%']);
    expect(read('Google told analysts on Tuesday to expect capex of $180 billion this year.')).toEqual(['Google capex 2026 plan 180000000000USD']);
    // Negative controls: analysts' own expectation is theirs, pencilled in or not.
    expect(read('The result topped the 31% growth analysts had pencilled in.')).toEqual(['Oracle revenue growth - forecast 31%']);
    expect(read('Investors expect Meta to spend $130 billion in 2026.')).toEqual(['Meta capex 2026 forecast 130000000000USD']);
  });

  it('should read a project a company reversed course on, backed out of or axed as cancelled', () => {
    expect(read('Meta reversed course on a $2 billion data center in Texas.')).toEqual(['Meta capex - cancelled 2000000000USD']);
    expect(read('Microsoft backed out of a $3 billion campus in Georgia.')).toEqual(['Microsoft capex - cancelled 3000000000USD']);
    expect(read('Google axed a $1.2 billion data center in Arizona.')).toEqual(['Google capex - cancelled 1200000000USD']);
    // Negative control: a project that goes ahead stays a fact.
    expect(read('Microsoft broke ground on a $3 billion campus in Georgia.')).toEqual(['Microsoft capex - fact 3000000000USD']);
  });

  it('should read what posts or users on a network say as hearsay, and a company that posts a figure as its own', () => {
    expect(read('Posts on Reddit claimed the company’s backlog topped $600 billion.')).toEqual(['Oracle backlog - rumour 600000000000USD']);
    expect(read('A user on StockTwits insisted that Azure grew 45% last quarter.')).toEqual(['Azure revenue growth 2026-Q1 rumour 45%']);
    expect(read('The figure circulated without any source: a backlog of $600 billion.')).toEqual(['Oracle backlog - rumour 600000000000USD']);
    // Negative control: the company's own post is a report.
    expect(read('Microsoft posts capex of $37.5 billion for the quarter.')).toEqual(['Microsoft capex quarterly fact 37500000000USD']);
  });

  it('should read growth "lifted", "boosted" or "managed", and "the retailer’s cloud division" as the cloud unit', () => {
    // The company the sentence names before, else the article's (Oracle here).
    expect(read('At Amazon, the retailer’s cloud division lifted sales 25% in the quarter to March.')).toEqual(['AWS revenue growth 2026-Q1 fact 25%']);
    expect(read('The group’s cloud division lifted sales 25% in the quarter to March.')).toEqual(['OCI revenue growth 2026-Q1 fact 25%']);
    expect(read('Azure boosted revenue by 33% in the December quarter.')).toEqual(['Azure revenue growth 2025-Q4 fact 33%']);
    expect(read('A year earlier, Google Cloud managed only 19%.')).toEqual(['Google Cloud revenue growth a year earlier fact 19%']);
    // Negative controls: a margin lifted stays a margin; money managed is no growth.
    expect(read('Google Cloud lifted its operating margin to 23%.')).toEqual(['Google Cloud operating margin - fact 23%']);
    expect(read('The fund managed $5 billion of assets.')).toEqual([]);
  });

  it('should not take the chip a figure is "4.4x" for the subject of that figure', () => {
    expect(read('The TPU v7, sold in pods of 9,216 chips, is rated at 10x TPU v5p’s peak compute.')).toContain('TPU performance - fact 10x');
    // Negative control: a chip named before its multiple owns it.
    expect(read('Trainium2 delivers 4x the performance of the first Trainium.')).toEqual(['Trainium2 performance - fact 4x']);
  });

  it('should read training bills cut and a cost with its speaker between commas as the seller’s training cost', () => {
    expect(read('Google says customers can cut model-training bills by 30% on TPUs.')).toEqual(['Google Cloud training cost - fact 30%']);
    expect(read('Training on Maia, the company says, costs as much as 25 percent less than on GPUs.')).toEqual(['Azure training cost - fact 25%']);
    // Negative control: costs after a sentence's other clause are not training costs.
    expect(read('Training runs doubled, while data costs, the company says, rose 10%.')).not.toContain('Oracle training cost - fact -10%');
  });

  it('should read a table’s bare numbers in the currency and scale its labels give, and a column that names no metric as the header’s one metric', () => {
    const claims = claimsOf([
      'Our estimates of the year, as the companies guided them, against what each spent the year before.',
      '',
      '| Company | 2025 capex (reported) | 2026 outlook (US$ bn) |',
      '| --- | ---: | ---: |',
      '| Oracle | $35B | c. 50 |',
      '| Meta | $72B | 115-135 |',
    ]);
    expect(claims).toEqual(['Oracle capex 2025 fact 35000000000USD', 'Oracle capex 2026 plan 50000000000USD approx', 'Meta capex 2025 fact 72000000000USD', 'Meta capex 2026 plan 115000000000USD min']);
    // The corner cell may give the scale, and the column the period.
    expect(claimsOf(['Results of the quarter, in the segment’s own reporting.', '', '| Azure, € million | 2Q25 | 2Q26 |', '| --- | ---: | ---: |', '| Revenue | 410.5 | 512.25 |'])).toEqual([
      'Azure revenue 2025-Q2 fact 410500000EUR',
      'Azure revenue 2026-Q2 fact 512250000EUR',
    ]);
    // Negative controls: a bare number under a label with no currency is no sum; a header of two metrics gives none to a column naming neither.
    expect(claimsOf(['Counts of the quarter.', '', '| Company | Data centres (count) | Staff, thousands |', '| --- | ---: | ---: |', '| Oracle | 162 | 159 |'])).toEqual([]);
    expect(claimsOf(['Two measures.', '', '| Company | 2025 revenue | 2025 capex | 2026 ($bn) |', '| --- | ---: | ---: | ---: |', '| Oracle | $57B | $35B | 50 |'])).toEqual(['Oracle revenue 2025 fact 57000000000USD', 'Oracle capex 2025 fact 35000000000USD']);
  });

  it('should read money taken from an investor as the investor’s investment, and whose refusal it is as the target’s', () => {
    expect(read('Mistral, which has received two billion dollars from Nvidia, is hiring.')).toEqual(['NVIDIA investment Mistral - fact 2000000000USD']);
    expect(read('Analysts made little of Mistral’s rejection of Microsoft’s $3 billion investment offer.')).toEqual(['Microsoft investment Mistral - offer 3000000000USD']);
    // Negative controls: a charge taken is no investment (it is a write-down); a company's own stake stays its own.
    expect(read('Amazon took a $2 billion charge on the venture.')).toEqual(['Amazon write-down - fact 2000000000USD']);
    expect(read('Nvidia’s $2 billion stake in Mistral has doubled.')).toEqual(['NVIDIA investment Mistral - fact 2000000000USD']);
  });

  it('should keep a metric whose name holds "and" in one clause with its period, and read "investment in" equipment as capex', () => {
    expect(read('Meta has set aside $120 billion for capex this year, against $72 billion of investment in property and equipment in 2025.')).toEqual([
      'Meta capex 2026 plan 120000000000USD',
      'Meta capex 2025 fact 72000000000USD',
    ]);
    // Negative control: with no period of its own, the figure keeps the one of the clause before.
    expect(read('In 2025 Meta spent $72 billion on property and equipment.')).toEqual(['Meta capex 2025 fact 72000000000USD']);
  });

  it('should read a broker’s view and an analyst note’s "we now model" as forecasts of the measure before', () => {
    expect(read('Goldman Sachs sees Meta’s outlays reaching $140 billion next year.')).toEqual(['Meta capex 2027 forecast 140000000000USD']);
    // In May, "next quarter" is the one under way, the next to report.
    expect(read('Bernstein expects Azure to grow 35% next quarter.')).toEqual(['Azure revenue growth 2026-Q2 forecast 35%']);
    const claims = claimsOf(['Meta said it expects capital expenditures of $120 billion in 2026. We now model $128 billion, above guidance, as we assume more Llama capacity comes forward.']);
    expect(claims).toEqual(['Meta capex 2026 plan 120000000000USD', 'Meta capex 2026 forecast 128000000000USD']);
    // Negative controls: a company's own outlook stays its plan; a sentence of another figure naming no measure is not made one.
    expect(read('Meta sees capex of $120 billion in 2026.')).toEqual(['Meta capex 2026 plan 120000000000USD']);
    expect(claimsOf(['Meta said it expects capital expenditures of $120 billion in 2026. Shares rose 4% to $610 after hours.'])).toEqual(['Meta capex 2026 plan 120000000000USD', 'Meta share price growth - fact 4%', 'Meta share price - fact 610USD']);
  });

  it('should give a figure the metric of the sentence after it that says what it is ("That is the order book …")', () => {
    expect(claimsOf(['Larry Ellison has a $455 billion reply to every sceptic of his spending. That is the backlog OCI carried into the summer, contracts signed but not yet delivered.'])).toEqual([
      'OCI backlog - fact 455000000000USD',
    ]);
    // Negative control: a sentence after it that states a figure of its own defines nothing. ("This fiscal year" of an article of
    // May 2026 is Oracle's fiscal 2026, which ends that month.)
    expect(claimsOf(['Oracle plans capital spending of $50 billion this fiscal year. That is the backlog’s share of $455 billion.'])).toContain('Oracle capex FY2026 plan 50000000000USD');
  });

  it('should read a chip’s multiple of its predecessor as performance, per-watt efficiency and "less to train on" as what they measure, and money dangled as an offer', () => {
    expect(read('Maia 100 was quoted at 3x the original design when it launched.')).toEqual(['Maia performance - fact 3x']);
    expect(read('The TPU v6 in turn was 4.7x its predecessor.')).toEqual(['TPU performance - fact 4.7x']);
    expect(read('Per-watt efficiency of the TPU improves by 60% over the previous generation.')).toEqual(['TPU energy efficiency - fact 60%']);
    expect(read('Google said TPUs now cost customers up to 30% less to train on than GPUs.')).toEqual(['Google Cloud training cost - fact 30%']);
    expect(read('Commenters revisited the $10B Microsoft dangled in front of Mistral.')).toEqual(['Microsoft investment Mistral - offer 10000000000USD']);
    // Negative controls: a multiple of chips counted is no performance; a cost to run is no training cost.
    expect(read('AWS says 4x more Trainium2 chips fit in a rack.')).toEqual([]);
    expect(read('Inference now costs customers up to 30% less to serve.')).not.toContain('Google Cloud training cost - fact 30%');
  });

  it('should read "between 175 and 185 billion dollars" and "175-185 billion euros" as ranges', () => {
    expect(read('Alphabet guided capex to between 175 and 185 billion dollars for 2026.')).toEqual(['Google capex 2026 plan 175000000000USD']);
    expect(read('SAP plans capex of 12-14 billion euros in 2026.')).toEqual(['SAP capex 2026 plan 12000000000EUR']);
    // Negative control: a change "from … to" is its new figure.
    expect(read('Alphabet raised its capex plan from 175 to 185 billion dollars.')).toContain('Google capex - plan 185000000000USD');
  });

  it('should read a sentence that names another company and a sum of the same size, but no measure, as that measure of that company', () => {
    expect(claimsOf(['Microsoft intends to spend $150bn in 2026. Oracle, which rents out far less capacity, has pencilled in about $50bn.'])).toEqual([
      'Microsoft capex 2026 plan 150000000000USD',
      'Oracle capex 2026 plan 50000000000USD approx',
    ]);
    // Negative controls: a sum of another size is another measure; a sentence naming a measure of its own keeps it.
    expect(claimsOf(['Microsoft intends to spend $150bn in 2026. Nvidia, whose chips fill those halls, is worth $4.5 trillion.'])).toEqual(['Microsoft capex 2026 plan 150000000000USD']);
    expect(claimsOf(['Microsoft intends to spend $150bn in 2026. Oracle reported revenue of $60bn.'])).toEqual(['Microsoft capex 2026 plan 150000000000USD', 'Oracle revenue - fact 60000000000USD']);
  });

  it('should read "X said no to Y’s offer" as Y’s offer to X, and "the lab" as the AI lab the text named last', () => {
    expect(read('Mistral said no to Microsoft’s $3bn overture; Nvidia keeps its compute.')).toEqual(['Microsoft investment Mistral - offer 3000000000USD']);
    // Negative control: a company that says something of another's figure still only speaks.
    expect(read('Microsoft said Azure grew 39% in the quarter.')).toEqual(['Azure revenue growth quarterly fact 39%']);
    const claims = claimsOf(['Mistral is exploring a new round of as much as €2 billion, people familiar with the matter said. Oracle declined to comment. The lab’s lawyers, meanwhile, have put €300 million on the table to settle a licensing suit.']);
    expect(claims).toContain('Mistral investment - offer 300000000EUR');
    // Negative control: with no lab named before, "the lab" is no one's in particular, and the article's company keeps its figures.
    expect(claimsOf(['Oracle opened a research lab in Austin. The lab’s budget is $300 million a year, the company said.']).some((c) => c.startsWith('Mistral'))).toBe(false);
  });

  it('should read "a quarter-trillion", "a half-billion" and the bounds "close to" and "just shy of"', () => {
    const values = (text: string) => findValues(text).map((f) => `${f.value.amount} ${f.value.unit}${f.value.bound ? ` ${f.value.bound}` : ''}`);
    expect(values('just shy of a quarter-trillion dollars')).toEqual(['250000000000 USD approx']);
    expect(values('a half-billion-dollar deal')).toEqual(['500000000 USD']);
    expect(values('close to 300,000 Trainium chips')).toEqual(['300000 chips approx']);
    // Negative controls: "a quarter" is no number without a scale after it; "under" stays an upper bound.
    expect(values('in a quarter, $5 billion')).toEqual(['5000000000 USD']);
    expect(values('just under $40 billion')).toEqual(['40000000000 USD max']);
  });

  it('should keep a metric named before the figure when the sentence after says what it is, and read "the $X a company spent" as capex', () => {
    expect(claimsOf(['Oracle said its backlog stood at $455 billion. That is the revenue it has contracted but not yet recognised.'])).toEqual(['Oracle backlog - fact 455000000000USD']);
    expect(read('Bears noted that it is far above the $72 billion Meta spent last year.')).toEqual(['Meta capex 2025 fact 72000000000USD']);
    // Negative control: money a company spent to buy another is an acquisition, not capex.
    expect(read('It is more than the $28 billion Oracle spent to acquire Cerner.')).not.toContain('Oracle capex - fact 28000000000USD');
  });

  it('should date "by the end of the year", "by year-end" and "ending the year" to the article’s year, but not "ended the year"', () => {
    expect(read('Jefferies sees Oracle’s capex ending the year near $50 billion.')).toEqual(['Oracle capex 2026 forecast 50000000000USD']);
    // By a year's end, as "by the end of 2026" is.
    expect(read('Meta plans to bring 1 GW of capacity online by year-end.')).toEqual(['Meta power capacity by 2026 plan 1GW']);
    // Negative control: a year that ended is not this one.
    expect(read('Oracle’s capex ended the year at $35 billion.')).toEqual(['Oracle capex - fact 35000000000USD']);
  });

  it('should read money a company is "mulling" or "weighing" for another as an investment, and "slated to" as a plan', () => {
    expect(read('Google is understood to be mulling another $10 billion for Mistral.')).toEqual(['Google investment Mistral - rumour 10000000000USD']);
    expect(read('Meta is slated to spend $120 billion in 2026.')).toEqual(['Meta capex 2026 plan 120000000000USD']);
    // Negative control: weighing an option with no sum after it is no investment.
    expect(read('Google is weighing options after 3 offers for its chip unit.')).toEqual([]);
  });
});

// Sentences and tables written for these tests (not copied from the evaluation set), in the forms the fourteenth look at
// the dev set showed the reader missing: a range cell written with "to", a row of chip counts, contracts "signed but
// unbilled", a priced pipeline, work done per watt, and a chip's multiple that names no measure. Each has a look-alike.
describe('figures the reader missed by their unit or measure', () => {
  it('should read a table cell that is a range written with "to" as one sum, at least its lower end', () => {
    const claims = claimsOf(['What each company plans for capital spending:', '', '| Company (US$ billions) | 2026 plan |', '| --- | ---: |', '| Oracle | 45 to 55 |']);
    // The column "2026 plan" dates its cells as well as saying how they are meant.
    expect(claims).toEqual(['Oracle capex 2026 plan 45000000000USD min']);
    // Negative control: a cell of words with "to" in it holds no sum.
    expect(claimsOf(['What each company plans for capital spending:', '', '| Company (US$ billions) | 2026 plan |', '| --- | ---: |', '| Oracle | up to the board |'])).toEqual([]);
  });

  it('should read a row of bare numbers labelled "Chips" as counts of chips, of the product each column names', () => {
    const claims = claimsOf(['| Per rack | Maia 100 | Maia 200 |', '| --- | ---: | ---: |', '| Chips | 32 | 72 |']);
    expect(claims).toEqual(['Maia chips per server - fact 32chips', 'Maia 200 chips per server - fact 72chips']);
    // Negative control: a row of chip revenue is no count of chips, and a row of other counts stays unread.
    expect(claimsOf(['| Per rack | Maia 100 | Maia 200 |', '| --- | ---: | ---: |', '| Chips revenue | 32 | 72 |', '| Fans | 12 | 16 |'])).toEqual([]);
  });

  it('should read contracts "signed but unbilled" and a pipeline priced as a sum as the backlog', () => {
    expect(read('Oracle’s signed-but-unbilled cloud contracts now stand at $510 billion.')).toEqual(['Oracle backlog - fact 510000000000USD']);
    expect(read('Oracle now has a $510 billion pipeline.')).toEqual(['Oracle backlog - fact 510000000000USD']);
    // Negative control: a pipeline priced with a word between it and the sum is another thing.
    expect(read('Oracle helped fund a $2 billion gas pipeline.')).toEqual([]);
  });

  it('should read money ploughed, sunk or pumped into a company, and a priced position in one, as an investment in it', () => {
    expect(read('Nvidia has ploughed $2bn into Mistral since 2024.')).toEqual(['NVIDIA investment Mistral - fact 2000000000USD']);
    expect(read('Oracle has sunk two billion dollars into Mistral.')).toEqual(['Oracle investment Mistral - fact 2000000000USD']);
    expect(read('Nvidia’s two-billion-dollar position in Mistral ties the lab to its GPUs.')).toEqual(['NVIDIA investment Mistral - fact 2000000000USD']);
    // Negative controls: shares that sank, and money sunk into data centres (spending), are no investment in a company.
    expect(read('Oracle shares sank 8% into the close.')).toEqual(['Oracle share price growth - fact -8%']);
    expect(read('Oracle sank $20 billion into new data centres in 2025.')).toEqual(['Oracle capex 2025 fact 20000000000USD']);
  });

  it('should read what those who train on a chip pay less, or a lower cost a few words after training, as the seller’s training cost', () => {
    expect(read('Customers who train on TPUs pay up to thirty percent less than on GPUs.')).toEqual(['Google Cloud training cost - fact 30%']);
    expect(read('Teams that move their training to TPUs see up to thirty percent lower cost than before.')).toEqual(['Google Cloud training cost - fact 30%']);
    // Negative control: paying less for something else is no training cost.
    expect(read('Customers who shop on Prime pay 20% less for shoes.')).toEqual([]);
  });

  it('should read performance per watt, and work done per watt, as energy efficiency', () => {
    expect(read('Per watt, the Maia 200 does 30% more work than the first Maia.')).toEqual(['Maia 200 energy efficiency - fact 30%']);
    expect(read('The Maia 200 offers 30% better performance per watt.')).toEqual(['Maia 200 energy efficiency - fact 30%']);
    // Negative control: plain performance stays performance.
    expect(read('The Maia 200 offers 30% better performance.')).toEqual(['Maia 200 performance - fact 30%']);
  });

  it('should read a chip’s multiple of another chip, or of its own first generation, that names no measure as its performance', () => {
    expect(read('Inferentia3 claims 2.5x vs Inferentia2.')).toEqual(['Inferentia3 performance - fact 2.5x']);
    expect(read('Why Inferentia3’s 2.5x claim matters, and the older chip’s 3x over the original.')).toContain('Inferentia3 performance - fact 2.5x');
    expect(read('Inferentia3 is "two point five x" Inferentia2, the company says.')).toEqual(['Inferentia3 performance - fact 2.5x']);
    // Negative controls: a multiple of chips counted, or a company's multiple, is no chip's performance.
    expect(read('Oracle bought 3x more Inferentia2 chips.')).toEqual([]);
    expect(read('Oracle’s 3x jump in bookings surprised analysts.')).toEqual([]);
  });
});

// Comparison tables an aggregator page captions in its own words: the row's company, the column's metric, period and
// modality, the unit from the header or caption, a range as a range. Tables and sentences written for these tests.
describe('reading comparison tables as a reader takes them in', () => {
  /** The table candidates of an aggregator page that shows `table` under `caption`. */
  function captioned(caption: string, table: string[]): string[] {
    const text = ['🧭Example Wire•Freshcollected in 2h', 'Oracle and its rivals report another quarter of cloud growth', '📌The database giant keeps pace with the biggest clouds', '⚡ 30-Second TL;DR', 'What Changed', 'Oracle Cloud Infrastructure revenue rose 52% in its latest quarter.', '🔑 Enhanced Key Takeaways', '- ▸Oracle now expects capital spending of about $50 billion this fiscal year.', caption, ...table, '📅 Timeline', '2026-06', 'Oracle reports its fiscal fourth quarter.', 'Original source: Example Wire ↗'];
    return extractClaims(inventedArticle(text.join('\n')))
      .filter((c) => c.mention.section.startsWith('table'))
      .map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}${c.value?.bound ? ` ${c.value.bound}` : ''}`);
  }

  it('should read percentages under a growth column as each row’s growth, dated by the row’s cell under a "Quarter" column', () => {
    expect(captioned('📊 Cloud Scoreboard', ['| Cloud | Growth y/y | Quarter |', '| --- | ---: | --- |', '| Azure | 40% | Apr–Jun 2026 |', '| Google Cloud | 34% | Q2 2026 |'])).toEqual([
      'Azure revenue growth 2026-Q2 fact 40%',
      'Google Cloud revenue growth 2026-Q2 fact 34%',
    ]);
    // Negative controls: a share column is shares, not growth (nor spending); a column of what ends when dates nothing.
    expect(captioned('📊 Cloud Scoreboard', ['| Cloud | Market share | Period |', '| --- | ---: | --- |', '| Azure | 24% | Apr–Jun 2026 |'])).toEqual(['Azure market share 2026-Q2 fact 24%']);
    expect(captioned('📊 Cloud Scoreboard', ['| Cloud | Share of spend | Period |', '| --- | ---: | --- |', '| Azure | 24% | Apr–Jun 2026 |'])).toEqual([]);
    expect(captioned('📊 Budgets', ['| Operator | Capex plan | Fiscal year ends |', '| --- | ---: | --- |', '| Oracle | $50B | May |'])).toEqual(['Oracle capex - plan 50000000000USD']);
  });

  it('should date a level under an "As of" column by the quarter of its month, and a month under "Period" by its year as before', () => {
    expect(captioned('📊 Order Books', ['| Company | Backlog measure | Latest figure | As of |', '| --- | --- | ---: | --- |', '| Oracle | RPO | $520B | Feb 2026 |'])).toEqual(['Oracle backlog 2026-Q1 fact 520000000000USD']);
    // Look-alike: a month under a "Period" column names a month of a year, which stays that year.
    expect(captioned('📊 Order Books', ['| Company | Backlog measure | Latest figure | Period |', '| --- | --- | ---: | --- |', '| Oracle | RPO | $520B | Feb 2026 |'])).toEqual(['Oracle backlog 2026 fact 520000000000USD']);
  });

  it('should read bare numbers in the unit the header gives, dated and meant as each column says (actual, plan, E), a range cell as a range', () => {
    expect(captioned('📊 Spending Compared', ['| Company | 2025 actual (US$B) | 2026 plan (US$B) | 2027E (US$B) |', '| --- | ---: | ---: | ---: |', '| Oracle | 21 | ~50 | 60–65 |'])).toEqual([
      'Oracle capex 2025 fact 21000000000USD',
      'Oracle capex 2026 plan 50000000000USD approx',
      'Oracle capex 2027 forecast 60000000000USD min',
    ]);
    // Negative control: a table of another metric, with no unit, is no capex.
    expect(captioned('📊 Staff Compared', ['| Company | Employees | Year |', '| --- | ---: | --- |', '| Oracle | 162,000 | 2026 |'])).toEqual([]);
  });

  it('should read a Chinese comparison table with 亿美元 in each cell, or in its caption, and ranges written with 至', () => {
    expect(captioned('📊 云厂商资本开支对比', ['| 公司 | 2025年实际 | 2026年指引 |', '| --- | ---: | ---: |', '| 甲骨文 | 210亿美元 | 约500亿美元 |', '| 微软 | 880亿美元 | 1400亿至1500亿美元 |'])).toEqual([
      'Oracle capex 2025 fact 21000000000USD',
      'Oracle capex 2026 plan 50000000000USD approx',
      'Microsoft capex 2025 fact 88000000000USD',
      'Microsoft capex 2026 plan 140000000000USD min',
    ]);
    expect(captioned('📊 资本开支对比（亿美元）', ['| 公司 | 2025年 | 2026年计划 |', '| --- | ---: | ---: |', '| 甲骨文 | 210 | 约500 |'])).toEqual(['Oracle capex 2025 fact 21000000000USD', 'Oracle capex 2026 plan 50000000000USD approx']);
    // Negative control: a share column in Chinese (占比) holds no growth.
    expect(captioned('📊 云厂商对比', ['| 公司 | 营收占比 |', '| --- | ---: |', '| 甲骨文 | 12% |'])).toEqual([]);
  });

  it('should read a multiple against an earlier generation in a cell as the row’s chip’s performance, "Trainium1" being the first Trainium', () => {
    expect(captioned('📊 Accelerator Generations', ['| Chip | Maker | Uplift |', '| --- | --- | --- |', '| Maia 200 | Microsoft | 3x over Maia 100 |', '| Trainium2 | AWS | 4x over Trn1 |'])).toEqual([
      'Maia 200 performance - fact 3x',
      'Trainium2 performance - fact 4x',
    ]);
    expect(read('Trainium2 was billed at four times the throughput of Trainium1.')).toEqual(['Trainium2 performance - fact 4x']);
    // Negative control: a multiple with no chip to compare with is no chip's performance.
    expect(captioned('📊 Accelerator Generations', ['| Chip | Maker | Racks shipped |', '| --- | --- | --- |', '| Maia 200 | Microsoft | 3x more than last year |'])).toEqual([]);
  });
});
