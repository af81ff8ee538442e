/**
 * How data-centre landlords, as real-estate trusts, give their earnings: AFFO and core FFO per share, in English, Chinese and
 * Japanese; a results table whose words column names each row's measure under a "Q3 2026 figure" label; the midpoint of a
 * company's new range, told as "the new midpoint is".
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines, cjkArticleClaims, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const DATE = '24 October 2026';

describe('a trust’s earnings per share', () => {
  it('should read AFFO and core FFO per share as two measures, and a trust’s AFFO in billions as neither', () => {
    expect(sentenceClaimLines('Equinix', "Equinix's AFFO per share reached $10.42 in the third quarter, up from $9.83 a year earlier.", DATE)).toEqual([
      'Equinix AFFO per share 2026-Q3 fact 10.42',
      'Equinix AFFO per share 2025-Q3 fact 9.83',
    ]);
    expect(sentenceClaimLines('Digital Realty', 'Core FFO came in at $2.02 per share in the third quarter, against $1.89 a year ago.', DATE)).toEqual([
      'Digital Realty FFO per share 2026-Q3 fact 2.02',
      'Digital Realty FFO per share 2025-Q3 fact 1.89',
    ]);
    expect(sentenceClaimLines('Equinix', "Equinix's AFFO rose 9% to $1.02 billion in the third quarter.", DATE).filter((line) => line.includes('per share'))).toEqual([]);
  });

  it('should read them as Chinese and Japanese outlets write them', () => {
    const lines = (text: string) => cjkArticleClaims('数据中心房东三季报', '2026年10月25日', [text]).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.modality} ${c.value!.amount}`);
    expect(lines('Equinix第三季度每股AFFO（调整后运营现金流）为10.42美元，上年同期为9.83美元。')).toEqual(['Equinix AFFO per share 2026-Q3 fact 10.42', 'Equinix AFFO per share 2025-Q3 fact 9.83']);
    expect(lines('Digital Realty第三季度每股核心FFO为2.02美元，上年同期为1.89美元。')).toEqual(['Digital Realty FFO per share 2026-Q3 fact 2.02', 'Digital Realty FFO per share 2025-Q3 fact 1.89']);
    expect(lines('デジタル・リアルティの7～9月期の1株当たりコアFFOは2.02ドルだった。')).toEqual(['Digital Realty FFO per share 2026-Q3 fact 2.02']);
  });
});

describe('a results table whose words name each row’s measure', () => {
  it('should read a row’s measure from its words column under a "figure" label', () => {
    const lines = articleClaimLines('Digital Realty', [
      'Digital Realty and Equinix reported results for the quarter on Thursday, and both landlords said demand from cloud companies stayed strong across their markets.',
      ['| Company | Q3 2026 figure | Value |', '|---|---|---|', '| Equinix | Annualized gross bookings | $426M |', '| Digital Realty | Core FFO per share | $2.02 |'].join('\n'),
    ], DATE);
    expect(lines.map((l) => l.replace(/ (?:null|annual|2026-Q3) /, ' '))).toEqual(['Equinix gross bookings fact 426000000', 'Digital Realty FFO per share fact 2.02']);
  });

  it('should not read a measure from a words column whose label names none', () => {
    const lines = articleClaimLines('Digital Realty', [
      'Digital Realty and Equinix reported results for the quarter on Thursday, and both landlords said demand from cloud companies stayed strong across their markets.',
      ['| Company | Note | Value |', '|---|---|---|', '| Digital Realty | Core FFO per share beat | $2.02 |'].join('\n'),
    ], DATE);
    expect(lines).toEqual([]);
  });
});

describe('the midpoint of a company’s new range', () => {
  it('should be its guidance, told as "the new midpoint is"', () => {
    const lines = sentenceClaimLines('Digital Realty', 'We are raising our core FFO guidance to a range of $7.85 to $7.95 per share; the new midpoint is $7.90.', DATE);
    expect(lines.filter((l) => l.endsWith(' 7.9'))).toEqual(['Digital Realty FFO per share null plan 7.9']);
  });
});
