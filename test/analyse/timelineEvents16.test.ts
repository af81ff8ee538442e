import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';

describe('timeline entries that call the company by its town and trade (timeline16)', () => {
  it('should read "Seattle’s online retailer" and 西雅图电商巨头 as Amazon, one event with Amazon named', async () => {
    expect(await eventCount(['Seattle’s online retailer writes a $3 billion cheque to Northwind.', 'Amazon invests $3 billion in Northwind.'])).toBe(1);
    expect(await eventCount(['这家西雅图电商巨头押注Northwind。', 'Amazon invests in Northwind.'])).toBe(1);
    // Look-alike: the city alone is a place, not the company; another company's cheque stays apart.
    expect(await eventCount(['Seattle’s pension fund writes a $3 billion cheque to Northwind.', 'Amazon invests $3 billion in Northwind.'])).toBe(2);
  });

  it('should read a bet placed on a company (押注, 下注) as an investment', async () => {
    expect(await eventCount(['亚马逊押注Northwind。', 'Amazon makes its first investment in Northwind.'])).toBe(1);
    // Look-alike: a partnership of the same two companies is another event.
    expect(await eventCount(['亚马逊押注Northwind。', 'Amazon signs a cloud partnership with Northwind.'])).toBe(2);
  });

  it('should read a sum right after 累計 or 累计 as a running total, not the sum of the event', async () => {
    expect(await eventCount(['アマゾンがNorthwindへの出資を倍増、累計80億ドルに。', 'Amazon puts another $4 billion into Northwind.'])).toBe(1);
    expect(await eventCount(['亚马逊第二笔注资落地，累计出资80亿美元。', 'Amazon puts another $4 billion into Northwind.'])).toBe(1);
    // Look-alike: a sum of the event itself, not cumulative, that disagrees keeps the two apart.
    expect(await eventCount(['亚马逊向Northwind注资80亿美元。', 'Amazon puts another $4 billion into Northwind.'])).toBe(2);
  });
});
