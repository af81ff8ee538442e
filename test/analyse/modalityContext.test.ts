import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Articles written for these tests (not copied from the modality probes nor the evaluation set): modality told beyond a
// figure's own sentence (contextModality.ts) — a section's heading, a lead-in that announces the figures after it, hearsay
// told in the sentence before, a sentence after that calls the figure off, a headline's tag.

/** A long-form story dated 12 May 2026 of `body` (paragraphs, headings, lists), titled `title`. */
const story = (body: string, title = 'A story about cloud spending') => `${title}\n\nSample Post | May 12, 2026\n\n${body}\n\nSource: Sample Post`;

/** Each claim candidate of the story: subject | metric(:counterparty) | amount unit | modality. */
const read = (body: string, title?: string) =>
  extractClaims(inventedArticle(story(body, title), 'context.txt')).map((c) => `${c.subject} | ${c.metric}${c.counterparty ? `:${c.counterparty}` : ''} | ${c.value?.amount} ${c.value?.unit} | ${c.modality}`);

describe('a section heading that says what its figures are', () => {
  it('should read a plain figure under a heading of guidance, of expectations or of rumours with that modality', () => {
    expect(read('Alphabet posted its results on Tuesday.\n\n## Outlook\n\nCapital spending for the year: about $180 billion.')).toEqual(['Google | capex | 180000000000 USD | plan']);
    expect(read('Oracle reports next week.\n\n## What the Street expects\n\nCloud revenue climbs 40% from a year earlier.')).toEqual(['Oracle | revenue growth | 40 % | forecast']);
    expect(read('腾讯的AI投入仍在加大。\n\n## 业内传闻\n\n腾讯今年的资本开支达到900亿元。')).toEqual(['Tencent | capex | 90000000000 CNY | rumour']);
  });

  it('should keep a result under such a heading, and read nothing into a heading that lists topics', () => {
    // Negative controls: last year's actual beside the outlook; a heading of several topics; a result told against expectations.
    expect(read('Alphabet posted its results on Tuesday.\n\n## Outlook\n\nCapital spending was $91 billion in 2025.')).toEqual(['Google | capex | 91000000000 USD | fact']);
    expect(read('Investors have moved on.\n\n## Rumours, results and regrets\n\nOracle’s shares are up 12% this year.')).toEqual(['Oracle | share price growth | 12 % | fact']);
    expect(read('Oracle reported on Tuesday.\n\n## Results beat expectations\n\nCloud revenue: $7.2 billion.')).toEqual(['Oracle | revenue | 7200000000 USD | fact']);
    // A heading that tells news, its cue late in it, is a headline, not a label: the backlog under it stays a fact.
    expect(read('Amazon met its staff in Seattle this week to go over the budget.\n\n## Amazon trims its AI spending plan\n\nThe AWS backlog is $244 billion.')).toEqual(['AWS | backlog | 244000000000 USD | fact']);
  });
});

describe('a lead-in that announces the figures after it', () => {
  it('should give the lead-in’s modality to the text after it and the list that goes on from there', () => {
    expect(read('Meta reports next week. Here is what analysts are looking for.\n\nAdvertising revenue: $51 billion.')).toEqual(['Meta | revenue (advertising) | 51000000000 USD | forecast']);
    expect(read('阿里巴巴管理层在电话会上给出了明年的目标。\n\n- 资本开支：约1200亿元')).toEqual(['Alibaba | capex | 120000000000 CNY | plan']);
  });

  it('should not speak for a paragraph further on', () => {
    // Negative control: the lead-in's list has ended; the paragraph after it tells a result in plain words.
    expect(read('Meta reports next week. Here is what analysts are looking for.\n\nAdvertising revenue: $51 billion.\n\nMeta’s shares closed 3% higher on Friday in a broad rally led by chip makers and software companies.')).toEqual([
      'Meta | revenue (advertising) | 51000000000 USD | forecast',
      'Meta | share price growth | 3 % | fact',
    ]);
  });
});

describe('hearsay told in the sentence before', () => {
  it('should read the next sentence’s plain figure as hearsay too', () => {
    expect(read('Meta is close to a new cloud contract with Oracle, The Information reported on Monday. The agreement is worth $20 billion over its term.')).toEqual(['Meta | investment | 20000000000 USD | rumour']);
    expect(read('据知情人士透露，月之暗面正在进行新一轮融资。本轮融资规模为10亿美元。')).toEqual(['Moonshot AI | investment | 1000000000 USD | rumour']);
  });

  it('should keep what the company says, and money already put in, as facts', () => {
    // Negative controls: a company's own word after hearsay; a stake already paid for.
    expect(read('Meta is close to a new cloud contract with Oracle, The Information reported on Monday. Meta said it spent $72 billion on capital projects last year.')).toEqual(['Meta | capex | 72000000000 USD | fact']);
    expect(read('据知情人士透露，亚马逊正考虑追加投资。亚马逊此前已累计向Anthropic投资80亿美元。')).toEqual(['Amazon | investment:Anthropic | 8000000000 USD | fact']);
  });
});

describe('a sentence after a figure that calls it off', () => {
  it('should read a plan as called off when the sentence after it says that plan is dead', () => {
    expect(read('Google said in March that it would spend $2 billion on a campus in Ohio. That project has since been scrapped.')).toEqual(['Google | investment:Ohio | 2000000000 USD | cancelled']);
    expect(read('百度去年宣布，将投资80亿元建设算力中心。该项目已被叫停。')).toEqual(['Baidu | investment | 8000000000 CNY | cancelled']);
  });

  it('should not call off a figure because a later sentence calls off something of another company', () => {
    // Negative control: the sentence after names its own subject and nothing it points back to.
    expect(read('Google said in March that it would spend $2 billion on a campus in Ohio. Microsoft has since scrapped a site in Georgia.')).toEqual(['Google | investment:Ohio | 2000000000 USD | plan']);
  });
});

describe('a headline’s tag', () => {
  it('should read the lead’s plain figures as the tag says', () => {
    expect(read('The contract is worth $6 billion and runs for five years. Oracle declined to comment.', 'Sources: Oracle wins a defence cloud contract')).toEqual(['Oracle | investment | 6000000000 USD | rumour']);
  });

  it('should read nothing into a headline without a tag', () => {
    expect(read('The contract is worth $6 billion and runs for five years. Oracle declined to comment.', 'Oracle wins a defence cloud contract')).toEqual(['Oracle | investment | 6000000000 USD | fact']);
  });
});

describe('a table under a heading that says what it holds', () => {
  it('should read the cells under a heading of expectations as forecasts, but an actual of a quarter over', () => {
    const table = (heading: string) => `Meta reports its second-quarter results on Wednesday, after the market closes in New York.\n\n## ${heading}\n\n| Measure | Meta |\n| --- | --- |\n| Advertising revenue, Q2 2026 | $51 billion |\n| Advertising revenue, Q4 2025 | $46 billion |`;
    // (Advertising revenue is a line of Meta's business: businessLines.ts.)
    expect(read(table('What analysts expect'))).toEqual(['Meta | revenue (advertising) | 51000000000 USD | forecast', 'Meta | revenue (advertising) | 46000000000 USD | fact']);
    // Negative control: a heading that says nothing of the figures' modality.
    expect(read(table('The numbers'))).toEqual(['Meta | revenue (advertising) | 51000000000 USD | fact', 'Meta | revenue (advertising) | 46000000000 USD | fact']);
  });
});
