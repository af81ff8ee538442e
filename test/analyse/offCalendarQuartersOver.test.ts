/**
 * A company whose quarters are not the calendar's has results of a quarter the calendar has not closed: Oracle's
 * September–November quarter (2026-Q4, as keys name it) is reported in December. A story of it in December reports that
 * quarter, in English and in Japanese (27年5月期第2四半期, 2026年9～11月期), and a report still to come ("heads into its
 * fiscal second-quarter report") dates no fact told beside it.
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines, cjkArticleClaims, paragraphClaimLines } from '../helpers/inventedArticle.ts';

/** Each figure of a Japanese article dated `date`, of `lines`, as subject, metric, period, modality and amount. */
const japaneseClaimLines = (date: string, lines: string[]): string[] =>
  cjkArticleClaims('オラクル、受注残が拡大', date, lines).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.modality} ${c.value!.amount}`);

describe('quarters over on a company’s own calendar', () => {
  it('should date "the quarter" of an Oracle story of December by the September–November quarter its table ends with', () => {
    const table = [
      '| Oracle, fiscal quarter | Revenue | Capex |',
      '|---|---|---|',
      '| Q2 FY26 (Sep–Nov 2025) | $16.1B | $12.0B |',
      '| Q1 FY27 (Jun–Aug 2026) | $19.6B | $16.8B |',
      '| Q2 FY27 (Sep–Nov 2026) | $21.7B | $21.3B |',
    ].join('\n');
    const lines = articleClaimLines('Oracle', [table, 'To serve them, Oracle spent $21.3 billion on property and equipment in the quarter.'], '15 December 2026');
    expect(lines.filter((line) => line.startsWith('Oracle capex'))).toEqual([
      'Oracle capex 2026-Q4 fact 21300000000',
      'Oracle capex 2025-Q4 fact 12000000000',
      'Oracle capex 2026-Q3 fact 16800000000',
      'Oracle capex 2026-Q4 fact 21300000000',
    ]);
    // A calendar company's quarter under way in December has no results yet: its "quarter" is July–September.
    expect(paragraphClaimLines('Amazon', 'AWS took in $35.6 billion in the period. Amazon spent $35.1 billion on property and equipment in the quarter.', '15 December 2026')).toContain('Amazon capex 2026-Q3 fact 35100000000');
  });

  it('should read 27年5月期第2四半期 and 2026年9～11月期 as the quarter a Japanese story reports, and 同期 as that quarter', () => {
    const lines = japaneseClaimLines('2026年12月16日', [
      'オラクルが9日発表した2026年9～11月期（27年5月期第2四半期）決算は、クラウドインフラ（OCI）の売上高が前年同期比110％増の86億ドルだった。',
      '同期の設備投資は213億ドルに上った。',
    ]);
    expect(lines).toContain('Oracle capex 2026-Q4 fact 21300000000');
    expect(lines).toContain('OCI revenue 2026-Q4 fact 8600000000');
  });

  it('should not date a fact by the quarter of a report still to come, but a forecast of that report by it', () => {
    const backlog = paragraphClaimLines('Oracle', 'Oracle booked $19.6 billion of sales in the August quarter. It heads into its fiscal second-quarter report carrying a contracted backlog of $688 billion.', '24 November 2026');
    expect(backlog).toContain('Oracle backlog null fact 688000000000');
    expect(backlog.filter((line) => line.includes('2026-Q4'))).toEqual([]);
    const forecast = paragraphClaimLines('Oracle', 'Oracle booked $19.6 billion of sales in the August quarter. Analysts expect revenue of $21.5 billion in its fiscal second-quarter report.', '24 November 2026');
    expect(forecast).toContain('Oracle revenue 2026-Q4 forecast 21500000000');
  });
});
