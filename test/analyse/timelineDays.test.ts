import { describe, expect, it } from 'vitest';
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';
import type { Article } from '../../src/schemas.ts';
import { loadArticles } from '../helpers/seedArticles.ts';

/** How many events the entries make, each `[date, text]` in an article of its own. */
async function eventsOf(entries: [string, string][]): Promise<number> {
  const [base] = await loadArticles();
  const articles: Article[] = entries.map(([date, text], i) => ({ ...base!, id: `t${i}`, file: `t${i}.txt`, title: 'The week in AI infrastructure', tagline: null, timeline: [{ date, text, line: 1 }] }));
  return mergeTimeline(articles).events.length;
}

describe('entries dated to the day', () => {
  it('should keep apart entries of one company’s financing told on days a week apart, however alike their words', async () => {
    expect(await eventsOf([['2026-11-04', 'First reports of a private-credit package for Meta’s Texas campus.'], ['2026-11-18', 'Meta signs a private-credit package for its Texas campus.']])).toBe(2);
  });

  it('should still join one event dated a day apart by two outlets, or dated to the day by one and to the month by another', async () => {
    expect(await eventsOf([['2026-11-18', 'Meta signs a private-credit package for its Texas campus.'], ['2026-11-19', 'Meta signs a private-credit package for its Texas campus.']])).toBe(1);
    expect(await eventsOf([['2026-11-18', 'Meta signs a private-credit package for its Texas campus.'], ['2026-11', 'Meta signs a private-credit package for its Texas campus.']])).toBe(1);
  });
});
