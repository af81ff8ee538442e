import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set or the pair probes): two outlets' figures of one
// company, measured two ways (a total beside a unit, bookings beside the backlog, a basis with and without finance leases,
// constant currency beside reported growth, two rounds' valuations), which are two facts and no dispute; and a share in
// tenths beside the percentage it rounds.

/** An article of one sentence by `outlet`, dated `date` ("March 3, 2026"). */
const article = (outlet: string, date: string, sentence: string, file: string) => `Contoso figures\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}\n`;

/** What the reader makes of two outlets' sentences: each claim's key and value, and the number of conflicts. */
function pair(a: string, b: string, dates: [string, string] = ['March 3, 2026', 'March 3, 2026']) {
  const { claims, conflicts } = analyse([inventedArticle(article('Alder Wire', dates[0], a, 'a.txt'), 'a.txt'), inventedArticle(article('Birch Journal', dates[1], b, 'b.txt'), 'b.txt')]);
  return { keys: claims.map((c) => `${c.key} ${c.value?.amount}`).sort(), conflicts: conflicts.length };
}

describe('figures on two bases', () => {
  it('should read a company’s total cloud revenue apart from its cloud unit’s', () => {
    const two = pair('Oracle Cloud Infrastructure revenue was $5.2bn in the quarter that ended in February.', 'Oracle’s total cloud revenue, infrastructure plus applications, was $9.9 billion in the quarter that ended in February.');
    expect(two.keys).toEqual(['fact|oci|revenue|2026-q1 5200000000', 'fact|oracle|revenue (total cloud)|2026-q1 9900000000']);
    expect(two.conflicts).toBe(0);
    // Look-alike: cloud sales a company reported, not said to be its total, are still its cloud unit's.
    expect(pair('Oracle Cloud Infrastructure revenue was $5.2bn in the quarter that ended in February.', 'Oracle reported that cloud revenue was $5.3 billion in the quarter that ended in February.').keys).toEqual([
      'fact|oci|revenue|2026-q1 5200000000',
      'fact|oci|revenue|2026-q1 5300000000',
    ]);
  });

  it('should read bookings that grew as bookings growth, not the backlog’s', () => {
    const two = pair('Microsoft’s commercial bookings rose 74% in the December quarter.', 'Microsoft’s commercial remaining performance obligation rose 38% in the December quarter.');
    expect(two.keys).toEqual(['fact|microsoft|backlog growth|2025-q4 38', 'fact|microsoft|bookings growth|2025-q4 74']);
    expect(two.conflicts).toBe(0);
    // Look-alike: a level of bookings is the backlog.
    expect(pair('Contoso ended the quarter with $90 billion of bookings.', 'Contoso’s backlog stood at $90 billion at the end of the quarter.').keys).toHaveLength(1);
  });

  it('should not dispute capex including finance leases with the cash paid that excludes them', () => {
    const two = pair('Meta’s capital expenditures, including finance leases, were $30.1bn in the December quarter.', 'Meta’s cash paid for property and equipment, which excludes finance leases, was $22.4 billion in the December quarter.');
    expect(two.keys).toEqual(['fact|meta|capex|2025-q4 22400000000', 'fact|meta|capex|2025-q4 30100000000']);
    expect(two.conflicts).toBe(0);
    // Look-alike: a capex figure that names no basis still disputes one that does.
    expect(pair('Meta’s capital expenditures, including finance leases, were $30.1bn in the December quarter.', 'Meta’s capital expenditures were $22.4 billion in the December quarter.').conflicts).toBe(1);
  });

  it('should read growth in constant currency where the sentence opens with it, a period between', () => {
    const two = pair('Azure revenue grew 41% in Microsoft’s fiscal second quarter of 2026.', '按固定汇率计算，微软Azure在2026财年第二季度营收同比增长40%。');
    expect(two.keys).toEqual(['fact|azure|revenue growth (constant currency)|2025-q4 40', 'fact|azure|revenue growth|2025-q4 41']);
    expect(two.conflicts).toBe(0);
    // Look-alike: growth as reported, in another outlet's words, disputes the other figure.
    expect(pair('Azure revenue grew 41% in Microsoft’s fiscal second quarter of 2026.', '微软Azure在2026财年第二季度营收同比增长36%。').conflicts).toBe(1);
  });

  it('should not dispute the valuations two lettered rounds set', () => {
    const two = pair('アンソロピックのシリーズE後の評価額は900億ドルとなった。', 'アンソロピックのシリーズD後の評価額は400億ドルだった。', ['2026年3月3日', '2026年3月3日']);
    expect(two.conflicts).toBe(0);
    // Look-alike: two outlets' valuations of one round do dispute.
    expect(pair('アンソロピックのシリーズE後の評価額は900億ドルとなった。', 'アンソロピックのシリーズE後の評価額は800億ドルだった。', ['2026年3月3日', '2026年3月3日']).conflicts).toBe(1);
  });

  it('should read a share in tenths as rounded to the tenth', () => {
    const dates: [string, string] = ['2026年4月30日', '2026年4月30日'];
    const two = pair('アジュールの1～3月期の売上高は約4割増えた。', 'アジュールの2026年1～3月期の売上高は前年同期比37%増だった。', dates);
    expect(two).toEqual({ keys: ['fact|azure|revenue growth|2026-q1 37'], conflicts: 0 });
    // Look-alike: a percentage that rounds to another tenth disputes it.
    expect(pair('アジュールの1～3月期の売上高は約4割増えた。', 'アジュールの2026年1～3月期の売上高は前年同期比34%増だった。', dates).conflicts).toBe(1);
    expect(pair('微软Azure第一季度营收增长近四成。', '微软Azure在2026年第一季度营收同比增长37%。', ['2026年4月30日', '2026年4月30日']).keys).toEqual(['fact|azure|revenue growth|2026-q1 37']);
    // Look-alike: "about 40%" in English is said to its 5%, and 37% disputes it.
    expect(pair('Azure revenue grew about 40% in the first quarter of 2026.', 'Azure revenue grew 37% in the first quarter of 2026.', ['April 30, 2026', 'April 30, 2026']).conflicts).toBe(1);
  });
});
