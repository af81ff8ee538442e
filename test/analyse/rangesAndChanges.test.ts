import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { findValues } from '../../src/analyse/parseValue.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value (with its bound), period and modality: "40000000000USD≥ 2025 plan". */
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit}${f.value.bound === 'min' ? '≥' : ''} ${f.period} ${f.modality}`);

describe('a figure written as a range, or as a change', () => {
  it('should read both ends of a range as one figure, however its scale and currency are written, and mark it a range', () => {
    for (const written of ['$40 billion to $45 billion', '$40B-$45B', '$40 to $45 billion', '40 to 45 billion dollars', '$40bn–$45bn']) {
      const [figure, ...rest] = findValues(`Contoso put its capital spending at ${written}.`);
      expect({ written, amount: figure?.value.amount, bound: figure?.value.bound, range: figure?.range, rest: rest.length }).toEqual({ written, amount: 40e9, bound: 'min', range: true, rest: 0 });
    }
    // Look-alikes: a bound ("more than") and a plus sign are minimums, not ranges.
    expect(findValues('Contoso spent more than $40 billion.').map((f) => [f.value.bound, f.range])).toEqual([['min', undefined]]);
    expect(findValues('Contoso’s backlog is $464B+.').map((f) => [f.value.bound, f.range])).toEqual([['min', undefined]]);
  });

  it('should read a past year’s spending told as a range as the guidance it was, however the range is written', () => {
    // A year's spending is booked as one sum: a range for it is what the company guided to, even for a year gone.
    expect(read('In January Contoso put its 2025 capital spending at $40 billion to $45 billion.')).toEqual(['40000000000USD≥ 2025 plan']);
    expect(read('In January Contoso put its 2025 capital spending at 40 to 45 billion dollars.')).toEqual(['40000000000USD≥ 2025 plan']);
    // Look-alike: one sum for the year gone is its actual.
    expect(read('Contoso’s capital spending came to $45 billion in 2025.')).toEqual(['45000000000USD 2025 fact']);
  });

  it('should read two ends after "from" as a change, whose figure is where it went', () => {
    expect(read('Contoso’s 2025 capex rose from $40 to $45 billion.')).toEqual(['45000000000USD 2025 fact']);
    expect(read('Contoso’s 2025 capex rose from 40 to 45 billion dollars.')).toEqual(['45000000000USD 2025 fact']);
    expect(read('Contoso’s cloud growth in 2025 rose from 20 to 25%.')).toEqual(['25% 2025 fact']);
    // Look-alike: the same ends with no "from" are a range.
    expect(read('Contoso expects cloud growth of 20 to 25% in 2026.')).toEqual(['20%≥ 2026 plan']);
  });
});

describe('the level a sum moved from, in Chinese and Japanese', () => {
  it('should drop the level a sum moved from, as "raised to $200 billion from $175 billion" does', () => {
    expect(read('康拓将2026年资本开支指引从1750亿美元上调至2000亿美元。')).toEqual(['200000000000USD 2026 plan']);
    expect(read('康拓云业务积压订单从2000亿美元增至2440亿美元。').map((f) => f.split(' ')[0])).toEqual(['244000000000USD']);
    expect(read('コントソは2026年の設備投資計画を1750億ドルから2000億ドルに引き上げた。')).toEqual(['200000000000USD 2026 plan']);
  });

  it('should keep a level a time before it names as that time’s figure, and a rate’s earlier level', () => {
    // Look-alikes: 去年同期的 and 前年同期の keep the level they moved from; a rate's (从40%放缓至39%) is the rate of the period before.
    expect(read('康拓2026年一季度资本开支从去年同期的250亿美元增至350亿美元。').map((f) => f.split(' ')[0])).toEqual(['25000000000USD', '35000000000USD']);
    expect(read('コントソの受注残高は前年同期の1890億ドルから2440億ドルに増えた。').map((f) => f.split(' ')[0])).toEqual(['189000000000USD', '244000000000USD']);
    expect(read('康拓云业务营收增速从40%放缓至39%。').map((f) => f.split(' ')[0])).toEqual(['40%', '39%']);
  });
});

describe('two ranges of one figure', () => {
  /** What two outlets' sentences make: each claim's statement, and each conflict's reason. */
  async function claimsOf(first: string, second: string): Promise<{ statements: string[]; conflicts: string[] }> {
    const { analyse } = await import('../../src/analyse/analyse.ts');
    const { articleOf } = await import('../helpers/seedArticles.ts');
    const { claims, conflicts } = analyse([await articleOf('wire-a', 'Contoso guides', [first]), await articleOf('wire-b', 'Contoso guides', [second])]);
    return { statements: claims.map((c) => c.statement).sort(), conflicts: conflicts.map((k) => k.reason) };
  }

  it('should show a range as its two ends, and set two ranges that do not overlap against each other', async () => {
    const read = await claimsOf('Amazon guided to second-quarter 2026 revenue of $175 billion to $185 billion.', 'Amazon expects second-quarter 2026 revenue of $187 billion to $192 billion.');
    expect(read.statements).toEqual(['Amazon revenue plan (2026-Q2): $175B–$185B', 'Amazon revenue plan (2026-Q2): $187B–$192B']);
    expect(read.conflicts).toEqual(['Wire-a puts the Amazon revenue plan (2026-Q2) at $175B–$185B; wire-b says $187B–$192B.']);
  });

  it('should keep one claim of a range and a figure inside it, or of two ranges that overlap', async () => {
    expect(await claimsOf('Amazon guided to second-quarter 2026 revenue of $175 billion to $185 billion.', 'Amazon expects second-quarter 2026 revenue of $175 billion to $185 billion.')).toEqual({ statements: ['Amazon revenue plan (2026-Q2): $175B–$185B'], conflicts: [] });
    expect((await claimsOf('Amazon guided to second-quarter 2026 revenue of $175 billion to $185 billion.', 'Amazon expects second-quarter 2026 revenue of $180 billion to $190 billion.')).conflicts).toEqual([]);
    expect((await claimsOf('Amazon guided to second-quarter 2026 revenue of $175 billion to $185 billion.', 'Amazon expects second-quarter 2026 revenue of more than $176 billion.')).conflicts).toEqual([]);
  });
});
