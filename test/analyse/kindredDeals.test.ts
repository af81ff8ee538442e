/**
 * One deal's sum told by two measures' names (src/analyse/joinKindredDeals.ts): a bid that one sentence files as an
 * investment ("rejected $3.4 billion from Broadcom") and another as an acquisition ("a $3.4 billion takeover offer") is
 * one offer; a company's own spending of the same sum, or another bid, is not.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { inventedArticle, longFormText } from '../helpers/inventedArticle.ts';

/** The claims of one short article per sentence, as key, amount and the articles that state it. */
function claimsOf(sentences: string[]): string[] {
  const articles = sentences.map((s, i) => inventedArticle(longFormText(`Story ${i}`, [`${s} The company is based in California and employs thousands of people.`], '20 November 2026'), `a${i}.txt`));
  return analyse(articles).claims.map((c) => `${c.key} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`);
}

describe('a bid filed under two measures', () => {
  it('should be one offer, whichever measure a sentence files it by', () => {
    expect(claimsOf(["Quillon's board rejected $3.4 billion from Broadcom in November.", 'Quillon received a $3.4 billion takeover offer from Broadcom.'])).toEqual(['offer|broadcom|acquisition| 3400000000 a0,a1']);
    expect(claimsOf(["Wistron's NT$17.1 billion takeover offer for Sentai was rejected.", "Wistron's NT$17.1bn tender offer failed."])).toEqual(['offer|wistron|acquisition| 17100000000 a0,a1']);
  });

  it('should stay apart from the company’s own spending of the same sum, and from another bid', () => {
    expect(
      claimsOf([
        "Quillon's board rejected $3.4 billion from Broadcom in November.",
        'Quillon received a $3.4 billion takeover offer from Broadcom.',
        'Broadcom invested $3.4 billion in its packaging plant in Singapore this year.',
        "Quillon's board rejected $3.9 billion from Broadcom in December.",
      ]),
    ).toEqual(['offer|broadcom|acquisition| 3400000000 a0,a1', 'offer|broadcom|investment| 3900000000 a3', 'fact|broadcom|investment|2026 3400000000 a2']);
  });
});
