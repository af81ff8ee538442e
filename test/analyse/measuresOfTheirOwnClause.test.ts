/**
 * A figure takes no measure from a later clause that names a company or unit of its own and measures its own figure; and
 * money pledged for infrastructure is capital spending, however the pledge is worded.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('a measure in a later clause with a subject of its own', () => {
  it('should leave a plan of no measure out rather than read it as the backlog a unit’s clause after it states', () => {
    expect(claims('Amazon', 'Amazon has stuck to its plan of about $200bn, and its cloud division ended March with a backlog of $244bn.')).toEqual([
      'AWS backlog 2026-Q1 fact 244000000000',
    ]);
  });

  it('should still read a range of no measure by the measure of the clause after it where that clause names no one', () => {
    // (The measure is what is tested here: the range's own year, an adjective of "range", is not read yet.)
    const [range, quarter] = claims('Meta', 'Meta kept a 2026 range of $115 billion–$135 billion, and its capex came in at $22.1 billion in the quarter.');
    expect(range).toMatch(/^Meta capex \S+ plan 115000000000$/);
    expect(quarter).toBe('Meta capex 2026-Q3 fact 22100000000');
  });
});

describe('money pledged for infrastructure', () => {
  it('should read a pledge for AI and cloud infrastructure as capex, each company with its own', () => {
    expect(claims('Alibaba', 'Alibaba raised its three-year pledge for AI and cloud infrastructure to more than 480 billion yuan in September, and Tencent has said its capital spending this year will exceed 100 billion yuan.')).toEqual([
      'Alibaba capex null plan 480000000000',
      'Tencent capex 2026 plan 100000000000',
    ]);
    expect(claims('Alibaba', 'Alibaba raised its three-year pledge for AI and cloud infrastructure to more than 480 billion yuan in September.')).toEqual(['Alibaba capex null plan 480000000000']);
  });
});
