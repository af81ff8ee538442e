import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';

// Invented one-figure articles (test/fixtures/modality-probes/), one for each way financial news in English, Chinese and
// Japanese tells a plan, a forecast, hearsay, an offer or a deal called off, and facts beside such words. A file's name
// ends with the modality a careful reader gives its figure, written before the reader was run on it.
const dir = path.join(import.meta.dirname, '..', 'fixtures', 'modality-probes');
const probes = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({ file, expected: file.replace(/\.txt$/, '').split('-').pop()!, claims: extractClaims(inventedArticle(readFileSync(path.join(dir, file), 'utf8'), file)) }));

/**
 * Probes whose figure the reader does not take as a claim at all (a metric or a deal it has no word for: total expenses,
 * GPUs sold, a contract booked, a merger, 合作, a chip purchase, a board's capital budget), whatever its modality.
 */
const NO_CLAIM = new Set([
  '003-en-plan.txt', '023-en-plan.txt', '082-en-forecast.txt', '141-zht-rumour.txt',
  '182-zh-cancelled.txt', '183-zh-cancelled.txt', '191-en-fact.txt',
  '289-en-cancelled.txt', '302-zht-plan.txt',
]);

describe('modality probes', () => {
  it('should read every probe’s figure with the modality its file name gives', () => {
    const wrong = probes.filter((p) => p.claims.some((c) => c.modality !== p.expected)).map((p) => `${p.file}: ${p.claims.map((c) => c.modality).join(', ')}`);
    expect(wrong).toEqual([]);
  });

  it('should never read a plan, forecast, rumour, offer or cancellation probe as a fact', () => {
    const overstated = probes.filter((p) => p.expected !== 'fact' && p.claims.some((c) => c.modality === 'fact')).map((p) => p.file);
    expect(overstated).toEqual([]);
  });

  it('should take a claim from every probe but the known gaps, and from none of those', () => {
    expect(probes.filter((p) => p.claims.length === 0).map((p) => p.file)).toEqual([...NO_CLAIM]);
  });
});
