/**
 * "Microsoft uses a simpler tool: the finance lease. Its capital expenditure … was $47.3 billion": a name and its verb
 * before a colon open a sentence, not a note's label, so "Its" stands for Microsoft, not for the company the article
 * named first; "Data Takeaway: …" is still a labelled note.
 */
import { describe, expect, it } from 'vitest';
import { inventedArticle, longFormText, paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('a clause before a colon', () => {
  it('should read "Its" after a sentence whose subject stands before a colon as that subject', () => {
    expect(claims('Meta', 'Alphabet prefers another route: long leases signed with developers. Its capital expenditure came to $48.6 billion in the third quarter, the company said.', '1 December 2026')).toEqual([
      'Google capex 2026-Q3 fact 48600000000',
    ]);
  });

  it('should keep a short label before a colon a note, and a sentence with a name and its verb prose', () => {
    const lastBlock = (paragraph: string) => inventedArticle(longFormText('Cloud money', ['Hyperscalers keep spending on data centres, and investors keep asking who pays for them.', paragraph], '1 December 2026')).sections.flatMap((s) => s.blocks.map((b) => b.kind)).at(-1);
    expect(lastBlock('Data Takeaway: capital expenditure at the three largest clouds rose again in the quarter, led by Microsoft and Alphabet.')).toBe('note');
    expect(lastBlock('Microsoft uses a simpler tool: the finance lease, which keeps the data centres it rents off its cash-flow statement for now.')).toBe('paragraph');
  });
});
