import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set), of the ways a sentence names several
// companies, each with a figure of its own: whose figure each is is read clause by clause.

const context = { fallbackSubject: 'Amazon', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.metric.name}${f.counterparty ? `:${f.counterparty}` : ''} ${f.modality} ${f.value.amount}`);

describe('two companies, each the subject of its own clause', () => {
  it('should not make the company of the clause before the counterparty of a deal it plays no part in', () => {
    expect(read('Oracle shelved a $2 billion campus in Texas, and Meta withdrew a $3 billion proposal.')).toEqual(['Oracle capex cancelled 2000000000', 'Meta investment cancelled 3000000000']);
    expect(read('Nvidia spent $5 billion on new offices, and Meta committed $4 billion.')).toEqual(['NVIDIA capex fact 5000000000', 'Meta investment fact 4000000000']);
    // Look-alikes: a company the clause before names as a deal's target, or as the one receiving, is still a party.
    expect(read('Oracle invested $2 billion in Mistral in 2024, and a further $2 billion in 2025.')).toEqual(['Oracle investment:Mistral fact 2000000000', 'Oracle investment:Mistral fact 2000000000']);
    expect(read("Mistral's first $2 billion from Oracle arrived in 2024; a top-up of another $2 billion came in 2025.")).toEqual(['Oracle investment:Mistral fact 2000000000', 'Oracle investment:Mistral fact 2000000000']);
  });
});

describe('a proposal named by where it would be built', () => {
  it('should read a proposal in or near a place, or one for a facility, as a project there, not an investment', () => {
    expect(read('Oracle shelved a $2 billion campus in Austin, and Meta dropped a $3 billion proposal in Dane County.')).toEqual(['Oracle capex cancelled 2000000000', 'Meta capex cancelled 3000000000']);
    expect(read('Meta withdrew a $3 billion rezoning proposal near Tulsa after residents objected.')).toEqual(['Meta capex cancelled 3000000000']);
    expect(read('Meta, facing protests, withdrew a proposal for a three-billion-dollar facility outside Tulsa.')).toEqual(['Meta capex cancelled 3000000000']);
    // Look-alikes: a proposal to a company is money offered to it; a credit facility is borrowing (a loan), no spending.
    expect(read('Meta withdrew a $3 billion proposal to Mistral.')).toEqual(['Meta investment:Mistral cancelled 3000000000']);
    expect(read('Meta withdrew a $3 billion proposal in Mistral.')).toEqual(['Meta investment:Mistral cancelled 3000000000']);
    expect(read('Meta signed a $3 billion credit facility with its banks.')).toEqual(['Meta loans fact 3000000000']);
  });
});

describe('the parties of a deal one of them turns away', () => {
  it('should read the company that turns money away as its target, and the one that watches as its investor', () => {
    expect(read('Oracle, for its part, watched Mistral turn away as much as $2 billion of fresh investment.')).toEqual(['Oracle investment:Mistral offer 2000000000']);
    expect(read('Mistral turned away a $2 billion offer from Oracle.')).toEqual(['Oracle investment:Mistral offer 2000000000']);
  });
});

describe('"it" in a relative clause that hangs on another company', () => {
  const claims = (paragraph: string) => {
    // The headline names a third company, the one the article is about: whom a pronoun stands for where nothing else says.
    const text = ['Nvidia turns a lab down', '', 'Example Wire | May 8, 2026', '', 'Executives gave the figures to reporters at a briefing this week, and customers asked many questions.', '', paragraph, '', 'Source: Example Wire'].join('\n');
    return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric}${c.counterparty ? `:${c.counterparty}` : ''} ${c.value?.amount}`);
  };

  it('should read "it" as the other company the sentence named, not the one "which" stands for', () => {
    expect(claims('The snub leaves Oracle leaning ever harder on Mistral, the Paris lab in which it has invested $2 billion so far.')).toEqual(['Oracle investment:Mistral 2000000000']);
    expect(claims('The snub pushes Oracle towards Mistral, a lab where it already has $2 billion invested.')).toEqual(['Oracle investment:Mistral 2000000000']);
  });

  it('should leave "it" alone where the sentence names no other company, or two', () => {
    // Look-alikes: with only the company the clause hangs on, or two others before it, "it" stands for no one the sentence settles.
    expect(claims('Oracle put $2 billion into Mistral last year.')).toEqual(['Oracle investment:Mistral 2000000000']);
    expect(claims('Nvidia and Oracle both court Mistral, the lab in which it has sunk $2 billion.')).not.toContainEqual(expect.stringMatching(/^(?:NVIDIA|Oracle) investment:Mistral/));
  });
});

describe('a bid made by people, no company', () => {
  it('should file a bid of a group led by a person under the company bid for, never the article’s company', () => {
    // The reader's article is about Amazon (`context`): it is no bidder here.
    expect(read('Last year the board rebuffed a $9 billion bid for control of Mistral from a group led by Jean Dupont.')).toEqual(['Mistral acquisition offer 9000000000']);
    expect(read('Mistral rebuffed a $9 billion offer from a Dupont-led consortium.')).toEqual(['Mistral investment offer 9000000000']);
    expect(read('去年，杜邦牵头的财团开价90亿美元，欲收购Mistral的控制权。')).toEqual(['Mistral acquisition offer 9000000000']);
    // Look-alikes: a group led by a company bids in that company's name.
    expect(read('A group led by Microsoft offered $5 billion for Mistral.')).toEqual(['Microsoft investment:Mistral offer 5000000000']);
    expect(read('A Microsoft-led consortium offered $5 billion for Mistral.')).toEqual(['Microsoft investment:Mistral offer 5000000000']);
  });

  it('should give a bid of people for a company the sentence does not name no subject, never the article’s company', () => {
    // "The company" is one a sentence before named: not the article's Amazon, which bids for nothing here.
    expect(read('In March 2025, a group led by Jean Dupont offered $9 billion for control of the company.')).toEqual(['null investment offer 9000000000']);
    expect(read('Its board brushed aside a $9 billion offer for the firm from a group of investors headed by Jean Dupont.')).toEqual(['null investment offer 9000000000']);
    // Look-alike: without a group of people the article's company is still the one that offers.
    expect(read('In March 2025, it offered $9 billion for control of the company.')).toEqual(['Amazon investment offer 9000000000']);
  });

  it('should not read "It is not the first offer X has turned down" as the company of the sentence before', () => {
    const text = ['Nvidia weighs a lab deal', '', 'Example Wire | May 8, 2026', '', 'Executives gave the figures to reporters at a briefing this week, and customers asked many questions.', '', 'Oracle declined to comment. It is not the first cheque Mistral has waved off: in February its board rebuffed a $9 billion bid for control from a consortium led by Jean Dupont.', '', 'Source: Example Wire'].join('\n');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.modality}`)).toEqual(['Mistral acquisition offer']);
    // Look-alike: "It was the first cloud to reach …" has no later subject of its own: "It" is the company before.
    const company = text.replace(/Oracle declined.*\n/, 'Oracle closed the quarter strongly. It was the first cloud to reach $100 billion of backlog.\n');
    expect(extractClaims(inventedArticle(company)).map((c) => `${c.subject} ${c.metric}`)).toEqual(['Oracle backlog']);
  });
});

describe('guidance that names no measure of its own', () => {
  const withPeriod = (sentence: string) => readFigures(sentence, { ...context, fallbackSubject: 'Oracle' }).map((f) => `${f.subject} ${f.metric.name} ${f.period ?? '-'} ${f.modality} ${f.value.amount}`);

  it('should read "an outlook of $X" as the measure the sentence spoke of before it, however far', () => {
    expect(withPeriod('Capex was a record in the quarter, and management reiterated an outlook of roughly $50bn for calendar 2027.')).toEqual(['Oracle capex 2027 plan 50000000000']);
    expect(withPeriod('Revenue was a record in the quarter, and the board kept its guidance of about $90 billion for 2027.')).toEqual(['Oracle revenue 2027 plan 90000000000']);
    // Look-alike: a share price is no measure a company guides.
    expect(withPeriod('Shares were flat in the quarter, and management reiterated an outlook of roughly $50bn for calendar 2027.')).toEqual([]);
  });
});
