/**
 * A correction told in two sentences, the first naming what was misstated and the second giving the figure: the figure
 * given is the outlet's claim of that measure, the one taken back is none. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { correctedSentence } from '../../src/analyse/corrections.ts';
import { articleOf } from '../helpers/seedArticles.ts';

/** subject | metric | value | modality of each claim with a figure an article of `sentences` gives. */
async function claimsOf(id: string, sentences: string[]): Promise<string[]> {
  const article = await articleOf(id, 'Cloud notes', sentences);
  return extractClaims(article).filter((c) => c.value).map((c) => [c.subject, c.metric, c.value!.amount, c.modality].join(' | '));
}

describe('corrections', () => {
  it('should read the figure a correction gives as a claim of the measure it says was misstated, and not the one it takes back', async () => {
    const claims = await claimsOf('oracle-correction', ["Correction: An earlier version of this story misstated Oracle's remaining performance obligations. It is $523 billion, not $532 billion."]);
    expect(claims).toEqual([expect.stringMatching(/^Oracle \| \w[\w ]* \| 523000000000 \| fact$/)]);
    expect(claims.join('\n')).not.toContain('532000000000');
  });

  it('should leave "It is …" after a sentence that misstates nothing to the readers it had', () => {
    // Look-alike: the sentence before names a measure but says nothing was misstated.
    expect(correctedSentence('It is $523 billion, not $532 billion.', "Analysts keep asking about Oracle's remaining performance obligations.")).toBeNull();
    expect(correctedSentence('It is $523 billion, not $532 billion.', "An earlier version misstated Oracle's remaining performance obligations.")).toBe("Oracle's remaining performance obligations is $523 billion.");
  });
});
