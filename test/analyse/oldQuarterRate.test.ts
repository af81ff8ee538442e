import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { articleOf } from '../helpers/seedArticles.ts';

// Articles of May 2026 (articleOf), with sentences written for these tests.
describe('an undated rate told as news, and a quarter named as a stretch of months', () => {
  it('should set an undated rate told as news against its article’s quarter, not join the same rate of a quarter long before', async () => {
    const table = await articleOf('ledger-g', 'Oracle by quarter', ['Oracle revenue grew 31% in the third quarter of 2025.', 'Oracle revenue grew 27% in the first quarter of 2026.']);
    const news = await articleOf('ledger-h', 'Cloud roundup', ['Oracle reported results for the March quarter on Thursday.', 'Oracle sales rose 31 percent, the company said.']);
    const { claims, conflicts } = analyse([table, news]);
    const growth = claims.filter((c) => c.subject === 'Oracle' && c.metric === 'revenue growth');
    expect(growth.map((c) => `${c.period} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`)).toEqual(['2025-Q3 31 ledger-g', '2026-Q1 27 ledger-g', '2026-Q1 31 ledger-h']);
    expect(conflicts).toHaveLength(1);
  });

  it('should let an undated sum join the same sum of a quarter before, the level news is compared with', async () => {
    // Look-alike: a sum ("$455 billion") is most often the level of the quarter before that the news is compared with.
    const table = await articleOf('ledger-i', 'Oracle by quarter', ['Oracle backlog was $455 billion at the end of September 2025.', 'Oracle backlog was $480 billion at the end of March 2026.']);
    const news = await articleOf('ledger-j', 'Cloud roundup', ['Oracle reported results for the March quarter on Thursday.', 'Oracle backlog had been $455 billion, the company said.']);
    const { conflicts } = analyse([table, news]);
    expect(conflicts).toEqual([]);
  });

  it('should read "the June–August stretch" as a quarter, and a longer stretch as none', () => {
    const context = { articleQuarter: null, articleYear: 2026, articleMonth: 5 };
    expect(parsePeriod('after a 52% gain in the June–August stretch', 'after a 52% gain in the June–August stretch', context)).toBe('2025-Q3');
    expect(parsePeriod('a 52% gain in the June–December stretch', 'a 52% gain in the June–December stretch', context)).toBeNull();
  });
});
