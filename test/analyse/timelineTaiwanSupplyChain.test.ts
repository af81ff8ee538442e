import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';
import { describeEntry } from '../../src/analyse/readEntry.ts';

describe('a quarter beating expectations, and a record month, told in Chinese and English', () => {
  it('should read profit that beats or trails the market’s expectations as the quarter’s results', () => {
    expect([...describeEntry('台積電第三季獲利優於市場預期。').metrics]).toEqual(['results']);
    expect([...describeEntry('台积电第三季度净利低于预期。').metrics]).toEqual(['results']);
    // Look-alike: a forecast of demand that beats expectations tells no quarter.
    expect([...describeEntry('台積電法說會釋出樂觀展望。').metrics]).toEqual([]);
  });

  it('should make the quarter beating expectations one event with its report in Japanese', async () => {
    expect(await eventCount(['台積電第三季獲利優於市場預期。', 'TSMCが7～9月期決算を発表'])).toBe(1);
  });

  it('should read a record month as a month’s results, one event with the month’s revenue, not the quarter’s', async () => {
    const record = describeEntry('TSMC books a second consecutive record month.');
    expect([...record.metrics]).toEqual(['results']);
    expect(record.month).toBe(true);
    expect(await eventCount(['TSMC books a second consecutive record month.', '台積電11月營收再創新高。'])).toBe(1);
    expect(await eventCount(['TSMC books a second consecutive record month.', 'TSMC posts third-quarter results.'])).toBe(2);
  });
});

describe('a build put off, told as a delay', () => {
  it('should read a start or production delayed or pushed back as called off, in English and Chinese', () => {
    expect(describeEntry('JASM delays the start of its second Kumamoto fab to 2029.').cancelled).toBe(true);
    expect(describeEntry('JASM宣布熊本二廠量產延至2029年。').cancelled).toBe(true);
    // Look-alikes: a contract extended, and a delay of nothing built, are not.
    expect(describeEntry('微软与OpenAI的合约延至2032年。').cancelled).toBe(false);
    expect(describeEntry('Shipments arrive after a two-week delay.').cancelled).toBe(false);
  });

  it('should make the delay one event in three languages', async () => {
    expect(await eventCount(['JASM delays the start of its second Kumamoto fab to 2029.', 'JASMが熊本第2工場の稼働を29年に延期', 'JASM宣布熊本二廠量產延至2029年。'])).toBe(1);
  });
});
