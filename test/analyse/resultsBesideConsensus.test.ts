/**
 * A quarter's figure told plainly once the quarter is over is its result, even where the consensus had the same number:
 * "Azure grew 38% in the June quarter", written in August, is not the 38% analysts expected. A plain figure of a quarter
 * still under way when its article was written (a preview's table) may still be the forecast of its very number.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import type { Article } from '../../src/schemas.ts';
import { datedArticleOf } from '../helpers/seedArticles.ts';

const dated = (id: string, date: string, sentence: string) => datedArticleOf(id, 'Microsoft quarter', date, sentence);
const azure = async (articles: Promise<Article>[]) =>
  analyse(await Promise.all(articles))
    .claims.filter((c) => c.subject === 'Azure' && c.value?.amount === 38)
    .map((c) => `${c.modality} ${c.mentions.map((m) => m.article).sort().join(',')}`)
    .sort();

describe('a result beside the consensus of its number', () => {
  it('should keep a quarter’s growth told plainly after the quarter a fact, apart from the forecast of the same number', async () => {
    expect(
      await azure([
        dated('consensus', '2026-07-20', 'Analysts had expected Azure growth of 38% for the June quarter.'),
        dated('wire', '2026-07-30', 'Azure grew 38% in the June quarter.'),
        dated('blog', '2026-08-02', 'Azure revenue rose 38% in the June quarter.'),
      ]),
    ).toEqual(['fact blog,wire', 'forecast consensus']);
  });

  it('should still let a plain figure of a quarter not yet over join the forecast of its very number', async () => {
    expect(
      await azure([
        dated('consensus', '2026-05-20', 'Analysts expect Azure growth of 38% for the June quarter.'),
        dated('preview', '2026-06-02', 'Azure growth of 38% in the June quarter would match the last one.'),
      ]),
    ).toEqual(['forecast consensus,preview']);
  });
});
