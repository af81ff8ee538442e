import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set): a chip the text names by what it is
// rather than by its name ("its newest in-house accelerator"), and a generation's figure said beside the next one's.

/** The chip claims of a long-form article of `paragraphs` under a headline, as subject, metric, modality and value. */
function chipClaims(headline: string, paragraphs: string[]): string[] {
  const prose = 'Engineers described the parts to reporters at a briefing this week, and customers asked many questions about them.';
  const text = [headline, '', 'Example Wire | May 8, 2026', '', prose, '', ...paragraphs.flatMap((p) => [p, '']), 'Source: Example Wire'].join('\n');
  return extractClaims(inventedArticle(text))
    .filter((c) => /performance|chips per server/.test(c.metric ?? ''))
    .map((c) => `${c.subject} ${c.metric} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe('a chip named by what it is', () => {
  it('should read "its newest in-house accelerator" as the latest generation of its family the article names', () => {
    expect(chipClaims('Trainium3 reaches more regions', ['AWS’s newest in-house accelerator offers three point eight times the throughput of the part it succeeds.'])).toEqual([
      'Trainium3 performance fact 3.8x',
    ]);
    expect(chipClaims('Trainium3 reaches more regions', ['Amazon said its latest custom AI chip runs three times faster than Trainium2.'])).toEqual(['Trainium3 performance fact 3x']);
  });

  it('should keep another company’s newest in-house accelerator its own', () => {
    expect(chipClaims('Trainium3 reaches more regions', ['Nvidia’s newest in-house accelerator offers 2.5 times the throughput of the part it succeeds.'])).toEqual([
      'NVIDIA performance fact 2.5x',
    ]);
  });
});
