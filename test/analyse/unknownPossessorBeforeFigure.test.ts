/**
 * A company the vocabulary does not know, named with its possessive right before a figure, owns the figure: "Google wants
 * Tidewater's 860 MW of operating capacity" is Tidewater's capacity, not Google's. A broker's view ("Bernstein's $166
 * billion estimate") stays the view of the company's figure.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('an unknown possessor right before a figure', () => {
  it('should file the figure under the company whose possessive stands right before it', () => {
    expect(claims('Google', "Google wants Harbourline's 640 MW of operating capacity, at a time when power sets the pace of cloud growth.", '26 November 2026')).toEqual([
      'Harbourline power capacity null fact 0.64',
    ]);
  });

  it("should keep a broker's estimate of another company's figure that company's", () => {
    expect(claims('Amazon', "Bernstein's $166 billion estimate for AWS revenue this year now looks conservative, the firm's analysts said.", '26 November 2026')).toEqual([
      'AWS revenue 2026 forecast 166000000000',
    ]);
  });
});
