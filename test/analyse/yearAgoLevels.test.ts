/**
 * A growth counted from the year before's level, whatever currency the level is written in: "up 203% from 1.73 billion yuan a
 * year earlier", "from RMB1.73 billion", "from 4.0 billion euros" date the level to the year before, not the growth, as "from
 * €4.0 billion" always did.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('a growth from a year-ago level', () => {
  it('should be of the quarter reported, the level of the year before, in yuan, renminbi or euros written out', () => {
    for (const base of ['1.73 billion yuan', 'RMB1.73 billion']) {
      expect(sentenceClaimLines('Cambricon', `Cambricon booked revenue of 5.24 billion yuan in the third quarter, up 203% from ${base} a year earlier.`, '3 December 2026')).toEqual([
        'Cambricon revenue 2026-Q3 fact 5240000000',
        'Cambricon revenue growth 2026-Q3 fact 203',
        'Cambricon revenue 2025-Q3 fact 1730000000',
      ]);
    }
    expect(sentenceClaimLines('SAP', 'SAP booked cloud revenue of 5.1 billion euros in the third quarter, up 27% from 4.0 billion euros a year earlier.', '3 December 2026')).toEqual([
      'SAP revenue 2026-Q3 fact 5100000000',
      'SAP revenue growth 2026-Q3 fact 27',
      'SAP revenue 2025-Q3 fact 4000000000',
    ]);
  });

  it('should leave a growth whose own words name the year before as it was', () => {
    // Look-alike: the growth a year before, told as such, is that year's.
    expect(sentenceClaimLines('SAP', 'A year earlier, cloud revenue had grown 25% to €4.0 billion.', '3 December 2026')).toEqual(['SAP revenue growth a year earlier fact 25', 'SAP revenue a year earlier fact 4000000000']);
  });
});
