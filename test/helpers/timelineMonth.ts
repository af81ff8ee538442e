/**
 * One month's timeline entries, each in an article of its own, merged as the analysis merges them: the events they
 * make, for the timeline tests.
 */
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';
import type { Article } from '../../src/schemas.ts';
import { loadArticles } from './seedArticles.ts';

/** Groups of texts in one order: each group's texts sorted, the groups by their first text. */
export const asEvents = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

/**
 * The events December 2024's `texts` make, each entry in an article whose title is `title`: each event as the sorted
 * texts of its mentions, in the order of their first texts.
 */
export async function eventsOfMonth(texts: string[], title = 'The week in AI infrastructure'): Promise<string[][]> {
  const [base] = await loadArticles();
  const articles: Article[] = texts.map((text, i) => ({ ...base!, id: `t${i}`, file: `t${i}.txt`, title, tagline: null, timeline: [{ date: '2024-12', text, line: 1 }] }));
  return asEvents(mergeTimeline(articles).events.map((e) => e.mentions.map((m) => m.text)));
}

/** How many events December 2024's `texts` make, each entry in an article of its own. */
export const eventCount = async (texts: string[]): Promise<number> => (await eventsOfMonth(texts)).length;

/** How many events November 2026's entries make, each `[title, text]` an entry in an article of that title. */
export async function titledEventCount(entries: [string, string][]): Promise<number> {
  const [base] = await loadArticles();
  const articles: Article[] = entries.map(([title, text], i) => ({ ...base!, id: `a${i}`, file: `a${i}.txt`, title, tagline: null, timeline: [{ date: '2026-11', text, line: 1 }] }));
  return mergeTimeline(articles).events.length;
}

/** How many events entries make, each `[date, text]` in an article of its own. */
export async function datedEventCount(entries: [string, string][]): Promise<number> {
  const [base] = await loadArticles();
  const articles: Article[] = entries.map(([date, text], i) => ({ ...base!, id: `d${i}`, file: `d${i}.txt`, title: 'The week in AI', tagline: null, timeline: [{ date, text, line: 1 }] }));
  return mergeTimeline(articles).events.length;
}
