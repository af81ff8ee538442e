import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';

describe('a quarter reported by its short name', () => {
  it('should read "reports Q1 FY2027" as the quarter’s results, one event with the results told in other words and languages', async () => {
    expect(await eventCount(['Microsoft reports Q1 FY2027.', 'マイクロソフトが第1四半期決算を発表、Azureは37％増'])).toBe(1);
    expect(await eventCount(['Microsoft reports Q1 FY2027.', '微软发布2027财年第一财季财报。'])).toBe(1);
    // Look-alike: a quarter's shipments reported are no results.
    expect(await eventCount(['Microsoft reports Q1 chip shipments to Nvidia.', '微软发布2027财年第一财季财报。'])).toBe(2);
  });
});
