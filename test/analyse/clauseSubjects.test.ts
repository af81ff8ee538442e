import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';

// Sentences written for these tests (not copied from the evaluation set), of the ways a sentence names several
// companies, each with a figure of its own: whose figure each is is read clause by clause.

const context = { fallbackSubject: 'Amazon', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.metric.name}${f.counterparty ? `:${f.counterparty}` : ''} ${f.modality} ${f.value.amount}`);

describe('two companies, each the subject of its own clause', () => {
  it('should not make the company of the clause before the counterparty of a deal it plays no part in', () => {
    expect(read('Oracle shelved a $2 billion campus in Texas, and Meta withdrew a $3 billion proposal.')).toEqual(['Oracle capex cancelled 2000000000', 'Meta investment cancelled 3000000000']);
    expect(read('Nvidia spent $5 billion on new offices, and Meta committed $4 billion.')).toEqual(['NVIDIA capex fact 5000000000', 'Meta investment fact 4000000000']);
    // Look-alikes: a company the clause before names as a deal's target, or as the one receiving, is still a party.
    expect(read('Oracle invested $2 billion in Mistral in 2024, and a further $2 billion in 2025.')).toEqual(['Oracle investment:Mistral fact 2000000000', 'Oracle investment:Mistral fact 2000000000']);
    expect(read("Mistral's first $2 billion from Oracle arrived in 2024; a top-up of another $2 billion came in 2025.")).toEqual(['Oracle investment:Mistral fact 2000000000', 'Oracle investment:Mistral fact 2000000000']);
  });
});

describe('a proposal named by where it would be built', () => {
  it('should read a proposal in or near a place, or one for a facility, as a project there, not an investment', () => {
    expect(read('Oracle shelved a $2 billion campus in Austin, and Meta dropped a $3 billion proposal in Dane County.')).toEqual(['Oracle capex cancelled 2000000000', 'Meta capex cancelled 3000000000']);
    expect(read('Meta withdrew a $3 billion rezoning proposal near Tulsa after residents objected.')).toEqual(['Meta capex cancelled 3000000000']);
    expect(read('Meta, facing protests, withdrew a proposal for a three-billion-dollar facility outside Tulsa.')).toEqual(['Meta capex cancelled 3000000000']);
    // Look-alikes: a proposal to a company is money offered to it; a credit facility is borrowing, no spending.
    expect(read('Meta withdrew a $3 billion proposal to Mistral.')).toEqual(['Meta investment:Mistral cancelled 3000000000']);
    expect(read('Meta withdrew a $3 billion proposal in Mistral.')).toEqual(['Meta investment:Mistral cancelled 3000000000']);
    expect(read('Meta signed a $3 billion credit facility with its banks.')).toEqual([]);
  });
});
