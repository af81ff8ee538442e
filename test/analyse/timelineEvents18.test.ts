import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';

describe('a plan and what came of it (timeline18)', () => {
  it('should keep an act planned apart from the same act done, in English, Chinese and Japanese', async () => {
    expect(await eventCount(['Meta plans a $25 billion note offering.', 'Meta completes its $25 billion note offering.'])).toBe(2);
    expect(await eventCount(['Meta计划发行250亿美元债券。', 'Meta完成250亿美元债券发行。'])).toBe(2);
    expect(await eventCount(['メタ、250億ドルの社債発行を計画。', 'メタ、250億ドルの社債発行を完了。'])).toBe(2);
    // Look-alikes: an act told as neither planned nor done may be either; a virtual machine (虚拟机) is no plan.
    expect(await eventCount(['Meta plans a $25 billion note offering.', 'Meta sells $25 billion of bonds.'])).toBe(1);
    expect(await eventCount(['Meta完成250亿美元债券发行。', 'Meta发行250亿美元债券，用于虚拟机集群。'])).toBe(1);
  });
});
