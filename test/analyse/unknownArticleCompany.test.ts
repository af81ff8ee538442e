/**
 * A results story about a company the vocabulary does not know (a neocloud, a utility, a start-up) is that company's:
 * its title names it and its text treats the name as a company's, so the figures its sentences give without a name
 * ("Capital expenditures came in at $5.6 billion for the quarter", 当季资本开支为56亿美元) are that company's, not those of
 * a customer the story names (Google) nor of no one.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, headlinedClaims } from '../helpers/inventedArticle.ts';

/** Each figure of an article titled `title` of `paragraphs`, as its subject, metric, modality and amount. */
const claimLines = (title: string, paragraphs: string[], date = '20 November 2026'): string[] =>
  headlinedClaims(title, paragraphs, date).map((c) => `${c.subject} ${c.metric} ${c.modality} ${c.value!.amount}`);

describe('the company a story is about, unknown to the vocabulary', () => {
  it('should give the figures a story leaves unnamed to the unknown company its title names and its sentences open with', () => {
    const lines = claimLines('Nebius Turns a Billion-Dollar Quarter Into a Much Bigger Building Bill, With Google Signed Up', [
      'Nebius booked revenue of $1.24 billion in the July–September quarter, more than eight times as much as a year before.',
      'Nebius signed a five-year agreement to supply GPU capacity to Google, its first big hyperscaler customer.',
      'Capital expenditures came in at $5.6 billion for the quarter, as new halls in Finland and New Jersey were fitted out.',
    ]);
    expect(lines).toContain('Nebius capex fact 5600000000');
    expect(lines).toContain('Nebius revenue fact 1240000000');
    expect(lines).toHaveLength(2);
  });

  it('should take the unknown company the opening lines name first, where the title names none', () => {
    const lines = claimLines('The week in AI capacity', [
      'Nebius signed a five-year agreement to supply GPU capacity to Google, its first big hyperscaler customer. Contracted power stands at 3.1 GW.',
      'Nebius also said it would open a site in Kansas City.',
    ]);
    expect(lines).toEqual(['Nebius power capacity fact 3.1']);
  });

  it('should read a company by its legal form, and a Chinese story that opens its sentences with the name in Latin letters', () => {
    const release = claimLines('Nebius Group N.V. — Third Quarter 2026 Financial Results', [
      'Nebius Group N.V. ("Nebius", Nasdaq: NBIS), a provider of AI infrastructure, today announced its results. Nebius Group N.V. is based in Amsterdam.',
      'We invested $5.6 billion in property and equipment during the quarter.',
    ]);
    expect(release).toContain('Nebius capex fact 5600000000');
    const chinese = cjkArticleClaims('Nebius三季度营收增长逾7倍', '2026年11月28日', ['Nebius第三季度营收为12.4亿美元。', 'Nebius表示，当季资本开支为56亿美元。']).map((c) => `${c.subject} ${c.metric} ${c.value!.amount}`);
    expect(chinese).toContain('Nebius capex 5600000000');
  });

  it('should not take a name the title gives but the text never treats as a company, nor a name the text gives but the title does not', () => {
    // "Nebius" only in the title: the story is Amazon's, which its text names.
    const once = claimLines('Amazon, Nebius and the AI capacity race', ['Amazon spent $35.1 billion on property and equipment in the quarter. Capital expenditures are expected to rise.']);
    expect(once).toContain('Amazon capex fact 35100000000');
    const untitled = claimLines('Amazon keeps spending', ['Nebius booked revenue of $1.24 billion. Nebius signed a deal. Amazon spent $35.1 billion on property and equipment in the quarter.', 'Capital expenditures of $5 billion were for chips.']);
    expect(untitled).toContain('Amazon capex fact 5000000000');
  });
});
