/**
 * A figure's status told by words that stand away from it: a column that "understands" a price, a rival who "has since put
 * forward" a sum, a company that "wants the site above 400 MW by fiscal 2028", a fund that "is to part-finance" sites built
 * for 100,000 chips, backers who "have promised investment of €30 billion"; in Japanese a sum put in for a plan the sentence
 * ends on (約300億円を投じ、…高める計画), and a lease whose topic (…について、) the sentence's last verb ends (解約した); and a deal
 * a regulator blocks or prohibits, called off; and a takeover's terms whose paragraph ends by ending the deal.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, claimRows as lines, paragraphClaims } from '../helpers/inventedArticle.ts';

const read = (company: string, paragraph: string) => lines(paragraphClaims(company, paragraph));

describe('the status of a figure told away from it', () => {
  it('should read what a column or an outlet understands as hearsay', () => {
    expect(read('NEXTDC', 'The consortium raised its proposal for NEXTDC to $20.10 a share on Monday. Street Talk understands the consortium has told advisers it could stretch to $21 a share.')).toEqual([
      'NextDC | price per share | offer | 20.1 USD',
      'NextDC | price per share | rumour | 21 USD',
    ]);
  });

  it('should read a sum a rival bidder has put forward as an offer', () => {
    expect(read('Ridgeline Power', "Ridgeline Power's board turned down Constellation's $6.8 billion offer on 10 November; a Blackstone-led consortium has since put forward about $7.1 billion.")).toEqual([
      'Constellation Energy | investment | offer | 6800000000 USD',
      'Blackstone | investment | offer | 7100000000 USD',
    ]);
  });

  it('should read a deal a regulator blocks or prohibits as called off, and a blocking stake as a stake', () => {
    expect(read('Qualcomm', "China's market regulator blocked Qualcomm's $8.2 billion purchase of Corvalis Microsystems on Tuesday.")).toEqual([
      'Qualcomm | acquisition | cancelled | 8200000000 USD',
    ]);
    expect(read('Broadcom', "A presidential order prohibited Broadcom's $2.3 billion acquisition of Lodestar Memory.")).toEqual([
      'Broadcom | acquisition | cancelled | 2300000000 USD',
    ]);
    expect(read('KKR', 'KKR has built a blocking stake of 26% in Crestline Data Centers.')).toEqual(['KKR | stake | fact | 26 %']);
  });

  it("should read a takeover's terms as called off when its paragraph ends the deal, but not another company's terms", () => {
    expect(read('Qualcomm', 'Qualcomm and Corvalis Microsystems signed in February at $88 per share in cash, a 33% premium, an equity value of $8.2 billion. When the outside date passed without clearance, Qualcomm exercised its right to terminate the agreement on Nov. 18.')).toEqual([
      'Qualcomm | price per share | cancelled | 88 USD',
      'Qualcomm | deal premium | cancelled | 33 %',
      'Qualcomm | valuation | cancelled | 8200000000 USD',
    ]);
    expect(read('Synopsys', "Synopsys agreed to buy Kestrel Logic Systems at $72.50 per share, a 42% premium. Separately, Qualcomm terminated its agreement to buy Corvalis Microsystems on Nov. 18.")).toEqual([
      'Synopsys | price per share | fact | 72.5 USD',
      'Synopsys | deal premium | fact | 42 %',
    ]);
  });

  it('should read where a company wants its site to stand by a year to come as its plan, and what it runs today as a fact', () => {
    expect(read('SoftBank', 'The first 150 megawatts at Sakai went live in August, and SoftBank wants the site above 400 MW by fiscal 2028.')).toEqual([
      'SoftBank | power capacity | fact | 0.15 GW',
      'SoftBank | power capacity | plan | 0.4 GW',
    ]);
  });

  it('should read what a fund is to part-finance, and the investment backers have promised, as plans', () => {
    expect(read('Mistral', 'Within the programme, a €20bn fund is to part-finance up to five AI gigafactories, each built for more than 100,000 advanced AI chips.')).toEqual([
      'Mistral | chips deployed | plan | 100000 chips',
    ]);
    expect(read('Mistral', "Mistral's site is not the campus at Fouju, where MGX and Bpifrance have promised investment of €30 billion to €50 billion for a 1.4 GW campus.").map((l) => l.split(' | ').slice(1).join(' | '))).toEqual([
      'investment | plan | 30000000000 EUR',
      'power capacity | plan | 1.4 GW',
    ]);
  });

  it('should read a Japanese sum put in for the plan its sentence ends on as a plan, and one put in for what was done as a fact', () => {
    const read = (sentence: string) => lines(cjkArticleClaims('古河電工、レーザー増産', '2026年11月20日', [sentence]));
    expect(read('古河電工は2028年度までに約300億円を投じ、CPO向けレーザーチップの生産能力を現在の3倍に高める計画を明らかにした。')).toEqual([
      'Furukawa Electric | investment | plan | 30000000000 JPY',
    ]);
    expect(read('古河電工は2025年度に約300億円を投じ、生産能力を3倍に高めた。')).toEqual(['Furukawa Electric | investment | fact | 30000000000 JPY']);
  });

  it("should read a Japanese figure of a lease's topic (…について、) as called off when the sentence ends by ending the lease", () => {
    const read = (sentence: string) => lines(cjkArticleClaims('マイクロソフト、賃借契約を解約', '2026年11月5日', [sentence]));
    expect(read('マイクロソフトは建設中のデータセンター（出力30万キロワット）について、15年間で約34億ドルの賃借契約を3日に解約した。')).toEqual([
      'Microsoft | power capacity | cancelled | 0.3 GW',
      'Microsoft | investment | cancelled | 3400000000 USD',
    ]);
  });
});
