import { describe, expect, it } from 'vitest';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

const read = (company: string, sentence: string, date = '20 November 2026') => sentenceClaimLines(company, sentence, date);

describe('a rate measured against an earlier level', () => {
  it('should read "83% more than the $51.2 billion of a year ago" as growth, and date the level, not the sum before it', () => {
    expect(read('Nvidia', 'Revenue was $93.8 billion, 83% more than the $51.2 billion of a year ago.')).toEqual([
      'NVIDIA revenue null fact 93800000000',
      'NVIDIA revenue growth null fact 83',
      'NVIDIA revenue a year earlier fact 51200000000',
    ]);
    expect(read('Sandisk', "Sandisk's revenue of $4.12 billion was 78% above the $2.31 billion of the same quarter last year.")).toEqual([
      'Sandisk revenue null fact 4120000000',
      'Sandisk revenue growth null fact 78',
      'Sandisk revenue a year earlier fact 2310000000',
    ]);
    // The same when the level is told after a rate that a verb of change gives: the sum before is still this period's.
    expect(read('Nvidia', 'Revenue of $93.8 billion was up 83% from $51.2 billion a year earlier.')).toEqual([
      'NVIDIA revenue null fact 93800000000',
      'NVIDIA revenue growth null fact 83',
      'NVIDIA revenue a year earlier fact 51200000000',
    ]);
    // Negative control: a rate above what analysts expected is a beat, not growth.
    expect(read('Nvidia', 'Revenue of $93.8 billion was 6% above the $88.1 billion analysts expected.')).toEqual(['NVIDIA revenue null fact 93800000000', 'NVIDIA revenue null forecast 88100000000']);
  });

  it('should read a rate over the level of a quarter named as growth on the quarter before, and keep that level', () => {
    expect(read('Nvidia', 'The data-center business generated $93.8 billion, 83% more than the $51.2 billion of a year ago and 12% more than the $83.5 billion it booked in the July quarter.')).toEqual([
      'NVIDIA data center revenue null fact 93800000000',
      'NVIDIA data center revenue growth null fact 83',
      'NVIDIA data center revenue a year earlier fact 51200000000',
      'NVIDIA data center revenue growth (quarter on quarter) null fact 12',
      'NVIDIA data center revenue 2026-Q2 fact 83500000000',
    ]);
    // The level's quarter is the level's: the rate is the period the sentence reports.
    expect(read('SAP', 'Cloud revenue for the July–September quarter was €6.4 billion, 21% above the €5.29 billion of the third quarter of 2025.', '22 October 2026')).toContain('SAP revenue growth 2026-Q3 fact 21');
  });
});

describe('guidance and segments in other words', () => {
  it('should read "guided the December quarter to $3.6 billion" as revenue guidance of that quarter, unless a measure is named', () => {
    expect(read('Western Digital', 'Management guided the December quarter to $3.6 billion, give or take $100 million.')).toEqual(['Western Digital revenue 2026-Q4 plan 3600000000']);
    expect(read('Western Digital', 'Western Digital guided to $3.6 billion for the December quarter.')).toEqual(['Western Digital revenue 2026-Q4 plan 3600000000']);
    expect(read('Western Digital', 'Western Digital guided to $3.6 billion of capex for the December quarter.')).toEqual(['Western Digital capex 2026-Q4 plan 3600000000']);
  });

  it('should read a segment "contributing" its sum as the segment\'s revenue', () => {
    expect(read('Sandisk', "Sandisk's revenue of $4.12 billion was 78% above the $2.31 billion of the same quarter last year, with its data-center segment contributing $1.36 billion.")).toContain(
      'Sandisk data center revenue null fact 1360000000',
    );
  });
});
