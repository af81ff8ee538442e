/**
 * A company the vocabulary does not know is still whose figure a sentence tells where it says so ("Saudi Arabia's Humain
 * said … it had paused the US$7.5 billion second phase"), and so is the company whose plans people familiar with them speak
 * of ("People familiar with TSMC's budget talks say the company is preparing …"), not the company the article is about.
 */
import { describe, expect, it } from 'vitest';
import { unknownSubject } from '../../src/analyse/entities.ts';
import { sentenceClaimLines } from '../helpers/inventedArticle.ts';

describe('companies the vocabulary does not know, and talks people are familiar with', () => {
  it('should take a name that opens a sentence before "said" for a company, but not a plural noun before a participle', () => {
    expect(unknownSubject('Humain said on Tuesday it had paused work on the second phase.')).toBe('Humain');
    expect(unknownSubject("Saudi Arabia's Humain said on 1 December it had paused the second phase.")).toBe('Humain');
    expect(unknownSubject('Instances built on the second-generation part open to all customers.')).toBeNull();
  });

  it('should give a figure to the unknown company that said it, in an article about another', () => {
    expect(sentenceClaimLines('SoftBank', "Saudi Arabia's Humain said on 1 December it had paused the US$7.5 billion second phase of its Dammam campus.")).toEqual(['Humain capex null cancelled 7500000000']);
  });

  it('should give a figure to the company whose talks people are familiar with', () => {
    const lines = sentenceClaimLines('SoftBank', "People familiar with TSMC's budget talks say the company is preparing a 2027 capital budget of US$62 billion to US$66 billion.");
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['TSMC']);
  });

  it('should not take a plural noun of a trade ("Developers", "Hyperscalers") or a lone adjective ("New") opening a sentence for a company', () => {
    expect(unknownSubject('Developers had 2,840 megawatts under construction at quarter-end.')).toBeNull();
    expect(unknownSubject('Hyperscalers are not the only buyers this year.')).toBeNull();
    expect(unknownSubject('New regions: Vietnam, backed by US$4.8 billion of investment through 2038.')).toBeNull();
    expect(unknownSubject('New Relic said its revenue rose.')).toBe('New Relic');
    expect(sentenceClaimLines('Amazon', 'New regions: Vietnam, backed by US$4.8 billion of investment through 2038.')).toEqual(['Amazon investment 2038 plan 4800000000']);
  });
});
