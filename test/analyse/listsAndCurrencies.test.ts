import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { readModality } from '../../src/analyse/modality.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { isTimestampLine, toSourceLines } from '../../src/parse/sourceLines.ts';
import { unwrapLines } from '../../src/parse/unwrapLines.ts';

// Sentences written for these tests (not copied from the evaluation set): the English wordings of the
// eighth and ninth dev batches' outlets that the reader missed — other dollars, chapter lines, table rows,
// a house's own estimates, corrections.
const B = 1e9;
const values = (sentence: string) => findValues(sentence).map((f) => f.value);
const context = { fallbackSubject: 'Amazon', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.modality} ${f.value.amount}${f.value.unit}`);

describe('reading other dollars', () => {
  it('should read the US dollar as Australian and Singapore papers write it, and their own dollars apart from it', () => {
    expect(values('Telstra booked $US1.2 billion, then A$3 billion and $A 4.5bn')).toEqual([{ amount: 1.2 * B, unit: 'USD' }, { amount: 3 * B, unit: 'AUD' }, { amount: 4.5 * B, unit: 'AUD' }]);
    expect(values('DBS set aside S$2.5 billion, SGD 1 billion and 3 billion Singapore dollars; Shopify C$700 million')).toEqual([
      { amount: 2.5 * B, unit: 'SGD' },
      { amount: 1 * B, unit: 'SGD' },
      { amount: 3 * B, unit: 'SGD' },
      { amount: 0.7 * B, unit: 'CAD' },
    ]);
    // US$ is never a Singapore dollar, HK$ never a Canadian or US one; "$US" only before digits.
    expect(values('raised US$6b, HK$2 billion and $7 billion; the $USD index')).toEqual([{ amount: 6 * B, unit: 'USD' }, { amount: 2 * B, unit: 'HKD' }, { amount: 7 * B, unit: 'USD' }]);
  });

  it('should give a sum in another dollar the metric and subject its sentence names, never a dollar sum of the same number', () => {
    expect(read('Microsoft will invest $A5 billion in Australian data centres over the next four years.')).toEqual(['Microsoft investment plan 5000000000AUD']);
    expect(read('Microsoft spent $US5 billion on capital expenditure in the quarter.')).toEqual(['Microsoft capex fact 5000000000USD']);
  });
});

/** The claim candidates of an invented article, as subject, metric, period, modality, value and quote. */
function candidates(lines: string[]): string[] {
  return extractClaims(inventedArticle(lines.join('\n'))).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit} | ${c.mention.quote}`);
}

describe('reading chapter lines, mastheads and corrections', () => {
  it('should read each timestamped chapter line as a sentence of its own, never as a heading or joined to the next', () => {
    const claims = candidates([
      'Episode 42: Chips and cheques',
      'The Wire Room podcast · Show notes · June 3, 2026 · 48 min',
      '',
      'Maya and Leo talk through a busy week for cloud spending and the chips behind it.',
      '',
      '## Chapters',
      '',
      '[00:00] Welcome back and listener questions from the week',
      '[04:31] Microsoft will invest $3 billion in new data centers in Mexico over the next three years',
      '[19:05] Oracle scrapped a $2 billion campus in Texas that had not broken ground yet',
      '',
      'Source: The Wire Room',
    ]);
    // Joined, the cancellation's "scrapped" would speak for Microsoft's plan too; as headings, neither would be read.
    expect(claims).toEqual([
      // Money invested in new data centers is capital spending, not a stake in a company.
      'Microsoft capex - plan 3000000000USD | [04:31] Microsoft will invest $3 billion in new data centers in Mexico over the next three years',
      'Oracle capex - cancelled 2000000000USD | [19:05] Oracle scrapped a $2 billion campus in Texas that had not broken ground yet',
    ]);
    // Other ways of writing the stamp; a time inside a sentence or a ratio is none.
    expect(['(1:02:15) Guest: Jane Doe', '14:40 – The next round', '03:12 Why it matters', 'At 10:30 the shares rose', '24:7 support'].map(isTimestampLine)).toEqual([true, true, true, false, false]);
  });

  it('should keep a masthead of dotted parts apart from a long headline, so that its date dates the article', () => {
    const text = (masthead: string) => [
      "Oracle's cloud arm books its fastest growth in years as spending keeps climbing",
      masthead,
      '',
      'Oracle expects capital expenditure of about $35 billion this year, most of it on data centres, the company told analysts on a call.',
      '',
      "Oracle's cloud infrastructure unit grew revenue 52% in the quarter, its chief executive said, as demand for AI capacity kept rising.",
      '',
      'Source: The Harbour Ledger',
    ];
    expect(candidates(text('The Harbour Ledger · Markets and Economy · Tuesday, June 9, 2027 · 7.02am AEST'))[0]).toMatch(/^Oracle capex 2027 plan /);
    // A hard-wrapped sentence still joins across its break.
    const wrapped = unwrapLines(toSourceLines('Oracle expects capital expenditure of about $35 billion this year, most of it on\ndata centres in Texas and Ohio, the company told analysts on a call last week.'));
    expect(wrapped).toHaveLength(1);
  });

  it('should read the figure a correction gives after "an earlier version said", and not the one it takes back', () => {
    const claims = candidates([
      'Nvidia Sales Climb',
      '',
      'Nvidia reported data center revenue of $41.1 billion for the quarter, ahead of its own guidance and far above a year earlier.',
      '',
      'Correction: An earlier version of this story said Nvidia’s gaming revenue was $5.3 billion. It was $4.3 billion.',
      '',
      'Source: Example Wire',
    ]).map((c) => c.split(' | ')[0]);
    // (Gaming revenue is a line of Nvidia's revenue, its own measure since the twenty-third round: businessLines.ts.)
    expect(claims).toEqual(['NVIDIA data center revenue quarterly fact 41100000000USD', 'NVIDIA revenue (games) - fact 4300000000USD']);
  });
});

describe('reading tables and a house’s own estimates', () => {
  it('should quote a cell as written, and take the currency of bare numbers from the section heading', () => {
    const claims = candidates([
      'Alphabet: Cloud Keeps Growing',
      '',
      'Alphabet reported another quarter of strong cloud bookings on Tuesday evening, and we raise our numbers for the next two years below.',
      '',
      'Demand for AI capacity is still running ahead of supply, management said on the call with analysts.',
      '',
      '## Google Cloud revenue (US$ bn)',
      '',
      '| | 2Q26A | 2Q26E (ours) |',
      '| --- | ---: | ---: |',
      '| Google Cloud | 9.4 | 9.1 |',
      '',
      '## Headcount (thousands)',
      '',
      '| | 2Q26A |',
      '| --- | ---: |',
      '| Employees | 162 |',
      '',
      'Source: Example Research',
    ]);
    // The headcount's bare 162 has no currency in its heading: no sum.
    expect(claims).toEqual([
      'Google Cloud revenue 2026-Q2 fact 9400000000USD | 9.4',
      'Google Cloud revenue 2026-Q2 forecast 9100000000USD | 9.1',
    ]);
  });
  it('should read a figure set against "our" number, or marked as an estimate, as a forecast, and a company’s "our" as said', () => {
    const at = (sentence: string, figure: string) => readModality(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length, false);
    expect(at('Google Cloud grew 34%, above our 31% and well ahead of the Street.', '31%')).toBe('forecast');
    expect(at('Azure revenue hit $21.2bn, versus my $20.5bn.', '$20.5bn')).toBe('forecast');
    expect(at('Oracle capex of $9.6bn (MRe) for the quarter.', '$9.6bn')).toBe('forecast');
    expect(at('Meta opex of $24bn (est.) in the quarter.', '$24bn')).toBe('forecast');
    // Negative controls: the figure it is compared with is as said, and a company's own "our" is no estimate.
    expect(at('Google Cloud grew 34%, above our 31% and well ahead of the Street.', '34%')).toBe('fact');
    expect(at('"Our $3 billion of capex went into Ohio," the chief financial officer said.', '$3 billion')).toBe('fact');
    expect(at('Oracle capex of $9.6bn (Q2) for the quarter.', '$9.6bn')).toBe('fact');
  });
});

describe('reading offers turned down, hearsay and cancellations in other words', () => {
  it('should read another company’s money that a company walked away from, turned its back on or had on the table as an offer', () => {
    expect(read("Why Mistral walked away from Microsoft's $6B")).toEqual(['Microsoft investment offer 6000000000USD']);
    expect(read("Cohere turned its back on Oracle's $3 billion last spring.")).toEqual(['Oracle investment offer 3000000000USD']);
    expect(read('Few expect Google to raise the $2 billion it put on the table for Mistral, which the French lab declined.')).toEqual(['Google investment offer 2000000000USD']);
    // Negative control: a project a company walks away from is called off, not offered.
    expect(read('Meta walked away from a $2 billion data center project in Texas.')).toEqual(['Meta capex cancelled 2000000000USD']);
  });

  it('should read a figure its parties do not confirm as hearsay, and one they confirm as said', () => {
    expect(read('Google has not confirmed talk that it may add up to $4 billion more to its stake in Mistral.')).toEqual(['Google investment rumour 4000000000USD']);
    expect(read('Microsoft declined to confirm a $6 billion follow-on for Mistral.')).toEqual(['Microsoft investment rumour 6000000000USD']);
    expect(read('Mistral is raising up to $2B, people close to the company say.')).toEqual(['Mistral investment rumour 2000000000USD']);
    expect(read('Microsoft confirmed a $6 billion follow-on for Mistral.')).toEqual(['Microsoft investment fact 6000000000USD']);
  });

  it('should read a project called off after its sum, with no plan in "no plans to revive"', () => {
    expect(read('Meta has no plans to revive the $2-billion data centre it scrapped in Texas.')).toEqual(['Meta capex cancelled 2000000000USD']);
    // Negative control: a data centre a company builds is its spending, not called off.
    expect(read('Meta is building a $2-billion data centre in Texas.')).toEqual(['Meta capex fact 2000000000USD']);
  });

  it('should make the figures a story states under a headline of talks or hearsay rumours, and leave the rest as said', () => {
    const claims = candidates([
      'Mistral eyes $2 billion raise from Microsoft',
      '',
      'PARIS, June 2, 2026 (Example Wire) - Mistral would raise as much as $2 billion in the round, which could value the lab at more than $20 billion.',
      '',
      'Microsoft, which invested $1 billion in the lab in 2024, would lead it. Mistral posted revenue of $300 million in 2025.',
      '',
      'Source: Example Wire',
    ]).map((c) => c.split(' | ')[0]);
    expect(claims).toEqual([
      'Mistral investment - rumour 2000000000USD',
      'Mistral valuation - rumour 20000000000USD',
      'Microsoft investment 2024 fact 1000000000USD',
      'Mistral revenue 2025 fact 300000000USD',
      // The headline's $2 billion is the story's figure of that value, and a rumour as the story's is (headlineFigures.ts).
      'Mistral investment - rumour 2000000000USD',
    ]);
  });
});

describe('reading a list or a thread by its lead-in', () => {
  it('should give figures listed after their companies the measure, period and modality of the lead-in, and leave the rest alone', () => {
    const claims = candidates([
      'Hyperscalers Keep Spending',
      '',
      'Every big cloud company raised its budget again this quarter, and investors are starting to ask when the returns show up.',
      '',
      '## The numbers',
      '',
      'Capital expenditure guidance for calendar 2027, company by company:',
      '',
      '- Oracle: ~$40B',
      '- Microsoft – $120B–$130B',
      "- Last year's actuals for comparison: Oracle $25B, Microsoft $88B",
      '- Meta revenue $50B',
      '',
      '## Who said what',
      '',
      "A round-up of the week's comments from executives and analysts:",
      '',
      '- Oracle: $40B',
      '- Amazon said on Tuesday it may spend more than that, without a figure.',
      '',
      'Source: Example Daily',
    ]).map((c) => c.split(' | ')[0]);
    expect(claims).toEqual([
      'Oracle capex 2027 plan 40000000000USD',
      'Microsoft capex 2027 plan 120000000000USD',
      // A time gone by of their own: actuals, undated here (the article gives no date to count back from).
      'Oracle capex - fact 25000000000USD',
      'Microsoft capex - fact 88000000000USD',
      // An item that names its own measure keeps it; under a lead-in that names none, a bare "Oracle: $40B" is nothing.
      'Meta revenue - fact 50000000000USD',
    ]);
  });
  it('should not take the past time of the figure an item is compared with for the item\'s own', () => {
    const claims = candidates([
      'Budgets Keep Climbing',
      '',
      'Example Daily | May 6, 2026',
      '',
      'Capital expenditure guidance for calendar 2026, company by company:',
      '',
      "- Oracle: $60 billion to $70 billion, roughly double last year's $33 billion.",
      "- Last year's actuals for comparison: Microsoft $88B",
      '',
      'Source: Example Daily',
    ]).map((c) => c.split(' | ')[0]);
    expect(claims).toContain('Oracle capex 2026 plan 60000000000USD');
    expect(claims).toContain('Oracle capex 2025 fact 33000000000USD');
    // Look-alike: an item whose own words name the time gone by is still an actual.
    expect(claims).toContain('Microsoft capex 2025 fact 88000000000USD');
  });
});
