import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context: SentenceContext = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 11 };
/** Each figure of a sentence as "value unit subject metric modality". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.modality}`);

describe('sums said in long words, money from a segment or the whole company, and the company an outlet reports on', () => {
  it('should read a sum said in many words after a verb of raising money', () => {
    expect(read('Cohere is in talks to raise around one and a half billion pounds.')).toEqual(['1500000000GBP Cohere investment rumour']);
    expect(read('Cohere is in talks to raise one hundred and six and a half million dollars.')).toEqual(['106500000USD Cohere investment rumour']);
    // Negative control: a rate said in words after "raise" is no money raised.
    expect(read('Cohere is in talks to raise prices by one and a half per cent.')).toEqual([]);
  });

  it('should give a sum reported after "X has learned that" to the company the news opens with, past an aside naming another', () => {
    expect(read('Bloomberg has learned that CoreWeave, one of the cloud firms that rents out Nvidia chips, is in talks to raise £1.5bn.')).toEqual(['1500000000GBP CoreWeave investment rumour']);
    expect(read('ANCHOR: Bloomberg has learned that CoreWeave, one of the cloud firms that rents out Nvidia chips, is in talks to raise £1.5bn.')).toEqual(['1500000000GBP CoreWeave investment rumour']);
    // Negative control: the outlet's words after the news leave it to the company it opens with.
    expect(read('Cohere is in talks to raise £1.5bn, Bloomberg has learned, and CoreWeave may follow.')).toEqual(['1500000000GBP Cohere investment rumour']);
  });

  it('should read money that comes "from data centres" as data-centre revenue, not money saved or spent there', () => {
    expect(read('ANCHOR: Almost sixty-two billion dollars from data centres alone.')).toEqual(['62000000000USD Oracle data center revenue fact']);
    // Negative control: money saved from data centres is no revenue of theirs.
    expect(read('Oracle saved $2 billion from data centres it closed.')).toEqual([]);
  });

  it('should read a sum guided "for the whole company" as its revenue, unless a measure is named before it', () => {
    expect(read('Oracle guided to about $40 billion for the whole company.')).toEqual(['40000000000USD Oracle revenue plan']);
    // Negative control: capex named before the sum stays capex.
    expect(read('Oracle expects capex of about $40 billion for the whole company.')).toEqual(['40000000000USD Oracle capex plan']);
  });
});
