/**
 * A call on "the current quarter" is on the quarter under way at the article's date, whoever makes it: the company's
 * guidance and anyone's forecast, even where the figure's measure is carried from the clause before ("Revenue came to
 * $101.6 billion, and Nvidia reckons the current quarter will land between …").
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaimLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('calls on the current quarter', () => {
  it('should date a call on the current quarter by the quarter under way, and the result before it by the one reported', () => {
    expect(paragraphClaimLines('Nvidia', 'Revenue came to $101.6 billion in the third quarter, and Nvidia reckons the current quarter will land between $109.8 billion and $114.2 billion.', '20 November 2026')).toEqual([
      'NVIDIA revenue 2026-Q3 fact 101600000000',
      'NVIDIA revenue 2026-Q4 plan 109800000000',
    ]);
  });

  it('should date analysts’ forecast for the current quarter by the quarter under way', () => {
    expect(sentenceClaimLines('Amazon', 'Analysts expect AWS revenue of $48 billion in the current quarter.', '5 November 2026')).toEqual(['AWS revenue 2026-Q4 forecast 48000000000']);
  });
});
