/**
 * A research note's masthead may run long ("Futurum Research | Analyst Insight | By …, Research Director, … | August 3,
 * 2026"): it still names the outlet, so the note's "We expect AWS growth of about 31%" is the house's forecast, not the
 * company's plan. "The sell side had expected $40.1 billion" is the brokers' forecast.
 */
import { describe, expect, it } from 'vitest';
import { inventedArticle, paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';

const note = (masthead: string) =>
  [
    'Azure in the September Quarter: Steady, Not Spectacular',
    '',
    masthead,
    '',
    'Microsoft reported its fiscal first quarter on October 29, and the cloud business did what investors had hoped for without surprising anyone.',
    '',
    'We expect Azure growth of about 36% in the December quarter, in line with the range management gave on the call.',
  ].join('\n');

describe('the sell side and long mastheads', () => {
  it('should take the outlet from a long masthead of fields, and read its "we expect" as its forecast', () => {
    const article = inventedArticle(note('Brightline Research | Cloud Insight | By Mara Ilves, Principal Analyst, Infrastructure Software | November 2, 2026'));
    expect(article.source).toBe('Brightline Research');
    expect(extractClaims(article).map((c) => `${c.subject} ${c.modality} ${c.value!.amount}`)).toEqual(['Azure forecast 36']);
  });

  it('should read what the sell side expected as a forecast', () => {
    expect(claims('Amazon', 'AWS revenue came to $40.8 billion in the quarter. The sell side had expected $40.1 billion.', '3 August 2026')).toEqual([
      'AWS revenue 2026-Q2 fact 40800000000',
      'AWS revenue 2026-Q2 forecast 40100000000',
    ]);
  });
});
