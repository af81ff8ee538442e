/**
 * What was called off and what it was worth: a plant priced right before its name ("a planned $3.5 billion HBM packaging
 * plant"), purchase commitments and orders ("orders, which totalled approximately $4.5 billion"), and a clause that leaves the
 * verb out ("…, and Tencent about US$1.4 billion"), which shares the clause before's.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('plants and orders called off', () => {
  it('should read a plant priced right before its name as spending on it, called off where the sentence says so', () => {
    expect(sentenceClaimLines('Samsung', 'Samsung called off a planned $3.5 billion HBM packaging plant in Taylor, Texas, moving that work back to Cheonan.')).toEqual(['Samsung capex null cancelled 3500000000']);
    expect(sentenceClaimLines('Samsung', 'Samsung opened a $3.5 billion advanced-packaging plant in Taylor, Texas.')).toEqual(['Samsung capex null fact 3500000000']);
  });

  it('should read purchase commitments cancelled, and give a gapped clause the verb of the clause before', () => {
    expect(sentenceClaimLines('Alibaba', 'Alibaba cancelled about US$2.1 billion of B30A purchase commitments in November, and Tencent about US$1.4 billion.')).toEqual([
      'Alibaba orders null cancelled 2100000000',
      'Tencent orders null cancelled 1400000000',
    ]);
    // Look-alike: a gapped clause after a fact is a fact.
    expect(sentenceClaimLines('Amazon', 'Amazon spent $131 billion on capex in 2025, and Alphabet about $91 billion.')).toEqual(['Amazon capex 2025 fact 131000000000', 'Google capex 2025 fact 91000000000']);
  });

  it('should read the sum a relative clause gives orders called off as called off, and orders received as a fact', () => {
    expect(sentenceClaimLines('Nvidia', 'In early November, those customers informed us that they had cancelled their orders, which totalled approximately $4.5 billion.')).toEqual(['NVIDIA orders null cancelled 4500000000']);
    expect(sentenceClaimLines('Nvidia', 'Nvidia received new orders, which totalled approximately $4.5 billion.')).toEqual(['NVIDIA orders null fact 4500000000']);
  });
});
