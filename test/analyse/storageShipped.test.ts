/**
 * Storage makers report the capacity they shipped in exabytes ("Seagate shipped 214 exabytes", "on 241 EB shipped"): a figure
 * of its own unit (petabytes are thousandths of it), never money nor a count of chips.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '14 November 2026';

describe('storage shipped', () => {
  it('should read exabytes shipped in a quarter, and the year-earlier figure apart', () => {
    expect(sentenceClaimLines('Seagate', 'Seagate shipped 214 exabytes of hard-drive capacity in the September quarter, against 182 exabytes a year earlier.', DATE)).toEqual([
      'Seagate storage shipped 2026-Q3 fact 214',
      'Seagate storage shipped 2025-Q3 fact 182',
    ]);
  });

  it('should write exabytes and petabytes in one unit', () => {
    const claims = paragraphClaims('Seagate', 'Seagate shipped 214 EB of capacity in the September quarter. Pure Storage shipped 950 petabytes in the same quarter.', DATE);
    expect(claims.map((c) => `${c.subject} ${c.metric} ${c.value!.amount} ${c.value!.unit}`)).toEqual(['Seagate storage shipped 214 EB', 'Pure Storage storage shipped 0.95 EB']);
  });
});
