import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

const deals = (articles: Article[]) =>
  analyse(articles)
    .claims.filter((c) => c.metric === 'investment')
    .map((c) => `${c.key} ${c.value?.amount} ${c.mentions.map((m) => m.article).sort().join(',')}`)
    .sort();

describe('a priced contract told from either side', () => {
  it('should make one claim of a compute contract whichever party an outlet makes the subject', async () => {
    const buyer = await articleOf('buyer', 'Cohere and Oracle', ['Cohere signed a $12 billion, five-year compute contract with Oracle in March 2026.']);
    const seller = await articleOf('seller', 'Oracle cloud', ["Oracle said its $12 billion cloud agreement with Cohere runs for five years."]);
    const unit = await articleOf('unit', 'Cohere compute', ['Cohere commits $12 billion over five years to rent servers from Oracle.']);
    const found = deals([buyer, seller, unit]);
    expect(found.filter((d) => d.includes(' 12000000000 '))).toHaveLength(1);
    expect(found.find((d) => d.includes(' 12000000000 '))).toMatch(/ buyer,seller,unit$/);
  });

  it('should keep apart an equity stake the other way round, and another company’s contract of the same size', async () => {
    const buyer = await articleOf('buyer', 'Cohere and Oracle', ['Cohere signed a $12 billion, five-year compute contract with Oracle in March 2026.']);
    const stake = await articleOf('stake', 'Oracle and Cohere', ['Oracle has invested $12 billion in Cohere.']);
    const other = await articleOf('other', 'Mistral and Oracle', ['Mistral signed a $12 billion, five-year compute contract with Oracle in March 2026.']);
    const found = deals([buyer, stake, other]).filter((d) => d.includes(' 12000000000 '));
    expect(found).toHaveLength(3);
    expect(found.map((d) => d.split(' ').at(-1)).sort()).toEqual(['buyer', 'other', 'stake']);
  });

  it('should keep an offer beside the contract an offer', async () => {
    const buyer = await articleOf('buyer', 'Cohere and Oracle', ['Cohere signed a $12 billion, five-year compute contract with Oracle in March 2026.']);
    const offer = await articleOf('offer', 'Oracle and Cohere', ['Oracle offered Cohere a $12 billion cloud deal in March 2026, but Cohere turned it down.']);
    const claims = analyse([buyer, offer]).claims.filter((c) => c.value?.amount === 12e9);
    expect(claims.map((c) => `${c.modality} ${c.mentions.map((m) => m.article).join(',')}`).sort()).toEqual(['fact buyer', 'offer offer']);
  });
});

describe('a priced contract in the deal vocabulary', () => {
  it('should read one priced contract as a deal, and contracts in the plural as a backlog', async () => {
    const story = await articleOf('story', 'Oracle deals', [
      'Mistral signed a $9 billion capacity contract with Oracle in 2026.',
      'Oracle said contracts worth $410 billion had yet to be recognised as revenue at the end of its fiscal third quarter of 2026.',
    ]);
    const claims = analyse([story]).claims.map((c) => `${c.metric} ${c.value?.amount}`).sort();
    expect(claims).toEqual(['backlog 410000000000', 'investment 9000000000']);
  });
});

describe('a deal someone is believed to have struck', () => {
  it('should read a deal a company "is believed to" have won as a rumour, and one it won as a fact', async () => {
    const hearsay = await articleOf('hearsay', 'Oracle and Cohere', ['Oracle is believed to have won a $14 billion computing contract from Cohere in 2026.']);
    const told = await articleOf('told', 'Oracle and Mistral', ['Oracle won a $14 billion computing contract from Mistral in 2026.']);
    const modalities = analyse([hearsay, told]).claims.filter((c) => c.value?.amount === 14e9).map((c) => `${c.modality} ${c.mentions[0]!.article}`).sort();
    expect(modalities).toEqual(['fact told', 'rumour hearsay']);
  });
});

describe('tranches of one investor’s money', () => {
  it('should read "the first $2 billion from" an investor as its own tranche, apart from the top-up after it', async () => {
    const story = await articleOf('story', 'Mistral funding', ["Mistral's first $2 billion from Oracle arrived in 2024; a top-up of another $2 billion came in 2025."]);
    const tranches = analyse([story]).claims.filter((c) => c.metric === 'investment').map((c) => `${c.key} ${c.value?.amount}`).sort();
    expect(tranches).toEqual(['fact|oracle|investment:mistral|2024 2000000000', 'fact|oracle|investment:mistral|2025 2000000000']);
  });

  it('should not read a sum "from" a customer as an investment when no tranche is named', async () => {
    const story = await articleOf('story', 'Oracle results', ["Oracle's cloud revenue included $2 billion from Mistral in 2025."]);
    const metrics = analyse([story]).claims.filter((c) => c.value?.amount === 2e9).map((c) => c.metric);
    expect(metrics).toEqual(['revenue']);
  });
});

describe('a reported compute purchase told from either side', () => {
  it('should join a purchase of computing power with the seller’s contract, a quarter without its year fitting that quarter', async () => {
    const buyer = await articleOf('buyer', 'Cohere and Oracle', ['Cohere reportedly agreed to buy $70 billion of computing power from Oracle in the fourth quarter of 2025.']);
    // An article that gives no date, whose fourth quarter has no year.
    const seller = { ...(await articleOf('seller', 'Oracle backlog', ['Oracle is said to have won a $70 billion cloud contract from Cohere in the fourth quarter.'])), date: null };
    const rumours = analyse([buyer, seller]).claims.filter((c) => c.value?.amount === 70e9).map((c) => `${c.modality} ${c.mentions.map((m) => m.article).sort().join(',')}`);
    expect(rumours).toEqual(['rumour buyer,seller']);
    // Look-alike: the same sum from another buyer is another contract.
    const other = await articleOf('other', 'Oracle backlog', ['Oracle is said to have won a $70 billion cloud contract from Mistral in the fourth quarter.']);
    expect(analyse([buyer, other]).claims.filter((c) => c.value?.amount === 70e9)).toHaveLength(2);
  });
});

describe('an offer to buy a company', () => {
  it('should read money offered to acquire or buy a company as a bid for it, not as money put in', async () => {
    const claimsOf = async (sentence: string) => analyse([await articleOf('offer', 'Fabrikam bids', [sentence])]).claims.map((c) => `${c.modality} ${c.metric}`);
    expect(await claimsOf('Fabrikam has offered $4.5 billion to acquire the robotics start-up Tessellate, the company confirmed.')).toEqual(['offer acquisition']);
    expect(await claimsOf('Fabrikam’s offer to buy Tessellate, a robotics start-up, is worth $4.5bn, the company confirmed.')).toEqual(['offer acquisition']);
    // Look-alike: money offered to a company, to own part of it, is an offer to invest.
    expect(await claimsOf('Fabrikam has offered $4.5 billion to Tessellate for a minority stake, the company confirmed.')).toEqual(['offer investment']);
  });
});

describe('an offer turned down in quoted words', () => {
  it('should make the company that says "no thanks" to an offer its target, and the company whose offer it is its investor', async () => {
    const quoted = await articleOf('quoted', 'Mistral and Nvidia', ['In May, Mistral said "thanks, but no thanks" to Nvidia\'s offer of up to $9 billion.']);
    const plain = await articleOf('plain', 'Mistral and Nvidia', ['Mistral turned down an offer of up to $9 billion from Nvidia in May.']);
    const offers = analyse([quoted, plain]).claims.filter((c) => c.metric === 'investment');
    expect(offers.map((c) => `${c.key} ${c.mentions.length}`)).toEqual(['offer|nvidia|investment:mistral| 2']);
    // Look-alike: a company that says "no comment" in quotes is a speaker, no party of the deal.
    const speaker = await articleOf('speaker', 'Mistral', ['Microsoft said "no comment" when asked about Nvidia\'s offer of up to $9 billion to Mistral.']);
    expect(analyse([speaker]).claims.filter((c) => c.metric === 'investment').map((c) => c.key)).toEqual(['offer|nvidia|investment:mistral|']);
  });
});
