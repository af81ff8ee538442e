import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { loadArticles } from '../helpers/seedArticles.ts';

const context = { articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const period = (clause: string, subject: string | null = null) => parsePeriod(clause, clause, context, subject);

describe('periods', () => {
  it('should read periods in words as calendar periods', () => {
    expect(period('in the first half of 2026')).toBe('2026-H1');
    expect(period('in the three months to March')).toBe('2026-Q1');
    expect(period('for the quarter ended June 30, 2025')).toBe('2025-Q2');
    expect(period('in the March quarter')).toBe('2026-Q1');
    expect(period('in the six months to June 2025')).toBe('2025-H1');
    expect(period('this year')).toBe('2026');
    expect(period('next year')).toBe('2027');
    // The last quarter reported by the article's date (May 2026).
    expect(period('last quarter')).toBe('2026-Q1');
  });

  it('should read an analyst’s half ("1H26") and not take the year a figure is compared with ("2022年以来") for its own', () => {
    expect(period('growing around 27% through 1H26')).toBe('2026-H1');
    expect(period("capex in 2H '25")).toBe('2025-H2');
    expect(period('売上高は前年同期比28％増の376億ドルで、2022年以来の高い伸びとなった')).toBeNull();
    expect(period('营收增速创2023年以来新高')).toBeNull();
    // A year of its own is still read.
    expect(period('2025年资本开支为1310亿美元')).toBe('2025');
  });

  it('should date a figure "three months earlier" or "in the prior quarter" to the quarter before the one its sentence names', () => {
    const figures = (sentence: string) => readFigures(sentence, { fallbackSubject: null, ...context }).map((f) => `${f.value.amount} ${f.period}`);
    expect(figures('Google Cloud backlog stood at $155 billion at the end of the third quarter of 2025, up from $106 billion three months earlier.')).toEqual(['155000000000 2025-Q3', '106000000000 2025-Q2']);
    expect(figures('Azure grew 40% in the fourth quarter of 2025, up from 39% in the prior quarter.')).toEqual(['40 2025-Q4', '39 2025-Q3']);
    expect(figures('Oracle RPO reached $138 billion in fiscal Q1, up from $130 billion three months earlier.')).toEqual(['138000000000 2025-Q3', '130000000000 2025-Q2']);
    // In an article without a year, a quarter without its year has a yearless quarter before it; Q1's is Q4.
    const yearless = readFigures('AWS grew 17% in the first quarter, up from 15% in the previous quarter.', { fallbackSubject: null, articleQuarter: null, articleYear: null, articleMonth: null });
    expect(yearless.map((f) => `${f.value.amount} ${f.period}`)).toEqual(['17 Q1', '15 Q4']);
  });

  it('should read a report named by its three months ("its July–September results") as that quarter, and not a half', () => {
    const figures = (sentence: string) => readFigures(sentence, { fallbackSubject: null, ...context }).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);
    expect(figures("Alphabet's July–September report shows Google Cloud sales up 34%.")).toEqual(['Google Cloud 34 2025-Q3']);
    // Look-alike: six months are no quarter.
    expect(figures("Alphabet's January–June results show Google Cloud sales up 30%.")).toEqual(['Google Cloud 30 null']);
  });

  it('should give a figure and its bracketed aside the period of the clause after them, even where a later clause has a figure', () => {
    const figures = (sentence: string) => readFigures(sentence, { fallbackSubject: null, ...context }).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);
    expect(figures('Azure sales rose 41% (40% in constant currency) in the fiscal second quarter, and Microsoft guided to 38% for the June quarter.')).toEqual(['Azure 41 2025-Q4', 'Azure 40 2025-Q4', 'Microsoft 38 2026-Q2']);
    expect(figures('Meta spent $19 billion, including finance leases, in the quarter ended December 31, 2025, and plans $30 billion this year.')[0]).toBe('Meta 19000000000 2025-Q4');
    // Look-alike: a clause with a figure of its own keeps the period after it to itself.
    expect(figures('Azure sales rose 41%, while AWS revenue grew 20% in the fourth quarter of 2025.')).toEqual(['Azure 41 null', 'AWS 20 2025-Q4']);
  });

  it('should map fiscal quarters of companies whose year is not the calendar to calendar quarters', () => {
    // Microsoft's fiscal year ends in June: its fiscal Q2 2026 is October–December 2025.
    expect(period('in fiscal Q2 2026', 'Microsoft')).toBe('2025-Q4');
    expect(period('in its fiscal second quarter', 'Azure')).toBe('2025-Q4');
    // Oracle's ends in May: fiscal Q1 2026 is June–August 2025.
    expect(period('for fiscal Q1 2026', 'Oracle')).toBe('2025-Q3');
    // Nvidia's ends in late January: the first quarter of fiscal 2026 is February–April 2025.
    expect(period('in the first quarter of fiscal 2026', 'NVIDIA')).toBe('2025-Q1');
    // A calendar company's fiscal year is the calendar year; another's is named as its own.
    expect(period('in fiscal 2026', 'Amazon')).toBe('2026');
    expect(period('in fiscal 2025', 'Microsoft')).toBe('FY2025');
  });

  it('should keep the year of "Dell’s 2026 revenue"', () => {
    const figures = readFigures("Dell's 2026 revenue will be $66 billion to $72 billion.", { ...context, fallbackSubject: null });
    expect(figures.map((f) => [f.subject, f.metric.name, f.period, f.value])).toEqual([['Dell', 'revenue', '2026', { amount: 66e9, unit: 'USD', bound: 'min' }]]);
  });

  it('should decide a bare ¥ per sentence, so that a yen claim and a yuan claim never merge', async () => {
    const [base] = await loadArticles();
    const article = {
      ...base!,
      id: 'yen-and-yuan',
      file: 'yen-and-yuan.txt',
      title: 'SoftBank and Alibaba spending',
      tagline: null,
      tldr: { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null },
      // The same words once in an English sentence (the yen) and once after Chinese (the yuan).
      deepInsight: ['SoftBank capex reached ¥380 billion in 2025.', '软银表示，SoftBank capex reached ¥380 billion in 2025.'],
      takeaways: [],
      technicalNotes: [],
      predictions: [],
      timeline: [],
      competitorTables: [],
      sections: [],
    };
    const { claims, conflicts } = analyse([article]);
    expect(claims.map((c) => [c.subject, c.metric, c.period, c.value?.unit, c.mentions.length])).toEqual([
      ['SoftBank', 'capex', '2025', 'JPY', 1],
      ['SoftBank', 'capex', '2025', 'CNY', 1],
    ]);
    // Two currencies are not two readings of one figure.
    expect(conflicts).toEqual([]);
  });

  it('should read quarters written in other house styles, and a year’s end as its last quarter', () => {
    // "Q4FY26", as Indian outlets run it together: Microsoft's fiscal Q4 2026 is April–June 2026.
    expect(period('growth of 40% in Q4FY26', 'Microsoft')).toBe('2026-Q2');
    // A fiscal quarter whose end the sentence dates is the calendar quarter that end closes.
    expect(period('for the fiscal second quarter ending in late July 2026', 'Salesforce')).toBe('2026-Q2');
    expect(period('in its fiscal first quarter, which ended April 27, 2025', 'NVIDIA')).toBe('2025-Q1');
    // A level at a year's end is of its last quarter; "by the end of 2027" stays a target.
    expect(period('a backlog of $90 billion at the end of 2025')).toBe('2025-Q4');
    expect(period('Oracle ended 2025 with $500 billion of obligations')).toBe('2025-Q4');
    expect(period('to reach 2 gigawatts by the end of 2027')).toBe('by 2027');
    // "2025's $60 billion": the year whose figure it is.
    expect(period("up from 2025's $60 billion")).toBe('2025');
  });

  it('should date a clause that opens "on revenue of" by the period told right after the growth before it', () => {
    const figures = (sentence: string) => readFigures(sentence, { fallbackSubject: null, ...context }).map((f) => `${f.value.amount} ${f.metric.name} ${f.period}`);
    expect(figures('Google Cloud grew 28% in the three months to December and 31% in the March quarter, on revenue of $16.2 billion.')).toContain('16200000000 revenue 2026-Q1');
    // Look-alike: a clause of its own period keeps it.
    expect(figures('Google Cloud grew 28% in the three months to December and 31% in the March quarter, after revenue of $14.1 billion in the December quarter.')).toContain('14100000000 revenue 2025-Q4');
  });

  it('should read a quarter and a half by their months with 月 after the first month or joined by 到 (7月至9月, 1月到6月)', () => {
    const november = (clause: string) => parsePeriod(clause, clause, { articleQuarter: null, articleYear: 2026, articleMonth: 11 }, null);
    expect(november('7月至9月，Fabrikam云业务实现营收43亿美元')).toBe('2026-Q3');
    expect(november('4月到6月，Fabrikam营收为51亿美元')).toBe('2026-Q2');
    expect(november('Fabrikam 1月到6月累计营收为90亿美元')).toBe('2026-H1');
    // Look-alike: two months that are no quarter stay undated, as 7至8月 does.
    expect(november('7月至8月，Fabrikam营收为30亿美元')).toBeNull();
  });

  it('should read a broker’s "4Q27" of a company whose year is not the calendar’s as its own quarter, in a note that writes "fiscal 3Q27", where the calendar’s is still to come', () => {
    const november = (clause: string, subject: string, toCome = false, fiscalNotation = true) =>
      parsePeriod(clause, clause, { articleQuarter: null, articleYear: 2026, articleMonth: 11, ahead: toCome, toCome, fiscalNotation }, subject);
    // In November 2026, Nvidia's 2Q27 (May–July 2026) is reported and its 4Q27 (November 2026–January 2027) guided; the
    // calendar's second and fourth quarters of 2027 have not begun.
    expect(november('compares with $83.5bn in 2Q27', 'NVIDIA')).toBe('2026-Q2');
    expect(november('guided 4Q27 revenue to $112bn', 'NVIDIA', true)).toBe('2026-Q4');
    expect(november('| 3Q27A |', 'NVIDIA')).toBe('2026-Q3');
    // Look-alikes: a calendar company's 2Q27 is the calendar's; a quarter of the calendar's already over stays the calendar's.
    expect(november('sales of $83.5bn in 2Q27', 'Amazon')).toBe('2027-Q2');
    expect(november('revenue of $46.7bn in Q2 2026', 'NVIDIA')).toBe('2026-Q2');
    expect(november('revenue of $57.0bn in 3Q25', 'NVIDIA')).toBe('2025-Q3');
    // …and so does every such quarter of an article that never writes a fiscal quarter the brokers' way.
    expect(november('compares with $83.5bn in 2Q27', 'NVIDIA', false, false)).toBe('2027-Q2');
  });

  it('should read a note’s table headed "3Q27A" on the fiscal calendar the note writes its quarters in', () => {
    const note = (opening: string) =>
      extractClaims(
        inventedArticle(
          ['Nvidia: another record', '', 'Fabrikam Securities | 20 November 2026', '', opening, '', '| Metric | 3Q27A | 4Q27E |', '|---|---|---|', '| Revenue (US$bn) | 98.2 | 109.5 |', '', 'Source: Fabrikam Securities'].join('\n'),
        ),
      )
        .filter((c) => c.mention.quote.startsWith('|') || /^\d/.test(c.mention.quote))
        .map((c) => `${c.period} ${c.value?.amount}`);
    expect(note('Nvidia reported fiscal 3Q27 revenue of $98.2bn, and the guide for 4Q27 is $108bn.')).toEqual(['2026-Q3 98200000000', '2026-Q4 109500000000']);
    // Look-alike: a note that never writes "fiscal" so reads the same headers as the calendar's.
    expect(note('Nvidia reported revenue of $98.2bn for the quarter.')).toEqual(['2027-Q3 98200000000', '2027-Q4 109500000000']);
  });

  it('should read the year written after a fiscal quarter and a quarter by its months joined by "to" or after "in"', () => {
    const undated = { articleQuarter: null, articleYear: null, articleMonth: null };
    const read = (clause: string, subject: string | null = null) => parsePeriod(clause, clause, undated, subject);
    // Oracle's fiscal Q2 2027 is September–November 2026, whether or not the article gives a date.
    expect(read('bookings rose 30% in fiscal Q2 2027', 'Oracle')).toBe('2026-Q4');
    expect(read('in its fiscal first quarter 2026', 'NVIDIA')).toBe('2025-Q1');
    // Look-alike: without the year, only the quarter is known.
    expect(read('bookings rose 30% in fiscal Q2', 'Oracle')).toBe('Q4');
    expect(period('sales of $9 billion in the July to September quarter')).toBe('2025-Q3');
    expect(period('sales of $9 billion in the July through September period of 2024')).toBe('2024-Q3');
    expect(period('it expects 12% growth for October–December')).toBe('2025-Q4');
    // Two months that are no quarter, and a span "from" one month "to" another, stay undated.
    expect(period('sales of $9 billion in July–August')).toBeNull();
    expect(period('prices rose from July to September')).toBeNull();
  });

  it('should read a quarter written as an adjective ("second-quarter sales"), fiscal or not', () => {
    expect(period('Meta sees second-quarter sales of $50 billion to $53 billion')).toBe('2026-Q2');
    expect(period('Meta said first-quarter revenue rose 20%')).toBe('2026-Q1');
    // Microsoft's fiscal second quarter of 2026 is October–December 2025.
    expect(period('fiscal 2026 second-quarter revenue', 'Microsoft')).toBe('2025-Q4');
    // Look-alike: "a quarter-point" and "second-half" name no quarter.
    expect(period('a quarter-point cut in the second half')).toBe('2026-H2');
  });

  it('should read "next quarter" as the quarter after the one reported, and in an undated article as no other clause’s quarter', () => {
    const reported = { fallbackSubject: null, articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
    const guided = (sentence: string, at: SentenceContext) => readFigures(sentence, at).map((f) => `${f.value.amount} ${f.period}`);
    expect(guided('Meta grew ad sales 24% in the first quarter and sees 20% next quarter.', reported)).toEqual(['24 2026-Q1', '20 2026-Q2']);
    const undated = { fallbackSubject: null, articleQuarter: null, articleYear: null, articleMonth: null };
    expect(guided('Meta grew ad sales 24% in the first quarter of 2026 and sees 20% next quarter.', undated)).toEqual(['24 2026-Q1', '20 null']);
    // Look-alike: "last quarter" in a dated article is the quarter reported, as before.
    expect(guided('Meta grew ad sales 24% last quarter.', reported)).toEqual(['24 2026-Q1']);
  });

  it('should take "more than in the same period of 2025" for growth’s base, not its period', () => {
    const figures = readFigures('Meta reported ad sales of $42 billion in the first three months of the year, 30 percent more than in the same period of 2025.', { fallbackSubject: null, ...context });
    expect(figures.map((f) => `${f.value.amount} ${f.period}`)).toEqual(['42000000000 2026-Q1', '30 2026-Q1']);
  });

  it('should read a company’s guidance for the current quarter as the quarter under way, and its own numbering of a quarter when that ends sooner', () => {
    const plan = { ...context, articleQuarter: '2026-Q1', ahead: true, toCome: true };
    const planned = (clause: string, subject: string | null = null) => parsePeriod(clause, clause, plan, subject);
    expect(planned('expects growth of 20% to 22% in the current quarter')).toBe('2026-Q2');
    // A fact of "this quarter" is still the quarter reported (here none: merging dates it).
    expect(period('this quarter')).toBe('quarterly');
    // 第4季 in Microsoft's guidance, in May: its fiscal fourth quarter (April–June), not the calendar's October–December.
    expect(planned('微軟預估，第4季營收將年增15%', 'Microsoft')).toBe('2026-Q2');
    // A calendar-year company's 第四季 is the calendar's.
    expect(planned('亚马逊预计第四季度营收增长12%', 'Amazon')).toBe('2026-Q4');
    // An analyst's forecast for "FQ4" without its year, in May: the fiscal fourth quarter to come, not the one a year gone.
    expect(parsePeriod('we model FQ4 growth of 36%', 'we model FQ4 growth of 36%', { ...context, toCome: true }, 'Microsoft')).toBe('2026-Q2');
  });

  it('should read a Japanese quarter written 第１・四半期（１─３月）, and not take a dateline’s day for a month’s end', () => {
    const undated = { articleQuarter: null, articleYear: null, articleMonth: null };
    const written = '［東京　5月8日　ロイター］ - ソニーが発表した第1・四半期(1─3月)の売上高は前年比5%増えた';
    expect(parsePeriod(written, written, undated)).toBe('Q1');
    expect(parsePeriod('4─6月の売上高', '4─6月の売上高', undated)).toBe('Q2');
  });
});

describe('periods of a financial year and of a parallel sentence', () => {
  /** An article of `lines`, as its candidates: subject, metric, period, modality, value. */
  function claimsOf(lines: string[]): string[] {
    const text = ['Hyperscaler roundup', '', 'Example Wire | May 6, 2026', '', ...lines, '', 'Source: Example Wire'].join('\n');
    return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
  }

  it('should read "the second quarter of its financial year" as a fiscal quarter, as "of its fiscal year" is', () => {
    expect(period('in the second quarter of its financial year ending June 2026', 'Microsoft')).toBe('2025-Q4');
    expect(period('in the second quarter of its fiscal year ending June 2026', 'Microsoft')).toBe('2025-Q4');
    // Negative control: a calendar company's "second-quarter financial results" are of the calendar quarter.
    expect(period('in its second-quarter financial results', 'Amazon')).toBe('2026-Q2');
  });

  it('should not date a plan that follows another by the year of the actual it is compared with', () => {
    expect(claimsOf(['Oracle told investors it expects capital spending of about $50 billion this year. Google has guided to $90 billion to $95 billion, about twice its 2025 outlay of $46 billion. Meta expects between $60 billion and $70 billion, against $40 billion last year.']).slice(0, 4)).toEqual([
      'Oracle capex 2026 plan 50000000000USD',
      'Google capex 2026 plan 90000000000USD',
      'Google capex 2025 fact 46000000000USD',
      'Meta capex 2026 plan 60000000000USD',
    ]);
    // Look-alike: a sentence that dates its plan keeps that year.
    expect(claimsOf(['Oracle told investors it expects capital spending of about $50 billion this year. Google has guided to $90 billion to $95 billion for 2027, about twice its 2025 outlay of $46 billion.'])).toContain('Google capex 2027 plan 90000000000USD');
  });
});

describe('a quarter by its months after "for", and guidance told under its headline', () => {
  it('should read "for April through June" as that quarter, as "for April–June" is', () => {
    expect(period('for July through September')).toBe('2025-Q3');
    expect(period('for July to September')).toBe('2025-Q3');
    // Negative control: "from July to December" is a span of any length, and two months apart make no quarter.
    expect(period('from July to December')).toBeNull();
    expect(period('for July through October')).toBeNull();
  });

  it('should read a subtitle’s guidance of growth as the growth of the unit its headline named', () => {
    const text = ['🌐Example Digest•Freshcollected in 2h', 'Oracle Cloud Jumps 44% as Orders Pile Up', '📌Catz’s team guides to 46%-48% growth for the August quarter', '⚡ 30-Second TL;DR', 'What Changed', 'OCI revenue climbed 44% in the quarter.'].join('\n');
    const claims = extractClaims(inventedArticle(text)).map((c) => `${c.mention.section} ${c.subject} ${c.metric} ${c.modality} ${c.value?.amount}`);
    expect(claims).toContain('tagline OCI revenue growth plan 46');
    // Negative control: a subtitle that names the company's own revenue keeps it the company's.
    const own = text.replace('guides to 46%-48% growth', 'guides to 46%-48% total revenue growth');
    expect(extractClaims(inventedArticle(own)).map((c) => `${c.mention.section} ${c.subject} ${c.metric}`)).toContain('tagline Oracle revenue growth');
  });
});

describe('the quarter of a company whose fiscal quarters end in other months', () => {
  const claimsOf = (headline: string, paragraph: string) =>
    extractClaims(inventedArticle([headline, '', 'Example Wire | Dec 10, 2025', '', paragraph, '', 'Source: Example Wire'].join('\n'))).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value?.amount}`);

  it('should date "the period" of a December report on Oracle to September–November, where a calendar company’s is July–September', () => {
    expect(claimsOf('Oracle cloud sales accelerate', 'Oracle said OCI revenue rose 66% in the period.')).toEqual(['OCI revenue growth 2025-Q4 66']);
    // Look-alike: a calendar company's December report is of July–September.
    expect(claimsOf('Google cloud sales accelerate', 'Google said Google Cloud revenue rose 34% in the period.')).toEqual(['Google Cloud revenue growth 2025-Q3 34']);
  });

  it('should read "the 52% pace of the August quarter" as growth of that quarter, not a chip’s speed, and "the period" beside it as the quarter reported', () => {
    expect(claimsOf('Oracle cloud sales accelerate', 'OCI revenue rose 66% in the quarter ended November 30, faster than the 52% pace of the August quarter.')).toEqual(['OCI revenue growth 2025-Q4 66', 'OCI revenue growth 2025-Q3 52']);
    // "In the period" beside the quarter it is compared with is still the quarter reported, not that one.
    expect(claimsOf('Oracle cloud sales accelerate', 'OCI revenue rose 66% in the period, faster than the 52% pace of the August quarter.')).toEqual(['OCI revenue growth 2025-Q4 66', 'OCI revenue growth 2025-Q3 52']);
    expect(claimsOf('Google cloud sales accelerate', 'Google Cloud revenue rose 34% in the period, faster than the 28% pace of the June quarter.')).toEqual(['Google Cloud revenue growth 2025-Q3 34', 'Google Cloud revenue growth 2025-Q2 28']);
    // Look-alike: a quarter named in a sentence of its own is a quarter the article reports.
    expect(claimsOf('Google cloud sales', 'Google Cloud revenue rose 28% in the June quarter. Operating income was $2 billion in the period.')).toEqual(['Google Cloud revenue growth 2025-Q2 28', 'Google Cloud operating profit 2025-Q2 2000000000']);
    // Look-alike: a chip "faster" by a percentage is still its performance.
    expect(claimsOf('Oracle cloud sales accelerate', 'Oracle said the new Trainium3 is 40% faster than Trainium2.')).toEqual(['Trainium3 performance null 40']);
  });

  it('should read a three-month span with its year as a quarter, and a fiscal year by the day it closed, in English and Chinese', () => {
    const august = { articleQuarter: null, articleYear: 2026, articleMonth: 8 };
    const of = (clause: string, subject: string | null = null) => parsePeriod(clause, clause, august, subject);
    expect(of('| Apr–Jun 2026 capex |')).toBe('2026-Q2');
    expect(of('the fiscal year that closed on June 30', 'Microsoft')).toBe('FY2026');
    expect(of('微软2026财年（截至6月30日）资本支出', 'Microsoft')).toBe('FY2026');
    expect(of('甲骨文截至5月的三个月营收')).toBe('2026-Q2');
    // Look-alikes: six months are no quarter, a year written is that year, and a quarter dated by its last day stays that quarter.
    expect(of('| Jan–Jun 2026 capex |')).toBe('2026');
    expect(of('the fiscal year ended June 30, 2025', 'Microsoft')).toBe('FY2025');
    expect(of('微软第四财季（截至6月30日）资本支出', 'Microsoft')).toBe('2026-Q2');
  });

  it('should take a month’s end said as the time of an act (在7月底把今年…調高) for when it was said, not the period of a figure whose year the clause names', () => {
    const read = (sentence: string) => readFigures(sentence, { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 10 }).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);
    expect(read('Meta在8月底把今年的資本支出預算上調至約1,300億美元。')).toEqual(['Meta 130000000000 2026']);
    expect(read('谷歌于6月底将今年资本开支指引提高到1800亿美元。')).toEqual(['Google 180000000000 2026']);
    // A level at the month's end of a year named with it, and a month's end with no year besides, keep that quarter.
    expect(read('谷歌云积压订单在今年6月底达到2100亿美元。')).toEqual(['Google Cloud 210000000000 2026-Q2']);
    expect(read('谷歌云积压订单在6月底达到2100亿美元。')).toEqual(['Google Cloud 210000000000 2026-Q2']);
  });

  it('should read where a year’s flow stood as the year opened ("after opening the year at $110 billion") as the plan for the year under way, not an actual', () => {
    const claims = (body: string) => extractClaims(inventedArticle(`Meta spending\n\nExample Wire | October 30, 2026\n\n${body}`)).map((c) => `${c.modality} ${c.metric} ${c.period} ${c.value?.amount}`);
    expect(claims('Meta put $30 billion into data centers in the third quarter. The company kept its outlook of about $118 billion for the full year, where it landed in July after opening the year at about $110 billion.')).toContain('plan capex 2026 110000000000');
    // Look-alike: what a year opened with that is no flow over it (a backlog) stays a fact.
    expect(claims('Meta Cloud’s backlog stood at $80 billion at the end of September. The unit started the year with a backlog of $60 billion.')).not.toContain('plan backlog 2026 60000000000');
  });

  it('should read a fiscal year by the month it runs to said before it (截至6月底的2026會計年度), and 整个财年 as the fiscal year its sentence names', () => {
    const read = (sentence: string) => readFigures(plainText(sentence), { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 9 }).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);
    expect(read('微軟截至6月底的2026會計年度，資本支出合計1,400億美元。')).toEqual(['Microsoft 140000000000 FY2026']);
    expect(read('甲骨文截至5月31日的2026财年第四财季，当季资本支出为120亿美元，整个财年累计达380亿美元。')).toEqual(['Oracle 12000000000 2026-Q2', 'Oracle 38000000000 FY2026']);
    // Look-alike: the month a quarter of the fiscal year runs to still names that quarter.
    expect(read('微軟截至6月底的2026會計年度第四季，資本支出為426億美元。')).toEqual(['Microsoft 42600000000 2026-Q2']);
  });

  it('should read a full year’s flow given as a range (维持全年…至…) as of the year under way, which no actual is', () => {
    const read = (sentence: string) => readFigures(plainText(sentence), { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 9 }).map((f) => `${f.modality} ${f.subject} ${f.value.amount} ${f.period}`);
    expect(read('Meta则维持全年1150亿至1350亿美元的资本开支区间不变。')).toEqual(['plan Meta 115000000000 2026']);
    // Look-alike: one sum for 全年 said as done stays a full year's actual.
    expect(read('Meta全年资本开支为720亿美元。')).toEqual(['fact Meta 72000000000 annual']);
  });

  it('should read a sum spread over years named in Chinese or Japanese (2023年から27年までの5年間) as of no one of them', () => {
    expect(period('グーグルは2024年から28年までの5年間で日本に1兆円を投じる計画だ')).toBeNull();
    expect(period('微软将在2026年至2029年间在印度投入175亿美元')).toBeNull();
    // Look-alike: a single year named stays that year.
    expect(period('グーグルは2024年に日本に1兆円を投じた')).toBe('2024');
  });
});

describe('a fiscal year told by when it ends', () => {
  it('should read "the fiscal year that runs to June 2026" and "its current fiscal year, which ends in May 2026" as that fiscal year', () => {
    expect(parsePeriod('in the fiscal year that runs to June 2026', 'in the fiscal year that runs to June 2026', context, 'Microsoft')).toBe('FY2026');
    const current = 'Oracle plans to spend $20bn in its current fiscal year, which ends in May 2027.';
    expect(parsePeriod(current, current, { ...context, articleMonth: 9 }, 'Oracle')).toBe('FY2027');
    // The year to the month a company's fiscal year ends in is that fiscal year; look-alikes: a calendar company's year that
    // runs to June is no fiscal year; "its current quarter" is no year.
    expect(parsePeriod('in the year to June 2026', 'in the year to June 2026', context, 'Microsoft')).toBe('FY2026');
    expect(parsePeriod('in the year to June 2026', 'in the year to June 2026', context, 'Amazon')).not.toBe('FY2026');
    expect(String(parsePeriod('in its current quarter', 'in its current quarter', context, 'Oracle'))).not.toMatch(/^FY/);
  });
});
