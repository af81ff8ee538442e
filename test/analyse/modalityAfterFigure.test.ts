import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle, longFormText } from '../helpers/inventedArticle.ts';

/** The modality of each figure `sentence` states, in an article of its own about `company`. */
const modalities = (company: string, sentence: string) =>
  extractClaims(inventedArticle(longFormText(`${company} in the news`, [sentence], '25 November 2026'))).map(
    (c) => `${c.value!.amount / 1e9} ${c.modality}`,
  );

describe('the words after a figure that say whose figure it was', () => {
  it('should read a sum the company projected, forecast or set as a range as its plan, and money it laid out as spent', () => {
    expect(modalities('Salesforce', 'It now expects revenue of $45.9 billion, compared with the $45.6 billion it projected when it reported results in September.')).toEqual(['45.9 plan', '45.6 plan']);
    expect(modalities('CoreWeave', 'Management narrowed its 2026 capex outlook to US$26bn, from the US$25bn range it set in August.')).toEqual(['26 plan', '25 plan']);
    // Money laid out is money spent; a record set is a result.
    expect(modalities('Alphabet', 'Alphabet will spend $175 billion this year, roughly double the $91.4 billion it laid out in 2025.')).toEqual(['175 plan', '91.4 fact']);
    expect(modalities('Oracle', 'Oracle booked revenue of $16 billion, beating the record it set in March.')).toEqual(['16 fact']);
  });

  it('should read what foreign media say in Chinese as a report, and what a company announced as a fact', () => {
    expect(modalities('xAI', '外媒称xAI正以约3500亿美元估值寻求新一轮融资。')).toEqual(['350 rumour']);
    expect(modalities('xAI', 'xAI于11月18日宣布完成180亿美元股权融资，投后估值为3100亿美元。')).toEqual(['18 fact', '310 fact']);
  });

  it('should read a priced lease as a deal, and one walked away from, ended early (打ち切った) or dissolved (解消) as cancelled', () => {
    expect(modalities('Meta', 'Meta walks away from its $3.2bn capacity lease with Norrvik Compute.')).toEqual(['3.2 cancelled']);
    expect(modalities('Microsoft', 'Microsoft walked away from the $1 billion Ohio project.')).toEqual(['1 cancelled']);
    expect(modalities('メタ', 'メタは10月中旬、ノルビク・コンピュートと結んでいた32億ドル規模の計算能力の賃借契約を打ち切った。')).toEqual(['3.2 cancelled']);
    // A figure a comparison is measured against stays a baseline: "up from the $4 billion" is last year's fact.
    expect(modalities('Oracle', 'Oracle plans revenue of $5 billion next year, up from the $4 billion of this year.')).toEqual(['5 plan', '4 fact']);
  });
});
