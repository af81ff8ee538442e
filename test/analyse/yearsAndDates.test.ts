import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { dateLineOf, quartersNamed } from '../../src/analyse/articleDate.ts';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import type { Article } from '../../src/schemas.ts';
import { articleOf } from '../helpers/seedArticles.ts';

/** An article of `sentences` that gives no date: no date field, no byline, no dateline. */
const undated = async (id: string, sentences: string[]): Promise<Article> => ({ ...(await articleOf(id, 'Cloud notes', sentences)), date: null });
const noDate = { fallbackSubject: null, articleQuarter: null, articleYear: null, articleMonth: null };

describe('"this year" in an article that gives no date', () => {
  it('should leave it undated, never the quarter or month another clause of its sentence names', () => {
    const figures = (sentence: string) => readFigures(plainText(sentence), noDate).map((f) => `${f.metric.name} ${f.value.amount} ${f.period}`);
    expect(figures('同社は6月末時点の受注残高が500億ドルで、今年の設備投資を約1250億ドルとする計画を据え置いた。')).toEqual(['backlog 50000000000 Q2', 'capex 125000000000 null']);
    expect(figures('Its backlog stood at $50 billion at the end of June, and Meta plans to spend about $125 billion on capital projects this year.')).toEqual(['backlog 50000000000 Q2', 'capex 125000000000 null']);
    // In an article with its year, "this year" is that year.
    expect(parsePeriod('今年计划投入约1250亿美元', '今年计划投入约1250亿美元', { ...noDate, articleYear: 2026, articleMonth: 5 })).toBe('2026');
  });

  it('should merge it with the one year its figure is stated for, as any undated figure', async () => {
    const dated = await articleOf('meta-dated', 'Meta spending', ['Meta plans to spend about $125 billion on capex in 2026.']);
    const noYear = await undated('meta-no-year', ['Its backlog stood at $50 billion at the end of June, and Meta plans to spend about $125 billion on capex this year.']);
    const claims = analyse([dated, noYear]).claims.map((c) => `${c.modality} ${c.value?.amount} ${c.period} ${c.mentions.length}`);
    expect(claims).toContain('plan 125000000000 2026 2');
  });

  it('should not give "last year" or 去年 the year another figure of its sentence is for', () => {
    const figures = (sentence: string) => readFigures(plainText(sentence), noDate).map((f) => `${f.metric.name} ${f.value.amount} ${f.period}`);
    expect(figures('Meta has set aside about $125 billion of capex for 2027, after $90 billion of spending last year.')).toEqual(['capex 125000000000 2027', 'capex 90000000000 null']);
    expect(figures("Oracle budgets $50 billion of capex for 2027, some 40% above last year's $35.7 billion.")).toContain('capex 35700000000 null');
    expect(figures('Meta计划2027年资本开支约1250亿美元，去年为900亿美元。')).toEqual(['capex 125000000000 2027', 'capex 90000000000 null']);
    // In an article with its year, "last year" is the year before it.
    const inMay = { ...noDate, articleYear: 2027, articleMonth: 5 };
    expect(readFigures('Meta has set aside about $125 billion of capex for 2027, after $90 billion of spending last year.', inMay).map((f) => f.period)).toEqual(['2027', '2026']);
  });

  it('should merge "last year" in an undated article with the one year its figure is stated for, and keep another year apart', async () => {
    const dated = await articleOf('meta-2025-capex', 'Meta spending', ['Meta spent $90 billion on capex in 2025.', 'Meta spent $60 billion on capex in 2024.']);
    const noYear = await undated('meta-capex-undated', ['Meta has set aside about $125 billion of capex for 2026, after $90 billion of spending last year.']);
    const claims = analyse([dated, noYear]).claims.map((c) => `${c.modality} ${c.value?.amount} ${c.period} ${c.mentions.length}`);
    expect(claims).toContain('fact 90000000000 2025 2');
    // The year the sentence's plan is for holds only the plan; the year before keeps its own figure.
    expect(claims).toContain('plan 125000000000 2026 1');
    expect(claims).toContain('fact 60000000000 2024 1');
  });
});

describe('the quarter an article reports on', () => {
  it('should not read it from a level at a year’s end ("its order book stood at … at the end of 2025"), only from flows', async () => {
    const wire = await articleOf('meta-q1-wire', 'Meta results', ['Meta’s advertising revenue rose 20% in the first quarter of 2026.', 'Meta’s advertising revenue rose 20% in the fourth quarter of 2025.']);
    const digest = await undated('meta-digest', ['Meta’s order book stood at $90 billion at the end of 2025.', 'Meta’s advertising revenue rose 20% in the quarter just ended.']);
    const claims = analyse([wire, digest]).claims.map((c) => `${c.value?.amount}${c.value?.unit} ${c.period} ${c.mentions.length}`);
    // Two quarters state 20%: the digest's undated 20% is not the year-end's quarter, and joins neither.
    expect(claims).toContain('20% 2026-Q1 1');
    expect(claims).toContain('20% 2025-Q4 1');
    expect(claims).toContain('20% quarterly 1');
    // Look-alike: a flow of the quarter (revenue in the first quarter) still says which quarter "the quarter" is.
    const dated = await undated('meta-digest-q1', ['Meta’s revenue was $50 billion in the first quarter of 2026.', 'Meta’s advertising revenue rose 20% in the quarter.']);
    expect(analyse([wire, dated]).claims.map((c) => `${c.value?.amount}${c.value?.unit} ${c.period} ${c.mentions.length}`)).toContain('20% 2026-Q1 2');
  });
});

describe('periods read against the article’s date', () => {
  const inFebruary = { ...noDate, articleYear: 2026, articleMonth: 2 };
  it('should read a forecast for a quarter named by its month as the next such quarter, not one long over', () => {
    const forecast = { ...inFebruary, toCome: true };
    expect(parsePeriod('analysts expect sales of $70 billion in the April quarter', 'analysts expect sales of $70 billion in the April quarter', forecast, 'NVIDIA')).toBe('2026-Q1');
    // A forecast for a quarter just ended is of that quarter: "analysts had expected 26% for the December quarter", in February.
    expect(parsePeriod('for the December quarter', 'for the December quarter', forecast)).toBe('2025-Q4');
    // A fact of the April quarter, in February, is last year's.
    expect(parsePeriod('in the April quarter', 'in the April quarter', inFebruary, 'NVIDIA')).toBe('2025-Q1');
  });

  it('should read "fiscal 2026’s third quarter" as a fiscal quarter and leave "fiscal Q4 2026" out of the calendar quarters an article names', () => {
    expect(parsePeriod("in fiscal 2026's third quarter", "in fiscal 2026's third quarter", inFebruary, 'NVIDIA')).toBe('2025-Q3');
    expect(quartersNamed("sales hit $62 billion in Nvidia's fiscal Q4 2026")).toEqual([]);
    expect(quartersNamed('AWS grew 24% in Q4 2025')).toEqual(['2025-Q4']);
  });

  it('should read a plan "for the year" as the year under way, and a month end written with spaces', () => {
    const plan = { ...inFebruary, toCome: true, ahead: true };
    expect(parsePeriod('a capex budget for the year', 'a capex budget for the year', plan)).toBe('2026');
    // "For the year ended December 31, 2025" is a year over, not the one under way.
    expect(parsePeriod('revenue for the year ended December 31, 2025', 'revenue for the year ended December 31, 2025', plan)).not.toBe('2026');
    expect(parsePeriod('截至今年 3 月 31 日，积压订单为500亿美元', '截至今年 3 月 31 日，积压订单为500亿美元', { ...noDate, articleYear: 2026, articleMonth: 5 })).toBe('2026-Q1');
  });

  it('should keep a figure to date a fact and an analysts’ projection a forecast, though their year is not over', () => {
    const inMay = { ...noDate, articleYear: 2026, articleMonth: 5 };
    const read = (sentence: string) => readFigures(sentence, inMay).map((f) => `${f.metric.name} ${f.period} ${f.modality}`);
    expect(read('Oracle spent $30 billion on capital projects in the first nine months of fiscal 2026.')).toEqual(['capex (nine months) FY2026 fact']);
    expect(read("Meta's 2026 capital spending, projected by analysts at $130 billion, is the largest in its history.")).toEqual(['capex 2026 forecast']);
    // The company's own figure for a year not over, said plainly, is still its plan.
    expect(read("Meta's capital spending will total $125 billion in 2026.")).toEqual(['capex 2026 plan']);
  });

  it('should not take the end of a period an opening line reports for the day it was written', () => {
    expect(dateLineOf("Oracle's cloud revenue grew 40% in the fiscal quarter, which ended Nov. 30, 2025")).toBeNull();
    expect(dateLineOf('5月20日，英伟达公布2027财年第一财季（截至2026年4月26日）业绩。')).toBeNull();
    // A byline's date is the day of writing.
    expect(dateLineOf('By Jane Roe · Published May 21, 2026')).toBe('2026-05');
    expect(dateLineOf('英伟达公布业绩 2026年5月21日')).toBe('2026-05');
  });
});


describe('a fiscal year named in the sentence before', () => {
  /** The claims of an undated article of `sentences`, as subject, metric, period and value. */
  const claimsOf = async (sentences: string[]) =>
    analyse([await undated('fiscal-carry', sentences)]).claims.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value?.amount}`).sort();

  it('should date a bare fiscal quarter by the fiscal year the sentence before names', async () => {
    expect(await claimsOf(['Dell closed the third quarter of fiscal 2026 with revenue of $27 billion. For the fourth quarter it expects revenue of $31 billion.'])).toEqual([
      'Dell revenue 2025-Q3 27000000000',
      'Dell revenue 2025-Q4 31000000000',
    ]);
    expect(await claimsOf(['英伟达2026财年第三财季营收270亿美元。公司预计第四财季营收约为310亿美元。'])).toEqual(['NVIDIA revenue 2025-Q3 27000000000', 'NVIDIA revenue 2025-Q4 31000000000']);
  });

  it('should read 第4季 as Taiwan writes a quarter, after 2026會計年度第3季, as that fiscal year’s', async () => {
    expect(await claimsOf(['輝達公布2026會計年度第3季財報，營收為570億美元。輝達預估，第4季營收約650億美元。'])).toEqual(['NVIDIA revenue 2025-Q3 57000000000', 'NVIDIA revenue 2025-Q4 65000000000']);
    // Look-alike: a calendar quarter with its own year (2025年第4季) keeps it.
    expect(await claimsOf(['輝達公布2026會計年度第3季財報，營收為570億美元。輝達2025年第4季營收為393億美元。'])).toContain('NVIDIA revenue 2025-Q4 39300000000');
  });

  it('should not carry the year to another company, to an earlier quarter, nor over a year of the sentence’s own', async () => {
    // Salesforce's fourth quarter is its own, not Dell's fiscal 2026's.
    expect(await claimsOf(['Dell closed the third quarter of fiscal 2026 with revenue of $27 billion. Salesforce expects fourth-quarter revenue of $11 billion.'])).not.toContain(
      'Salesforce revenue 2025-Q4 11000000000',
    );
    // A first quarter after the third is the next fiscal year's, which the sentence before does not name.
    expect(await claimsOf(['Dell closed the third quarter of fiscal 2026 with revenue of $27 billion. For the first quarter it expects revenue of $31 billion.'])).not.toContain(
      'Dell revenue 2025-Q1 31000000000',
    );
    expect(await claimsOf(['英伟达2026财年第三财季营收270亿美元。公司预计2027财年第四财季营收约为310亿美元。'])).toContain('NVIDIA revenue 2026-Q4 31000000000');
  });
});

describe('a backlog dated by a month that ends a quarter', () => {
  const backlogs = async (sentences: string[]) =>
    analyse([await articleOf('order-book', 'Cloud order books', sentences)]).claims.filter((c) => c.metric === 'backlog').map((c) => `${c.subject} ${c.period} ${c.value?.amount}`);

  it('should date a backlog said "last September" or "in September 2025" by the quarter that month ends', async () => {
    expect(await backlogs(['Oracle’s backlog was $455 billion last September.'])).toEqual(['Oracle 2025-Q3 455000000000']);
    expect(await backlogs(['Google Cloud’s backlog stood at $155 billion in December 2025.'])).toEqual(['Google Cloud 2025-Q4 155000000000']);
    // Look-alikes: a month that ends no quarter, or a span that runs through the month, leaves the year.
    expect(await backlogs(['Oracle’s backlog was $455 billion last August.'])).toEqual(['Oracle 2025 455000000000']);
    expect(await backlogs(['Oracle’s backlog grew by $300 billion from June through September 2025.'])).toEqual(['Oracle 2025 300000000000']);
  });
});

describe('years counted off', () => {
  const read = (sentence: string) => readFigures(plainText(sentence), { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 10 }).map((f) => `${f.value.amount} ${f.period}`);
  it('should date a figure "in the first of those years", "in the second" or "in the latter" by the years its sentence named together before it', () => {
    expect(read('Meta spent heavily on capex in 2024 and 2025: $39 billion in the first of those years and $72 billion in the second.')).toEqual(['39000000000 2024', '72000000000 2025']);
    expect(read('Alphabet poured money into capex across 2023, 2024 and 2025, with $91 billion in the latter.')).toEqual(['91000000000 2025']);
    // Look-alike: "the first half" is a half of the year it names, not the first year counted off.
    expect(read('Meta raised capex in 2024 and 2025, and spent $30 billion in the first half of 2026.')).toEqual(['30000000000 2026-H1']);
  });
});
