import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import { mergedOn } from '../../templates/_includes/parts.ts';

/** The chip-count claims two outlets' sentences make, as "key value (outlets)", and the statements of their conflicts. */
async function chipCounts(first: string, second: string): Promise<{ claims: string[]; conflicts: number; statements: string[] }> {
  const { claims, conflicts } = analyse([await articleOf('wire-a', 'Chips at work', [first]), await articleOf('wire-b', 'Chips at work', [second])]);
  const counts = claims.filter((c) => c.value?.unit === 'chips');
  return { claims: counts.map((c) => `${c.key} ${c.value!.amount} (${c.mentions.map((m) => m.article).join(',')})`).sort(), conflicts: conflicts.length, statements: counts.map((c) => c.statement).sort() };
}

describe('a count of chips is of the chip it names', () => {
  it('should keep counts of two chips apart, and never set them against each other', async () => {
    const read = await chipCounts('AWS has deployed 1 million Trainium2 chips so far.', 'AWS has deployed 400,000 Trainium3 chips so far.');
    expect(read.claims).toEqual(['fact|aws|chips deployed:trainium2| 1000000 (wire-a)', 'fact|aws|chips deployed:trainium3| 400000 (wire-b)']);
    expect(read.conflicts).toBe(0);
    expect(read.statements.some((s) => s.startsWith('AWS Trainium2 chips deployed'))).toBe(true);
    // The claim page says what its mentions share in words, the chip among them.
    const { claims } = analyse([await articleOf('wire-a', 'Chips at work', ['AWS has deployed 1 million Trainium2 chips so far.'])]);
    expect(mergedOn(claims.find((c) => c.value?.unit === 'chips')!)).toBe('Mentions with the same subject, metric, chip and period (AWS · chips deployed · Trainium2 · no period stated)');
    // Look-alike: two counts of one chip that disagree are still disputed.
    expect((await chipCounts('AWS has deployed 1 million Trainium2 chips so far.', 'AWS has deployed 400,000 Trainium2 chips so far.')).conflicts).toBe(1);
  });

  it('should read the chip named after a count, or before a count of plain chips in its clause', async () => {
    const read = await chipCounts('Anthropic will use up to 1 million of Google’s TPU chips.', 'Anthropic will expand its use of Google TPUs to up to one million chips.');
    expect(read.claims).toEqual(['plan|anthropic|chips deployed:tpu| 1000000 (wire-a,wire-b)']);
  });

  it('should leave a count that names no chip apart from a count of a named chip', async () => {
    // It may be of any chip: it joins no named chip's count of another figure, and disputes none.
    const read = await chipCounts('AWS has deployed 1 million Trainium2 chips so far.', 'AWS has deployed 1.4 million chips across its regions so far.');
    expect(read.claims).toEqual(['fact|aws|chips deployed:trainium2| 1000000 (wire-a)', 'fact|aws|chips deployed| 1400000 (wire-b)']);
    expect(read.conflicts).toBe(0);
  });
});
