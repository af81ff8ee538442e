import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

/** The claims two outlets' sentences make of `metric`, as "amount (outlets)", and how many conflicts the two make. */
async function claimsOf(metric: string, first: string, second: string): Promise<{ claims: string[]; conflicts: number }> {
  const a = await articleOf('wire-a', 'xAI and Amazon build', [first]);
  const b = await articleOf('wire-b', 'xAI and Amazon build', [second]);
  const { claims, conflicts } = analyse([a, b]);
  return { claims: claims.filter((c) => c.metric === metric).map((c) => `${c.value?.amount} (${c.mentions.map((m) => m.article).join(',')})`).sort(), conflicts: conflicts.length };
}

describe('what two sites run or draw', () => {
  it('should not set two named sites’ counts or power against each other', async () => {
    expect(await claimsOf('chips deployed', 'The first Colossus now runs about 230,000 GPUs, xAI said.', 'xAI said its Colossus 2 cluster now runs 550,000 GPUs.')).toEqual({
      claims: ['230000 (wire-a)', '550000 (wire-b)'],
      conflicts: 0,
    });
    expect(await claimsOf('power capacity', 'Amazon’s Project Rainier campus is designed for about 2.2 gigawatts of power.', 'Amazon’s new Mississippi cluster draws about 0.8 gigawatts of power.')).toEqual({
      claims: ['0.8 (wire-b)', '2.2 (wire-a)'],
      conflicts: 0,
    });
  });

  it('should still set one site’s counts against each other, or two counts that name no site', async () => {
    expect(await claimsOf('chips deployed', 'xAI said its Colossus 2 cluster now runs 450,000 GPUs.', 'xAI said its Colossus 2 cluster now runs 550,000 GPUs.')).toEqual({
      claims: ['450000 (wire-a)', '550000 (wire-b)'],
      conflicts: 1,
    });
    expect(await claimsOf('chips deployed', 'xAI said it now runs 450,000 GPUs.', 'xAI said it now runs 550,000 GPUs.')).toEqual({
      claims: ['450000 (wire-a)', '550000 (wire-b)'],
      conflicts: 1,
    });
  });
});
