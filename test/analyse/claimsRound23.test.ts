import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { relationOf } from '../helpers/probePairs.ts';

// Sentences written for these tests (not copied from the pair probes nor the evaluation set): the twenty-third round's
// rules.

/** A one-sentence story by `outlet`, dated `date` ("May 7, 2026"). */
const story = (outlet: string, date: string, sentence: string) => `A story\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}`;

/** What the reader makes of two outlets' sentences: one claim, two disputed claims, two apart, or no claim from one side. */
function relation(a: string, b: string, date = 'May 7, 2026'): ReturnType<typeof relationOf> {
  return relationOf([inventedArticle(story('Example Wire', date, a), 'round23-a.txt'), inventedArticle(story('Sample Post', date, b), 'round23-b.txt')]);
}

/** Each figure of `sentence`, read in an article of `year`-`month`: subject | metric | period | modality. */
function read(sentence: string, year: number, month: number): string[] {
  const context: SentenceContext = { articleQuarter: null, articleYear: year, articleMonth: month, fallbackSubject: null };
  return readFigures(sentence, context).map((f) => `${f.subject} | ${f.metric.name} | ${f.period} | ${f.modality}`);
}

describe('guidance for a quarter that has just ended', () => {
  it('should date a plan for a quarter named by its last month, just past, to that quarter, not to next year’s', () => {
    // In May 2026 the quarter "running through April" ended a week ago; Nvidia reports it at the end of May.
    expect(read('Nvidia has guided to revenue of roughly $72 billion for the quarter running through April.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | plan']);
    expect(read('Nvidia sees revenue of about $72 billion for the February–April quarter.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | plan']);
    expect(read('Nvidia expects revenue of about $72 billion for its fiscal first quarter.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | plan']);
  });

  it('should make one claim of that guidance told by the quarter’s months and by its fiscal name', () => {
    expect(relation('Nvidia has guided to revenue of roughly $72 billion for the quarter running through April.', 'Nvidia guided to revenue of about $72 billion for fiscal 2027’s first quarter.')).toBe('same');
  });

  it('should still date a plan for a quarter that ended long before to the next one, and one to come to this year', () => {
    // Negative controls: January is four months before May, so a plan of the quarter ending then is of the next January;
    // October is still to come.
    expect(read('Nvidia expects revenue of $110 billion for the quarter ending in January.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q4 | plan']);
    expect(read('Nvidia expects revenue of $90 billion for the quarter ending in October.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q3 | plan']);
    // A fact of the quarter running through April is the one just ended, as before.
    expect(read('Nvidia reported revenue of $79.3 billion for the quarter running through April.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | fact']);
  });
});
