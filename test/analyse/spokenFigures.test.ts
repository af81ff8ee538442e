import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set), in the forms the tenth and eleventh
// dev batches showed the reader missing: figures a transcript or a video spells out, multiples said by a verb or
// a fraction, a sentence of several figures whose each must keep its own measure. Each rule has a look-alike
// that must stay as it was.
const context = { fallbackSubject: 'Oracle', articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.period ?? '-'} ${f.value.bound ?? '='} ${f.value.amount}${f.value.unit}`);
const values = (sentence: string) => findValues(sentence).map((f) => `${f.value.bound ?? '='} ${f.value.amount}${f.value.unit}`);

describe('figures spoken in words', () => {
  it('should read a number whose decimals are spoken ("point six") as one figure, in money, multiples and percentages', () => {
    expect(values('Oracle booked fifty-one point two billion dollars of cloud orders.')).toEqual(['= 51200000000USD']);
    expect(values('Its chip runs two point five times faster.')).toEqual(['= 2.5x']);
    expect(values('The new part is one point eight x the old one.')).toEqual(['= 1.8x']);
    expect(values('Margins were thirty-one point oh five percent.')).toEqual(['= 31.05%']);
    expect(values('Net sales came to a hundred and twelve point four billion dollars.')).toEqual(['= 112400000000USD']);
    // Negative control: "point" that is no decimal point leaves the number whole.
    expect(values('They made twelve billion dollars, a point the chief stressed.')).toEqual(['= 12000000000USD']);
  });

  it('should read a sum spoken without its currency as dollars beside a sum in dollars, even with its decimals spoken', () => {
    expect(read('Oracle’s revenue for the quarter: "eighteen point two billion dollars," against about fourteen billion a year ago.')).toEqual([
      'Oracle revenue 2026-Q1 = 18200000000USD',
      'Oracle revenue 2025-Q1 approx 14000000000USD',
    ]);
    expect(read('Oracle capex was a hundred and twelve point four billion in 2025.')).toEqual(['Oracle capex 2025 = 112400000000USD']);
    // Negative control: a sentence whose other sum is in euros leaves a bare sum unread, and a count of parameters is no sum.
    expect(read('Oracle’s revenue for the quarter reached €18 billion, against about fourteen billion a year ago.')).toEqual(['Oracle revenue 2026-Q1 = 18000000000EUR']);
    expect(read('Oracle capex was $12 billion for a model of eight billion parameters.')).toEqual(['Oracle capex - = 12000000000USD']);
  });

  it('should read a range in words whose currency follows its upper end only as one figure, at least its lower end', () => {
    expect(values('Guidance is between eleven billion and fourteen billion dollars.')).toEqual(['min 11000000000USD']);
    expect(values('Guidance is 11 billion to 14 billion euros.')).toEqual(['min 11000000000EUR']);
    // Negative control: a change "from … to …" is not a range, and two sums joined by "and" without "between" stay two.
    expect(values('It cut guidance from eleven billion to nine billion dollars.')).toEqual(['= 9000000000USD']);
    expect(values('It spent eleven billion and fourteen billion dollars in two years.')).toEqual(['= 11000000000USD', '= 14000000000USD']);
  });

  it('should read a range in words whose scale and currency follow its upper end only as one figure, at least its lower end', () => {
    expect(values('Capex should land somewhere between a hundred and ten and a hundred and thirty billion dollars.')).toEqual(['min 110000000000USD']);
    expect(values('Guidance is sixty to seventy-five billion euros.')).toEqual(['min 60000000000EUR']);
    // Negative controls: a change "from … to …" is not a range, nor two numbers joined by "and" without "between".
    expect(values('It cut guidance from eleven to nine billion dollars.')).toEqual(['= 9000000000USD']);
    expect(values('It hired eleven and spent fourteen billion dollars.')).toEqual(['= 14000000000USD']);
  });

  it('should read a bare sum with a fraction spoken ("thirty-seven and a half billion") as dollars, and a rise said as "half again" or "up half from" as 50%', () => {
    expect(read('Oracle capex was twelve and a half billion, a record.')).toEqual(['Oracle capex - = 12500000000USD']);
    expect(values('Capex hit $12.5 billion, half again what it spent a year earlier.')).toEqual(['= 12500000000USD', '= 50%']);
    expect(read('Oracle capex hit $12.5 billion in the quarter, almost half again what it spent a year earlier.')).toEqual(['Oracle capex 2026-Q1 = 12500000000USD', 'Oracle capex 2026-Q1 approx 50%']);
    expect(values('Capex was $12.5 billion, up almost half from a year earlier.')).toEqual(['= 12500000000USD', 'approx 50%']);
    // Negative controls: "half of" is a part, not a rise, and "half again as long" says no figure of a metric.
    expect(values('Capex was $12.5 billion, half of it on chips.')).toEqual(['= 12500000000USD']);
    expect(read('Oracle took half again as long to build the campus.')).toEqual([]);
  });

  it('should read a minimum said as "plus" after a spelled-out sum', () => {
    expect(read('Some posts said the backlog was five hundred twelve billion plus.')).toEqual(['Oracle backlog - min 512000000000USD']);
    // Negative control: "plus" that adds another sum is no bound.
    expect(values('It paid $5 billion plus $2 billion in stock.').map((v) => v.split(' ')[0])).toEqual(['=', '=']);
  });
});

describe('multiples and shares said in words', () => {
  it('should read a verb that multiplies a measure as a multiple, of the product a relative clause hangs on', () => {
    expect(read('Inferentia3 gives 3.2 times the throughput of Inferentia2, which itself tripled the original chip’s performance.')).toEqual([
      'Inferentia3 performance - = 3.2x',
      'Inferentia2 performance - = 3x',
    ]);
    expect(read('The Maia 200 quadrupled the performance of its predecessor.')).toEqual(['Maia 200 performance - = 4x']);
    // Negative control: a verb that multiplies a stake, or "doubled down", is no figure, and a timeline reading sees no multiple.
    expect(read('Microsoft doubled its stake in the lab to $13 billion.').some((f) => f.endsWith('x'))).toBe(false);
    expect(values('Oracle doubled down on AI.')).toEqual([]);
    expect(values('Maia 200 quadrupled the performance of its predecessor.')).toEqual([]);
  });

  it('should read a fraction that measures a change as a percentage, with its bound', () => {
    expect(values('Inference on the chip costs less by as much as three-fifths.')).toEqual(['max 60%']);
    expect(values('Training bills shrink by a third on the new racks.')).toEqual(['= 33.3%']);
    expect(values('Serving a model is two-thirds cheaper there.')).toEqual(['= 66.7%']);
    // Negative control: a fraction of time, of a point, or of something is no percentage.
    expect(values('Shipments slipped by a quarter and a half.')).toEqual([]);
    expect(values('Growth beat estimates by half a point.')).toEqual([]);
    expect(values('The chip ships by a third quarter launch.')).toEqual([]);
    expect(values('Results were delayed by two quarters.')).toEqual([]);
  });
});

describe('chips one machine holds', () => {
  it('should read a count of chips in a server, rack or system as its own measure, of the product its clause names', () => {
    expect(read('Inferentia3 servers, each carrying 96 of the new chips, went on sale on Tuesday.')).toEqual(['Inferentia3 chips per server - = 96chips']);
    expect(read('Inferentia3 boards: 96 chips per system, against 48 in the Inferentia2 version.')).toEqual([
      'Inferentia3 chips per server - = 96chips',
      'Inferentia2 chips per server - = 48chips',
    ]);
    expect(read('Inferentia3 racks pack 96 chips, versus an Inferentia2 rack that held 48 chips.')).toEqual([
      'Inferentia3 chips per server - = 96chips',
      'Inferentia2 chips per server - = 48chips',
    ]);
    expect(read('一台Inferentia3服务器装了96颗芯片，而上一代Inferentia2服务器为48颗。')).toEqual([
      'Inferentia3 chips per server - = 96chips',
      'Inferentia2 chips per server - = 48chips',
    ]);
    // Negative controls: chips a company buys stay chips deployed, a cluster's stay its size, and 颗 in a sentence of no chips is no count.
    expect(read('Oracle bought 50,000 GPUs for its servers.')).toEqual(['Oracle chips deployed - = 50000chips']);
    expect(read('The Inferentia3 cluster links 20,000 chips.')).toEqual(['Inferentia3 cluster size - = 20000chips']);
    expect(values('这家公司种了300颗树。')).toEqual([]);
  });

  it('should read a count before one numbered chip named in the singular as a count of chips, in figures or in words', () => {
    expect(values('Oracle has racked 65,000 H200 in Texas.')).toEqual(['= 65000chips']);
    expect(values('Its cluster runs on nearly three hundred thousand Inferentia2.')).toEqual(['approx 300000chips']);
    expect(values('Each box packs 96 of the Inferentia3.')).toEqual(['= 96chips']);
    // Negative controls: a year before a chip's name, a fiscal year and a quarter are no counts.
    expect(values('In 2026 Inferentia3 ships widely.')).toEqual([]);
    expect(values('Sales for 2026 FY2026 and 2025 Q1 rose.')).toEqual([]);
  });

  it('should read a number compared with a figure before it, its unit left out, in that unit and never a year', () => {
    expect(values('The rack holds 96 chips, against 48 in the older one.')).toEqual(['= 96chips', '= 48chips']);
    expect(values('The chip is 3.2x faster, versus 3 for its predecessor.')).toEqual(['= 3.2x', '= 3x']);
    // Negative controls: a year, a sum of money and a number with a unit word of its own stay as they are.
    expect(values('The rack holds 96 chips, against 2025.')).toEqual(['= 96chips']);
    expect(values('Sales were $18 billion, versus 14 a year ago.')).toEqual(['= 18000000000USD']);
    expect(values('The rack holds 96 chips, against 48 GPUs in the older one.')).toEqual(['= 96chips', '= 48chips']);
  });
});

describe('several figures in one sentence, each of its own measure', () => {
  it('should read sales said as "brought in" or "generated", and the level a growth rate left', () => {
    expect(read('Oracle Cloud brought in $18.2 billion in the quarter, up 22% from $14.9 billion a year earlier.')).toEqual([
      'OCI revenue 2026-Q1 = 18200000000USD',
      'OCI revenue growth 2026-Q1 = 22%',
      'OCI revenue 2025-Q1 = 14900000000USD',
    ]);
    // Negative control: a sum generated in a measure of profit or cash is that measure, not sales.
    expect(read('Oracle Cloud generated $6.1 billion in operating income in the quarter.')).toEqual(['OCI operating profit 2026-Q1 = 6100000000USD']);
    expect(read('Oracle generated $2.3 billion of free cash flow.').some((f) => f.includes(' revenue '))).toBe(false);
  });

  it('should keep a data-centre segment that brings in a sum apart from the company’s revenue', () => {
    expect(read('Nvidia’s data center segment brought in $51.4 billion in the quarter.')).toEqual(['NVIDIA data center revenue 2026-Q1 = 51400000000USD']);
    // Negative control: the company's own takings stay its revenue.
    expect(read('Nvidia brought in $61.1 billion in the quarter.')).toEqual(['NVIDIA revenue 2026-Q1 = 61100000000USD']);
  });
});

describe('tables whose unit is in a label or the lead-in', () => {
  function tableClaims(lines: string[]): string[] {
    const text = ['Cloud estimates revised', '', 'Example Securities | May 6, 2026', '', 'We raise our numbers for the cloud providers after the quarter, in the house style of a desk that gives its unit once, above each table.', '', ...lines, '', 'Source: Example Securities'].join('\n');
    return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
  }

  it('should read a row whose label puts "%" anywhere in its brackets, or at its end, as percentages under a lead-in in dollars', () => {
    const claims = tableClaims(['Oracle, $bn unless stated', '', '| | FQ3 26A | FQ4 26E | FY27E |', '| --- | ---: | ---: | ---: |', '| OCI revenue | 4.1 | 4.6 | 22.0 |', '| OCI revenue growth (y/y, %) | 49.0 | 52.5 | 70.0 |']);
    expect(claims.filter((c) => c.includes('growth'))).toEqual(['OCI revenue growth 2026-Q1 fact 49%', 'OCI revenue growth 2026-Q2 forecast 52.5%', 'OCI revenue growth FY2027 forecast 70%']);
    // Negative control: the row of sums keeps the lead-in's dollars, and a fiscal column marked A (actual) stays a fact.
    expect(claims.filter((c) => !c.includes('growth'))).toEqual(['OCI revenue 2026-Q1 fact 4100000000USD', 'OCI revenue 2026-Q2 forecast 4600000000USD', 'OCI revenue FY2027 forecast 22000000000USD']);
    expect(tableClaims(['Oracle, $bn unless stated', '', '| | 1Q26A |', '| --- | ---: |', '| OCI revenue growth, % | 49.0 |'])).toEqual(['OCI revenue growth 2026-Q1 fact 49%']);
  });

  it('should read a table whose labels and heading name no metric as of the one metric of the text just before it, with ranges written with a dash', () => {
    const lines = ['甲骨文在财报中表示，本财年资本开支约500亿美元。', '', '## 两家公司对比', '', '| 公司 | 2026年计划（亿美元） | 2025年实际（亿美元） |', '| --- | ---: | ---: |', '| 甲骨文 | 约500 | 350 |', '| Meta | 1150—1350 | 722 |'];
    const table = tableClaims(lines);
    expect(table).toContain('Meta capex 2026 plan 115000000000USD');
    expect(table).toContain('Meta capex 2025 fact 72200000000USD');
    expect(table).toContain('Oracle capex 2025 fact 35000000000USD');
    // Negative control: a lead-in of two metrics gives the table none.
    const two = ['甲骨文表示，本财年资本开支约500亿美元，营收约670亿美元。', '', '## 两家公司对比', '', '| 公司 | 2026年计划（亿美元） |', '| --- | ---: |', '| Meta | 1150—1350 |'];
    expect(tableClaims(two).filter((c) => c.startsWith('Meta'))).toEqual([]);
  });
});
