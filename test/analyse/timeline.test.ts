import { describe, expect, it } from 'vitest';
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

/** The events one month's entries make, each as the texts of its mentions. */
async function eventsOf(texts: string[]): Promise<string[][]> {
  const [base] = await loadArticles();
  const articles: Article[] = texts.map((text, i) => ({ ...base!, id: `t${i}`, file: `t${i}.txt`, timeline: [{ date: '2025-02', text, line: 1 }] }));
  return mergeTimeline(articles).events.map((e) => e.mentions.map((m) => m.text));
}

describe('timeline events', () => {
  it('should merge paraphrases of one event that share no distinctive word', async () => {
    expect(await eventsOf(['Amazon reports record capital expenditures driven by generative AI infrastructure.', "Amazon's capex hits an all-time high on AI buildout."])).toHaveLength(1);
    expect(await eventsOf(['AWS unveils Trainium2 custom AI training chips at re:Invent.', 'Amazon debuts its second-generation Trainium2 accelerator.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon commits $4 billion to Anthropic.', 'Anthropic secures a $4B investment from Amazon.'])).toHaveLength(1);
    // "The cloud division" of an Amazon story is AWS: the same backlog.
    expect(await eventsOf(['AWS backlog reaches a record $244 billion.', "Amazon's cloud business posts record-breaking backlog of $244B."])).toHaveLength(1);
  });

  it('should keep apart different events of one month, however alike their words', async () => {
    const seedsMonth = [
      'Amazon reports record capital expenditures driven by generative AI infrastructure.',
      'AWS announces record-breaking cloud backlog growth driven by generative AI demand.',
      "AWS launches global expansion of 'AI-Ready' data center clusters.",
    ];
    expect(await eventsOf(seedsMonth)).toHaveLength(3);
    // Another company, another chip, another figure, a deal called off.
    expect(await eventsOf(['Amazon reports record capital expenditures.', 'Microsoft reports record capital expenditures.'])).toHaveLength(2);
    expect(await eventsOf(['AWS launches Trainium2 instances.', 'AWS launches Trainium3 instances.'])).toHaveLength(2);
    expect(await eventsOf(['Amazon invests $4 billion in Anthropic.', 'Amazon invests $2.75 billion in Anthropic.'])).toHaveLength(2);
    expect(await eventsOf(['Microsoft plans a $3.3 billion data center in Wisconsin.', 'Microsoft scraps a $3.3 billion data center in Wisconsin.'])).toHaveLength(2);
  });

  it('should merge entries that name one event in other words: unbilled revenue, server farms, a build-out budget, dropping a project, a result by its percentage', async () => {
    expect(await eventsOf(['Oracle says its contracted backlog hit a record.', 'Signed but unbilled Oracle revenue climbs faster than ever.'])).toHaveLength(1);
    expect(await eventsOf(['Microsoft opens new AI server farms in Europe.', 'Microsoft expands its AI data centre footprint across Europe.'])).toHaveLength(1);
    expect(await eventsOf(['Meta keeps its build-out budget for the year unchanged.', 'Meta reaffirms its capex plan for the year.'])).toHaveLength(1);
    expect(await eventsOf(['Google drops a planned $2 billion campus in Texas.', 'Google cancels its $2 billion Texas data centre project.'])).toHaveLength(1);
    expect(await eventsOf(["Oracle's quarterly report shows cloud sales climbing 52%.", 'Oracle posts results with cloud revenue up 52%.'])).toHaveLength(1);
    // The same percentage of two companies is two results.
    expect(await eventsOf(['Oracle posts results with cloud revenue up 52%.', 'Google posts results with cloud revenue up 52%.'])).toHaveLength(2);
  });

  it('should read a top-up as an investment and a running total as no sum of the event, in any order of the outlets', async () => {
    const topUp = ['Microsoft puts a further $2 billion into Mistral.', 'The Redmond company tops up its Mistral holding, bringing the total to $5 billion.', 'Microsoft adds another $2 billion to Mistral, taking its total stake to $5 billion.'];
    expect(await eventsOf(topUp)).toHaveLength(1);
    expect(await eventsOf([...topUp].reverse())).toHaveLength(1);
    // Another sum is another top-up.
    expect(await eventsOf(['Microsoft puts a further $2 billion into Mistral.', 'Microsoft puts a further $3 billion into Mistral.'])).toHaveLength(2);
  });

  it('should know a company by its founder or chief, spending by its buildings and servers, a backlog by deals awaiting delivery, and a chip by its generation', async () => {
    expect(await eventsOf(['Jeff Bezos’s company spends more on buildings and servers than ever.', 'Amazon reports record capital expenditures.'])).toHaveLength(1);
    expect(await eventsOf(['Oracle says customer deals awaiting delivery jumped to a record.', 'Oracle’s unfilled cloud commitments hit a record.', 'Oracle reports a record backlog.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon’s second-generation AI training processor becomes generally available.', 'AWS makes Trainium2 generally available.'])).toHaveLength(1);
    expect(await eventsOf(['Amazon’s third-generation AI training processor becomes generally available.', 'AWS makes Trainium2 generally available.'])).toHaveLength(2);
    expect(await eventsOf(['Sam Altman’s company turns down an offer from Microsoft.', 'OpenAI rejects an offer from Microsoft.'])).toHaveLength(1);
  });
});
