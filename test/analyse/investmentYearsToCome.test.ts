/**
 * Money to be put in by a year, or over years, yet to begin is not put in yet: "a region backed by $4.8 billion of
 * investment through 2038" and "¥1.2 trillion over 2028–2032", said plainly, are the company's plans. A deal signed now
 * with another company that runs through such a year, and money invested by a year gone by, stay facts.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('investment by a year to come', () => {
  it('should read a sum invested through a year to come, or over years to come, as a plan', () => {
    expect(claims('Amazon', 'New regions: Vietnam, backed by US$4.8 billion of investment through 2038, and Fukuoka in Japan, backed by ¥1.2 trillion over 2028–2032.', '2 December 2026')).toEqual([
      'Amazon investment 2038 plan 4800000000',
      'Amazon investment null plan 1200000000000',
    ]);
  });

  it('should keep money invested by a year gone by, and a deal with a company through a year to come, facts', () => {
    expect(claims('Amazon', 'AWS has invested $4.8 billion in Vietnam through 2025, and over 2018–2025 it put ¥900 billion into Japan.', '2 December 2026').map((l) => l.split(' ').at(-2))).toEqual(['fact', 'fact']);
    expect(claims('CoreWeave', 'CoreWeave signed a $14.2 billion agreement with Meta through 2031.', '2 December 2026').map((l) => l.split(' ').at(-2))).toEqual(['fact']);
  });
});
