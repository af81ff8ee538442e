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
