import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

/** Each claim of `amount` as "modality key". */
const keysOf = (articles: Article[], amount: number) =>
  analyse(articles)
    .claims.filter((c) => c.value?.amount === amount)
    .map((c) => `${c.modality} ${c.key}`)
    .sort();

describe('whose deal it is', () => {
  it('should give money a lab raises to the lab when its owner’s name opens the sentence', async () => {
    const a = await articleOf('a', 'Oracle and the labs', [
      'Oracle has signed no new compute deal this quarter.',
      "Elon Musk's xAI, whose Memphis data centre draws on gas turbines, is reportedly raising as much as $12 billion in new equity.",
    ]);
    expect(keysOf([a], 12e9)).toEqual(['rumour rumour|xai|investment|']);
  });

  it('should keep the article’s company as the investor when no company opens the sentence', async () => {
    const a = await articleOf('a', 'Oracle and the labs', ['Oracle has signed no new compute deal this quarter.', 'Backed by Oracle, the group is reportedly putting $12 billion into xAI.']);
    expect(keysOf([a], 12e9)).toEqual(['rumour rumour|oracle|investment:xai|']);
  });

  it('should read the company a sum is bet on (押在X身上) as the target, not the investor', async () => {
    const a = await articleOf('a', '甲骨文的押注', ['此后，甲骨文把更多筹码押在Cohere身上，迄今已累计投资30亿美元。']);
    expect(keysOf([a], 3e9)).toEqual(['fact fact|oracle|investment:cohere|']);
  });
});

describe('a company named as the rival of the party (deals27)', () => {
  it('should take the company after "rival" (的对手, 的對手) as the party, not the rival named before it', async () => {
    const a = await articleOf('a', 'Google and the labs', ['Google has signed no new compute deal this quarter.', 'Google has invested $3 billion in OpenAI rival Mistral.']);
    expect(keysOf([a], 3e9)).toEqual(['fact fact|google|investment:mistral|']);
    const b = await articleOf('b', 'Google and the labs', ['Google has signed no new compute deal this quarter.', '谷歌已向OpenAI的竞争对手Mistral投资30亿美元。']);
    expect(keysOf([b], 3e9)).toEqual(['fact fact|google|investment:mistral|']);
    const c = await articleOf('c', 'Google and the labs', ['Google has signed no new compute deal this quarter.', '谷歌已向OpenAI的對手Mistral合共投資30億美元。']);
    expect(keysOf([c], 3e9)).toEqual(['fact fact|google|investment:mistral|']);
    // Look-alike: a company named with no rival word between it and the next stays the party.
    const d = await articleOf('d', 'Google and the labs', ['Google has signed no new compute deal this quarter.', '谷歌已向OpenAI投资30亿美元，Mistral则另寻资金。']);
    expect(keysOf([d], 3e9)).toEqual(['fact fact|google|investment:openai|']);
  });
});
