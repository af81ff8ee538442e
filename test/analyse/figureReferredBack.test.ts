/**
 * A figure the article told before, referred back to by "the" in a later section's sentence that names no measure for
 * it: the same claim again. Articles of our own, with look-alikes that must not become claims.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';

/** subject | metric | value | modality | the sentence's first two words, of each claim with a figure the long-form `lines` give. */
function claimsOf(lines: string[]): string[] {
  const parsed = parseArticle({ file: 'referred-back.txt', text: [...lines, ''].join('\n'), encoding: 'utf-8', repairs: [], warnings: [] });
  if (!('article' in parsed)) throw new Error('the text was rejected');
  return extractClaims({ ...parsed.article, url: '/articles/referred-back.html' })
    .filter((c) => c.value)
    .map((c) => [c.subject, c.metric, c.value!.amount, c.modality, c.mention.quote.split(' ').slice(0, 2).join(' ')].join(' | '));
}

const opening = ['Google Cloud speeds up again', '', 'By Jo Bloggs | 4 May 2026', '', 'Google Cloud revenue grew 34% in the first quarter of 2026, Alphabet said.', '', 'Where the bears stand'];

describe('figures referred back to', () => {
  it('should read "the 34%" of a later section as the figure the article told before', () => {
    expect(claimsOf([...opening, 'Skeptics say the 34% flatters the unit because one customer ramped fast.'])).toEqual([
      'Google Cloud | revenue growth | 34 | fact | Google Cloud',
      'Google Cloud | revenue growth | 34 | fact | Skeptics say',
    ]);
  });

  it('should leave a figure after "the" that the article never told, or that is a share of something else, out of the claims', () => {
    // Look-alikes: no figure of that value before; "the 34% of new contracts" is a share of something else.
    expect(claimsOf([...opening, 'Skeptics say the 30% flatters the unit because one customer ramped fast.'])).toEqual(['Google Cloud | revenue growth | 34 | fact | Google Cloud']);
    expect(claimsOf([...opening, 'Skeptics note the 34% of new contracts that came from one customer.'])).toEqual(['Google Cloud | revenue growth | 34 | fact | Google Cloud']);
  });
});
