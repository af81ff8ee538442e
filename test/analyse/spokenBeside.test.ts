import { describe, expect, it } from 'vitest';
import { readBackReference, readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

const context: SentenceContext = { fallbackSubject: 'Google', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as "value unit subject metric period modality". */
const read = (sentence: string, at = context) => readFigures(plainText(sentence), at).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.period} ${f.modality}`);
/** A transcript of one speaker's turn, read as an article: each claim as "modality key value". */
const transcript = (turn: string) =>
  extractClaims(inventedArticle(['Example Wire | Staff', 'May 6, 2026', '', `JANE DOE: ${turn}`, '', 'Source: Example Wire'].join('\n'))).map((c) => `${c.modality} ${c.key} ${c.value?.amount}`);

describe('numbers said beside a figure, and figures said months before', () => {
  it('should read a number said without its unit after a figure of the same sentence in that figure’s unit', () => {
    expect(read('Google Cloud grew thirty-one percent in the quarter, thirty in constant currency, and guided to thirty-two to thirty-three for the June quarter.')).toEqual([
      '31% Google Cloud revenue growth quarterly fact',
      '30% Google Cloud revenue growth (constant currency) quarterly fact',
      '32% Google Cloud revenue growth 2026-Q2 plan',
    ]);
    // Negative control: a number before a noun counts that noun, no figure.
    expect(read('Google Cloud grew thirty-one percent in the quarter across twenty regions.')).toEqual(['31% Google Cloud revenue growth quarterly fact']);
  });

  it('should read "Six months ago it was …" in a transcript as the figure before, two quarters earlier', () => {
    expect(transcript('Google Cloud grew thirty-one percent in the March quarter, and its backlog is ninety billion dollars. Six months ago it was seventy billion.')).toEqual([
      'fact figure|google cloud|revenue growth|2026-q1 31',
      'fact figure|google cloud|backlog|2026-q1 90000000000',
      'fact figure|google cloud|backlog|2025-q3 70000000000',
    ]);
    // Negative control: a number word that opens a sentence with a figure of its own is no company's name either, and counts no time back.
    expect(transcript('Google Cloud grew thirty-one percent in the March quarter. Six analysts had expected thirty percent.')).toEqual(['fact figure|google cloud|revenue growth|2026-q1 31', 'forecast figure|google cloud|revenue growth| 30']);
  });

  it('should count months back from the quarter the article reports where the figure pointed back to is undated', () => {
    const figure = readFigures(plainText('Its backlog is $90 billion.'), { ...context, articleQuarter: '2026-Q1' });
    expect(figure[0]!.period).toBeNull();
    expect(readBackReference('Six months ago it was $70 billion.', figure, { ...context, articleQuarter: '2026-Q1' }).map((f) => f.period)).toEqual(['2025-Q3']);
    // Negative control: with no quarter reported, "six months ago" of an undated figure dates nothing.
    expect(readBackReference('Six months ago it was $70 billion.', figure, context).map((f) => f.period)).toEqual([null]);
  });

  it('should read one company’s sum "in" another, named and nothing after, as its stake', () => {
    expect(read("Meanwhile Google's three billion in Anthropic looks like the better bet.")).toEqual(['3000000000USD Google investment null fact']);
    // Negative control: a sum "in" a unit's measure is that measure.
    expect(read("Alphabet's $15.7 billion in Google Cloud revenue beat estimates.")).toEqual(['15700000000USD Google revenue null fact']);
  });
});
