import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

/** A story of one outlet, `outlet`, dated May 2026, whose body is `body`. */
const story = (outlet: string, body: string, i: number) => inventedArticle([`${outlet} on Amazon`, '', `${outlet} | Staff`, 'May 6, 2026', '', body, '', `Source: ${outlet}`].join('\n'), `story-${i}.txt`);
const read = (...bodies: [string, string][]) => analyse(bodies.map(([outlet, body], i) => story(outlet, body, i)));

describe('pledges to invest that name no other side', () => {
  it('should not dispute two pledges of one company through the same year', () => {
    const { claims, conflicts } = read(['Example Wire', 'AWS commits $4.7 billion to its Brazilian cloud regions through 2030.'], ['Harbor Daily', 'Amazon has said it will invest more than $10 billion in Brazil through 2030 across its businesses.']);
    expect(claims.filter((c) => c.modality === 'plan' && c.metric === 'investment').map((c) => c.value?.amount).sort((x, y) => x! - y!)).toEqual([4_700_000_000, 10_000_000_000]);
    expect(conflicts).toEqual([]);
  });

  it('should still dispute two figures of one deal with its other side named', () => {
    // Look-alike: a plan to invest in a named company is the one deal, and two sums of it disagree.
    const { conflicts } = read(['Example Wire', 'Amazon plans to invest $4 billion in Mistral in 2026, the company said.'], ['Harbor Daily', 'Amazon plans to invest $6 billion in Mistral in 2026, the company said.']);
    expect(conflicts).toHaveLength(1);
  });
});

describe('a lettered funding round', () => {
  const raise = (outlet: string, body: string, i: number) => inventedArticle([`${outlet} on Mistral`, '', `${outlet} | Staff`, 'May 6, 2026', '', body, '', `Source: ${outlet}`].join('\n'), `round-${i}.txt`);

  it('should dispute two sums of one round the company names by its letter, though no period is told', () => {
    const { conflicts } = analyse([raise('Example Wire', 'Mistral has closed a $4 billion Series D funding round, the company said.', 0), raise('Harbor Daily', 'Mistral said it raised $3bn in its Series D round.', 1)]);
    expect(conflicts).toHaveLength(1);
  });

  it('should not dispute two rounds of other letters, nor sums that name no round', () => {
    // Look-alikes: a Series C and a Series D are two rounds; two undated raises may be two rounds.
    expect(analyse([raise('Example Wire', 'Mistral has closed a $4 billion Series D funding round, the company said.', 0), raise('Harbor Daily', 'Mistral said it raised $3bn in its Series C round.', 1)]).conflicts).toEqual([]);
    expect(analyse([raise('Example Wire', 'Mistral has raised $4 billion from investors, the company said.', 0), raise('Harbor Daily', 'Mistral said it raised $3bn from investors.', 1)]).conflicts).toEqual([]);
  });
});
