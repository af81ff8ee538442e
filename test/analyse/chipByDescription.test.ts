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

describe('a thing of the generation before', () => {
  it('should give a figure of "the previous-generation box" to the generation before the chip its sentence names', () => {
    expect(chipClaims('Trainium3 reaches more regions', ['Every Trainium3 UltraServer now holds 144 chips, against 64 in the previous-generation box.'])).toEqual([
      'Trainium3 chips per server fact 144chips',
      'Trainium2 chips per server fact 64chips',
    ]);
  });

  it('should keep a figure measured over the previous generation, or a rack that names its chip, as they were', () => {
    expect(chipClaims('Trainium3 reaches more regions', ['Trainium3 delivers 4.4 times the compute of the previous generation.'])).toEqual(['Trainium3 performance fact 4.4x']);
    expect(chipClaims('Trainium3 reaches more regions', ['The prior-gen Trainium2 UltraServer held 64 chips.'])).toEqual(['Trainium2 chips per server fact 64chips']);
  });
});

describe('a product after a verb that multiplies', () => {
  it('should give "X, which itself quadrupled the original Y’s performance" to X, Y being its baseline', () => {
    expect(chipClaims('Trainium3 reaches more regions', ['Trn3 draws less power than Trn2, which itself tripled the first Trainium’s performance.'])).toEqual([
      'Trainium2 performance fact 3x',
    ]);
  });

  it('should keep the product a company multiplied as the one measured', () => {
    expect(chipClaims('Trainium3 reaches more regions', ['Last year AWS doubled Trainium2’s performance with a software update.'])).toEqual(['Trainium2 performance fact 2x']);
  });
});
