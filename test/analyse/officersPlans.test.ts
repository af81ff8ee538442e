/**
 * What an officer or the company sets out, keeps or puts a year at is its plan: "the approximately $85 billion he set out in
 * September", "CFO Anat Ashkenazi kept the 2026 range at $175 billion to $185 billion", "an $11.2 billion build announced on
 * November 5", 全年資本支出將超過人民幣1,000億元 (a level it will pass); what an outlet says someone is "separately reported" to
 * do is a rumour; a year analysts put a figure at ("Analysts put fiscal 2028 revenue at $11.2 billion") is their forecast.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '14 November 2026';

describe('an officer’s or a company’s plans', () => {
  it('should read a figure an officer set out, kept or put a year at as the plan', () => {
    const setOut = 'Capex was $21.3 billion in the quarter, after $16.8 billion in June–August; co-CEO Clay Magouyrk lifted the full-year plan to roughly $95 billion from the approximately $85 billion he set out in September.';
    expect(sentenceClaimLines('Oracle', setOut, DATE).filter((line) => line.endsWith(' 85000000000'))).toEqual(['Oracle capex FY2027 plan 85000000000']);
    const kept = 'Alphabet’s capex of $48.6 billion came in above the roughly $45.9 billion analysts expected; CFO Anat Ashkenazi kept the 2026 range at $175 billion to $185 billion and put 2027 at a minimum of $220 billion, against a Street estimate near $205 billion.';
    const lines = sentenceClaimLines('Google', kept, DATE);
    expect(lines.filter((line) => / (?:175|220)000000000$/.test(line)).map((line) => line.split(' ').at(-2))).toEqual(['plan', 'plan']);
    // Look-alikes: the quarter's spending is a fact, the analysts' figures forecasts.
    expect(lines.filter((line) => / (?:48600000000|45900000000|205000000000)$/.test(line)).map((line) => line.split(' ').at(-2))).toEqual(['fact', 'forecast', 'forecast']);
  });

  it('should read a year analysts put a figure at as their forecast, and a company’s as its plan', () => {
    expect(sentenceClaimLines('Marvell', 'Analysts put fiscal 2028 revenue at $11.2 billion.', DATE)).toEqual(['Marvell revenue FY2028 forecast 11200000000']);
    expect(sentenceClaimLines('Marvell', 'Most analysts put Marvell’s 2027 revenue at about $11.2 billion.', DATE)).toEqual(['Marvell revenue 2027 forecast 11200000000']);
    expect(sentenceClaimLines('Amazon', 'The Street puts next year’s capex at $240 billion.', DATE)).toEqual(['Amazon capex 2027 forecast 240000000000']);
    // Look-alikes: the company's own figure for a year is its plan; analysts putting a figure as it stands (no year) tell a fact.
    expect(sentenceClaimLines('Marvell', 'Marvell put 2027 revenue at $11.2 billion.', DATE)).toEqual(['Marvell revenue 2027 plan 11200000000']);
    expect(sentenceClaimLines('Oracle', 'Analysts put the backlog at $455 billion.', DATE)).toEqual(['Oracle backlog null fact 455000000000']);
  });

  it('should read what a company is said to be on course to spend as its plan, and what analysts say so as their forecast', () => {
    expect(sentenceClaimLines('Alibaba', 'CEO Eddie Wu said Alibaba is on course to invest more than RMB 480 billion in AI and cloud infrastructure over three years.', DATE)).toEqual(['Alibaba capex null plan 480000000000']);
    expect(sentenceClaimLines('Alibaba', 'Analysts said Alibaba is on course to spend RMB 480 billion.', DATE)).toEqual(['Alibaba capex null forecast 480000000000']);
  });

  it('should read a priced build announced as money still to be spent', () => {
    expect(sentenceClaimLines('Microsoft', 'Microsoft’s next Fairwater site, in Kenosha County, Wisconsin, is an $11.2 billion build announced on November 5.', DATE)).toEqual(['Microsoft capex null plan 11200000000']);
  });

  it('should read a level a company will pass, in traditional Chinese, as its plan', () => {
    expect(cjkArticleLines('騰訊資本支出', '2026年11月20日', ['騰訊總裁劉熾平表示，全年資本支出將超過人民幣1,000億元。'])).toEqual(['Tencent capex plan 100000000000']);
  });

  it('should read what someone is separately reported to do as a rumour', () => {
    expect(sentenceClaimLines('Meta', 'Meta is separately reported to be discussing renting about $12 billion of TPU capacity starting in 2027.', DATE)).toEqual(['Meta investment 2027 rumour 12000000000']);
  });
});

describe('a quarter’s guidance', () => {
  it('should read a quarter’s guidance that names no measure as its revenue guidance', () => {
    expect(sentenceClaimLines('Seagate', 'Seagate’s December-quarter guidance of $3.30 billion at the midpoint looks conservative; we are at $3.38 billion.', DATE)).toEqual([
      'Seagate revenue 2026-Q4 plan 3300000000',
      'Seagate revenue 2026-Q4 forecast 3380000000',
    ]);
    // Look-alike: a measure named right after the guidance is its own.
    expect(sentenceClaimLines('Google', 'Alphabet’s fourth-quarter guidance of $28 billion of capital spending stands.', DATE)).toEqual(['Google capex 2026-Q4 plan 28000000000']);
  });
});
