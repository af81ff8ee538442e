/**
 * A plan is the plan as it stood when told: "about $200 billion" for 2026 in the spring and "about $215 billion" in the
 * autumn are the plan then and the plan moved since, not two outlets disputing one figure. Two outlets' plans of one
 * period told in the same months still disagree.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import type { Article } from '../../src/schemas.ts';
import { datedArticleOf } from '../helpers/seedArticles.ts';

const told = (id: string, date: string, sentence: string) => datedArticleOf(id, 'Contoso outlook', date, sentence);
const disputes = async (articles: Promise<Article>[]) => analyse(await Promise.all(articles)).conflicts.length;

describe('plans of one period told at two times', () => {
  it('should not set the plan told in the spring against the plan told in the autumn', async () => {
    expect(
      await disputes([
        told('spring', '2026-02-10', 'Contoso plans capital spending of about $40 billion in 2026.'),
        told('spring-again', '2026-03-02', 'Contoso expects capital spending of about $40 billion in 2026.'),
        told('autumn', '2026-10-30', 'Contoso plans capital spending of about $46 billion in 2026.'),
      ]),
    ).toBe(0);
  });

  it('should still set two outlets’ plans of one period told in the same months against each other', async () => {
    expect(
      await disputes([
        told('spring', '2026-02-10', 'Contoso plans capital spending of about $40 billion in 2026.'),
        told('other', '2026-02-20', 'Contoso plans capital spending of about $46 billion in 2026.'),
      ]),
    ).toBe(1);
  });
});
