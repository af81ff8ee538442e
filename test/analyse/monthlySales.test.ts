/**
 * A company that reports its sales every month (TSMC, Foxconn and Taiwan's other listed chipmakers and assemblers) tells a
 * month's figure as the month's: "TSMC's November sales rose 30.1%", 11月合并营收, 2026年11月の売上高 are of November 2026, and
 * the level a year before is November 2025's; a span of months, a day the figure was told on and a quarter are no month.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle, paragraphClaimLines } from '../helpers/inventedArticle.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { metricSeries } from '../../src/render/metricSeries.ts';
import { articleOf } from '../helpers/seedArticles.ts';

/** subject metric period amount unit of each claim a Chinese or Japanese article of `lines`, dated 12 December 2026, states. */
const cjkLines = (headline: string, lines: string[]) =>
  extractClaims(inventedArticle([`# ${headline}`, '', '2026年12月12日', '', ...lines.flatMap((l) => [l, ''])].join('\n'))).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value!.amount} ${c.value!.unit}`);

describe('monthly sales', () => {
  it('should date an English month’s sales by the month, the level a year before by that month a year earlier, and not by the day it was told', () => {
    expect(paragraphClaimLines('TSMC', "TSMC's November sales rose 30.1% from NT$343.6 billion a year earlier.", '11 December 2026')).toEqual([
      'TSMC revenue growth 2026-11 fact 30.1',
      'TSMC revenue 2025-11 fact 343600000000',
    ]);
    expect(paragraphClaimLines('TSMC', 'TSMC said on Dec. 10 that November revenue was NT$446.9 billion.', '11 December 2026')).toEqual(['TSMC revenue 2026-11 fact 446900000000']);
  });

  it('should date a Chinese and a Japanese month’s sales by the month, in New Taiwan dollars written either way, and a span of months by its year, not a month', () => {
    expect(cjkLines('台积电月营收', ['台积电12月10日公布，11月合并营收为4469亿元新台币，同比增长30.1%。今年1至11月累计营收约4.41万亿元新台币。'])).toEqual([
      'TSMC revenue 2026-11 446900000000 TWD',
      'TSMC revenue growth 2026-11 30.1 %',
      'TSMC revenue 2026 4410000000000 TWD',
    ]);
    expect(cjkLines('TSMC月次売上高', ['台湾積体電路製造（TSMC）は10日、2026年11月の売上高が前年同月比30.1％増の4649億台湾ドルだったと発表した。'])).toEqual([
      'TSMC revenue growth 2026-11 30.1 %',
      'TSMC revenue 2026-11 464900000000 TWD',
    ]);
  });

  it('should not date a quarterly reporter’s figure, nor a monthly reporter’s quarter, by a month', () => {
    expect(paragraphClaimLines('Amazon', 'Amazon said in November that AWS revenue was $43.9 billion in the third quarter.', '11 December 2026')).toEqual(['AWS revenue 2026-Q3 fact 43900000000']);
    expect(paragraphClaimLines('TSMC', 'TSMC said in November that its third-quarter revenue was NT$1.2 trillion.', '11 December 2026')).toEqual(['TSMC revenue 2026-Q3 fact 1200000000000']);
  });

  it('should put a month in its figure history after the quarters before it and the quarter it is in', async () => {
    const months = await articleOf('months', 'TSMC sales', ['TSMC said its November 2026 revenue was NT$446.9 billion.', 'TSMC said its September 2026 revenue was NT$407.2 billion.']);
    const quarters = await articleOf('quarters', 'TSMC results', ['TSMC revenue was NT$1.2 trillion in the third quarter of 2026.', 'TSMC revenue was NT$1.0 trillion in the second quarter of 2026.']);
    const { claims, conflicts } = analyse([months, quarters]);
    const revenue = metricSeries(claims, conflicts, () => ['Example']).find((s) => s.title.startsWith('TSMC') && s.title.toLowerCase().includes('revenue') && !s.title.toLowerCase().includes('growth'))!;
    expect(revenue.periods.map((p) => p.label)).toEqual(['2026-Q2', '2026-Q3', '2026-09', '2026-11']);
  });
});

