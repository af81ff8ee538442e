/**
 * A chip-tool maker's "net bookings" are the orders its quarter brought in (净订单额, 純受注), a flow: never its backlog,
 * the orders not yet filled, nor a sum it spends. Bookings of another kind ("commercial bookings") keep their own measure.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('net bookings', () => {
  it('should read net bookings as the quarter’s orders, in English and in Chinese, in a sentence and in a table', () => {
    expect(sentenceClaimLines('ASML', 'ASML took €5.9 billion of net bookings in the third quarter.', '20 October 2026')).toEqual(['ASML orders 2026-Q3 fact 5900000000']);
    const chinese = cjkArticleClaims('阿斯麦三季度业绩', '2026年10月20日', ['阿斯麦第三季度净订单额为59亿欧元。', '| 指标 | 阿斯麦 |\n|---|---|\n| 第三季度净订单 | 59亿欧元 |']);
    expect(chinese.map((c) => `${c.subject} ${c.metric} ${c.value!.amount}`)).toEqual(['ASML orders 5900000000', 'ASML orders 5900000000']);
  });

  it('should keep bookings of another kind as they were', () => {
    expect(sentenceClaimLines('Microsoft', 'Microsoft’s commercial bookings rose 112% in the quarter.', '20 October 2026')).toEqual(['Microsoft bookings growth 2026-Q3 fact 112']);
  });
});
