/**
 * A person who opens a sentence is not the company whose figure it states: a chief stands for the company they run, a
 * person named by their title for the company the article is about, and a person's company named after them is itself
 * the subject. Each with a look-alike: a company the vocabulary does not know still opens its own sentence.
 */
import { describe, expect, it } from 'vitest';
import { unknownSubject } from '../../src/analyse/entities.ts';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('a person who opens a sentence', () => {
  it('should read a chief’s division as the company they run, whatever the article is about', () => {
    expect(claims('Microsoft', "Garman's division ended September with a $312 billion backlog, up from $281 billion three months earlier.")).toEqual([
      'AWS backlog 2026-Q3 fact 312000000000',
      'AWS backlog 2026-Q2 fact 281000000000',
    ]);
  });

  it('should read a figure a CFO guided to as the article’s company’s, not the CFO’s', () => {
    expect(claims('Amazon', 'CFO Brian Olsavsky guided second-quarter operating income to $19.0bn to $23.0bn.')).toEqual(['Amazon operating profit 2026-Q2 plan 19000000000']);
    expect(unknownSubject('CFO Susan Li said the floor for 2027 is $145 billion.')).toBeNull();
  });

  it('should read the company a person owns or leads, named after them, as the subject', () => {
    expect(claims('Microsoft', "Mira Murati's Thinking Machines Lab closed a $6 billion round at a post-money valuation of $48 billion.")).toEqual([
      'Thinking Machines Lab investment null fact 6000000000',
      'Thinking Machines Lab valuation null fact 48000000000',
    ]);
  });

  it('should still read a company the vocabulary does not know as the subject of its own sentence', () => {
    expect(unknownSubject('Lumora Photonics rejects the chipmaker’s $4.9 billion bid.')).toBe('Lumora Photonics');
    expect(unknownSubject("Nebius's revenue rose 355% in the quarter.")).toBe('Nebius');
  });
});
