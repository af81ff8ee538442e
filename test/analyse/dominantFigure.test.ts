import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

/** The same sentence in `count` articles of their own. */
const told = (prefix: string, count: number, title: string, sentence: string) =>
  Promise.all(Array.from({ length: count }, (_, i) => articleOf(`${prefix}-${i + 1}`, `${title} ${i + 1}`, [sentence])));

/** Each claim as its key and the articles that give it, sorted. */
const claimsOf = (articles: Article[]) => analyse(articles).claims.map((c) => `${c.key} ${c.mentions.map((m) => m.article).sort().join(',')}`).sort();

describe('a figure many articles give one claim', () => {
  it('should join the few mentions that file it under the parent, the parties the other way round or a quarter of its year', async () => {
    const azure = await told('azure', 3, 'Cloud results', 'Azure revenue grew 39% in the first quarter of 2026.');
    const offer = await told('offer', 3, 'Amazon and OpenAI', 'Amazon offered OpenAI up to $50 billion in March 2026, but OpenAI turned the offer down.');
    const capex = await told('capex', 3, 'Amazon capex', 'Amazon plans to spend about $200 billion on capital expenditures in 2026.');
    const few = [
      // The parent for its unit.
      await articleOf('parent', 'Microsoft results', ['Microsoft revenue grew 39% in the first quarter of 2026, the company said.']),
      // The parties the other way round.
      await articleOf('swapped', 'OpenAI said no', ['OpenAI spurned Amazon, whose offer of $50 billion came in March 2026.']),
      // The year's plan dated by the quarter it was told in.
      await articleOf('quarter', 'Amazon Q2', ['In the second quarter of 2026 Amazon said it plans capital expenditures of about $200 billion.']),
    ];
    expect(claimsOf([...azure, ...offer, ...capex, ...few])).toEqual([
      'fact|azure|revenue growth|2026-q1 azure-1,azure-2,azure-3,parent',
      'offer|amazon|investment:openai|2026 offer-1,offer-2,offer-3,swapped',
      'plan|amazon|capex|2026 capex-1,capex-2,capex-3,quarter',
    ]);
  });

  it('should leave a mention where it is when too few articles give the figure elsewhere, another company does, or two claims do', async () => {
    const parent = await articleOf('parent', 'Microsoft results', ['Microsoft revenue grew 39% in the first quarter of 2026, the company said.']);
    // Two articles against one are no such majority.
    const two = await told('azure', 2, 'Cloud results', 'Azure revenue grew 39% in the first quarter of 2026.');
    expect(claimsOf([...two, parent])).toEqual(['fact|azure|revenue growth|2026-q1 azure-1,azure-2', 'fact|microsoft|revenue growth|2026-q1 parent']);
    // Another company's 39% is not Microsoft's, however many say it.
    const google = await told('gcloud', 4, 'Cloud results', 'Google Cloud revenue grew 39% in the first quarter of 2026.');
    expect(claimsOf([...google, parent])).toContain('fact|microsoft|revenue growth|2026-q1 parent');
    // Two of Microsoft's units with that figure: which one the parent's mention is, the figure does not tell.
    const azure = await told('azure', 3, 'Cloud results', 'Azure revenue grew 39% in the first quarter of 2026.');
    const linkedin = await told('linkedin', 3, 'LinkedIn results', 'LinkedIn revenue grew 39% in the first quarter of 2026.');
    expect(claimsOf([...azure, ...linkedin, parent])).toContain('fact|microsoft|revenue growth|2026-q1 parent');
  });

  it('should join a figure told by a kindred measure\'s name, but not where a claim of other parties gives it too', async () => {
    const capex = await told('capex', 3, 'Google capex', 'Google plans capital expenditures of about $175 billion in 2026.');
    const invest = await articleOf('invest', 'Google spending', ['Google plans to invest about $175 billion in 2026.']);
    expect(claimsOf([...capex, invest])).toEqual(['plan|google|capex|2026 capex-1,capex-2,capex-3,invest']);
    // Two campuses of $11 billion: many articles name Georgia's, one Indiana's; a campus told without its state may be either.
    const georgia = await told('georgia', 3, 'Georgia campus', 'Amazon plans to invest $11 billion in Georgia to build data centers.');
    const indiana = await articleOf('indiana', 'Indiana campus', ['Amazon plans to invest $11 billion in Indiana to build data centers.']);
    const bare = await articleOf('bare', 'A campus', ['Amazon plans to invest $11 billion to build a data center campus.']);
    expect(claimsOf([...georgia, indiana, bare])).toEqual([
      'plan|amazon|investment:georgia| georgia-1,georgia-2,georgia-3',
      'plan|amazon|investment:indiana| indiana',
      'plan|amazon|investment| bare',
    ]);
  });

  it('should join a forecast filed under its forecaster to the forecast of the company it is about, and not another figure', async () => {
    const street = await told('street', 3, 'Nvidia preview', 'Analysts expect Nvidia data center revenue of about $71.4 billion in the first quarter of 2026.');
    const factset = await articleOf('factset', 'Chip stocks', ['FactSet has data-center revenue at $71.4B.']);
    expect(claimsOf([...street, factset])).toEqual(['forecast|nvidia|data center revenue|2026-q1 factset,street-1,street-2,street-3']);
    const other = await articleOf('evercore', 'Chip stocks', ["Evercore ISI's analysts see data center revenue of $68.0 billion."]);
    expect(claimsOf([...street, other])).toEqual(['forecast|evercore isi|data center revenue| evercore', 'forecast|nvidia|data center revenue|2026-q1 street-1,street-2,street-3']);
  });

  it('should not move a sum between two quarters, nor a rate between a quarter and its year', async () => {
    const q1 = await told('q1', 3, 'Amazon capex', 'Amazon capital expenditures were $43.2 billion in the first quarter of 2026.');
    const q2 = await articleOf('q2', 'Amazon capex', ['Amazon capital expenditures were $43.2 billion in the second quarter of 2026.']);
    expect(claimsOf([...q1, q2])).toContain('fact|amazon|capex|2026-q2 q2');
    const quarter = await told('quarter', 3, 'AWS growth', 'AWS revenue grew 20% in the first quarter of 2025.');
    const year = await articleOf('year', 'AWS growth', ['AWS revenue grew 20% in 2025.']);
    expect(claimsOf([...quarter, year])).toContain('fact|aws|revenue growth|2025 year');
  });
});

describe('a sum the reader filed under no measure', () => {
  const capex = () => told('capex', 3, 'Amazon capex', 'Amazon plans to spend about $200 billion on capital expenditures in 2026.');
  const bare = (sentence: string) => articleOf('bare', 'Amazon spending', ['Amazon keeps spending.', sentence]);

  it('should be the one claim of its companies that many articles give that very sum', async () => {
    expect(claimsOf([...(await capex()), await bare('Investors are nervous about its ~$200 billion.')])).toEqual(['plan|amazon|capex|2026 bare,capex-1,capex-2,capex-3']);
    const named = await articleOf('named', 'Cloud spending', ['Investors are nervous about Amazon and its ~$200 billion.']);
    expect(claimsOf([...(await capex()), named])).toEqual(['plan|amazon|capex|2026 capex-1,capex-2,capex-3,named']);
  });

  it('should be dropped where another company names it, few articles give it, two claims do, the sum differs or its sentence dates it', async () => {
    const only = ['plan|amazon|capex|2026 capex-1,capex-2,capex-3'];
    const other = await articleOf('other', 'Cloud spending', ['Investors are nervous about Microsoft and its ~$200 billion.']);
    expect(claimsOf([...(await capex()), other])).toEqual(only);
    expect(claimsOf([...(await capex()).slice(0, 2), await bare('Investors are nervous about its ~$200 billion.')])).toEqual(['plan|amazon|capex|2026 capex-1,capex-2']);
    const backlog = await told('backlog', 3, 'AWS backlog', 'AWS backlog reached $200 billion at the end of March 2026.');
    expect(claimsOf([...(await capex()), ...backlog, await bare('Investors are nervous about its ~$200 billion.')])).toEqual(['fact|aws|backlog|2026-q1 backlog-1,backlog-2,backlog-3', ...only]);
    expect(claimsOf([...(await capex()), await bare('Investors are nervous about its $201 billion.')])).toEqual(only);
    expect(claimsOf([...(await capex()), await bare('Investors are nervous about its ~$200 billion in the fourth quarter.')])).toEqual(only);
  });
});
