/**
 * Timeline entries of Japan's AI build-out told in English, Japanese and Chinese: a company's full-year forecast kept is its
 * results day, a build postponed is called off, and 対日 names Japan.
 */
import { describe, expect, it } from 'vitest';
import { describeEntry } from '../../src/analyse/readEntry.ts';
import { eventsOfMonth } from '../helpers/timelineMonth.ts';

describe('timeline entries of Japan’s build-out', () => {
  it('should make one event of a results day told as the forecast kept, in three languages, and keep a postponement apart', async () => {
    const kept = ['SoftBank Corp. holds to its full-year profit forecast.', 'ソフトバンクが通期計画を据え置く', '軟銀公司公布上半年財報，維持全年目標。'];
    const postponed = ['SoftBank Corp. shelves Tomakomai’s second phase for now.', 'ソフトバンクが苫小牧第2期の延期を発表', '軟銀公司延後苫小牧第二期。'];
    const events = await eventsOfMonth([...kept, ...postponed]);
    expect(events).toEqual([[...postponed].sort(), [...kept].sort()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('should read a build postponed as called off, and 対日 as Japan', () => {
    expect(describeEntry('ソフトバンクが苫小牧第2期の延期を発表').cancelled).toBe(true);
    expect(describeEntry('軟銀公司延後苫小牧第二期。').cancelled).toBe(true);
    expect([...describeEntry('マイクロソフトが29年6月までの対日投資計画を公表').places]).toEqual(['Japan']);
  });
});
