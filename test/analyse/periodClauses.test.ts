import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const figures = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);

describe('period clauses', () => {
  it('should read "for the year" of a plan as the year under way when another clause names only a fiscal quarter', () => {
    expect(figures('Oracle booked $12 billion of capex in its fiscal second quarter, and Meta guided to $120 billion to $130 billion for the year.')).toEqual([
      'Oracle 12000000000 2025-Q4',
      'Meta 120000000000 2026',
    ]);
    // Look-alike: a sentence that names the fiscal year gives "for the year" that year, not the year under way.
    expect(figures('On fiscal 2027, Microsoft said capex would be about $140 billion for the year.')).toEqual(['Microsoft 140000000000 FY2027']);
  });

  it('should date a level compared with "of" a quarter by its months ("the 31% of July-September")', () => {
    expect(figures('Google Cloud sales rose 34% in the October-December quarter, faster than the 31% of July-September.')).toEqual([
      'Google Cloud 34 2025-Q4',
      'Google Cloud 31 2025-Q3',
    ]);
    // Look-alike: a span of six months is no quarter, and the level it is compared with stays undated.
    expect(figures('Google Cloud sales rose 34% in the October-December quarter, faster than the 31% of January-June.')).toEqual([
      'Google Cloud 34 2025-Q4',
      'Google Cloud 31 null',
    ]);
  });

  it('should read a plan "for the full year" as the year, not the quarter of the report "when it reports" it', () => {
    expect(figures('Alphabet should keep its $180 billion capex plan for the full year when it reports the September quarter.')).toEqual(['Google 180000000000 2026']);
    // Look-alike: a forecast of no year is of the quarter whose report it awaits.
    expect(figures('Analysts expect Google Cloud sales to grow 35% when Alphabet reports the September quarter.')).toEqual(['Google Cloud 35 2026-Q3']);
  });

  it('should date "the $39 billion the year before" a year before the figure of its metric before it', () => {
    expect(figures('Meta spent $72 billion on capex in 2025 and $39 billion the year before.')).toEqual(['Meta 72000000000 2025', 'Meta 39000000000 2024']);
    // Look-alike: a figure with a year of its own keeps it.
    expect(figures('Meta spent $72 billion on capex in 2025 and $39 billion in 2023.')).toEqual(['Meta 72000000000 2025', 'Meta 39000000000 2023']);
  });

  it('should give a figure the period of the clause after its margin (", plus or minus 2%,")', () => {
    expect(figures('Nvidia expects revenue of $40 billion, plus or minus 2%, for the fiscal third quarter ending in late October 2026.')).toEqual(['NVIDIA 40000000000 2026-Q3']);
    // Look-alike: a clause with a figure of its own keeps the period after it to itself.
    expect(figures('Nvidia expects revenue of $40 billion, and Micron sales of $12 billion for the fiscal third quarter ending in late October 2026.')[0]).toBe('NVIDIA 40000000000 null');
  });

  it('should read growth "on the first three months of last year" as the quarter reported, and a level "in" them as that quarter a year before', () => {
    expect(figures('Google Cloud sales reached $14 billion in the January-March period, a 30% rise on the first three months of last year.')).toEqual([
      'Google Cloud 14000000000 2026-Q1',
      'Google Cloud 30 2026-Q1',
    ]);
    // Look-alike: a level of those months is of that quarter of the year before.
    expect(figures('Google Cloud sales were $10.8 billion in the first three months of last year.')).toEqual(['Google Cloud 10800000000 2025-Q1']);
  });

  it('should date "the first nine months of the fiscal year" by the fiscal year of the last quarter reported, not by a quarter another clause names', () => {
    const said = 'Oracle spent $9 billion in the quarter, level with the June-August period, and $27 billion for the first nine months of the fiscal year.';
    expect(figures(said)[1]).toBe('Oracle 27000000000 FY2026');
    // Look-alike: nine months of a fiscal year the sentence names keep that year.
    expect(figures('Oracle spent $20 billion in the first nine months of fiscal 2025.')).toEqual(['Oracle 20000000000 FY2025']);
    // Without the article's date, the fiscal year is not known, and the June-August quarter is not it either.
    const undated = readFigures(said, { fallbackSubject: null, articleQuarter: null, articleYear: null, articleMonth: null });
    expect(undated.map((f) => f.period)[1]).toBeNull();
  });

  it('should give each figure of a change between two quarters the quarter named right after it, and the change told beside it the later one', () => {
    const october = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 10 };
    const read = (sentence: string) => readFigures(sentence, october).map((f) => `${f.subject} ${f.value.amount} ${f.period}`);
    expect(read('Over the two quarters, Oracle cloud revenue went from $7.1 billion in the three months to March to $8.3 billion in the three months to June, and its growth from 44% to 52%.')).toEqual([
      'OCI 7100000000 2026-Q1',
      'OCI 8300000000 2026-Q2',
      'OCI 52 2026-Q2',
    ]);
    expect(read('Meta grew ad sales 21% in Q2 2026, against 14% in Q2 2025.')).toEqual(['Meta 21 2026-Q2', 'Meta 14 2025-Q2']);
    // Look-alike: a forecast raised from one figure to another keeps only the new one, of the period the sentence names.
    expect(read('Oracle raised its cloud revenue forecast from $7 billion to $8 billion for the second quarter.')).toEqual(['Oracle 8000000000 2026-Q2']);
  });

  it('should read "the April–June profit" as that quarter and plural brokers who "see" it as their forecast', () => {
    const august = { fallbackSubject: 'Micron', articleQuarter: null, articleYear: 2026, articleMonth: 8 };
    const read = (sentence: string) => readFigures(sentence, august).map((f) => `${f.value.amount} ${f.modality} ${f.period}`);
    expect(read('Micron booked $9 billion of operating profit in January–March, and Tokyo brokers see the April–June profit near $11 billion.')).toEqual(['9000000000 fact 2026-Q1', '11000000000 forecast 2026-Q2']);
    // Look-alike: a profit the brokers' clients cheered is reported, a fact of that quarter.
    expect(read("Micron booked $9 billion of operating profit in January–March, and Tokyo brokers' clients cheered the April–June profit of $11 billion.")).toEqual(['9000000000 fact 2026-Q1', '11000000000 fact 2026-Q2']);
  });

  it('should date the rate a business "is currently delivering" by its latest quarter, and stop at "a year before that" in looking ahead for a period', () => {
    const august = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 8 };
    const read = (sentence: string) => readFigures(sentence, august).map((f) => `${f.value.amount} ${f.period}`);
    expect(read('Analysts forecast Oracle revenue to grow 9% a year over the next three years, slower than the 50% its cloud unit is currently delivering.')).toEqual(['9 annual', '50 2026-Q2']);
    expect(read('Oracle turned down an offer of $9 billion from Contoso in March, and a year before that, in May 2025, it sold a $2 billion stake.')[0]).toBe('9000000000 null');
    // Look-alikes: a run rate a business is running at stays annual; a period told right after the clause still dates the figure.
    expect(read('Oracle cloud is now running at $40 billion of annual revenue.')).toEqual(['40000000000 annual']);
    expect(read('Oracle turned down an offer of $9 billion from Contoso, in May 2025.')).toEqual(['9000000000 2025']);
  });

  it('should date 同比 growth by the quarter named nearest before it, and a plan compared with by the plan before it, not the half’s actual', () => {
    const august = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 8 };
    const read = (sentence: string) => readFigures(plainText(sentence), august).map((f) => `${f.value.amount} ${f.modality} ${f.period}`);
    expect(read('甲骨文云二季度营收80亿美元，同比增长50%；一季度营收70亿美元，同比增长45%。')).toEqual(['8000000000 fact 2026-Q2', '50 fact 2026-Q2', '7000000000 fact 2026-Q1', '45 fact 2026-Q1']);
    expect(read('甲骨文上半年资本开支合计250亿美元，全年计划已上调至600亿美元，高于年初约500亿美元的计划。')).toEqual(['25000000000 fact 2026-H1', '60000000000 plan FY2027', '50000000000 plan FY2027']);
    // Look-alikes: growth after a clause of no quarter keeps the one named before it; an actual compared with is dated as before.
    expect(read('甲骨文云二季度营收80亿美元，同比增长50%；营业利润30亿美元，同比增长45%。')[3]).toBe('45 fact 2026-Q2');
    expect(read('甲骨文上半年资本开支合计250亿美元，高于去年同期的180亿美元。')).toEqual(['25000000000 fact 2026-H1', '18000000000 fact a year earlier']);
  });

  it('should read growth told "as" a company raises its spending plan as a fact, not dated by the plan’s year', () => {
    const july = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 7 };
    const read = (sentence: string) => readFigures(sentence, july).map((f) => `${f.value.amount} ${f.modality} ${f.period}`);
    expect(read('Oracle raises its full-year spending plan as OCI growth quickens to 52%.')).toEqual(['52 fact null']);
    // Look-alikes: growth the company expects stays its plan; a revenue outlook and the sales beside it are one measure's.
    expect(read('Oracle raises its full-year spending plan as it expects OCI growth of 52%.')).toEqual(['52 plan null']);
    expect(read('Oracle raises its full-year revenue outlook as cloud sales jump 52%.')).toEqual(['52 plan FY2027']);
  });

  it('should date a clause that opens with "when" after a comparison’s base time by that time, not by the compared figure’s period', () => {
    expect(figures('Azure revenue reached $22 billion in the first quarter of 2026, 39% more than a year earlier, when it had grown 33%.')).toEqual([
      'Azure 22000000000 2026-Q1',
      'Azure 39 2026-Q1',
      'Azure 33 2025-Q1',
    ]);
    expect(figures('Google Cloud revenue rose 28% in 2025, up from a year before, when it grew 26%.')).toEqual(['Google Cloud 28 2025', 'Google Cloud 26 2024']);
    // Look-alike: a "when" clause after a period that is no comparison's base tells of that same period.
    expect(figures('AWS grew 28% in the first quarter of 2026, when Azure grew 39%.')).toEqual(['AWS 28 2026-Q1', 'Azure 39 2026-Q1']);
  });
});

describe('a revised plan in Chinese', () => {
  it('should give a figure a later clause revises to the period of the figure it revises, not the month of the revision', () => {
    expect(figures(plainText('甲骨文预计2027财年资本开支约900亿美元，去年9月时，它对2026财年的资本开支预期还只有约300亿美元，12月才上调到约450亿美元。'))).toEqual([
      'Oracle 90000000000 FY2027',
      'Oracle 30000000000 FY2026',
      'Oracle 45000000000 FY2026',
    ]);
    // Look-alike: a clause that states a figure of its own, not a revision, keeps the sentence's first period.
    expect(figures(plainText('甲骨文预计2027财年资本开支约900亿美元，去年9月时，它对2026财年的资本开支预期还只有约300亿美元，研发开支约450亿美元。')).at(-1)).toBe('Oracle 45000000000 FY2027');
  });
});
