/**
 * Sums a reader must not be told are facts: a proposal dated by its month, the valuation an offer implies across an aside,
 * a report's attribution after a sum's value, a ceiling a company committed, an outlook named after a Chinese or
 * Japanese figure, and a Japanese report's hearsay opening an elliptic sentence. Each with a look-alike that stays a fact.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleLines, paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

/** Each figure of a Japanese article of `lines`, dated 20 November 2026. */
const japanese = (lines: string[]) => cjkArticleLines('決算と買収の動き', '2026年11月20日', lines);

describe('a proposal dated by its month', () => {
  it('should read a proposal turned down "in October" as an offer, and one "in Dane County" as a project there', () => {
    expect(claims('HPE', "On Monday, HPE raised its cash offer for liquid-cooling specialist Frostline Systems to $3.0 billion, after Frostline's board rejected a $2.6 billion proposal in October.")).toEqual([
      'HPE acquisition null offer 3000000000',
      'HPE investment null offer 2600000000',
    ]);
    expect(claims('SAP', 'It follows an earlier £2.4 billion proposal in August, which the board also turned down.')).toEqual(['SAP investment null offer 2400000000']);
    expect(claims('Meta', 'Meta withdrew a $2 billion proposal in Dane County last year.')).toEqual(['Meta capex 2025 cancelled 2000000000']);
  });
});

describe('the valuation an offer implies', () => {
  it('should read a valuation as offered where the offer that implies it stands before an aside or its terms', () => {
    expect(claims('Baidu', 'The proposal, made on 21 October, valued Kunlunxin at about RMB 80bn, against RMB 52bn in its last private round in 2025.')).toEqual([
      'Baidu valuation null offer 80000000000',
      'Baidu valuation 2025 fact 52000000000',
    ]);
    expect(claims('SAP', 'On November 6 it raised its proposal for Veradex, the London-listed process-intelligence company, to 2,080 pence a share, valuing Veradex at about £2.7 billion.')).toEqual([
      'SAP valuation null offer 2700000000',
    ]);
  });

  it('should leave a valuation of a round in another clause, or after "but", a fact', () => {
    expect(claims('Amazon', 'The offer, made in mid-October, implied a valuation of about $12 billion for Raylight, which raised money at a $9.5 billion valuation in May.')).toEqual([
      'Amazon valuation null offer 12000000000',
      'Amazon valuation null fact 9500000000',
    ]);
    expect(claims('Amazon', 'Amazon offer was rejected in May, but investors valued Raylight at $9.5 billion in its funding round.')).toEqual(['Amazon investment null fact 9500000000']);
  });
});

describe('a report’s attribution after the value of what it reports', () => {
  it('should read an order told by people familiar with it as hearsay, though its worth stands between', () => {
    expect(claims('Tencent', "Tencent has ordered about 120,000 of Kunlunxin's M100 accelerators, worth roughly RMB 6.5 billion, people familiar with the matter said.")).toEqual([
      'Tencent chips deployed null rumour 120000',
    ]);
    expect(claims('Tencent', 'Tencent has ordered about 120,000 of Kunlunxin M100 accelerators, worth roughly RMB 6.5 billion.')).toEqual(['Tencent chips deployed null fact 120000']);
  });
});

describe('a ceiling committed', () => {
  it('should read a sum committed "up to" as a plan, and a sum committed as a fact', () => {
    expect(claims('Microsoft', 'Microsoft committed up to $5 billion and Nvidia up to $10 billion to Anthropic.')).toEqual([
      'Microsoft investment null plan 5000000000',
      'NVIDIA investment null plan 10000000000',
    ]);
    expect(claims('Microsoft', 'Redmond and Santa Clara commit up to $15 billion between them to Anthropic.')).toEqual(['Microsoft investment null plan 15000000000']);
    expect(claims('Amazon', 'Amazon committed $4 billion to Anthropic in September 2023.')).toEqual(['Amazon investment 2023 fact 4000000000']);
  });
});

describe('an outlook named after a Japanese figure', () => {
  it('should read the range a company had shown as its plan, analysts’ as their forecast, and the result as a fact', () => {
    expect(japanese(['米スーパー・マイクロ・コンピューター（SMCI）の7～9月期の売上高は81億ドルで、会社が8月に示した90億～100億ドルの予想を下回った。'])).toEqual([
      'Super Micro revenue fact 8100000000',
      'Super Micro revenue plan 9000000000',
    ]);
    expect(japanese(['米スーパー・マイクロ・コンピューター（SMCI）の7～9月期の売上高は81億ドルで、アナリストが示していた85億ドルの予想を下回った。'])).toEqual([
      'Super Micro revenue fact 8100000000',
      'Super Micro revenue forecast 8500000000',
    ]);
  });
});

describe('hearsay that opens an elliptic Japanese sentence', () => {
  it('should read the sum of a sentence opened by 関係者によると as hearsay, and the same sentence without it as a fact', () => {
    const offer = '一方、コンステレーションがリッジライン・パワーに示した68億ドルの買収提案は、10日にリッジラインの取締役会が拒否した。';
    expect(japanese([`${offer}関係者によると、ブラックストーンが率いる企業連合が約71億ドルの対抗案を示している。`])).toContain('Blackstone acquisition rumour 7100000000');
    expect(japanese([`${offer}ブラックストーンが率いる企業連合が約71億ドルの対抗案を示している。`]).filter((c) => c.endsWith(' 7100000000'))).not.toContainEqual(expect.stringContaining('rumour'));
  });
});
