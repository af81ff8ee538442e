import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';
import type { Article } from '../../src/schemas.ts';

/** How many events of one month an article whose title is `title`, with `timeline` in order, and one more article's `other` entry make together. */
async function eventsWith(title: string, timeline: string[], other: string): Promise<string[][]> {
  const [base] = await loadArticles();
  const articles: Article[] = [
    { ...base!, id: 'a', file: 'a.txt', title, tagline: null, timeline: timeline.map((text, i) => ({ date: '2025-06', text, line: i + 1 })) },
    { ...base!, id: 'b', file: 'b.txt', title: 'Cloud chips round-up', tagline: null, timeline: [{ date: '2025-06', text: other, line: 1 }] },
  ];
  return mergeTimeline(articles).events.map((e) => e.mentions.map((m) => m.text).sort());
}

describe('a plan and what came of it (timeline18)', () => {
  it('should keep an act planned apart from the same act done, in English, Chinese and Japanese', async () => {
    expect(await eventCount(['Meta plans a $25 billion note offering.', 'Meta completes its $25 billion note offering.'])).toBe(2);
    expect(await eventCount(['Meta计划发行250亿美元债券。', 'Meta完成250亿美元债券发行。'])).toBe(2);
    expect(await eventCount(['メタ、250億ドルの社債発行を計画。', 'メタ、250億ドルの社債発行を完了。'])).toBe(2);
    // Look-alikes: an act told as neither planned nor done may be either; a virtual machine (虚拟机) is no plan.
    expect(await eventCount(['Meta plans a $25 billion note offering.', 'Meta sells $25 billion of bonds.'])).toBe(1);
    expect(await eventCount(['Meta完成250亿美元债券发行。', 'Meta发行250亿美元债券，用于虚拟机集群。'])).toBe(1);
  });
});

describe('a company going public (timeline18)', () => {
  it('should make a listing told in other words and languages one event', async () => {
    expect(await eventCount(['Cerebras goes public on the NYSE.', 'Cerebras shares begin trading after its initial public offering.'])).toBe(1);
    expect(await eventCount(['Cerebras在纽交所挂牌上市。', 'Cerebras goes public.'])).toBe(1);
    expect(await eventCount(['Cerebras、ニューヨーク証券取引所に上場。', 'Cerebras完成首次公开发行。'])).toBe(1);
    expect(await eventCount(['コアウィーブの株式公開、初値は公開価格を上回る。', 'CoreWeave stock opens trading above its offer price.'])).toBe(1);
    // Look-alikes: another company's listing is another event; a product going on sale (正式上市) is no listing.
    expect(await eventCount(['Cerebras goes public on the NYSE.', 'Groq goes public on the NYSE.'])).toBe(2);
    expect(await eventCount(['コアウィーブの株式公開、初値は公開価格を上回る。', 'Groq stock opens trading above its offer price.'])).toBe(2);
    expect(await eventCount(['Cerebras的新服务器正式上市。', 'Cerebras在纽交所挂牌上市。'])).toBe(2);
  });
});

describe('a company’s worth on the market (timeline18)', () => {
  it('should read a market value as the company’s worth, one event with its valuation told in other words', async () => {
    expect(await eventCount(['Broadcom becomes the second chipmaker valued at $2 trillion.', '博通市值站上2兆美元。'])).toBe(1);
    expect(await eventCount(['Broadcom’s market value tops $2 trillion.', 'ブロードコムの市場価値が初めて2兆ドルに到達。'])).toBe(1);
    // Look-alike: a sum that is no worth (a deal of the same size) is another event, as is another worth.
    expect(await eventCount(['Broadcom’s market value tops $2 trillion.', '博通市值站上3兆美元。'])).toBe(2);
    expect(await eventCount(['博通市值站上2兆美元。', 'Broadcom books a $2 billion chip order.'])).toBe(2);
  });
});

describe('a chip of a family shown, in other words and languages (timeline18)', () => {
  it('should make one company’s unveiling of a chip family one event, however each outlet tells it', async () => {
    expect(await eventCount(['Amazon announces Inferentia, a homegrown inference chip.', 'AWS rolls out its Inferentia silicon for customers.'])).toBe(1);
    expect(await eventCount(['亚马逊推出自研推理芯片Inferentia。', 'Amazon announces Inferentia, a homegrown inference chip.'])).toBe(1);
    // Look-alikes: a price cut on the family is another act; another company's family is another chip.
    expect(await eventCount(['Amazon cuts Inferentia prices for customers.', 'AWS rolls out its Inferentia silicon for customers.'])).toBe(2);
    expect(await eventCount(['Microsoft rolls out its Cobalt silicon for customers.', 'AWS rolls out its Inferentia silicon for customers.'])).toBe(2);
  });

  it('should read a named chip before を発表, を公開 or を披露 as unveiled, and name chips by their Japanese names', async () => {
    expect(await eventCount(['AWS、Graviton4を発表。', 'Amazon takes the wraps off Graviton4.'])).toBe(1);
    expect(await eventCount(['アマゾン、第3世代の学習用チップを披露。', 'AWS unveils Trainium3.'])).toBe(1);
    expect(await eventCount(['マイクロソフト、自社製チップ「マイア」を公開。', 'Microsoft unveils Maia, its first in-house accelerator.'])).toBe(1);
    expect(await eventCount(['グーグル、TPU「Ironwood」の一般提供を開始。', 'Google makes Ironwood generally available.'])).toBe(1);
    // Look-alikes: results told (決算を発表) are no chip unveiled; another generation is another chip.
    expect(await eventCount(['アマゾン、決算を発表。', 'Amazon takes the wraps off Graviton4.'])).toBe(2);
    expect(await eventCount(['アマゾン、第2世代の学習用チップを披露。', 'AWS unveils Trainium3.'])).toBe(2);
  });
});

describe('new terms reached, and a facility switched on for a customer (timeline18)', () => {
  it('should read 達成新條款 and 达成…协定 as a deal made, one with its signing told in other words', async () => {
    expect(await eventCount(['Meta與微軟就雲端合作達成新協定。', 'Microsoft and Meta sign a cloud agreement.'])).toBe(1);
    expect(await eventCount(['Meta与微软就云服务达成新条款。', 'Microsoft and Meta sign a cloud agreement.'])).toBe(1);
    // Look-alike: another party's agreement is another deal.
    expect(await eventCount(['Meta與微軟就雲端合作達成新協定。', 'Microsoft and Google sign a cloud agreement.'])).toBe(2);
  });

  it('should make a facility activated and one switched on for the same customer one event', async () => {
    expect(await eventCount(['Oracle activates the Abilene supercluster it built for OpenAI.', 'Oracle switches on a giant training cluster for the ChatGPT maker.'])).toBe(1);
    // Look-alike: one switched on for another customer is another facility.
    expect(await eventCount(['Oracle activates the Abilene supercluster it built for OpenAI.', 'Oracle switches on a giant training cluster for xAI.'])).toBe(2);
  });
});

describe('revenue contracted but not yet recognised (timeline18)', () => {
  it('should read revenue a unit has contracted but not yet recognised as its backlog', async () => {
    expect(await eventCount(['Oracle’s backlog climbs to $90 billion.', 'Oracle says revenue its cloud arm has signed but not yet recognised has reached $90B.'])).toBe(1);
    // Look-alike: revenue earned, beside a backlog of the same sum, is another measure.
    expect(await eventCount(['Oracle’s backlog climbs to $90 billion.', 'Oracle says revenue its cloud arm has recognised has reached $90B.'])).toBe(2);
  });
});

describe('a product launched that the vocabulary does not know (timeline18)', () => {
  it('should read the name after a verb of launching as the product, apart from another product of its company', async () => {
    expect(await eventCount(['Amazon unveils its Kiro coding agent.', 'Amazon unveils new guardrails in SageMaker.'])).toBe(2);
    expect(await eventCount(['Mistral releases Magistral 2.', 'Mistral rolls out its second-generation Magistral models.'])).toBe(1);
    // Look-alikes: the same product told in other words is one launch; another release of the family is another.
    expect(await eventCount(['Amazon unveils its Kiro coding agent.', 'Amazon introduces Kiro, an agent that writes code.'])).toBe(1);
    expect(await eventCount(['Mistral releases Magistral 3.', 'Mistral rolls out its second-generation Magistral models.'])).toBe(2);
  });
});

describe('an entry set at the occasion of the one before it (timeline18)', () => {
  const title = 'Broadcom’s quarter beats the Street';
  const preview = 'AWS previews Graviton5, its next CPU, due next year.';
  it('should take the company of the entry before for one at "the same keynote", whatever the article’s title names', async () => {
    const events = await eventsWith(title, ['Graviton4 capacity opens up to every EC2 customer.', 'The same keynote teases a follow-on CPU due a year later.'], preview);
    expect(events).toContainEqual([preview, 'The same keynote teases a follow-on CPU due a year later.'].sort());
  });

  it('should not where the entry before names another company, nor where the entry is not set at its occasion', async () => {
    // Look-alikes: the keynote before was Google's; an entry that says nothing of the occasion stays the article's company's.
    const google = await eventsWith(title, ['Google opens Ironwood capacity to every cloud customer.', 'The same keynote teases a follow-on CPU due a year later.'], preview);
    expect(google).not.toContainEqual([preview, 'The same keynote teases a follow-on CPU due a year later.'].sort());
    const unsaid = await eventsWith(title, ['Graviton4 capacity opens up to every EC2 customer.', 'A follow-on CPU is teased, due a year later.'], preview);
    expect(unsaid).not.toContainEqual([preview, 'A follow-on CPU is teased, due a year later.'].sort());
  });
});

describe('a company closing its fiscal year (timeline18)', () => {
  const closing = 'The Armonk firm wraps up its fiscal year with another record.';
  it('should read a fiscal year closed as the company’s results, one event with its results told in other words', async () => {
    const events = await eventsWith('IBM beats on software', [closing], 'IBM posts record software sales for its fiscal fourth quarter.');
    expect(events).toHaveLength(1);
  });

  it('should not make it another company’s results, nor read a closed facility as results', async () => {
    // Look-alikes: in a story on Oracle, the firm is Oracle; a data centre closed is no year closed.
    expect(await eventsWith('Oracle beats on cloud', [closing], 'IBM posts record software sales for its fiscal fourth quarter.')).toHaveLength(2);
    expect(await eventsWith('IBM beats on software', ['The Armonk firm closes its oldest data centre.'], 'IBM posts record software sales for its fiscal fourth quarter.')).toHaveLength(2);
  });
});

describe('a fiscal-year close and a contract book (timeline18)', () => {
  it('should read "the fiscal-year close" and 财年收官 as the results, and a contract book as the backlog', async () => {
    expect(await eventCount(['Salesforce’s fiscal-year close puts its cloud sales at the top of the guided range.', 'Salesforce posts record cloud sales for its fiscal fourth quarter.'])).toBe(1);
    expect(await eventCount(['Salesforce 2026财年收官，云业务增速领先。', 'Salesforce posts record cloud sales for its fiscal fourth quarter.'])).toBe(1);
    expect(await eventCount(['Oracle’s August-quarter filing shows its contract book swelling.', 'Oracle’s August-quarter report shows its contracted backlog climbing.'])).toBe(1);
    // Look-alikes: another company's close is another report; a close of a deal is no year closed.
    expect(await eventCount(['Salesforce’s fiscal-year close puts its cloud sales at the top of the guided range.', 'Oracle posts record cloud sales for its fiscal fourth quarter.'])).toBe(2);
    expect(await eventCount(['Salesforce closes its purchase of a data start-up.', 'Salesforce posts record cloud sales for its fiscal fourth quarter.'])).toBe(2);
  });
});

describe('a company’s home town as the subject of a chip made available (timeline18)', () => {
  it('should not read a home town as an unknown company, and read "broadly available" and a seventh-generation TPU', async () => {
    expect(await eventCount(['Mountain View makes the seventh-generation TPU broadly available to cloud tenants.', 'Google’s Ironwood chips become generally available.'])).toBe(1);
    // Look-alikes: another company's town and chip is another event; an unknown company's chip is no Google chip.
    expect(await eventCount(['Redmond makes its Maia accelerator broadly available.', 'Google’s Ironwood chips become generally available.'])).toBe(2);
    expect(await eventCount(['Nebulon makes its inference chip broadly available.', 'Google’s Ironwood chips become generally available.'])).toBe(2);
  });
});
