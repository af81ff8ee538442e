/**
 * The terms of a takeover, each its own measure: the price a share, the deal's premium over the market price, the whole
 * price with and without the debt taken on, the fee paid when the deal dies; a broker's price target; and the currencies
 * of Southeast Asia and Australia's deals, in English, Chinese and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { cjkArticleClaims, claimRows as lines, inventedArticle, longFormText, paragraphClaims } from '../helpers/inventedArticle.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const read = (company: string, paragraph: string) => lines(paragraphClaims(company, paragraph));

describe('a deal priced a share', () => {
  it('should read the price a share and the premium as measures of their own, and a sum of billions after them as the deal', () => {
    expect(read('Blackstone', "Blackstone's $46.25-a-share agreement for Crestline Data Centers, worth $18.4 billion including debt, has drawn a rival.")).toEqual([
      'Blackstone | price per share | fact | 46.25 USD',
      'Blackstone | acquisition | fact | 18400000000 USD',
    ]);
    expect(read('Amazon', 'Bluestem said Amazon had proposed buying it for $71 a share in cash, a 38 per cent premium to its share price before the approach.')).toEqual([
      'Amazon | price per share | offer | 71 USD',
      'Amazon | deal premium | offer | 38 %',
    ]);
  });

  it('should read a price told in a sum no company costs as a price a share, in a currency the article names once for all', () => {
    expect(read('NEXTDC', "NEXTDC's board rejected the consortium's first proposal, at $18.50 a share, valuing the equity at about $11.9 billion.\n\nAll figures in Australian dollars.")).toEqual([
      'NextDC | price per share | offer | 18.5 AUD',
      'NextDC | valuation | offer | 11900000000 AUD',
    ]);
  });

  it('should read the price a share in Chinese and Japanese', () => {
    expect(lines(cjkArticleClaims('新思科技收购Kestrel', '2026年11月4日', ['新思科技同意以每股72.50美元现金收购Kestrel Logic Systems，溢价42%。']))).toEqual([
      'Synopsys | price per share | fact | 72.5 USD',
      'Synopsys | deal premium | fact | 42 %',
    ]);
    expect(lines(cjkArticleClaims('シノプシス、ケストレル買収で合意', '2026年11月4日', ['シノプシスはケストレルを1株72.50ドルで買収することで合意した。']))).toEqual(['Synopsys | price per share | fact | 72.5 USD']);
  });

  it('should read the terms of a takeover agreed as facts, never as money the buyer promises', () => {
    expect(read('Synopsys', 'Synopsys agreed on 3 November to buy Kestrel Logic Systems for $72.50 a share in cash, or about $9.4 billion.')).toEqual([
      'Synopsys | price per share | fact | 72.5 USD',
      'Synopsys | acquisition | fact | 9400000000 USD',
    ]);
    // Look-alike: money a company agreed to put in is still promised.
    expect(read('Microsoft', 'Microsoft agreed to invest $5 billion in Anthropic.')).toEqual(['Microsoft | investment | plan | 5000000000 USD']);
  });

  it('should read a table of deals by its labels: the price a share under "Price", the deal under "Value", its status as the row says', () => {
    const table = [
      'The autumn brought chipmakers and data-centre owners a run of takeovers, and regulators in Beijing and Washington a say over several of them.',
      '| Target | Buyer | Price | Value | Status |\n|---|---|---|---|---|\n| Kestrel Logic Systems | Synopsys | $72.50 | $9.4 billion | Pending |\n| Corvalis Microsystems | Qualcomm | $88.00 | $8.2 billion | Terminated Nov. 18 |',
    ];
    expect(lines(extractClaims(inventedArticle(longFormText('Deals of the autumn', table, '5 December 2026'))))).toEqual([
      'Synopsys | price per share | fact | 72.5 USD',
      'Synopsys | acquisition | fact | 9400000000 USD',
      'Qualcomm | price per share | cancelled | 88 USD',
      'Qualcomm | acquisition | cancelled | 8200000000 USD',
    ]);
  });

  it('should keep the market’s premium to an offer the shares’ own rise, a fact', () => {
    expect(read('Amazon', 'Bluestem shares closed at $69 after the bid, and trade at a 2% premium to the offer.')).toEqual(['Amazon | share price | fact | 69 USD', 'Amazon | share price growth | fact | 2 %']);
  });

  it('should read an approach with its price as an offer to buy', () => {
    expect(read('Constellation', 'A consortium led by Blackstone Infrastructure has made a rival approach of about $7.1 billion for Ridgeline Power.')).toEqual(['Blackstone | acquisition | offer | 7100000000 USD']);
  });
});

describe('a deal that dies', () => {
  it('should read the fee paid for a deal called off as a fact, the deal as called off', () => {
    expect(read('Qualcomm', 'Qualcomm terminated its $8.2 billion agreement to buy Corvalis Microsystems after China failed to clear it, and paid Corvalis a $410 million termination fee.')).toEqual([
      'Qualcomm | investment | cancelled | 8200000000 USD',
      'Qualcomm | termination fee | fact | 410000000 USD',
    ]);
  });

  it('should read a project whose permit is revoked as called off', () => {
    expect(read('YTL', 'On Nov 18 the state revoked the development order for a 200MW campus in Gelang Patah, a RM6 billion project.')).toEqual([
      'null | power capacity | cancelled | 0.2 GW',
      'null | capex | cancelled | 6000000000 MYR',
    ]);
  });
});

describe('what brokers say a share is worth', () => {
  it('should read a price target, and a broker’s value of a share, as its forecast', () => {
    expect(read('Nebius', 'Morland Hayes raised its price target on Nebius to $160 from $128.')).toEqual(['Nebius | price target | forecast | 160 USD']);
    expect(read('NEXTDC', 'Jarden values NEXTDC at A$21.40 a share.')).toEqual(['NextDC | price per share | forecast | 21.4 AUD']);
  });
});

describe('the price of a deal with its debt and without', () => {
  it('should set the value of a company’s shares against another outlet’s, never against its value with debt', async () => {
    const sentences = [
      'Blackstone bought Crestline Data Centers in October, valuing its equity at $12.9 billion.',
      'Blackstone bought Crestline Data Centers in October, valuing it at $18.4 billion including debt.',
      'Blackstone bought Crestline Data Centers in October, valuing its equity at $13.6 billion.',
    ];
    const { claims, conflicts } = analyse(await Promise.all(sentences.map((s, i) => articleOf(`a${i}`, `Deals, week ${i}`, [s]))));
    const amountOf = new Map(claims.map((c) => [c.id, c.value?.amount]));
    expect(claims.map((c) => `${c.key} ${c.value?.amount}`).sort()).toEqual(['fact|blackstone|valuation| 12900000000', 'fact|blackstone|valuation| 13600000000', 'fact|blackstone|valuation| 18400000000']);
    expect(conflicts.map((c) => c.claims.map((id) => amountOf.get(id)).sort())).toEqual([[12900000000, 13600000000]]);
  });
});

describe('the currencies of Southeast Asia’s deals', () => {
  it('should read the rupiah, the baht and the ringgit in English, Chinese and Japanese', () => {
    expect(read('DayOne', 'DayOne has committed Rp38 trillion to Batam, and TrueIDC has postponed its THB12bn Chonburi campus.').map((l) => l.split(' | ').at(-1))).toEqual(['38000000000000 IDR', '12000000000 THB']);
    expect(lines(cjkArticleClaims('東南亞AI機房', '2026年11月20日', ['Nxera將投資約15億星元興建新園區，TrueIDC則延後投資120億泰銖的春武里園區。'])).map((l) => l.split(' | ').at(-1))).toEqual(['1500000000 SGD', '12000000000 THB']);
    expect(lines(cjkArticleClaims('YTL、第2期に投資', '2026年11月20日', ['マレーシアのYTLは第2期に85億リンギを投じる。'])).map((l) => l.split(' | ').at(-1))).toEqual(['8500000000 MYR']);
  });
});
