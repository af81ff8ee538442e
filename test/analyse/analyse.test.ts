import { beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { analyse } from '../../src/analyse/analyse.ts';
import { findValues, compatible, formatValue } from '../../src/analyse/parseValue.ts';
import { splitSentences } from '../../src/analyse/splitSentences.ts';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { findEntities } from '../../src/analyse/entities.ts';
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import { tempDir } from '../helpers/corpus.ts';
import { SEEDS } from '../helpers/cli.ts';
import type { Analysis, Article, Claim } from '../../src/schemas.ts';

let articles: Article[];
let analysis: Analysis;
const A000 = '000_9233e89c7bacff11';
const A001 = '001_e735458e1800b1fc';
const A002 = '002_e58296ae0857730c';
const A003 = '003_170541114e84f7e1';
const A004 = '004_f8a458f6d888d2ee';

const claimWith = (test: (c: Claim) => boolean) => {
  const found = analysis.claims.filter(test);
  expect(found, 'exactly one claim should match').toHaveLength(1);
  return found[0]!;
};
const about = (subject: string, metric: string) => (c: Claim) => c.subject === subject && c.metric === metric;
const conflictOf = (...ids: string[]) => analysis.conflicts.find((x) => ids.every((id) => x.claims.includes(id)));

beforeAll(async () => {
  articles = await loadArticles();
  analysis = analyse(articles);
});

describe('reading figures', () => {
  it('should normalise money, percentages, multipliers, units and bounds as news writes them', () => {
    const values = (s: string) => findValues(s).map((f) => f.value);
    expect(values('$200B and $200 billion and 200B$')).toEqual([
      { amount: 200e9, unit: 'USD' },
      { amount: 200e9, unit: 'USD' },
      { amount: 200e9, unit: 'USD' },
    ]);
    expect(values('7000B$ industry capex, a $1T plan and $37.6B')).toEqual([
      { amount: 7000e9, unit: 'USD' },
      { amount: 1e12, unit: 'USD' },
      { amount: 37.6e9, unit: 'USD' },
    ]);
    expect(values('backlog $464B+, more than $10 billion, up to 4x, ~$50B')).toEqual([
      { amount: 464e9, unit: 'USD', bound: 'min' },
      { amount: 10e9, unit: 'USD', bound: 'min' },
      { amount: 4, unit: 'x', bound: 'max' },
      { amount: 50e9, unit: 'USD', bound: 'approx' },
    ]);
    // "near" a figure is about it, as "nearly" is; a place near a town is no figure.
    expect(values('growth holding near 40%, a campus near Columbus, spending nearly $110 billion')).toEqual([
      { amount: 40, unit: '%', bound: 'approx' },
      { amount: 110e9, unit: 'USD', bound: 'approx' },
    ]);
    expect(values('4× faster, four times the memory, 28%, 800 Gbps, 2.1 TFLOPS/W, 5 GW')).toEqual([
      { amount: 4, unit: 'x' },
      { amount: 4, unit: 'x' },
      { amount: 28, unit: '%' },
      { amount: 800, unit: 'Gbps' },
      { amount: 2.1, unit: 'TFLOPS/W' },
      { amount: 5, unit: 'GW' },
    ]);
    expect(values('Trainium2 and the H100 and Q1 2026')).toEqual([]);
    expect(values('USD 5 billion, €10bn and £3.5 billion')).toEqual([
      { amount: 5e9, unit: 'USD' },
      { amount: 10e9, unit: 'EUR' },
      { amount: 3.5e9, unit: 'GBP' },
    ]);
    // Currency words after the figure, yen and yuan, "pc", "≈" and "threefold".
    expect(values('5 billion euros, 2 billion pounds, ¥500 billion, RMB 10bn, 12 billion yuan, 28pc, ≈$40B, a threefold rise')).toEqual([
      { amount: 5e9, unit: 'EUR' },
      { amount: 2e9, unit: 'GBP' },
      { amount: 500e9, unit: 'JPY' },
      { amount: 10e9, unit: 'CNY' },
      { amount: 12e9, unit: 'CNY' },
      { amount: 28, unit: '%' },
      { amount: 40e9, unit: 'USD', bound: 'approx' },
      { amount: 3, unit: 'x' },
    ]);
    expect(formatValue({ amount: 12e9, unit: 'CNY' })).toBe('CN¥12B');
    // Newswire styles: a hyphenated scale, Reuters' bln/mln, "-plus", digits before "-fold".
    expect(values('a $2.5-billion deal, $40 bln, $500 mln, capex of $10 billion-plus, a 10-fold rise, 3fold')).toEqual([
      { amount: 2.5e9, unit: 'USD' },
      { amount: 40e9, unit: 'USD' },
      { amount: 500e6, unit: 'USD' },
      { amount: 10e9, unit: 'USD', bound: 'min' },
      { amount: 10, unit: 'x' },
      { amount: 3, unit: 'x' },
    ]);
    // Numbers in words before a scale in words; never a lone "a" before a letter scale.
    expect(values('half a billion dollars, two billion euros, one million TPUs, a million chips')).toEqual([
      { amount: 0.5e9, unit: 'USD' },
      { amount: 2e9, unit: 'EUR' },
      { amount: 1e6, unit: 'chips' },
      { amount: 1e6, unit: 'chips' },
    ]);
    expect(values('plan a B$ round, a million tokens, one billion users')).toEqual([]);
    // Won and rupees, with the Indian crore (ten million) and lakh crore (a trillion).
    expect(values('2 trillion won, ₩500 billion, Rs 5,000 crore, ₹1.5 lakh crore, INR 200 crore')).toEqual([
      { amount: 2e12, unit: 'KRW' },
      { amount: 500e9, unit: 'KRW' },
      { amount: 50e9, unit: 'INR' },
      { amount: 1.5e12, unit: 'INR' },
      { amount: 2e9, unit: 'INR' },
    ]);
    expect([formatValue({ amount: 50e9, unit: 'INR' }), formatValue({ amount: 2e12, unit: 'KRW' })]).toEqual(['₹50B', '₩2T']);
    // Every currency written before its figure, as a symbol or a code in capitals or not (the
    // figure pattern first looks for the characters these can start with).
    const written = 'US$5bn, usd 6bn, €8bn, eur 9bn, £10bn, gbp 11bn, ¥12bn, jpy 14bn, CN¥15bn, rmb 16bn, cny 17bn, HKD 19bn, ₩20bn, krw 21bn, ₹22bn, Rs 23bn, inr 24bn';
    expect(findValues(written).map((f) => `${f.value.amount / 1e9} ${f.value.unit}`)).toEqual(
      ['5 USD', '6 USD', '8 EUR', '9 EUR', '10 GBP', '11 GBP', '12 JPY', '14 JPY', '15 CNY', '16 CNY', '17 CNY', '19 HKD', '20 KRW', '21 KRW', '22 INR', '23 INR', '24 INR'],
    );
    // Chinese numbering: 亿 (a hundred million) and 万亿 (a trillion) before 元; a full-width ￥.
    expect(values('3800亿元, 1.2万亿元, ￥500 billion')).toEqual([
      { amount: 380e9, unit: 'CNY' },
      { amount: 1.2e12, unit: 'CNY' },
      { amount: 500e9, unit: 'JPY' },
    ]);
    // One unit per quantity: power in GW, bandwidth in Gbps, compute in TFLOPS.
    expect(values('1,500 MW, 1.5 gigawatts, 800 megawatts, 1.6 Tbps, 2 PFLOPS')).toEqual([
      { amount: 1.5, unit: 'GW' },
      { amount: 1.5, unit: 'GW' },
      { amount: 0.8, unit: 'GW' },
      { amount: 1600, unit: 'Gbps' },
      { amount: 2000, unit: 'TFLOPS' },
    ]);
  });

  it('should read periods: quarters, halves, years, run rates and the previous year', () => {
    const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, };
    const period = (clause: string) => parsePeriod(clause, clause, context);
    expect(period('in the first quarter')).toBe('2026-Q1');
    expect(period('Q3 FY2025 revenue')).toBe('2025-Q3');
    expect(period('in H1 2025')).toBe('2025-H1');
    expect(period('for fiscal 2024')).toBe('2024');
    expect(period('Meta raised its 2025 capex guidance')).toBe('2025');
    expect(period('an annual run rate')).toBe('annual');
    expect(parsePeriod('the 14% growth in the same quarter of the previous year', 'up 21% in Q1 2026, against the 14% growth in the same quarter of the previous year', context)).toBe('2025-Q1');
    expect(period('since 2022')).toBeNull();
    // Compared with an undated period a year before: its own period, never this one's, never a run rate.
    expect(parsePeriod('compared with $7 billion a year earlier', 'AWS operating income rose to $10.4 billion, compared with $7 billion a year earlier.', { ...context, articleYear: null })).toBe('a year earlier');
  });

  it('should keep as a plan, in a forecast section, the company’s own guidance the forecast is measured against', () => {
    const predicted = (text: string) => {
      const article: Article = { ...articles[0]!, id: 'guided', file: 'guided.txt', title: 'Contoso capital spending', tagline: null, tldr: { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null }, deepInsight: [], takeaways: [], technicalNotes: [], predictions: [{ text, rationale: null }], timeline: [], competitorTables: [], sections: [] };
      return analyse([article]).claims.filter((c) => c.value).map((c) => `${c.value!.amount} ${c.modality}`).sort();
    };
    expect(predicted('We expect Contoso’s 2026 capex to land nearer $95 billion than the $90 billion it has guided.')).toEqual(['90000000000 plan', '95000000000 forecast']);
    // Look-alike: a second figure of the forecast itself, no guidance named, is a forecast too.
    expect(predicted('We expect Contoso’s capex to land near $95 billion in 2026 and $99 billion in 2027.')).toEqual(['95000000000 forecast', '99000000000 forecast']);
  });

  it('should read a bare ¥ as the yuan in a Chinese article and as the yen elsewhere', () => {
    const yuan = (text: string, title = 'Alibaba Cloud spending') => {
      const article: Article = { ...articles[0]!, id: 'yen', file: 'yen.txt', title, tagline: null, tldr: { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null }, deepInsight: [text], takeaways: [], technicalNotes: [], predictions: [], timeline: [], competitorTables: [], sections: [] };
      return analyse([article]).claims.map((c) => c.value?.unit);
    };
    expect(yuan('阿里巴巴表示，Alibaba will invest ¥380 billion in cloud infrastructure over three years.')).toEqual(['CNY']);
    expect(yuan('Alibaba will invest ¥380 billion in cloud infrastructure over three years.')).toEqual(['JPY']);
    // Japanese writes kana: there ¥ is the yen; and a code or a word says which, whatever the text.
    expect(yuan('ソフトバンクは、Alibaba will invest ¥380 billion in cloud infrastructure.')).toEqual(['JPY']);
    expect(yuan('阿里巴巴表示，Alibaba will invest JPY 380 billion in cloud infrastructure.')).toEqual(['JPY']);
  });

  it('should know the chip makers and suppliers of AI news by their names as written', () => {
    const names = (s: string) => findEntities(s).map((e) => e.name);
    expect(names('SK Hynix and Samsung Electronics supply HBM; Taiwan Semiconductor Manufacturing builds the GB200.')).toEqual(['SK Hynix', 'Samsung', 'TSMC', 'GB200']);
    expect(names('Broadcom, Micron and Arm Holdings; the H20 is not the H200.')).toEqual(['Broadcom', 'Micron', 'Arm', 'H20', 'H200']);
    // Case-sensitive names are not common words.
    expect(names('an arm of the company, a dell in the valley, a micron of silicon')).toEqual([]);
  });

  it('should read money counted in words up to ninety-nine, with a hyphen or a space', () => {
    const values = (s: string) => findValues(s).map((f) => [f.text, f.value.amount, f.value.unit]);
    expect(values('Microsoft committed fifty billion dollars to new sites.')).toEqual([['fifty billion dollars', 50e9, 'USD']]);
    expect(values('a Twenty-Five billion euro budget, then thirty five billion euros more')).toEqual([
      ['Twenty-Five billion euro', 25e9, 'EUR'],
      ['thirty five billion euros', 35e9, 'EUR'],
    ]);
    expect(values('Nineteen million dollars went to the lab, and seventy-two thousand dollars to travel.')).toEqual([
      ['Nineteen million dollars', 19e6, 'USD'],
      ['seventy-two thousand dollars', 72e3, 'USD'],
    ]);
    expect(values('Britain gets a thirty-billion-dollar pledge and a two-hundred-million-dollar grant.')).toEqual([
      ['thirty-billion-dollar', 30e9, 'USD'],
      ['two-hundred-million-dollar', 200e6, 'USD'],
    ]);
    // The words alone, without money or a scale, are no figure: "fifty" people, "twenty" years.
    expect(values('Fifty engineers worked for twenty years on it.')).toEqual([]);
  });

  it('should read "between 37 and 38 per cent" as one range, as "between 37% and 38%" is, but two percentages joined by "and" as two', () => {
    const values = (s: string) => findValues(s).map((f) => f.value);
    expect(values('Revenue should grow between 11 and 13 per cent next year.')).toEqual([{ amount: 11, unit: '%', bound: 'min' }]);
    expect(values('between 11 and 13 percent')).toEqual(values('between 11% and 13%'));
    expect(values('Sales rose 11% and margins 13 percent.')).toHaveLength(2);
    // Without "between", "and" joins two facts, the first not a percentage.
    expect(values('It cut 11 and hired 13 percent more.')).toEqual([{ amount: 13, unit: '%' }]);
  });

  it('should read a range as one figure and a change as its new figure, never as two that disagree', () => {
    const values = (s: string) => findValues(s).map((f) => f.value);
    expect(values('capex of $66 billion to $72 billion')).toEqual([{ amount: 66e9, unit: 'USD', bound: 'min' }]);
    expect(values('$10B–$15B, €5bn-€7bn and between $1 billion and $2 billion')).toEqual([
      { amount: 10e9, unit: 'USD', bound: 'min' },
      { amount: 5e9, unit: 'EUR', bound: 'min' },
      { amount: 1e9, unit: 'USD', bound: 'min' },
    ]);
    // Two figures that merely follow each other stay two.
    expect(values('$10 billion and $15 billion')).toHaveLength(2);
    const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, };
    const read = (sentence: string) => readFigures(sentence, context).map((f) => [f.subject, f.metric.name, f.value.amount, f.period]);
    expect(read('Alphabet raised its 2025 capital expenditure forecast to $85 billion from $75 billion.')).toEqual([['Google', 'capex', 85e9, '2025']]);
    expect(read('Amazon increased its capex guidance from $100 billion to $125 billion for 2025.')).toEqual([['Amazon', 'capex', 125e9, '2025']]);
    // The figure of an earlier period stays, under its own period.
    expect(read('AWS posted operating income of $11.5 billion, up from $9.4 billion a year earlier.')).toEqual([
      ['AWS', 'operating profit', 11.5e9, null],
      ['AWS', 'operating profit', 9.4e9, 'a year earlier'],
    ]);
  });

  it('should read a verb of movement as the growth of the metric beside it, and a fall as negative growth', () => {
    const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, };
    const read = (sentence: string) => readFigures(sentence, context).map((f) => [f.subject, f.metric.name, f.value.amount, f.value.unit]);
    expect(read('Intel revenue fell 8% to $12.7 billion.')).toEqual([
      ['Intel', 'revenue growth', -8, '%'],
      ['Intel', 'revenue', 12.7e9, 'USD'],
    ]);
    // A unit's revenue is the unit's, never its parent's.
    expect(read('Google Cloud revenue declined 3% year over year.')).toEqual([['Google Cloud', 'revenue growth', -3, '%']]);
    expect(read('Nvidia revenue grew 69% to $44.1 billion.')[0]).toEqual(['NVIDIA', 'revenue growth', 69, '%']);
    // The verb moves the metric named in its clause; it is not revenue growth.
    expect(read('Microsoft capex increased 20% in 2025.')).toEqual([['Microsoft', 'capex', 20, '%']]);
    // A cost's percentage is how much lower it is ("40% lower inference costs"): a rise is a negative one.
    expect(read('AWS says inference costs rose 40% this year.')).toEqual([['AWS', 'inference cost', -40, '%']]);
    expect(read('AWS says inference costs dropped 40% this year.')).toEqual([['AWS', 'inference cost', 40, '%']]);
    expect(read('Microsoft capex fell 10% in 2025.')).toEqual([['Microsoft', 'capex', -10, '%']]);
    // A fall and a rise of the same size disagree.
    expect(compatible({ amount: -8, unit: '%' }, { amount: 8, unit: '%' })).toBe(false);
    expect(formatValue({ amount: -8, unit: '%' })).toBe('-8%');
  });

  it('should treat values within rounding or bounds as agreeing', () => {
    expect(compatible({ amount: 244e9, unit: 'USD' }, { amount: 244.4e9, unit: 'USD' })).toBe(true);
    expect(compatible({ amount: 464e9, unit: 'USD', bound: 'min' }, { amount: 500e9, unit: 'USD' })).toBe(true);
    expect(compatible({ amount: 464e9, unit: 'USD', bound: 'min' }, { amount: 244e9, unit: 'USD' })).toBe(false);
    expect(compatible({ amount: 4, unit: 'x', bound: 'max' }, { amount: 4, unit: 'x' })).toBe(true);
    expect(compatible({ amount: 40, unit: '%', bound: 'approx' }, { amount: 33, unit: '%' })).toBe(false);
    expect(compatible({ amount: 4, unit: 'x' }, { amount: 4, unit: '%' })).toBe(false);
  });

  it('should let a figure written less precisely agree within 1%, and two figures of one precision only within 0.5%', () => {
    const usd = (amount: number) => ({ amount, unit: 'USD' as const });
    expect(compatible(usd(131e9), usd(131.8e9))).toBe(true); // "$131bn" for $131.8 billion
    expect(compatible(usd(51e9), usd(51.2e9))).toBe(true);
    expect(compatible(usd(244e9), usd(245e9))).toBe(true); // within 0.5%
    // Two figures given to one decimal that differ by 0.7% are two figures: they disagree.
    expect(compatible(usd(69.7e9), usd(70.2e9))).toBe(false);
    expect(compatible({ amount: 37.5, unit: '%' }, { amount: 37.8, unit: '%' })).toBe(false);
  });

  it('should give a figure to the product it describes, not the one it is measured against', () => {
    const context = { fallbackSubject: 'Amazon', articleQuarter: null, articleYear: 2026, };
    const subjects = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.metric.name} ${f.value.amount}${f.value.unit}`);
    expect(subjects('Trainium2 architecture utilizes a 5nm process node, featuring 4x the compute performance and 3x the memory capacity of the first-generation Trainium chip.')).toEqual([
      'Trainium2 process node 5nm',
      'Trainium2 performance 4x',
      'Trainium2 memory capacity 3x',
    ]);
    expect(subjects('AWS says Inferentia2 offers 40% lower inference cost than the NVIDIA H100.')).toEqual(['AWS inference cost 40%']);
    // "N times X's performance": X is the baseline.
    expect(subjects('Inferentia3 is rated at 2.5 times Inferentia2’s performance.')).toEqual(['Inferentia3 performance 2.5x']);
    expect(subjects('Amazon has committed up to $4 billion to Anthropic.')).toEqual(['Amazon investment 4000000000USD']);
    // Counts of chips: who deploys them, or the size of a cluster of one chip; the chip's maker named inside the count owns nothing.
    expect(readFigures('Microsoft ordered 485,000 Nvidia Hopper chips in 2024.', context).map((f) => [f.subject, f.metric.name, f.value])).toEqual([['Microsoft', 'chips deployed', { amount: 485000, unit: 'chips' }]]);
    expect(readFigures('Anthropic will use up to 1 million TPUs from Google.', context).map((f) => [f.subject, f.metric.name, f.value])).toEqual([['Anthropic', 'chips deployed', { amount: 1e6, unit: 'chips', bound: 'max' }]]);
    expect(subjects("'UltraClusters' allow the interconnection of up to 100,000 Trainium chips using EFA.")).toEqual(['Trainium cluster size 100000chips']);
    expect(subjects('Graviton4 and Trainium2 chips are designed by AWS.')).toEqual([]);
    // The investor named before "agreed to invest", not the story's company (here AWS, from the title).
    const aws = { ...context, fallbackSubject: 'AWS' };
    expect(readFigures('Microsoft has agreed to invest USD 10 billion in OpenAI over several years.', aws).map((f) => [f.subject, f.counterparty])).toEqual([['Microsoft', 'OpenAI']]);
    expect(subjects('Google Cloud revenue climbed 28% to $12.3 billion.')).toEqual(['Google Cloud revenue growth 28%', 'Google Cloud revenue 12300000000USD']);
    // The same capacity written in megawatts and in gigawatts is one figure, so it agrees.
    const power = (sentence: string) => readFigures(sentence, context).map((f) => [f.subject, f.metric.name, f.value]);
    expect(power('Microsoft plans 1,500 MW of data center capacity.')).toEqual([['Microsoft', 'power capacity', { amount: 1.5, unit: 'GW' }]]);
    expect(power('Microsoft plans 1.5 gigawatts of data center capacity.')).toEqual([['Microsoft', 'power capacity', { amount: 1.5, unit: 'GW' }]]);
    expect(subjects('Microsoft will spend Rs 75,000 crore in capex in India.')).toEqual(['Microsoft capex 750000000000INR']);
    // Measured against nothing else, the product after "of" is the subject.
    expect(subjects('The performance of Trainium2 is 4x.')[0]).toBe('Trainium2 performance 4x');
  });

  it('should cut a run-on text without full stops into verbatim pieces of at most 1,000 characters, at clause breaks', () => {
    const runOn = 'AWS revenue rose to $1B, capex hit 5%, '.repeat(2000).trim();
    const pieces = splitSentences(runOn);
    expect(pieces.length).toBeGreaterThan(70);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(1000);
      expect(runOn).toContain(piece);
      expect(piece).toMatch(/,$|%$/);
    }
    expect(pieces.join(' ')).toBe(runOn);
  });

  it('should not end sentences at $37.6B, U.S., e.g. or decimal points', () => {
    expect(splitSentences('AWS Q1 revenue was $37.6B. The U.S. market grew, e.g. in Ohio. Margins hit 3.5%! Next.')).toEqual([
      'AWS Q1 revenue was $37.6B.',
      'The U.S. market grew, e.g. in Ohio.',
      'Margins hit 3.5%!',
      'Next.',
    ]);
  });
});

describe('claims from the seeds', () => {
  it('should merge the AWS backlog said twice in one article and flag the outlet that disagrees', () => {
    const backlog244 = claimWith((c) => about('AWS', 'backlog')(c) && c.value?.amount === 244e9);
    expect(backlog244.mentions.map((m) => [m.article, m.section])).toEqual([
      [A000, 'tagline'],
      [A000, 'tldr.whatChanged'],
    ]);
    const backlog464 = claimWith((c) => about('AWS', 'backlog')(c) && c.value?.amount === 464e9);
    expect(backlog464.value).toEqual({ amount: 464e9, unit: 'USD', bound: 'min' });
    const conflict = conflictOf(backlog244.id, backlog464.id);
    expect(conflict?.reason).toBe('GeekWire puts the AWS backlog at $244B; 虎嗅 says more than $464B.');
    expect(backlog244.topic).toBe('backlog');
  });

  it('should merge the $200B capex plan across the two GeekWire stories', () => {
    const capex = claimWith((c) => about('Amazon', 'capex')(c) && c.value?.amount === 200e9 && c.topic === 'capex');
    expect(new Set(capex.mentions.map((m) => m.article))).toEqual(new Set([A000, '001_e735458e1800b1fc']));
    // "The $200 billion investment plan includes … expansion of AWS 'Local Zones'": AWS is the object, Amazon (the story's company) the spender.
    expect(capex.mentions.some((m) => m.section === 'takeaways' && m.quote.includes('expansion of AWS'))).toBe(true);
    expect(analysis.claims.some((c) => about('AWS', 'capex')(c) && c.value?.amount === 200e9)).toBe(false);
    // A quarterly figure is never merged into a plan without that period; capex is the group's, whichever unit is named.
    const quarterly = claimWith((c) => about('Amazon', 'capex')(c) && c.value?.amount === 18e9);
    expect(quarterly.period).toBe('2026-Q1');
    expect(quarterly.mentions.map((m) => m.article)).toEqual([A004]);
  });

  it('should flag Q1 growth of 28% against 21% and keep the previous year’s 14% apart', () => {
    const g28 = claimWith((c) => about('AWS', 'revenue growth')(c) && c.value?.amount === 28);
    const g21 = claimWith((c) => about('AWS', 'revenue growth')(c) && c.value?.amount === 21);
    const g14 = claimWith((c) => about('AWS', 'revenue growth')(c) && c.value?.amount === 14);
    expect(g21.period).toBe('2026-Q1');
    expect(g14.period).toBe('2025-Q1');
    expect(conflictOf(g28.id, g21.id)).toBeDefined();
    expect(analysis.conflicts.some((x) => x.claims.includes(g14.id))).toBe(false);
  });

  it('should merge "4x performance" across outlets but never with "4x performance per watt", which is energy efficiency', () => {
    const perf = claimWith((c) => about('Trainium2', 'performance')(c) && c.value?.unit === 'x');
    // 001's timeline entry ("AWS announces Trainium2, claiming 4x faster training …") states it too.
    expect(new Set(perf.mentions.map((m) => m.article))).toEqual(new Set([A000, A001, A002, A003]));
    // "up to 4x better performance-per-watt" admits "2x better energy efficiency": one measure, one claim.
    const perWatt = claimWith((c) => about('Trainium2', 'energy efficiency')(c) && c.value?.unit === 'x');
    expect(new Set(perWatt.mentions.map((m) => m.article))).toEqual(new Set([A000, A004]));
    expect(perWatt.id).not.toBe(perf.id);
  });

  it('should flag inference cost savings of about 40% against 33%, apart from training cost', () => {
    const i40 = claimWith((c) => about('AWS', 'inference cost')(c) && c.value?.amount === 40);
    const i33 = claimWith((c) => about('AWS', 'inference cost')(c) && c.value?.amount === 33);
    expect(i40.value?.bound).toBe('approx');
    expect(conflictOf(i40.id, i33.id)).toBeDefined();
    const training = claimWith((c) => about('AWS', 'training cost')(c));
    expect(training.value?.amount).toBe(40);
  });

  it('should merge every mention of the $50B offer to OpenAI, prose and table cell', () => {
    const offer = claimWith((c) => c.metric === 'investment' && c.value?.amount === 50e9 && c.topic === 'investment');
    expect(offer.subject).toBe('Amazon');
    expect(offer.key).toContain('openai');
    expect(offer.mentions.length).toBeGreaterThanOrEqual(4);
    expect(offer.mentions.some((m) => m.section.startsWith('table: ') && m.quote === '$50B')).toBe(true);
  });

  it('should keep every quote a verbatim substring of its article', () => {
    const byId = new Map(articles.map((a) => [a.id, JSON.stringify(a)]));
    for (const claim of analysis.claims) {
      for (const mention of claim.mentions) expect(byId.get(mention.article), mention.quote).toContain(JSON.stringify(mention.quote).slice(1, -1));
    }
  });

  it('should give forecasts the prediction topic and every claim a key, statement and url', () => {
    const predictions = analysis.claims.filter((c) => c.topic === 'prediction');
    expect(predictions.length).toBeGreaterThanOrEqual(6);
    expect(predictions.some((c) => c.statement.includes('$150B'))).toBe(true);
    for (const claim of analysis.claims) {
      expect(claim.url).toBe(`/claims/${claim.id}.html`);
      expect(claim.key).not.toBe('');
    }
    expect(new Set(analysis.claims.map((c) => c.id)).size).toBe(analysis.claims.length);
  });
});

describe('timeline and competitor matrix of the seeds', () => {
  it('should merge 15 timeline entries into 11 events, keeping the three 2025-02 events apart', () => {
    expect(analysis.events).toHaveLength(11);
    const mentions = (month: string) => analysis.events.filter((e) => e.date === month).map((e) => e.mentions.map((m) => m.article.slice(0, 3)).sort());
    expect(mentions('2023-04')).toEqual([['001', '004']]);
    expect(mentions('2023-11')).toEqual([['000', '001', '004']]);
    expect(mentions('2024-03')).toEqual([['000', '004']]);
    expect(mentions('2025-02').sort()).toEqual([['000'], ['001'], ['004']]);
    for (const event of analysis.events) expect(event.url).toBe(`/timeline/#${event.id}`);
  });

  it('should keep apart same-month events about different products, however alike their words', () => {
    const base = articles.find((a) => a.id === A004)!;
    const withTimeline = (id: string, text: string): Article => ({ ...base, id, file: `${id}.txt`, timeline: [{ date: '2024-06', text, line: 1 }] });
    const { events } = mergeTimeline([
      withTimeline('a', 'AWS launches Trainium2 instances for enterprise customers.'),
      withTimeline('b', 'AWS launches Inferentia2 instances for enterprise customers.'),
      withTimeline('c', 'Amazon makes Trainium 2 instances available to enterprise customers.'),
    ]);
    expect(events.map((e) => e.mentions.map((m) => m.article).sort().join('+')).sort()).toEqual(['a+c', 'b']);
  });

  it('should merge the competitor tables into one matrix with normalised providers and aliased rows', () => {
    const { providers, features } = analysis.competitors;
    expect(providers).toEqual(['AWS', 'Microsoft Azure', 'Google Cloud', 'Oracle OCI']);
    const silicon = features.find((f) => f.feature === 'Custom Silicon')!;
    expect(silicon.aliases).toEqual(expect.arrayContaining(['Custom AI Silicon', 'Custom Silicon']));
    expect(silicon.cells.AWS!.map((c) => c.text)).toEqual(expect.arrayContaining(['Trainium2 / Inferentia2', 'Trainium/Inferentia', 'Trainium2 / Inferentia3']));
    expect(silicon.disagreements).toContain('AWS');
    const maia = silicon.cells['Microsoft Azure']!.find((c) => c.text === 'Maia 100')!;
    expect(maia.articles).toEqual([A000, A004]);
  });

  it('should warn about an impossible date with its file and line, and keep going', () => {
    const broken = { ...articles[0]!, id: 'broken', file: 'broken.txt', timeline: [{ date: '2026-13', text: 'Impossible.', line: 26 }, { date: '2025-02-30', text: 'Also impossible.', line: 28 }] };
    const result = analyse([...articles, broken]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'broken.txt', line: 26, message: expect.stringContaining('2026-13') }),
      expect.objectContaining({ file: 'broken.txt', line: 28 }),
    ]);
    expect(result.events).toHaveLength(11);
  });
});

describe('merging properties', () => {
  it('should give the same analysis whatever the order of the articles', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(articles, { minLength: articles.length, maxLength: articles.length }), (shuffled) => {
        expect(analyse(shuffled)).toEqual(analysis);
      }),
      { numRuns: 20 },
    );
  });

  it('should be idempotent: an article given twice adds no claim, event or cell', () => {
    const twice = analyse([...articles, ...articles]);
    expect(twice.claims.map((c) => c.id)).toEqual(analysis.claims.map((c) => c.id));
    expect(twice.events.map((e) => e.id)).toEqual(analysis.events.map((e) => e.id));
  });

  it('should find the same claims and conflicts in damaged copies of the seeds', async () => {
    const dir = path.join(await tempDir('damaged'), 'in');
    await mkdir(dir);
    await cp(SEEDS, dir, { recursive: true });
    const windows = (text: string) => [...Buffer.from(text, 'utf8')].map((b) => { const c = iconv.decode(Buffer.of(b), 'windows-1252'); return c === '\uFFFD' ? String.fromCharCode(b) : c; }).join('');
    const seed002 = await readFile(path.join(SEEDS, `${A002}.txt`), 'utf8');
    const seed004 = await readFile(path.join(SEEDS, `${A004}.txt`), 'utf8');
    await writeFile(path.join(dir, `${A002}.txt`), windows(seed002));
    await writeFile(path.join(dir, `${A004}.txt`), `\uFEFF${seed004.replace(/\n/g, '\r\n')}`);
    // Lossy TIS-620 of clean text, as seeds 000 and 001 arrived.
    const tis620 = (text: string) => [...Buffer.from(text, 'utf8')].map((b) => (b === 0xa0 ? ' ' : b < 0x80 ? String.fromCharCode(b) : iconv.decode(Buffer.of(b), 'tis620').replace('\uFFFD', ''))).join('');
    const seed003 = await readFile(path.join(SEEDS, `${A003}.txt`), 'utf8');
    await writeFile(path.join(dir, `${A003}.txt`), tis620(seed003));
    // No-break spaces, as HTML scrapes leave them.
    const seed000 = await readFile(path.join(SEEDS, `${A000}.txt`), 'utf8');
    await writeFile(path.join(dir, `${A000}.txt`), seed000.replace(/ /g, (space, i: number) => (i % 3 === 0 ? '\u00a0' : space)));
    const damaged = analyse(await loadArticles(dir));
    expect(damaged.claims.map((c) => c.id)).toEqual(analysis.claims.map((c) => c.id));
    expect(damaged.conflicts).toEqual(analysis.conflicts);
    expect(damaged.events.map((e) => e.id)).toEqual(analysis.events.map((e) => e.id));
  });
});
