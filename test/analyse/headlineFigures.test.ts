/**
 * Headline-ese: a headline or deck that states a figure without its measure ("Azure clocks 41%", "Amazon holds to
 * $150bn plan", 一千五百亿美元的赌注) is read as the story's figure of that value, when the story gives it one reading
 * or the headline's own company or epithet picks one. Look-alikes: a headline figure the story does not state, a
 * figure of a company the headline does not name, a round figure near another, a story with two readings the
 * headline cannot choose between.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { sameFigure } from '../../src/analyse/headlineFigures.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';

/** An article with `title` over the story `sentences`, and `tagline` under the title. */
async function story(title: string, sentences: string[], tagline: string | null = null): Promise<Article> {
  return { ...(await articleOf('headline-test', title, sentences)), titleSource: 'title line', tagline };
}

/** modality | subject | metric | period | value of each claim a section of the article states. */
async function readingsOf(article: Promise<Article>, section: string): Promise<string[]> {
  return extractClaims(await article)
    .filter((c) => c.mention.section === section)
    .map((c) => `${c.modality} | ${c.key} | ${c.value!.amount} ${c.value!.unit}`);
}

describe('A headline figure without its measure', () => {
  it('should read a bare headline figure as the story’s figure of that value', async () => {
    const article = story('Azure clocks 41% as Redmond keeps building', ['Azure revenue rose 41% in the first quarter of 2026, Microsoft said.']);
    const body = await readingsOf(article, 'deepInsight');
    expect(body).toHaveLength(1);
    expect(await readingsOf(article, 'title')).toEqual(body);
  });

  it('should read a Chinese headline’s bare sum as the story’s plan of that sum', async () => {
    const article = story('一千五百亿美元的赌注：谷歌的AI算力竞赛', ['谷歌计划今年将资本开支提高到约1500亿美元。']);
    const body = await readingsOf(article, 'deepInsight');
    expect(body).toEqual([expect.stringMatching(/^plan \| .*google\|capex/)]);
    expect(await readingsOf(article, 'title')).toEqual(body);
  });

  it('should read a deck’s figures as the story’s, each of its own clause', async () => {
    const article = story('Big Tech’s quarter in numbers', ['Meta offered $12bn for a stake in Cohere, which turned it down.', 'Microsoft has put $9bn into OpenAI so far.'], '$12bn rebuffed by Cohere, $9bn already in OpenAI');
    const body = await readingsOf(article, 'deepInsight');
    expect(body).toHaveLength(2);
    expect(await readingsOf(article, 'tagline')).toEqual(body);
  });

  it('should take the story’s figure rounded in the headline ($38bn for $37.8bn), never a round figure near another ($150bn for $154bn)', () => {
    expect(sameFigure({ amount: 38e9, unit: 'USD' }, { amount: 37.8e9, unit: 'USD' })).toBe(true);
    expect(sameFigure({ amount: 150e9, unit: 'USD' }, { amount: 154e9, unit: 'USD' })).toBe(false);
    expect(sameFigure({ amount: 28, unit: '%' }, { amount: 28, unit: 'x' })).toBe(false);
  });

  it('should leave a headline figure the story does not state as the headline reads it', async () => {
    const article = story('Azure clocks 44% as Redmond keeps building', ['Azure revenue rose 41% in the first quarter of 2026, Microsoft said.']);
    expect(await readingsOf(article, 'title')).toEqual([]);
  });

  it('should leave a headline figure that is another company’s than the story’s figure of that value', async () => {
    const article = story('Oracle clocks 41% while rivals slow', ['Azure revenue rose 41% in the first quarter of 2026, Microsoft said.']);
    expect(await readingsOf(article, 'title')).toEqual([]);
  });
});

describe('A headline figure the story states twice', () => {
  const sentences = ['Azure revenue rose 35% in the first quarter of 2026.', 'Google Cloud revenue also rose 35% in the first quarter of 2026.'];

  it('should choose by the headline’s own company (Google Cloud’s 35%, not Azure’s)', async () => {
    const article = story('Google Cloud clocks 35% as Alphabet presses on', sentences);
    const google = (await readingsOf(article, 'deepInsight')).filter((r) => r.includes('google cloud'));
    expect(google).toHaveLength(1);
    expect(await readingsOf(article, 'title')).toEqual(google);
  });

  it('should give each of a headline’s figures of one value its own company (Azure 35%, Google Cloud 35%)', async () => {
    const article = story('Cloud scorecard: Azure 35%, Google Cloud 35%', sentences);
    expect((await readingsOf(article, 'title')).sort()).toEqual((await readingsOf(article, 'deepInsight')).sort());
  });

  it('should leave a figure whose headline names no one of the two', async () => {
    const article = story('Two clouds clock 35% apiece', sentences);
    expect(await readingsOf(article, 'title')).toEqual([]);
  });

  it('should choose by a headline’s epithet for a metric (contract pile, spending spree)', async () => {
    const body = ['Amazon plans to spend about $150bn on capital projects in 2027.', 'The AWS backlog also stood at $150bn at the end of March.'];
    const pile = story('AWS contract pile hits $150bn', body);
    const spree = story('Amazon’s spending spree: $150bn', body);
    const readings = await readingsOf(pile, 'deepInsight');
    expect(await readingsOf(pile, 'title')).toEqual(readings.filter((r) => r.includes('backlog')));
    expect(await readingsOf(spree, 'title')).toEqual(readings.filter((r) => r.includes('capex')));
  });
});

describe('A headline’s own reading of a figure', () => {
  it('should take the story’s fuller reading of the same measure (the cloud unit for its company, the period)', async () => {
    const article = story('アマゾン、クラウド33％増収', ['アマゾン・ウェブ・サービス（AWS）の2026年1～3月期の売上高は前年同期比33％増えた。']);
    const body = await readingsOf(article, 'deepInsight');
    expect(body).toEqual([expect.stringMatching(/^fact \| figure\|aws\|revenue growth\|2026-q1 \| 33 %$/)]);
    expect(await readingsOf(article, 'title')).toEqual(body);
  });

  it('should keep its own period where the story states the figure without one', async () => {
    const article = story('Azure grew 41% in the first quarter of 2026', ['Azure revenue rose 41%, Microsoft said.']);
    expect(await readingsOf(article, 'title')).toEqual([expect.stringMatching(/\|azure\|revenue growth\|2026-q1 \| 41 %$/)]);
  });

  it('should keep its own reading where the story’s is of another measure', async () => {
    const article = story('Microsoft capex hits $41bn', ['Azure revenue came to $41bn in the first quarter of 2026.']);
    expect(await readingsOf(article, 'title')).toEqual([expect.stringMatching(/\|capex\|/)]);
  });
});
