import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Articles written for these tests (not copied from the evaluation set): stories of May and November 2026 on cloud
// results, one of which gives a growth rate without its quarter.

/** A story headed by its file's name, dated `date` ("May 1, 2026"), with `lines` as its paragraphs. */
const story = (file: string, date: string, lines: string[]) => inventedArticle([`Cloud results (${file})`, '', 'By Jane Doe', date, '', ...lines, ''].join('\n'), file);

const NOVEMBER = [
  story('nov-a.txt', 'November 2, 2026', ["Google Cloud's revenue grew 34% in the third quarter of 2026, Alphabet said."]),
  story('nov-b.txt', 'November 3, 2026', ['Google Cloud revenue rose 34% in the July-September quarter of 2026.']),
];
const MAY = [
  story('may-a.txt', 'May 1, 2026', ['Google Cloud revenue grew 28% in the first quarter of 2026, Alphabet said.']),
  story('may-b.txt', 'May 2, 2026', ['Google Cloud revenue rose 28% in the January-March quarter of 2026.']),
];

/** Google Cloud's growth claims of `articles`, as period, value and articles, and the conflicts. */
function read(articles: ReturnType<typeof story>[]) {
  const { claims, conflicts } = analyse(articles);
  const growth = claims.filter((c) => c.subject === 'Google Cloud' && c.metric === 'revenue growth');
  return {
    claims: growth.map((c) => `${c.period} ${c.value?.amount}${c.value?.unit} ${c.mentions.map((m) => m.article).join(',')}`).sort(),
    conflicts: conflicts.length,
  };
}

describe('a result told without its quarter', () => {
  it('should not join the same figure of a quarter not over when its article was written', () => {
    // "Google Cloud's sales rose 34 percent" in a story of May 2026 cannot be the 34% of the September quarter: it is the
    // story's quarter, the March quarter, told otherwise than the 28% others give it.
    const undated = story('may-c.txt', 'May 1, 2026', ["Google Cloud's sales rose 34 percent, Alphabet said."]);
    const { claims, conflicts } = read([...NOVEMBER, ...MAY, undated]);
    expect(claims).toEqual(['2026-Q1 28% may-a,may-b', '2026-Q1 34% may-c', '2026-Q3 34% nov-a,nov-b']);
    expect(conflicts).toBe(1);
  });

  it('should join the same figure of a quarter over by then', () => {
    // Look-alike: the same sentence in a story of November 2026 is the September quarter's 34%, and disputes nothing.
    const undated = story('nov-c.txt', 'November 4, 2026', ["Google Cloud's sales rose 34 percent, Alphabet said."]);
    const { claims, conflicts } = read([...NOVEMBER, ...MAY, undated]);
    expect(claims).toEqual(['2026-Q1 28% may-a,may-b', '2026-Q3 34% nov-a,nov-b,nov-c']);
    expect(conflicts).toBe(0);
  });
});
