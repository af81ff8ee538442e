import { describe, expect, it } from 'vitest';
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';
import { ACTIONS, isMarkPassed } from '../../src/analyse/entryActs.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

/** The number of events one month’s entries make, each entry in an article of its own. */
async function eventCount(texts: string[]): Promise<number> {
  const [base] = await loadArticles();
  const articles: Article[] = texts.map((text, i) => ({ ...base!, id: `t${i}`, file: `t${i}.txt`, title: 'The week in AI infrastructure', tagline: null, timeline: [{ date: '2024-12', text, line: 1 }] }));
  return mergeTimeline(articles).events.length;
}
/** The kind of act the entry's words tell, as the timeline reads it. */
const actOf = (text: string) => ACTIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;

describe('timeline products numbered after a hyphen (timeline15)', () => {
  it('should read a model numbered after a hyphen as a product, so one release told twice is one event', async () => {
    expect(await eventCount(['Mistral unveils Magistral-2.', 'Mistral releases Magistral-2 to its API customers.'])).toBe(1);
  });

  it('should keep two numbers of one model apart, and not read a form or a visa as a product', async () => {
    expect(await eventCount(['Mistral unveils Magistral-2.', 'Mistral unveils Magistral-1.5.'])).toBe(2);
    expect(await eventCount(['CoreWeave files its S-1.', 'CoreWeave files an S-1 with the SEC.'])).toBe(1);
  });
});

describe('timeline acts told with words between (timeline15)', () => {
  it('should read a price cut with what is priced between the verb and the prices, and a chip due late next year as announced', () => {
    expect(actOf('Alibaba Cloud cuts Qwen model prices by up to 97%.')).toBe('price cut');
    expect(actOf('Amazon announces Trainium3, due late next year.')).toBe('announce');
  });

  it('should not read a fall on prices as a price cut, and keep a chip announced apart from its general availability', async () => {
    expect(actOf('Micron shares drop on memory prices.')).toBeNull();
    expect(await eventCount(['Alibaba Cloud cuts Qwen model prices by up to 97%.', 'Alibaba Cloud launches Qwen.'])).toBe(2);
    expect(await eventCount(['Amazon announces Trainium3, due late next year.', 'Trainium3 instances are now generally available to all AWS customers.'])).toBe(2);
  });
});

describe('timeline figures told as a mark passed (timeline15)', () => {
  it('should read a figure a result tops as a floor, so the exact result is the same event', async () => {
    const text = 'Google Cloud revenue tops $15 billion for the first time.';
    expect(isMarkPassed(text, text.indexOf('$'), text.indexOf(' for'))).toBe(true);
    expect(await eventCount([text, 'Alphabet’s cloud unit posts $15.2 billion in sales.'])).toBe(1);
  });

  it('should keep a result below the mark apart', async () => {
    expect(await eventCount(['Google Cloud revenue tops $15 billion for the first time.', 'Alphabet’s cloud unit posts $14.6 billion in sales.'])).toBe(2);
  });
});
