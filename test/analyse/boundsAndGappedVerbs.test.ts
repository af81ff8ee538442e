import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value, metric (with counterparty) and modality: "20000000000USD investment:Pennsylvania plan". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.metric.name}${f.counterparty ? `:${f.counterparty}` : ''} ${f.modality}`);

/** The claims two outlets' sentences make about Fabrikam's backlog, as "figure (outlets)", and how many conflicts. */
async function backlogOf(first: string, second: string): Promise<{ claims: string[]; conflicts: number }> {
  const a = await articleOf('wire-a', 'Fabrikam quarter', [first]);
  const b = await articleOf('wire-b', 'Fabrikam quarter', [second]);
  const { claims, conflicts } = analyse([a, b]);
  const backlog = claims.filter((c) => c.metric === 'backlog');
  return { claims: backlog.map((c) => `${c.value?.bound ?? ''}${c.value?.amount} (${c.mentions.map((m) => m.article).join(',')})`).sort(), conflicts: conflicts.length };
}

describe('how far a bound reaches', () => {
  it('should merge a bound with the figure it rounds to', async () => {
    expect(await backlogOf('Fabrikam’s backlog rose to more than $460 billion in the first quarter of 2026.', 'Fabrikam’s backlog was $464 billion in the first quarter of 2026.')).toEqual({
      claims: ['464000000000 (wire-a,wire-b)'],
      conflicts: 0,
    });
  });

  it('should keep apart, and never dispute, a bound and a figure many times it', async () => {
    // "More than $50 billion" admits $200 billion, but no writer rounds $200 billion down to fifty: two figures, no dispute.
    expect(await backlogOf('Fabrikam’s backlog rose to more than $50 billion in the first quarter of 2026.', 'Fabrikam’s backlog was $200 billion in the first quarter of 2026.')).toEqual({
      claims: ['200000000000 (wire-b)', 'min50000000000 (wire-a)'],
      conflicts: 0,
    });
  });

  it('should take an upper bound for a ceiling the figures below it stand under', async () => {
    expect(await backlogOf('Fabrikam’s backlog stood at up to $300 billion in the first quarter of 2026, by one count.', 'Fabrikam’s backlog was $150 billion in the first quarter of 2026.')).toEqual({
      claims: ['150000000000 (wire-a,wire-b)'],
      conflicts: 0,
    });
  });

  it('should still dispute two figures that contradict each other, a bound beside them or not', async () => {
    expect((await backlogOf('Fabrikam’s backlog was $244 billion in the first quarter of 2026.', 'Fabrikam’s backlog was more than $300 billion in the first quarter of 2026.')).conflicts).toBe(1);
  });
});

describe('verbs said once for two sums', () => {
  it('should read a sum after "and" without a verb of its own as pledged by the verb before', () => {
    expect(read('Contoso committed $10 billion to a campus in Ohio, and at least $20 billion to data centers in Pennsylvania.')).toEqual([
      '10000000000USD investment:Ohio plan',
      '20000000000USD investment:Pennsylvania plan',
    ]);
    // Look-alike: a sum with its own verb after "and" is told by that verb.
    expect(read('Contoso spent $10 billion on chips last year, and $20 billion went to data centers in Pennsylvania.')).toEqual([
      '10000000000USD capex fact',
      '20000000000USD investment:Pennsylvania fact',
    ]);
  });

  it('should read money a company agreed to put in as promised, whenever it agreed', () => {
    expect(read('Contoso and Northwind agreed in May 2025 to put more than $5 billion into an AI zone in Riyadh.')).toEqual(['5000000000USD investment plan']);
    expect(read('Contoso agreed last week to invest $5 billion in the project.')).toEqual(['5000000000USD investment plan']);
    // Look-alike: an agreement to sell something is no money to be put in.
    expect(read('Contoso agreed with regulators to sell a $5 billion stake.')).toEqual(['5000000000USD investment fact']);
  });
});

describe('verbs that pass a mark', () => {
  it('should read a figure a result topped, exceeded or crossed as a minimum, and merge it with the figure past it', async () => {
    expect(await backlogOf('Fabrikam’s backlog exceeded $450 billion at the end of the first quarter of 2026.', 'Fabrikam’s backlog was $455 billion at the end of the first quarter of 2026.')).toEqual({
      claims: ['455000000000 (wire-a,wire-b)'],
      conflicts: 0,
    });
    expect(read('Contoso’s cloud revenue topped $15 billion in the first quarter of 2026.')).toEqual(['15000000000USD revenue fact']);
  });
});

describe('a fiscal year written 年度', () => {
  it('should read マイクロソフトの2026年度第2四半期 as Microsoft’s fiscal quarter, its October–December 2025', async () => {
    const a = await articleOf('ja-a', 'マイクロソフト決算', ['マイクロソフトのAzureの売上高は2026年度第2四半期に39%伸びた。']);
    const b = await articleOf('ja-b', 'マイクロソフト決算', ['マイクロソフトのAzureの売上高は2025年10～12月期に前年同期比39%増えた。']);
    const growth = analyse([a, b]).claims.filter((c) => c.subject === 'Azure');
    expect(growth.map((c) => `${c.period} ${c.mentions.map((m) => m.article).join(',')}`)).toEqual(['2025-Q4 ja-a,ja-b']);
    // Look-alike: a calendar-year company's 2026年度第2四半期 is its April–June 2026.
    const google = await articleOf('ja-c', 'グーグル決算', ['グーグル・クラウドの売上高は2026年度第2四半期に39%伸びた。']);
    expect(analyse([google]).claims.map((c) => c.period)).toEqual(['2026-Q2']);
  });
});
