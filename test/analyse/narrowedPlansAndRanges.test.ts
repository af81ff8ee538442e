/**
 * A plan's range narrowed ("narrowed its full-year 2026 range to $124 billion to $130 billion", 收窄至, 絞り込んだ) is the plan
 * revised, which no outlet's older range disputes; and a range said to run or range "from" one sum "to" another is a range,
 * not a change to its upper end.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';
import { tellsRevision } from '../../src/analyse/modality.ts';

describe('narrowed plans and ranges said from one sum to another', () => {
  it('should read a range that runs or ranges from one sum to another as the range, and a plan raised from one to another as the new figure', () => {
    const read = (sentence: string) => sentenceClaimLines('Meta', sentence);
    expect(read("Meta's 2026 spending plan runs from $115 billion to $135 billion.")).toEqual(['Meta capex 2026 plan 115000000000']);
    expect(read("Meta's 2026 spending plan ranges from $115 billion to $135 billion.")).toEqual(['Meta capex 2026 plan 115000000000']);
    expect(read('Meta raised its 2026 spending plan from $115 billion to $135 billion.')).toEqual(['Meta capex 2026 plan 135000000000']);
  });

  it('should tell a range narrowed, in English, Chinese and Japanese, as a plan revised', () => {
    const at = (text: string, figure: string) => tellsRevision(text, text.indexOf(figure), text.indexOf(figure) + figure.length);
    expect(at('Meta narrowed its full-year 2026 range to $124 billion to $130 billion.', '$124 billion')).toBe(true);
    expect(at('Meta将2026年资本开支指引收窄至1240亿至1300亿美元。', '1240亿')).toBe(true);
    expect(at('メタは26年通期の見通しを1240億～1300億ドルに絞り込んだ。', '1240億')).toBe(true);
    expect(at('Meta expects 2026 capex of $124 billion to $130 billion.', '$124 billion')).toBe(false);
  });

  it('should not set a plan narrowed against the wider range it replaced', async () => {
    const older = await Promise.all(['a', 'b'].map((id) => articleOf(id, 'Meta plan', ['Meta guides to $115 billion to $135 billion of capital expenditure for 2026.'])));
    const narrowed = await articleOf('c', 'Meta narrows', ['Meta narrowed its full-year 2026 capex range to $124 billion to $130 billion.']);
    const upper = await articleOf('d', 'Meta budget', ['Meta said its 2026 capex plan was $135 billion.']);
    const { conflicts } = analyse([...older, narrowed, upper]);
    expect(conflicts).toEqual([]);
  });
});
