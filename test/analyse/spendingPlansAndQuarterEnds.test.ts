/**
 * Words the reader missed in a fresh batch of the seeds' story retold: a hyphenated "capital-spending plan", a headline's
 * "AWS accelerates to 32%", a level "at 30 June", a figure told in the future tense ("will pass $300B by the end of
 * September", written in August) and a sum "incl. debt", whose abbreviation no longer ends the clause or the sentence.
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines, paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';
import { splitSentences } from '../../src/analyse/splitSentences.ts';

describe('spending plans, quarter ends and the future tense', () => {
  it('should read a hyphenated capital-spending or capital-expenditure plan as capex', () => {
    expect(claims('Amazon', 'Amazon raised its 2026 capital-spending plan to roughly $215B, from the $200B it had pencilled in for the year.', '3 August 2026')).toEqual([
      'Amazon capex 2026 plan 215000000000',
      'Amazon capex 2026 plan 200000000000',
    ]);
    expect(claims('Meta', "Meta's capital-expenditure budget for 2026 is now $120 billion.", '3 August 2026')).toEqual(['Meta capex 2026 plan 120000000000']);
  });

  it('should read the rate a business accelerates or slows to as its growth, not a measure named in a later clause', () => {
    expect(claims('Amazon', 'Results day: AWS accelerates to 33% and Amazon lifts its capex budget again.', '1 August 2026')).toEqual(['AWS revenue growth null fact 33']);
    expect(claims('Microsoft', 'Azure slowed to 35% in the quarter, Microsoft said.', '1 August 2026')).toEqual(['Azure revenue growth 2026-Q2 fact 35']);
    // A call of a pace to come is no growth told.
    expect(claims('Amazon', 'AWS is accelerating to 35% by the December quarter.', '1 August 2026')).toEqual([]);
  });

  it("should date a level at a quarter's last day, written before its month", () => {
    expect(claims('Amazon', "AWS's order backlog rose to $290B at 30 June, up from $250B at the end of March.", '6 August 2026')).toEqual([
      'AWS backlog 2026-Q2 fact 290000000000',
      'AWS backlog 2026-Q1 fact 250000000000',
    ]);
  });

  it('should date a figure told in the future tense to the month still to come, and one told as done to the month past', () => {
    expect(claims('Amazon', "AWS's backlog will pass $320B by the end of September.", '6 August 2026')).toEqual(['AWS backlog 2026-Q3 fact 320000000000']);
    expect(claims('Amazon', "AWS's backlog was $200B at the end of September.", '6 August 2026')).toEqual(['AWS backlog 2025-Q3 fact 200000000000']);
  });

  it('should not end a sentence or a clause at "incl." or "excl."', () => {
    expect(splitSentences('KKR is weighing a bid of about $12.5B incl. debt, people familiar said. It declined to comment.')).toEqual([
      'KKR is weighing a bid of about $12.5B incl. debt, people familiar said.',
      'It declined to comment.',
    ]);
    const table = ['| Deal | Party | Size | Status |', '|---|---|---|---|', '| Harbourline Data | Google | ~$9.1B incl. debt | Counterbid reportedly under study |'];
    const lead = 'Bidders circled the Norfolk operator this month, and its board said it would weigh every approach on its merits.';
    expect(articleClaimLines('Google', [lead, table.join('\n')], '20 November 2026').map((line) => line.split(' ').at(-2))).toEqual(['rumour']);
  });
});
