/**
 * A company's total expenses and the words of funding rounds: "total expenses of $164 billion to $167 billion" are no capex;
 * "banks $40 billion", "an $18 billion raise" and "a $1 trillion post-money price" are a round's money and its valuation; a
 * table's "Led by" column names no party to the round's sum, and its "Latest round" column dates it.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleClaimLines, asProse, cjkArticleLines, inventedArticle, longFormText, paragraphClaimLines } from '../helpers/inventedArticle.ts';


describe("a company's total expenses", () => {
  it('should read total expenses as their own measure, never as the capex beside them', () => {
    expect(paragraphClaimLines('Meta', asProse('Meta narrowed its 2026 capital expenditure outlook to $124 billion to $130 billion and expects total expenses of $164 billion to $167 billion this year.'), '30 October 2026').sort()).toEqual([
      'Meta capex 2026 plan 124000000000',
      'Meta total expenses 2026 plan 164000000000',
    ]);
    expect(cjkArticleLines('Meta第三季度', '2026年10月30日', ['公司将2026年资本开支指引收窄至1240亿至1300亿美元，全年总费用预计为1640亿至1670亿美元。']).sort()).toEqual(['Meta capex plan 124000000000', 'Meta total expenses plan 164000000000']);
    expect(cjkArticleLines('メタ決算', '2026年10月30日', ['メタは2027年の総費用を2000億～2100億ドルと見込む。'])).toEqual(['Meta total expenses plan 200000000000']);
  });
});

describe('the words of a funding round', () => {
  it.each([
    ['OpenAI banks $40 billion from a SoftBank-led syndicate.', 'OpenAI investment null fact 40000000000'],
    ['xAI completes an $18 billion raise.', 'xAI investment null fact 18000000000'],
    ['Mistral bags €3.5 billion from its backers.', 'Mistral investment null fact 3500000000'],
    ['OpenAI closes at a $1 trillion post-money price.', 'OpenAI valuation null fact 1000000000000'],
  ])('should read %s', (sentence, line) => {
    expect(paragraphClaimLines('OpenAI', asProse(sentence), '15 December 2026')).toEqual([line]);
  });

  it('should not read profit banked, orders netted or a pay raise as a round', () => {
    expect(paragraphClaimLines('Amazon', asProse('Amazon banked $20 billion in profit last year.'))).toEqual([]);
    expect(paragraphClaimLines('Nvidia', asProse('Nvidia nets $5 billion in orders.'))).toEqual(['NVIDIA orders null fact 5000000000']);
    expect(paragraphClaimLines('Amazon', asProse('Staff at Amazon got a 5% raise this year.'))).toEqual([]);
  });
});

describe('a table of funding rounds', () => {
  const table = [
    '| Lab | Latest round | Raised | Led by |',
    '|---|---|---|---|',
    '| OpenAI | Dec 2026 | $60B | SoftBank |',
    '| Mistral AI | Dec 2026 (Series D) | €3.5B | ASML |',
  ].join('\n');

  it("should read a round's sum as raised from all its investors, not the lead's, in the year its round column gives", () => {
    expect(articleClaimLines('OpenAI', ['The labs raised record sums this year.', table], '16 December 2026').sort()).toEqual(['Mistral investment 2026 fact 3500000000', 'OpenAI investment 2026 fact 60000000000']);
  });

  it("should join a text's round to the table's row of it", () => {
    const claims = analyse([
      inventedArticle(longFormText('OpenAI closes its round', [asProse('OpenAI closed a $60 billion funding round led by SoftBank.')], '15 December 2026'), 'wire.txt'),
      inventedArticle(longFormText('The labs’ rounds', ['The labs raised record sums this year.', table], '16 December 2026'), 'table.txt'),
    ]).claims.filter((c) => c.subject === 'OpenAI' && c.value?.amount === 60e9);
    expect(claims.map((c) => c.mentions.map((m) => m.article).sort().join(','))).toEqual(['table,wire']);
  });
});

describe('a valuation before and after the money', () => {
  it('should read a pre-money valuation as its own measure, beside the post-money one', () => {
    expect(paragraphClaimLines('OpenAI', asProse("OpenAI's pre-money valuation was $940 billion."), '15 December 2026')).toEqual(['OpenAI pre-money valuation null fact 940000000000']);
    expect(paragraphClaimLines('OpenAI', asProse('The round values OpenAI at $940 billion pre-money and $1 trillion post-money.'), '15 December 2026').sort()).toEqual([
      'OpenAI pre-money valuation null fact 940000000000',
      'OpenAI valuation null fact 1000000000000',
    ]);
    expect(cjkArticleLines('OpenAI融资', '2026年12月15日', ['OpenAI宣布完成新一轮600亿美元融资，投前估值9400亿美元，投后估值1万亿美元。']).sort()).toEqual([
      'OpenAI investment fact 60000000000',
      'OpenAI pre-money valuation fact 940000000000',
      'OpenAI valuation fact 1000000000000',
    ]);
  });

  it('should not set the valuation before the money against the valuation after it', () => {
    const story = (outlet: string, sentence: string) => ['OpenAI’s round', '', `${outlet}, 15 December 2026`, '', asProse(sentence), '', `Source: ${outlet}`].join('\n');
    const valuations = (before: string) =>
      analyse([inventedArticle(story('Alpha Wire', before), 'alpha.txt'), inventedArticle(story('Beta Daily', 'OpenAI said its valuation was $1 trillion.'), 'beta.txt')]).conflicts.length;
    expect(valuations('OpenAI said its pre-money valuation was $940 billion.')).toBe(0);
    // Negative control: two outlets' valuations of one round that differ do disagree.
    expect(valuations('OpenAI said its valuation was $940 billion.')).toBe(1);
  });
});
