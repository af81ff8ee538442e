import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { findEntities } from '../../src/analyse/entities.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';

// Sentences written for these tests (not copied from the evaluation set), of the ways the eighth
// and ninth dev batches' outlets file a figure under the wrong subject or period: tickers for
// names, a chip named only by its generation, a period given only by the figure a sentence repeats.

/** The claims of a long-form article of `paragraphs` under a headline, as subject, metric, period, modality and value. */
function claimsOf(headline: string, paragraphs: string[], dateline = 'Example Wire | May 8, 2026'): string[] {
  const prose = 'Executives gave the figures to reporters at a briefing this week, and customers asked many questions about them.';
  const text = [headline, '', dateline, '', prose, '', ...paragraphs.flatMap((p) => [p, '']), 'Source: Example Wire'].join('\n');
  return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe('whose figure: tickers', () => {
  it('should read a stock ticker as its company, with an exchange or a market suffix too', () => {
    const names = (text: string) => findEntities(text).map((e) => e.name);
    expect(names('NASDAQ: NVDA closed higher; ORCL and MSFT slipped.')).toEqual(['NVIDIA', 'Oracle', 'Microsoft']);
    expect(names('Holders of $GOOG and GOOGL shares, and of AMZN.US')).toEqual(['Google', 'Google', 'Amazon']);
    expect(names('甲骨文（ORCL.US）与微软（MSFT.O）')).toEqual(['Oracle', 'Oracle', 'Microsoft', 'Microsoft']);
    // A word that only contains the letters is no ticker.
    expect(names('The GOOGLE-style campus and the AMZNX fund')).toEqual(['Google']);
  });

  it('should give the figures after a ticker line to that company, not to the company the newsletter is about', () => {
    const claims = claimsOf('Amazon’s cloud keeps its lead', [
      'AWS grew 28% in the March quarter.',
      'MSFT: capital spending of $37.5 billion in the quarter to March.',
      'ORCL: its remaining performance obligations reached $523 billion at the end of November.',
    ]);
    expect(claims).toContain('Microsoft capex 2026-Q1 fact 37500000000USD');
    expect(claims.some((c) => c.startsWith('Oracle backlog') && c.endsWith('523000000000USD'))).toBe(true);
    expect(claims.filter((c) => c.startsWith('AWS') || c.startsWith('Amazon'))).toEqual(['AWS revenue growth 2026-Q1 fact 28%']);
  });
});

describe('whose figure: a chip named by its generation', () => {
  const chipClaims = (headline: string, paragraphs: string[]) => claimsOf(headline, paragraphs).filter((c) => /performance|energy/.test(c));

  it('should read an ordinal generation as the chip of that generation of the family the article names', () => {
    expect(
      chipClaims('Inside AWS’s Trainium roadmap', [
        'Trainium2 is in volume production.',
        'Engineers we spoke to were most excited by the 3rd-gen silicon. The company says it offers 4.4 times the compute of its predecessor.',
      ]),
    ).toEqual(['Trainium3 performance - fact 4.4x']);
    expect(chipClaims('AWS、Trainium2を増強', ['AWSは第3世代のチップについて説明した。第3世代の性能はTrainium2比で4.4倍になる。'])).toEqual(['Trainium3 performance - fact 4.4x']);
  });

  it('should read “the newest” or “new” chip as the latest generation the article names, never as the baseline named beside it', () => {
    expect(chipClaims('AWS ships Trainium3 UltraServers', ['“The latest Trainium delivers four times the performance of Trainium2,” the customer said.'])).toEqual(['Trainium3 performance - fact 4x']);
    expect(chipClaims('第3世代「Trainium」が登場', ['新チップの性能はTrainium2と比べて4倍に高まった。'])).toEqual(['Trainium3 performance - fact 4x']);
    // The generation before, named with the baseline after it in Japanese, keeps its own figure.
    expect(chipClaims('第3世代「Trainium」が登場', ['Trainium2は初代Trainiumの4倍の性能だった。'])).toEqual(['Trainium2 performance - fact 4x']);
  });

  it('should leave a generation alone when the chip is another company’s or the article names no one family', () => {
    // Nvidia's second-generation part is no Trainium, even in an article that names Trainium3.
    expect(chipClaims('Trainium3 meets its rival', ['Nvidia’s second-generation part delivers 4 times the performance of Hopper.'])).not.toContain('Trainium2 performance - fact 4x');
    // With two families named, "the third-generation chip" could be either.
    expect(chipClaims('Trainium2 and Inferentia2 compared', ['The third-generation chip delivers 4.4 times the compute of its predecessor.'])).not.toContain('Trainium3 performance - fact 4.4x');
  });
});
