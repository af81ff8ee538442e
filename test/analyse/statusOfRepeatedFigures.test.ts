/**
 * A figure's status where it is repeated without its status words: a table's cell of a figure its article's text tells as
 * hearsay or called off, and a figure it refers back to ("the $2.4bn deal"), is that hearsay or that cancellation; another outlet's plain figure of a deal or project called off
 * is the one called off (but the plan, where the figure was also planned); and a cancellation told as the cause of a figure
 * (受注取り消しに伴い…評価損を計上) does not call the figure off.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { asProse, cjkArticleLines, inventedArticle, longFormText } from '../helpers/inventedArticle.ts';

/** An article of `outlet`, file `file`, under `headline`, of `paragraphs` (tables among them). */
const story = (file: string, outlet: string, headline: string, paragraphs: string[]) =>
  inventedArticle(longFormText(headline, paragraphs, '4 December 2026').replace(/Example News/g, outlet), file);

/** Each claim about `subject`: metric, modality, amount and how many mentions it has. */
const claimsOf = (subject: string, ...articles: ReturnType<typeof story>[]) =>
  analyse(articles).claims.filter((c) => c.subject === subject && c.value).map((c) => `${c.metric} | ${c.modality} | ${c.value!.amount} | ${c.mentions.length}`).sort();

describe('the status of a figure repeated without its status words', () => {
  it("should read a table's cell as the hearsay its article's text tells, and keep a sentence that tells the figure plainly a fact", () => {
    const table = ['| Company | Latest round | Amount raised | Valuation |', '|---|---|---|---|', '| Figure AI | Series D, Dec 2026 | $3.5B | $85B |', '| 1X Technologies | Talks | ~$1B | ~$12B |'];
    const rumoured = story('robots.txt', 'Robot Review', 'Humanoid makers raise money', [
      asProse('People familiar with the talks say Norway-born 1X Technologies is raising about $1 billion at a valuation near $12 billion.'),
      ...table,
    ]);
    expect(claimsOf('1X', rumoured)).toEqual(['investment | rumour | 1000000000 | 2', 'valuation | rumour | 12000000000 | 2']);
    // The same table under a text that says the round closed: its cells are facts.
    const closed = story('robots.txt', 'Robot Review', 'Humanoid makers raise money', [asProse('1X Technologies raised $1 billion at a $12 billion valuation on Monday.'), ...table]);
    expect(claimsOf('1X', closed)).toEqual(['investment | fact | 1000000000 | 2', 'valuation | fact | 12000000000 | 2']);
  });

  it("should read a table's cell as the project its article's text says was paused", () => {
    const article = story('johor.txt', 'The Edge', 'Johor pauses data-centre approvals', [
      asProse('Microsoft confirmed on Nov 13 that it has paused its RM10 billion investment at Sedenak Tech Park in Kulai.'),
      '| Project | Developer | Investment |',
      '|---|---|---|',
      '| Sedenak campus | Microsoft | RM10bn |',
    ]);
    expect(claimsOf('Microsoft', article)).toEqual(['investment | cancelled | 10000000000 | 2']);
  });

  it('should read a figure the article refers back to ("the $2.4bn deal") as called off where the article calls it off, and its own telling of another figure as told', () => {
    const pulled = story('credit.txt', 'Credit Wire', 'Talon Peak pulls its bond', [
      asProse('Talon Peak Data Centers withdrew its $2.4 billion secured bond on 1 December after buyers balked at a campus with a single tenant.'),
      'The $2.4bn deal was arranged by Morgan Stanley and Barclays. Talon Peak raised $1.1 billion of equity in June.',
    ]);
    expect(claimsOf('Talon Peak', pulled)).toEqual(['bond sale | cancelled | 2400000000 | 1', 'investment | cancelled | 2400000000 | 1', 'investment | fact | 1100000000 | 1']);
  });

  it("should join another outlet's plain figure to the deal called off, and not a figure of another size", () => {
    const blocked = story('streetinsider.txt', 'StreetInsider', 'Order blocks Lodestar sale', [asProse("A presidential order prohibited Broadcom's $2.3 billion acquisition of Lodestar Memory on Thursday.")]);
    const plain = story('column.txt', 'Chip Column', 'Chip deals this autumn', [asProse("Broadcom's $2.3 billion acquisition of Lodestar Memory was the autumn's largest memory deal.")]);
    expect(claimsOf('Broadcom', blocked, plain)).toEqual(['acquisition | cancelled | 2300000000 | 2']);
    const other = story('column.txt', 'Chip Column', 'Chip deals this autumn', [asProse("Broadcom's $2.5 billion acquisition of Lodestar Memory was the autumn's largest memory deal.")]);
    expect(claimsOf('Broadcom', blocked, other)).toEqual(['acquisition | cancelled | 2300000000 | 1', 'acquisition | fact | 2500000000 | 1']);
  });

  it('should join a plain figure to the plan where the same figure was planned by one outlet and called off by another', () => {
    const planned = story('plan.txt', 'Plan Daily', 'Humain plans Dammam', [asProse('Humain plans to spend $7.5 billion on the second phase of its Dammam campus.')]);
    const paused = story('pause.txt', 'Pause Wire', 'Humain pauses Dammam', [asProse('Humain has paused the $7.5 billion second phase of its Dammam campus.')]);
    const plain = story('plain.txt', 'Plain Post', 'Gulf campuses', [asProse("Humain's $7.5 billion second phase at Dammam is the largest campus in the Gulf.")]);
    expect(claimsOf('Humain', planned, paused, plain)).toEqual(['capex | cancelled | 7500000000 | 1', 'capex | plan | 7500000000 | 2']);
  });

  it('should not call off a charge booked because orders were cancelled', () => {
    expect(cjkArticleLines('テッサリン、評価損を計上', '2026年12月4日', ['米テッサリン・セミコンダクターは12月3日、中国向けAI半導体「TX-40C」の受注取り消しに伴い、8～10月期に評価損など4億2000万ドルを計上したと発表した。'])
      .map((l) => l.split(' ').slice(-2).join(' '))).toEqual(['fact 420000000']);
  });
});
