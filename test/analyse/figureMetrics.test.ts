import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

// Sentences written for these tests (not copied from the evaluation set): which metric a figure measures where the words
// that name it hold a shorter word of another metric. Each rule has a look-alike that must keep its own metric.
const context = { fallbackSubject: 'Oracle', articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.metric.name} ${f.value.amount}${f.value.unit}`);
const readSubject = (sentence: string) => readFigures(plainText(sentence), context).map((f) => f.subject);

describe('a metric named by a whole phrase', () => {
  it('should read a sum of committed contracts not yet booked as the backlog, not as money committed to a company', () => {
    expect(read('Oracle ended May with $130 billion of committed contracts it has yet to book as revenue.')).toEqual(['backlog 130000000000USD']);
    expect(read("The group's order book of signed contracts stood at $130 billion at the end of May.")).toEqual(['backlog 130000000000USD']);
    // Negative control: money committed to another company is still an investment.
    expect(read('Oracle committed $2 billion to the start-up in May.')).toEqual(['investment 2000000000USD']);
  });

  it('should keep a word inside a phrase for another unit as the metric of a sum beside it', () => {
    // "lifted its top line 12%" is revenue growth; the sum after it is still the revenue the words "top line" name.
    expect(read('Oracle lifted its top line 12% to $16 billion in the quarter.')).toEqual(['revenue growth 12%', 'revenue 16000000000USD']);
  });
});

describe('approximations and counts of chips', () => {
  const values = (sentence: string) => findValues(sentence).map((f) => `${f.value.bound ?? '='} ${f.value.amount}${f.value.unit}`);

  it('should read a figure a verb says is nearly reached ("nears", "neared") as its ceiling', () => {
    // A total drawing near a mark is below it: at most the mark (it was read as about the mark, which disputed a $455
    // billion order book told by another outlet).
    expect(values('Oracle’s Order Book Nears a Half-Trillion Dollars')).toEqual(['max 500000000000USD']);
    expect(values('The backlog neared $130 billion in May.')).toEqual(['max 130000000000USD']);
    // Negative control: a figure named "near" a place is no bound, and a plain figure stays exact.
    expect(values('It opened a $2 billion campus near Dublin.')).toEqual(['= 2000000000USD']);
  });

  it('should count the parts of a chip generation as chips, and a chip named inside the count as what it counts', () => {
    expect(values('The cluster runs on nearly 300,000 of the third-generation parts.')).toEqual(['approx 300000chips']);
    expect(read("Contoso's Atlas cluster runs on close to a quarter of a million of the Inferentia2.")).toEqual(['cluster size 250000chips']);
    expect(readSubject("Contoso's Atlas cluster runs on close to a quarter of a million of the Inferentia2.")).toEqual(['Inferentia2']);
    // Negative controls: parts that are no chip generation's are no count of chips, and a chip named after "than" in a
    // multiple stays its baseline.
    expect(values('The plant makes half a million parts a year.')).toEqual([]);
    expect(readSubject('Inferentia3 is 4x faster than Inferentia2.')).toEqual(['Inferentia3']);
  });
});

describe('spending and set-asides in other words', () => {
  const readFull = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.period} ${f.modality} ${f.value.amount}${f.value.unit}`);

  it('should read a company’s outlays with a year or a period between, and "an outlay of", as capital spending', () => {
    expect(readFull('Oracle expects its 2026 outlays to reach about $60 billion.')).toEqual(['Oracle capex 2026 plan 60000000000USD']);
    expect(readFull('Oracle’s March-quarter outlays came to $14 billion.')).toEqual(['Oracle capex 2026-Q1 fact 14000000000USD']);
    expect(readFull('Oracle reiterated an outlay of about $50bn for 2026.')).toEqual(['Oracle capex 2026 plan 50000000000USD']);
    // Negative control: an outlay is not any noun after a possessive: a company's "savings" are no capex.
    expect(readFull('Oracle’s 2026 savings come to about $5 billion.')).toEqual([]);
  });

  it('should read money earmarked for a project or a place as a committed sum, and for data centres or capital projects as capex', () => {
    expect(read('Oracle earmarks $6 billion for two Texas counties.')).toEqual(['investment 6000000000USD']);
    expect(read('Oracle has earmarked roughly $0.05 trillion for capital projects this year.')).toEqual(['capex 50000000000USD']);
    // Negative control: a sum that is only held, not set aside, keeps no investment.
    expect(read('Oracle holds $6 billion of cash.')).toEqual([]);
  });
});

describe('a data-centre segment and its verb, with words between', () => {
  const readFull = (sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: 'NVIDIA' }).map((f) => `${f.metric.name} ${f.value.amount}${f.value.unit}`);

  it('should read what the data-centre segment "alone brought in", "had generated" or ", by comparison, booked" as its revenue', () => {
    expect(readFull('Its data-center segment alone brought in $40 billion.')).toEqual(['data center revenue 40000000000USD']);
    expect(readFull('The data-center business had generated $30 billion.')).toEqual(['data center revenue 30000000000USD']);
    expect(readFull('The data-center segment, by comparison, booked $40 billion in revenue.')).toEqual(['data center revenue 40000000000USD']);
    // Look-alike: the company's own revenue, after the segment's, stays revenue.
    expect(readFull('The company, by comparison, booked $45 billion in revenue.')).toEqual(['revenue 45000000000USD']);
  });
});

describe('a share in every so many, a contract said worth by its verb, computation per watt', () => {
  const readOf = (subject: string, sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: subject }).map((f) => `${f.subject} ${f.metric.name} ${f.value.bound ?? '='} ${f.value.amount}${f.value.unit}`);

  it('should read "four in every five chips" as an 80% share of their market, and "nine in ten" as 90%', () => {
    expect(readOf('Intel', 'By most counts, more than four in every five data-centre chips sold still carry Intel’s name.')).toEqual(['Intel market share min 80%']);
    expect(findValues('Nine in ten customers renewed.').map((f) => `${f.value.amount}${f.value.unit}`)).toEqual(['90%']);
    // Look-alike: "one in three years" is a time, no share.
    expect(findValues('One in three years was a loss.')).toEqual([]);
  });

  it('should read a contract that "is worth" a sum, with its party and a dating aside between, as the deal', () => {
    expect(readOf('Cohere', 'Cohere’s five-year compute contract with Oracle, signed in March, is worth twelve billion dollars.')).toEqual(['Cohere investment = 12000000000USD']);
    // Look-alike: contracts in the plural are a backlog's, not one deal.
    expect(readOf('Oracle', 'Oracle’s signed contracts are worth $12 billion that it has yet to deliver.')).toEqual(['Oracle backlog = 12000000000USD']);
  });

  it('should read "more computation out of each watt" as energy efficiency, not the chip’s compute', () => {
    expect(readOf('Maia 200', 'Maia 200 squeezes 30% more computation out of each watt than its predecessor.')).toEqual(['Maia 200 energy efficiency = 30%']);
    // Look-alike: compute without the watt is the chip's performance.
    expect(readOf('Maia 200', 'Maia 200 delivers 30% more compute than its predecessor.')).toEqual(['Maia 200 performance = 30%']);
  });
});

describe('a rise on "the same stretch", a level before a change, a division’s part', () => {
  const readOf = (subject: string, sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: subject }).map((f) => `${f.subject} ${f.metric.name} ${f.period} ${f.value.amount}${f.value.unit}`);

  it('should read "32% more than in the same stretch of 2025" as growth of the figure’s own quarter', () => {
    expect(readOf('Oracle', 'Oracle took in $20 billion in the March quarter, 14% more than in the same stretch of 2025.')).toEqual(['Oracle revenue 2026-Q1 20000000000USD', 'Oracle revenue growth 2026-Q1 14%']);
    // Look-alike: "more than" before a sum is a bound, no rise.
    expect(readOf('Oracle', 'Oracle took in more than $20 billion in the March quarter.')).toEqual(['Oracle revenue 2026-Q1 20000000000USD']);
  });

  it('should keep the level a change starts from when a quarter of its own follows it ("up from $9 billion in the October–December period")', () => {
    expect(readOf('Oracle', 'Oracle’s operating profit came to $10 billion in the March quarter, up from $9 billion in the October–December period.')).toEqual(['Oracle operating profit 2026-Q1 10000000000USD', 'Oracle operating profit 2025-Q4 9000000000USD']);
    // Look-alike: a change of one figure ("raised to … from …") keeps only the new one.
    expect(readOf('Oracle', 'Oracle raised its capex plan to $50 billion from $45 billion.').map((f) => f.split(' ').at(-1))).toEqual(['50000000000USD']);
  });

  it('should read what a data-centre division "accounted for" as its revenue', () => {
    expect(readOf('NVIDIA', 'Its data center division accounted for 40 billion dollars of that.')).toEqual(['NVIDIA data center revenue null 40000000000USD']);
    // Look-alike: what the gaming division accounted for is no data-centre revenue (it is the games line's: businessLines.ts).
    expect(readOf('NVIDIA', 'Its gaming division accounted for 40 billion dollars of that revenue.')).toEqual(['NVIDIA revenue (games) null 40000000000USD']);
  });

  it('should read the revenue a data-centre segment "generated" as its revenue', () => {
    expect(readOf('NVIDIA', 'Its data center segment generated revenue of 40 billion dollars.')).toEqual(['NVIDIA data center revenue null 40000000000USD']);
    // Look-alike: the revenue another segment generated is the company's, as the reader keys segments it does not know.
    expect(readOf('NVIDIA', 'Its gaming segment generated revenue of 4 billion dollars.')).toEqual(['NVIDIA revenue null 4000000000USD']);
  });
});

describe('money put into a company in other words', () => {
  const readOf = (subject: string, sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: subject }).map((f) => `${f.subject} ${f.metric.name} ${f.modality} ${f.value.amount}${f.value.unit}`);

  it('should read "an equity injection of up to $20 billion" as an investment, one turned down an offer', () => {
    expect(readOf('Cohere', 'Cohere rejected an equity injection of up to $20 billion from Oracle in March.')).toEqual(['Oracle investment offer 20000000000USD']);
    // Look-alike: a central bank's liquidity injection is no stake in a company.
    expect(readOf('Cohere', 'The central bank’s liquidity injection of $20 billion calmed markets.')).toEqual([]);
  });
});

describe('chips lined up for a company', () => {
  const readOf = (subject: string, sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: subject }).map((f) => `${f.subject} ${f.metric.name} ${f.value.bound ?? '='} ${f.value.amount}${f.value.unit}`);

  it('should read chips a supplier "lines up" for a lab as chips the lab deploys', () => {
    expect(readOf('Cohere', 'Oracle lines up as many as 200,000 GPUs for Cohere.')).toEqual(['Cohere chips deployed max 200000chips']);
    // Look-alike: lining up customers is no count of chips.
    expect(readOf('Cohere', 'Oracle lines up three new customers for its chips.')).toEqual([]);
  });
});

describe('a priced bid', () => {
  const readOf = (subject: string, sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: subject }).map((f) => `${f.subject} ${f.metric.name} ${f.modality} ${f.value.amount}${f.value.unit}`);

  it('should read "a $30bn bid" (unsolicited, hostile) turned down as a bid for the company, an offer', () => {
    expect(readOf('Cohere', 'Its board rebuffed a $30 billion unsolicited bid from a rival consortium.')).toEqual(['Cohere acquisition offer 30000000000USD']);
    // Look-alike: "bid up" a price is no bid for a company.
    expect(readOf('Cohere', 'Traders bid up the shares by $2 billion.').some((f) => f.includes('acquisition'))).toBe(false);
  });
});

describe('what a backer put in, "to the tune of" a sum', () => {
  const readOf = (subject: string, sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: subject }).map((f) => `${f.subject} ${f.metric.name} ${f.value.amount}${f.value.unit}`);

  it('should read a sum "to the tune of" after a backer as the backer’s investment', () => {
    expect(readOf('Cohere', 'Cohere, backed by Oracle to the tune of $2 billion, said no.')).toEqual(['Oracle investment 2000000000USD']);
    // Look-alike: "to the tune of" without a backer names no investment.
    expect(readOf('Cohere', 'Costs rose to the tune of $2 billion.').some((f) => f.includes('investment'))).toBe(false);
  });

  it('should give a clause that opens by comparing its figure with the one before it that figure’s metric, not the metric of the clause after it', () => {
    expect(read('美光營收182億美元，高於公司3月時給出的約175億美元財測，其中資料中心業務營收71億美元。')).toEqual(['revenue 18200000000USD', 'revenue 17500000000USD', 'data center revenue 7100000000USD']);
    // Look-alike: a comparison clause that names its own metric keeps it.
    expect(read('美光營收182億美元，高於去年同期資料中心業務營收的62億美元。')).toEqual(['revenue 18200000000USD', 'data center revenue 6200000000USD']);
  });
});

describe('a figure others expected, set beside a result', () => {
  it('should read an estimate or consensus with no measure of its own as the measure of the result before it, past a figure of another unit', () => {
    expect(read("Oracle's cloud unit booked $12.1 billion of revenue, a rise of 18% on the year, against a Street estimate of $11.9 billion.")).toEqual(['revenue 12100000000USD', 'revenue growth 18%', 'revenue 11900000000USD']);
    expect(read('Oracle spent $9 billion on capital projects, up 40%, beating a consensus of about $8.5 billion.')).toEqual(['capex 9000000000USD', 'capex 40%', 'capex 8500000000USD']);
    // Negative control: an estimate that names its own measure keeps it.
    expect(read("Oracle's cloud unit booked $12.1 billion of revenue, a rise of 18% on the year, with a valuation estimate of $900 billion.")).toEqual(['revenue 12100000000USD', 'revenue growth 18%', 'valuation 900000000000USD']);
  });
});

describe('a level set before a figure', () => {
  it('should read the sum a clause opening with "after" sets before a figure as that figure’s metric, not one named after it', () => {
    expect(read('Meta expects capital spending of about $118 billion this year, after $72 billion in 2025, and its revenue rose 22% in the quarter.')).toEqual(['capex 118000000000USD', 'capex 72000000000USD', 'revenue growth 22%']);
    // Look-alike: a figure in another unit after "after" keeps the metric named beside it.
    expect(read('Meta expects capital spending of about $118 billion this year, after revenue growth of 22% in the quarter.')).toEqual(['capex 118000000000USD', 'revenue growth 22%']);
  });
});
