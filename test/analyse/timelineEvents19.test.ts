import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';

describe('a product launched that the vocabulary does not know, named in Latin letters in Chinese or Japanese (timeline19)', () => {
  it('should read the name after 发布 or before を発表 as the product, apart from another product of its family', async () => {
    expect(await eventCount(['Mistral releases Magistral 3.', 'Mistral发布推理模型Magistral 3。'])).toBe(1);
    expect(await eventCount(['Mistral releases Magistral 3.', 'ミストラル、推論モデル「Magistral 3」を発表。'])).toBe(1);
    // Look-alikes: a name of two capitalised words is another product, not a release of the first word's family; another release is another launch.
    expect(await eventCount(['Mistral releases Magistral 3.', 'ミストラル、モデル開発サービス「Magistral Studio」を発表。'])).toBe(2);
    expect(await eventCount(['Mistral releases Magistral 3.', 'Mistral发布推理模型Magistral 2。'])).toBe(2);
  });
});
