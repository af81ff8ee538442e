import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { relationOf } from '../helpers/probePairs.ts';

// Sentences written for these tests (not copied from the pair probes nor the evaluation set): the twenty-third round's
// rules — a preliminary figure and the final one are not a dispute; an adjusted (non-GAAP) figure said in Chinese or
// Japanese is its own measure, as in English; a line of a business's revenue (advertising, games) is not the company's;
// EBITDA and EBITA are profit measures of their own; gross bookings are a flow, not a backlog; a defining aside between a
// metric and its figure; a quarter named by its three months listed.

/** A one-sentence story by `outlet`, dated `date` ("October 30, 2025"). */
const story = (outlet: string, date: string, sentence: string) => `A story\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}`;

/** What the reader makes of two outlets' sentences: one claim, two disputed claims, two apart, or no claim from one side. */
function relation(a: string, b: string, dates: [string, string] = ['October 30, 2025', 'October 30, 2025']): ReturnType<typeof relationOf> {
  return relationOf([inventedArticle(story('Example Wire', dates[0], a), 'round23-a.txt'), inventedArticle(story('Sample Post', dates[1], b), 'round23-b.txt')]);
}

/** Each figure of `sentence`, read in an article of `year`-`month`: subject | metric | period | value | modality. */
function read(sentence: string, year = 2025, month = 11): string[] {
  const context: SentenceContext = { articleQuarter: null, articleYear: year, articleMonth: month, fallbackSubject: null };
  return readFigures(sentence, context).map((f) => `${f.subject} | ${f.metric.name} | ${f.period} | ${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit} | ${f.modality}`);
}

describe('a preliminary figure and the final one', () => {
  it('should not dispute a flash estimate with the final figure', () => {
    expect(relation('Micron put its fiscal fourth-quarter operating income at $3.1 billion in preliminary results on Monday.', "Micron's final results put operating income for its fiscal fourth quarter at $3.3 billion, a little above its preliminary estimate.", ['October 6, 2025', 'October 27, 2025'])).not.toBe('conflict');
    expect(relation('サムスン電子の2025年7～9月期の営業利益は速報値で12兆ウォンだった。', 'Samsung Electronics reported operating profit of 12.6 trillion won for the third quarter of 2025.', ['October 14, 2025', 'October 30, 2025'])).not.toBe('conflict');
  });

  it('should still dispute two final figures, and two preliminary ones', () => {
    // Negative controls: outlets that give one quarter's figure two ways, neither told preliminary, or both told so.
    expect(relation("Micron's operating income for its fiscal fourth quarter was $3.1 billion.", "Micron's final results put operating income for its fiscal fourth quarter at $3.6 billion.", ['October 27, 2025', 'October 27, 2025'])).toBe('conflict');
    expect(relation('Samsung put its third-quarter 2025 operating profit at 12 trillion won in preliminary results.', 'Samsung estimated its operating profit for the third quarter of 2025 at 10.5 trillion won in preliminary results.', ['October 14, 2025', 'October 14, 2025'])).toBe('conflict');
  });

  it('should not take a forecast (预估) for a preliminary figure', () => {
    // Negative control: 市场预估 is the market's estimate, said beside the actual; the actual still disputes another outlet's.
    expect(relation('百度2025年第三季度营收为310亿元，高于市场预估。', "Baidu's revenue for the third quarter of 2025 was 34 billion yuan.", ['November 18, 2025', 'November 18, 2025'])).toBe('conflict');
  });
});

describe('an adjusted figure in Chinese or Japanese', () => {
  it('should read 经调整, 调整后, 非公认会计准则 and 調整後 as the adjusted measure', () => {
    expect(read('按非公认会计准则，百度2025年第三季度经调整净利润为48亿元。')).toEqual(['Baidu | net income (adjusted) | 2025-Q3 | 4800000000 CNY | fact']);
    expect(read('百度2025年第三季度调整后营业利润为40亿元。')).toEqual(['Baidu | operating profit (adjusted) | 2025-Q3 | 4000000000 CNY | fact']);
    expect(relation('百度2025年第三季度净利润为76亿元。', '按非公认会计准则，百度2025年第三季度经调整净利润为48亿元。')).toBe('apart');
  });

  it('should keep the reported figure plain, and a plan changed (调整后的计划) no adjusted measure', () => {
    // Negative controls: the net income as reported; a capex plan after a change is still capex.
    expect(read('百度2025年第三季度净利润为76亿元。')).toEqual(['Baidu | net income | 2025-Q3 | 7600000000 CNY | fact']);
    expect(read('百度调整后的资本开支计划为120亿元。').join()).not.toMatch(/adjusted/);
  });
});

describe('a line of a business’s revenue', () => {
  it('should read advertising or games revenue as its own measure, in any language', () => {
    expect(read("Baidu's online marketing revenue rose 8% in the third quarter of 2025.")).toEqual(['Baidu | revenue growth (advertising) | 2025-Q3 | 8 % | fact']);
    expect(read('网易2025年第三季度游戏收入同比增长11%。')).toEqual(['null | revenue growth (games) | 2025-Q3 | 11 % | fact']);
    expect(relation("Baidu's revenue rose 7% in the third quarter of 2025.", "Baidu's advertising revenue rose 12% in the third quarter of 2025.")).toBe('apart');
    expect(relation("Baidu's advertising revenue rose 12% in the third quarter of 2025.", '百度2025年第三季度广告收入同比增长12%。')).toBe('same');
  });

  it('should still read the company’s revenue where no line is named, or where the line is named before another revenue', () => {
    // Negative controls: total revenue; a line named first and the whole after it.
    expect(read("Baidu's total revenue rose 7% in the third quarter of 2025.")).toEqual(['Baidu | revenue growth | 2025-Q3 | 7 % | fact']);
    expect(read("Baidu's advertising revenue rose 12% in the third quarter, while its revenue grew 7%.").at(-1)).toMatch(/^Baidu \| revenue growth \| 2025-Q3 \| 7 % \| fact$/);
  });
});

describe('EBITDA, EBITA and gross bookings', () => {
  it('should read EBITDA and EBITA as profit measures of their own', () => {
    expect(read("Contoso's adjusted EBITDA was $1.2 billion in the third quarter of 2025.")).toEqual(['Contoso | EBITDA (adjusted) | 2025-Q3 | 1200000000 USD | fact']);
    expect(read('按非公认会计准则，百度2025年第三季度经调整EBITA为52亿元。')).toEqual(['Baidu | EBITA (adjusted) | 2025-Q3 | 5200000000 CNY | fact']);
  });

  it('should not read a multiple of EBITDA as EBITDA', () => {
    // Negative control: a price target set as a multiple of EBITDA is no EBITDA.
    expect(read('Our $180 price target is 12x 2026E EV/EBITDA.').join()).not.toMatch(/EBITDA/);
  });

  it('should read gross bookings as a flow of their own, told with a defining aside', () => {
    expect(read("Lyft's gross bookings, the total value of rides booked on its app, rose to $4.8 billion in the third quarter of 2025.")).toEqual(['Lyft | gross bookings | 2025-Q3 | 4800000000 USD | fact']);
    expect(relation("Lyft's gross bookings reached $4.8 billion in the third quarter of 2025.", "Lyft's revenue was $1.7 billion in the third quarter of 2025.")).toBe('apart');
  });

  it('should still read bookings alone as a backlog, and an aside that names another figure as no definition', () => {
    // Negative controls: a cloud company's bookings are its contracts signed; an aside holding a sum is no definition.
    expect(read("Oracle's bookings reached $65 billion in the quarter.")[0]).toMatch(/\| backlog \|/);
    // (The aside's sum is the bookings' own, and "were up" moves them: no other measure is defined by the aside.)
    expect(read("Lyft's gross bookings, the total value of $4.8 billion in rides and deliveries booked on its app, were up 16% in the quarter.")).toEqual(['Lyft | gross bookings | null | 4800000000 USD | fact', 'Lyft | gross bookings growth | quarterly | 16 % | fact']);
  });
});

describe('a quarter named by its three months listed', () => {
  it('should read the quarter the months make, and join it with the quarter told by its end', () => {
    expect(read("Micron's revenue for its quarter covering June, July and August 2025 came to $11.3 billion, the company said.", 2025, 9)).toEqual(['Micron | revenue | 2025-Q3 | 11300000000 USD | fact']);
    expect(relation("Micron's revenue for its quarter covering June, July and August 2025 came to $11.3 billion.", "Micron's revenue for the quarter ended August 2025 was $11.3 billion.", ['September 24, 2025', 'September 24, 2025'])).toBe('same');
  });

  it('should still read two months with two figures as two clauses', () => {
    // Negative control: months that each hold a figure are no list of one quarter.
    expect(read("Micron's revenue was $3.6 billion in June, and $3.9 billion in July.", 2025, 9)).toHaveLength(2);
  });
});
