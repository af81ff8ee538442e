/**
 * The money of AI chips sold to China: a charge told by its sum ("the $4.5 billion charge Nvidia took", "charges of up to
 * $420 million", "$365 mln of charges"), the part of a licensed chip's sales paid to the government that licenses it, China's
 * part of a company's sales, earnings told in cents, and a fab's output in wafers a month.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, paragraphClaims } from '../helpers/inventedArticle.ts';
import type { Candidate } from '../../src/analyse/extractClaims.ts';

/** Each figure as "subject | metric | amount unit". */
const lines = (claims: Candidate[]) => claims.map((c) => `${c.subject} | ${c.metric} | ${c.value!.amount} ${c.value!.unit}`);
const read = (company: string, paragraph: string) => lines(paragraphClaims(company, paragraph));

describe('the money of AI chips sold to China', () => {
  it('should read a charge told by its sum as a write-down, but not a charge a result is told without', () => {
    expect(read('NVIDIA', 'The $4.5 billion charge Nvidia took in 2025 was for H20 inventory.')).toEqual(['NVIDIA | write-down | 4500000000 USD']);
    expect(read('Tessarine', 'Tessarine recorded $365 mln of charges in the quarter.')).toEqual(['Tessarine | write-down | 365000000 USD']);
    expect(read('Alphabet', 'Operating income was $36.9 billion; excluding a $2.4 billion charge for a European Commission fine, it would have been $39.3 billion.').map((l) => l.split(' | ')[1])).not.toContain('write-down');
  });

  it('should read the part of a licensed chip’s sales paid to the government as a revenue share, not as China’s part of the sales', () => {
    expect(read('AMD', 'AMD will hand over 15% of the revenue to the US government under its MI328 licences.')).toEqual(['AMD | revenue share | 15 %']);
    expect(read('Tessarine', "Tessarine's export licences came with a 20% revenue share.")).toEqual(['Tessarine | revenue share | 20 %']);
    expect(read('Lam Research', "Lam Research's China revenue share of 38% in the September quarter compares with 43% a year earlier.").map((l) => l.split(' | ')[1])).not.toContain('revenue share');
  });

  it("should read China's part of a company's sales, in English and Japanese", () => {
    expect(read('NVIDIA', "Nvidia's China revenue was $3.5 billion, or 3.4% of total revenue.")).toEqual(['NVIDIA | revenue | 3500000000 USD', 'NVIDIA | share of group revenue | 3.4 %']);
    expect(lines(cjkArticleClaims('エヌビディアの中国売上高', '2026年11月20日', ['エヌビディアの中国売上高比率は3.4％に低下した。']))).toEqual(['NVIDIA | share of group revenue | 3.4 %']);
  });

  it('should read earnings a share told in cents as dollars, and cents of profit on every dollar as no sum', () => {
    expect(read('Tessarine', 'Tessarine earned 52 cents a share in the quarter.')).toEqual(['Tessarine | earnings per share | 0.52 USD']);
    expect(read('AWS', 'AWS grew sales 33% and kept about 64 cents of operating profit for every dollar of revenue.').map((l) => l.split(' | ')[2])).not.toContain('0.64 USD');
  });

  it("should read a fab's output in wafers a month, in English and Chinese", () => {
    expect(read('SMIC', 'SMIC runs about 45,000 wafers a month of 7nm capacity.')).toEqual(['SMIC | wafer capacity | 45000 wafers/month']);
    expect(lines(cjkArticleClaims('中芯国际产能', '2026年11月20日', ['中芯国际7纳米月产能约4.5万片。']))).toEqual(['SMIC | wafer capacity | 45000 wafers/month']);
  });
});
