/**
 * Two kinds of timeline entry the reader told apart from their paraphrases: results told by how they met the market's view
 * ("Alibaba beats cloud forecasts in its fiscal second quarter", 业绩超预期) are the company's results, and a bid handed
 * in ("lodges its offer", "files its proposal", "submits a bid") is one act of its company a month, whatever each outlet
 * calls what the bid is for — but two bids of other sums are two.
 */
import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';

describe('results told as a beat, and bids handed in', () => {
  it('should read results that beat or miss the market’s view as results, one event with the report told plainly', async () => {
    expect([...describeEntry('Alibaba beats cloud forecasts in its fiscal second quarter.').metrics]).toEqual(['results']);
    expect([...describeEntry('Nvidia misses estimates for the first time in three years.').metrics]).toEqual(['results']);
    expect(await eventCount(['Alibaba beats cloud forecasts in its fiscal second quarter.', '阿里巴巴公布2027财年第二季度财报。'])).toBe(1);
    // Look-alike: the market's view of something else is no report.
    expect([...describeEntry('Alibaba raises its AI spending pledge.').metrics]).not.toContain('results');
  });

  it('should make one event of a bid handed in, however each outlet words it, and keep two bids of other sums apart', async () => {
    expect(describeEntry("G42 lodges its offer for India's GIFT City compute campus.").action).toBe('bid');
    expect(describeEntry('xAI files a lawsuit against OpenAI.').action).toBe('sue');
    expect(await eventCount(["G42 lodges its offer for India's GIFT City compute campus.", 'G42 files its GIFT City proposal with MeitY.'])).toBe(1);
    expect(await eventCount(['Broadcom submits a $3.4 billion bid for Quillon Photonics.', 'Broadcom submits a $3.9 billion bid for Quillon Photonics.'])).toBe(2);
  });
});
