import { describe, expect, it } from 'vitest';
import { yardstickSpans } from '../../src/analyse/comparedWith.ts';

const named = (text: string) => yardstickSpans(text).map(([start, end]) => text.slice(start, end));

describe('yardsticks of comparison', () => {
  it('should find the company another is measured by, in Chinese, Japanese and English', () => {
    expect(named('甲骨文云业务增速与微软相同。')).toEqual(['微软']);
    expect(named('オラクルのクラウドもマイクロソフトと同じ伸びを記録。')).toEqual(['マイクロソフト']);
    expect(named("Oracle's cloud grew in line with Microsoft's.")).toEqual(['Microsoft']);
  });

  it('should find no yardstick where two companies are joined as parties', () => {
    // 和 between two companies, not after a measure: both are what the line is about.
    expect(named('微软和甲骨文云业务增速相同。')).toEqual([]);
    expect(named('甲骨文与微软签署云合作协议。')).toEqual([]);
    expect(named('Oracle signs a cloud deal with Microsoft.')).toEqual([]);
  });
});
