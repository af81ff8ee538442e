import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context: SentenceContext = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 11 };
/** Each figure of a sentence as "value unit subject metric modality", and its counterparty where it has one. */
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.modality}${f.counterparty ? ` ${f.counterparty}` : ''}`);

describe('sums pledged, announced for something or promised', () => {
  it('should read a sum a company pledges, or announces for something, as money it means to put in', () => {
    expect(read('Oracle pledges $12bn for Ireland over four years.')).toEqual(['12000000000USD Oracle investment plan']);
    expect(read('Oracle announces £6bn for UK data centres over three years.')).toEqual(['6000000000GBP Oracle investment plan']);
    // Negative controls: revenue announced stays revenue; money pledged for infrastructure is spending.
    expect(read('Oracle announced $5bn of revenue for the quarter.')).toEqual(['5000000000USD Oracle revenue fact']);
    expect(read('Oracle pledged more than $40 billion for cloud and AI infrastructure over three years.')).toEqual(['40000000000USD Oracle capex plan']);
  });

  it('should read money committed to a country’s infrastructure as a plan, as money committed to infrastructure is', () => {
    expect(read('Oracle commits £3bn to UK infrastructure over two years.')).toEqual(['3000000000GBP Oracle investment plan']);
    expect(read('Oracle commits $3bn to Indian cloud infrastructure.')).toEqual(['3000000000USD Oracle investment plan']);
    // Negative control: money committed to another company's infrastructure is a deal signed.
    expect(read('Oracle committed $38 billion to AWS infrastructure.')).toEqual(['38000000000USD Oracle investment fact AWS']);
  });

  it('should read "the £8bn it promised" as a plan of money to put in, whatever figure it is set against', () => {
    expect(read('Its quarterly revenue of $43.9bn is more than four times the £8bn it promised Britain.')).toEqual(['43900000000USD Oracle revenue fact', '8000000000GBP Oracle investment plan']);
    // Negative control: a sum the company reported is no promise.
    expect(read('Its quarterly revenue of $43.9bn is more than four times the £8bn it reported a year ago.')).toEqual(['43900000000USD Oracle revenue fact', '8000000000GBP Oracle revenue fact']);
  });
});
