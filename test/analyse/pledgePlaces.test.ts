import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { placeOfSum } from '../../src/analyse/pledgePlaces.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

/** Each claim of `amount` as "modality key: articles". */
const claimsOf = (articles: Article[], amount: number) =>
  analyse(articles)
    .claims.filter((c) => c.value?.amount === amount)
    .map((c) => `${c.modality} ${c.key}: ${c.mentions.map((m) => m.article).sort().join(',')}`)
    .sort();

const placeIn = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return placeOfSum(sentence, { start, end: start + figure.length }, undefined);
};

describe('the state a sum is pledged to', () => {
  it('should read the state after the sum, through a county, or as the word before the project', () => {
    expect(placeIn('Oracle plans to invest at least $7 billion in Ohio over a decade.', '$7 billion')).toBe('Ohio');
    expect(placeIn('Oracle put $7 billion into a campus in Franklin County, Ohio.', '$7 billion')).toBe('Ohio');
    expect(placeIn('Its $7 billion Ohio program is still on paper.', '$7 billion')).toBe('Ohio');
    expect(placeIn("Oracle's $7 billion for Ohio is a ceiling.", '$7 billion')).toBe('Ohio');
    expect(placeIn("Oracle's Franklin County campus in Ohio carries a $7 billion price tag.", '$7 billion')).toBe('Ohio');
  });

  it('should not read a company named after a state, or a state that only a company measure follows, as a place', () => {
    expect(placeIn('Oracle paid $7 billion to Georgia Power for new generation.', '$7 billion')).toBeNull();
    expect(placeIn("Oracle's campus in Ohio pushed capital spending to $7 billion.", '$7 billion')).toBeNull();
    expect(placeIn('Oracle spent $7 billion last year, more than analysts expected in Ohio.', '$7 billion')).toBeNull();
  });
});

describe('pledges by place', () => {
  it('should make one plan of one company’s pledge to one state, however outlets word it', async () => {
    const a = await articleOf('a', 'Oracle pledges', ['Oracle plans to invest at least $7 billion in Ohio, state officials said in March 2026.']);
    const b = await articleOf('b', 'Oracle Ohio', ['In March 2026 Oracle said it would spend $7 billion on campuses in Franklin and Licking counties in Ohio.']);
    const c = await articleOf('c', 'Oracle grid', ["Oracle's $7 billion Ohio commitment dates from March 2026."]);
    expect(claimsOf([a, b, c], 7e9)).toEqual(['plan plan|oracle|investment:ohio|: a,b,c']);
  });

  it('should keep apart the same sum pledged by one company to another state, and by another company to the same state', async () => {
    const ohio = await articleOf('ohio', 'Oracle pledges', ['Oracle plans to invest $7 billion in Ohio.']);
    const texas = await articleOf('texas', 'Oracle Texas', ['Oracle committed $7 billion to a campus in Abilene, Texas, in 2025.']);
    const other = await articleOf('other', 'IBM pledges', ['IBM plans to invest $7 billion in Ohio.']);
    expect(claimsOf([ohio, texas, other], 7e9)).toEqual(['plan plan|ibm|investment:ohio|: other', 'plan plan|oracle|investment:ohio|: ohio', 'plan plan|oracle|investment:texas|: texas']);
  });

  it('should keep a sum said spent in a state a fact of its date, and a pledge called off cancelled', async () => {
    const spent = await articleOf('spent', 'Oracle Ohio', ['Oracle had put about $2.5 billion of that amount to work in Ohio by the end of March 2026.']);
    const off = await articleOf('off', 'Oracle Ohio', ['Oracle called off a $7 billion data center project in Licking County, Ohio, in January 2026.']);
    expect(claimsOf([spent], 2.5e9)).toEqual(['fact fact|oracle|investment:ohio|2026-q1: spent']);
    expect(claimsOf([off], 7e9).map((c) => c.split(' ')[0])).toEqual(['cancelled']);
  });

  it('should leave a project said built, with no word of pledging, the company’s capex', async () => {
    const built = await articleOf('built', 'Oracle Ohio', ['Oracle broke ground on a $7 billion campus in Ohio in May 2025.']);
    expect(claimsOf([built], 7e9)).toEqual(['fact fact|oracle|capex|2025: built']);
  });

  it('should join a pledge its sentence gives no state to the one state its own article pledges it to', async () => {
    const release = await articleOf('release', 'Oracle opens Ohio campus', [
      'Oracle plans to invest $7 billion in Franklin and Licking counties.',
      'Oracle had put about $2.5 billion to work in Ohio by the end of March 2026.',
    ]);
    const ohio = await articleOf('ohio', 'Oracle pledges', ['Oracle plans to invest $7 billion in Ohio.']);
    const texas = await articleOf('texas', 'Oracle Texas', ['Oracle plans to invest $7 billion in Texas.']);
    const found = claimsOf([release, ohio, texas], 7e9);
    expect(found.find((c) => c.includes('investment:ohio'))).toMatch(/: ohio,release$/);
    expect(found.find((c) => c.includes('investment:texas'))).toMatch(/: texas$/);
  });
});

describe('words around a pledge that are not its modality', () => {
  it('should read a company that pulls its request for a project as calling the project off, and one that files it not', async () => {
    const pulled = await articleOf('pulled', 'IBM Ohio', ['IBM pulled its $3 billion rezoning request for a data center campus in Delaware County, Ohio, in May 2026.']);
    const told = await articleOf('told', 'IBM Ohio', ['IBM filed its $3 billion rezoning request for a data center campus in Delaware County, Ohio, in May 2026.']);
    expect(claimsOf([pulled], 3e9).map((c) => c.split(' ')[0])).toEqual(['cancelled']);
    expect(claimsOf([told], 3e9).map((c) => c.split(' ')[0])).not.toContain('cancelled');
  });

  it('should not read a utility’s load forecast as a forecast of the pledges it names, but still an analyst’s forecast', async () => {
    const load = await articleOf('load', 'Oracle Ohio', ["Pledges such as Oracle's $7 billion for Ohio shape utility load forecasts across the region."]);
    const analyst = await articleOf('analyst', 'Oracle capex', ["Analysts forecast Oracle's 2027 capital expenditures at $70 billion."]);
    expect(claimsOf([load], 7e9)).toEqual(['plan plan|oracle|investment:ohio|: load']);
    expect(claimsOf([analyst], 70e9).map((c) => c.split(' ')[0])).toEqual(['forecast']);
  });
});
