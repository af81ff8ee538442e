import { describe, expect, it } from 'vitest';
import { ACTIONS, isMarkPassed, tieOf } from '../../src/analyse/entryActs.ts';
import { unknownParties } from '../../src/analyse/entryParties.ts';
import { placesNamed } from '../../src/analyse/places.ts';
import { eventCount } from '../helpers/timelineMonth.ts';

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
    // A share price's fall on prices is the shares' fall, no price cut.
    expect(actOf('Micron shares drop on memory prices.')).toBe('selloff');
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

describe('timeline money put into a place (timeline15)', () => {
  it('should read the countries and states an entry names as where its event is, not a company’s origin', () => {
    expect([...placesNamed('Nvidia invests $5 billion in UK AI infrastructure.')]).toEqual(['United Kingdom']);
    expect([...placesNamed('アマゾン、日本のAIインフラに投資')]).toEqual(['Japan']);
    expect([...placesNamed('Japan’s SoftBank backs a US-listed miner.')]).toEqual([]);
    expect([...placesNamed('Georgia Power signs a supply deal.')]).toEqual([]);
  });

  it('should keep the same sum put into two places, or into a place and a company, apart', async () => {
    expect(await eventCount(['Amazon to spend $20 billion on Pennsylvania data centers.', 'Amazon to spend $20 billion on Georgia data centers.'])).toBe(2);
    expect(await eventCount(['Nvidia invests $5 billion in Intel.', 'Nvidia invests $5 billion in UK AI infrastructure.'])).toBe(2);
    expect(await eventCount(['AWS opens its Mexico region.', 'AWS opens its Thailand region.'])).toBe(2);
  });

  it('should merge one place told as a state and as its country, and in two languages', async () => {
    expect(await eventCount(['Amazon to spend $20 billion on Pennsylvania data centers.', 'Amazon pledges $20bn for US data centres.'])).toBe(1);
    expect(await eventCount(['Microsoft invests $10 billion in Japan.', '微软向日本投资100亿美元'])).toBe(1);
    expect(await eventCount(['Microsoft invests $10 billion in Japan.', '微软向印度投资100亿美元'])).toBe(2);
  });
});

describe('timeline borrowing and talks as acts of their own (timeline15)', () => {
  it('should read a bond sale as borrowing, and keep it apart from a contract of the same sum', async () => {
    expect(actOf('Oracle raises $30 billion in a bond sale.')).toBe('borrow');
    expect(await eventCount(['Oracle signs a $30 billion cloud contract.', 'Oracle raises $30 billion in a bond sale.'])).toBe(2);
    expect(await eventCount(['Oracle raises $30 billion in a bond sale.', 'Oracle sells $30bn of bonds to fund data centres.'])).toBe(1);
  });

  it('should read talks and deliberation as talks, apart from the deal done, and one with talks told otherwise', async () => {
    expect(actOf('Amazon is said to weigh a second investment in Anthropic.')).toBe('talks');
    expect(actOf('Higher capex weighs on Amazon shares.')).toBeNull();
    expect(await eventCount(['Amazon is said to weigh a second investment in Anthropic.', 'Amazon invests $4 billion in Anthropic.'])).toBe(2);
    expect(await eventCount(['Amazon is said to weigh a second investment in Anthropic.', 'Amazon in talks to invest billions more in Anthropic.'])).toBe(1);
  });
});

describe('timeline deals told as a takeover or as a stake (timeline15)', () => {
  it('should read a takeover told with a deal’s words and with a verb of acquiring as one deal', async () => {
    expect(await eventCount(['CoreWeave buys Core Scientific in a $9 billion all-stock deal.', 'CoreWeave to acquire Core Scientific for about $9bn.'])).toBe(1);
  });

  it('should keep a takeover of another company for another sum apart', async () => {
    expect(await eventCount(['CoreWeave buys Core Scientific in a $9 billion all-stock deal.', 'CoreWeave to acquire Weights & Biases for about $1.7bn.'])).toBe(2);
  });

  it('should keep a stake bought and a partnership of the same two companies apart, but not a commitment and a contract', async () => {
    expect(tieOf('Nvidia invests $5 billion in Intel.')).toBe('equity');
    expect(tieOf('Nvidia and Intel partner to co-develop AI chips.')).toBe('cooperation');
    expect(await eventCount(['Nvidia invests $5 billion in Intel.', 'Nvidia and Intel partner to co-develop AI chips.'])).toBe(2);
    expect(await eventCount(['OpenAI commits $38 billion to AWS over seven years.', 'AWS and OpenAI sign a seven-year deal.'])).toBe(1);
  });
});

describe('timeline deals with a party the vocabulary does not know (timeline15)', () => {
  it('should read a name that ends a deal’s phrase as its party, not a town or a product before a kind', () => {
    expect([...unknownParties('Microsoft signs a $9.7 billion AI cloud deal with IREN.')]).toEqual(['IREN']);
    expect([...unknownParties('SoftBank agrees to acquire Ampere for $6.5 billion.')]).toEqual(['Ampere']);
    expect([...unknownParties('Altman’s firm agrees to rent servers from the Seattle giant.')]).toEqual([]);
    expect([...unknownParties('Anthropic closes a $13B Series F.')]).toEqual([]);
  });

  it('should keep the same sum with two unknown parties, or an unknown and a known one, apart, and one party told twice together', async () => {
    expect(await eventCount(['Microsoft signs a $9.7 billion AI cloud deal with IREN.', 'Microsoft signs a $9.7 billion AI cloud deal with Nebius.'])).toBe(2);
    expect(await eventCount(['SoftBank invests $6.5 billion in OpenAI.', 'SoftBank agrees to acquire Ampere for $6.5 billion.'])).toBe(2);
    expect(await eventCount(['Microsoft signs a $9.7 billion AI cloud deal with IREN.', 'Microsoft inks a $9.7bn GPU contract with IREN.'])).toBe(1);
  });
});
