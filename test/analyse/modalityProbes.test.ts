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
 * Probes whose figure the reader does not take as a claim at all (a metric or a deal it has no word for: GPUs sold, a
 * contract booked, a merger, 合作, a chip purchase, a board's capital budget), whatever its modality. (159's bid to buy a company
 * by its name for a sum is read since the twenty-second round; 003's and 023's total expenses since the thirty-seventh.)
 */
const NO_CLAIM = new Set([
  '141-zht-rumour.txt',
  '182-zh-cancelled.txt', '183-zh-cancelled.txt', '191-en-fact.txt',
  '289-en-cancelled.txt', '302-zht-plan.txt',
  // The fifth set (468–547), written blind in the twenty-third round: measures named only by a noun the reader has no
  // metric for — a purchase, a budget (预算, 預算, 予算化), orders (受注額, 下单, 訂單), a contract's amount (合同金额,
  // 契約), an asking price (价码, 提示額), the money "sought" or a cut's size — or a deal told only as
  // "the deal" a sentence before named. (468's "$32 billion purchase" and 498's "$900 million purchase of Israeli software firm
  // Runlayer", priced purchases of a company, are read since the thirty-second round; 479's "capital-spending budget",
  // since the thirty-fifth, which reads the hyphenated compound; 508's buyback, 回购股份, since the forty-first.)
  '497-en-cancelled.txt', '503-en-rumour.txt',
  '504-en-rumour.txt', '507-en-rumour.txt', '512-zh-plan.txt', '521-zh-rumour.txt',
  '523-zh-title-rumour.txt', '526-zht-plan.txt', '528-zht-offer.txt', '530-zht-rumour.txt', '536-ja-plan.txt',
  '540-ja-title-forecast.txt', '542-ja-offer.txt', '544-ja-cancelled.txt', '545-ja-rumour.txt',
]);

/**
 * Probes read with another modality than a careful reader gives, with what the reader gives (the fifth set, 468–547,
 * written blind in the twenty-third round: 36 read so when they came in, 22 of them as facts; 8 at the round's end, 2 as facts).
 */
const KNOWN_MISSES: Record<string, string> = {
  // Money spent under a plan, or a target met, told beside the plan's word: read as the plan.
  '471-en-fact.txt': 'plan',
  '473-en-fact.txt': 'plan',
  // A question headline is read as hearsay; the body's answer (our analysis, 券商) is a forecast.
  '489-en-title-forecast.txt': 'rumour',
  '516-zh-title-forecast.txt': 'rumour',
  // What an offer "would" put in, told as the offer's terms: read as the bidder's plan.
  '493-en-offer.txt': 'plan',
  // A headline that names a plan with no tag ("Tencent's spending plan for the year, in brief") over plain list lines: read as
  // no context (tried and dropped: in the evaluation's dev part it made results told under such headlines plans).
  '482-en-title-plan.txt': 'fact',
  // A proposal's terms under a heading of their own ("## The terms", "- Price: €4.2 billion"): no context says offer.
  '494-en-offer.txt': 'fact',
  // This fiscal year's figure under a heading of the market's forecast (## 市場予想): its own words read it as the company's plan first.
  '538-ja-forecast.txt': 'plan',
};
/** Of those, the ones shown as facts: a context that no rule reads yet. */
const KNOWN_OVERSTATED = ['482-en-title-plan.txt', '494-en-offer.txt'];

describe('modality probes', () => {
  it('should read every probe’s figure with the modality its file name gives, but the known misses', () => {
    const wrong = Object.fromEntries(probes.filter((p) => p.claims.some((c) => c.modality !== p.expected)).map((p) => [p.file, p.claims.map((c) => c.modality).join(', ')]));
    expect(wrong).toEqual(KNOWN_MISSES);
  });

  it('should never read a plan, forecast, rumour, offer or cancellation probe as a fact, but the one known', () => {
    const overstated = probes.filter((p) => p.expected !== 'fact' && p.claims.some((c) => c.modality === 'fact')).map((p) => p.file);
    expect(overstated).toEqual(KNOWN_OVERSTATED);
  });

  it('should take a claim from every probe but the known gaps, and from none of those', () => {
    expect(probes.filter((p) => p.claims.length === 0).map((p) => p.file)).toEqual([...NO_CLAIM]);
  });
});
