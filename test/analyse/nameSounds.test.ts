import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';
import { nameSounds, soundAlike } from '../../src/analyse/nameSounds.ts';

describe('a name the vocabulary does not know, in Latin letters and in katakana', () => {
  it('should hear a katakana name as its Latin spelling sounds', () => {
    const alike = (kana: string, latin: string) => soundAlike(nameSounds(kana, []), nameSounds(latin, [latin]));
    expect(alike('キネレットの取締役会がエヌビディアの買収提案を退ける', 'Kinneret')).toBe(true);
    expect(alike('ハルシオン・パワーが買収提案を拒否', 'Halcyon Power')).toBe(true);
    // An r that closes a syllable is a long mark in katakana, and l is r: パーダナ is "Perdana", チルドレス "Childress".
    expect(alike('パーダナの取締役会', 'Perdana Semitech')).toBe(true);
    expect(alike('チルドレス拠点', 'Childress')).toBe(true);
    expect(alike('キネレットの取締役会', 'Halcyon Power')).toBe(false);
    // Look-alikes: a place or a known company in katakana is no unknown name, nor is a name of two consonants; and two
    // katakana words alike are no name (モデル, データセンター are common words).
    expect([...nameSounds('ミシシッピ州での新拠点計画', [])]).toEqual([]);
    expect([...nameSounds('エヌビディアが発表', [])]).toEqual([]);
    expect([...nameSounds('アポロ陣営', [])]).toEqual([]);
    expect(soundAlike(nameSounds('推論モデル「R1」を公開', []), nameSounds('画像生成モデル「Janus-Pro」を公開', []))).toBe(false);
  });

  it('should make a refusal told with the name in Latin letters and in katakana one event, and another company’s refusal another', async () => {
    const katakana = 'キネレットの取締役会がエヌビディアの買収提案を退ける';
    expect(await eventCount(['Kinneret says no to the chip giant’s cash bid.', katakana])).toBe(1);
    expect(await eventCount(['Halcyon Power rejects SoftBank’s cash bid.', katakana])).toBe(2);
    // So is the name told in full by one outlet and by its first word by another.
    expect(await eventCount(['Kinneret’s board spurns the US chipmaker’s offer.', 'Kinneret Photonics rebuffs Nvidia’s $3.7 billion bid.'])).toBe(1);
  });
});
