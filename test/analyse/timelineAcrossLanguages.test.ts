/**
 * One event told in other languages and other words: one rumour of a month about the same companies ("Word leaks that …",
 * 有消息称, と伝わる), but not a rumour naming another party; one results day told as "beats and raises" and as guidance raised.
 */
import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';

describe('hearsay in a timeline', () => {
  it('should make one event of one rumour about the same companies, told in three languages', async () => {
    expect(await eventCount(['Word leaks that Amazon could back Anthropic again.', 'アマゾンがアンソロピックに追加出資を検討と伝わる', '有消息称亚马逊考虑再次投资Anthropic。'])).toBe(1);
    expect(await eventCount(['Reports say xAI is nearing a multibillion-dollar server order from Dell.', '传xAI将向戴尔下单采购服务器。'])).toBe(1);
  });

  it('should keep apart rumours about other companies, and a rumour beside what was done', async () => {
    expect(await eventCount(['Word leaks that Amazon could back Anthropic again.', 'Reports say Google could back Anthropic again.'])).toBe(2);
    expect(await eventCount(['Reports say xAI is nearing a multibillion-dollar server order from Dell.', 'xAI signs a $5 billion server order with Dell.'])).toBe(2);
  });
});

describe('a results day told as beating and raising', () => {
  it('should make one event of "beats and raises" and a report of results with its full-year guidance raised', async () => {
    expect(await eventCount(['Palantir beats and raises again.', 'Palantir发布三季报，年内第三次上调全年营收指引。'])).toBe(1);
  });
});

describe('a round told in English and Japanese', () => {
  it('should make one event of a Series D announced and the same round raised in euros, told in Japanese', async () => {
    expect(await eventCount(['Mistral announces its Series D.', 'ミストラルがシリーズDで35億ユーロを調達'])).toBe(1);
  });
});

describe('an offer turned down told as "no thanks"', () => {
  it('should read "tells Amazon no thanks" as a rejection, one event with the same rejection told in Chinese', async () => {
    expect(await eventCount(['OpenAI tells Amazon no thanks.', 'OpenAI婉拒了亚马逊的入股邀约。'])).toBe(1);
    expect(await eventCount(['OpenAI tells Amazon no thanks.', 'OpenAI signs a $38 billion compute deal with Amazon.'])).toBe(2);
  });
});
