/**
 * More words that say a figure is still to come or only heard: a sum a board approves as a budget, appropriations or an
 * injection (設備投資予算を承認); what a company sees its figure doing, and a growth rate it reaffirms; a site designed for a
 * capacity, a phase on schedule for a date, a campus "when all 1.6GW of it is built"; a price press reports put, and a figure
 * "the same people" put; what an approach values a company at, and a loan proposed (提出提供); each figure of a Japanese list
 * its sentence closes by calling a target (…34億ドル、…50億ドルとする目標). Each beside a look-alike that stays a fact.
 */
import { describe, expect, it } from 'vitest';
import { cjkArticleClaims, claimRows as lines, paragraphClaims } from '../helpers/inventedArticle.ts';

const read = (company: string, paragraph: string) => lines(paragraphClaims(company, paragraph));
/** The modality of each figure `paragraph` states, in the order it states them. */
const modalities = (company: string, paragraph: string) => paragraphClaims(company, paragraph).map((c) => `${c.value!.amount} ${c.modality}`);

describe('words that make a figure a plan or hearsay', () => {
  it('should read a sum a board approves as a budget, appropriations or an injection as a plan, and a deal regulators approve as a fact', () => {
    expect(modalities('TSMC', "On November 11 TSMC's board approved about US$18.9 billion of capital appropriations and a cash injection of no more than US$7.5 billion into TSMC Arizona.")).toEqual([
      '18900000000 plan',
      '7500000000 plan',
    ]);
    expect(cjkArticleClaims('YTLの新拠点', '2026年11月20日', ['YTLパワーの取締役会は19日、第2期向けに85億リンギの設備投資予算を承認した。']).map((c) => c.modality)).toEqual(['plan']);
    expect(modalities('Synopsys', 'Regulators approved the $9.4 billion acquisition of Kestrel Logic in March.')).toEqual(['9400000000 fact']);
  });

  it('should read where a company sees its figure going, and the growth rate it reaffirms, as its plan, and an analyst who sees one as forecasting', () => {
    expect(read('Hon Hai', 'Hon Hai now sees AI server revenue growing more than 150% in 2026, up from more than 100%.')[0]).toMatch(/\| plan \| 150 %$/);
    expect(modalities('AEP', 'On the strength of those results we reaffirm our long-term operating earnings growth rate of 7% to 9%.')).toEqual(['7 plan']);
    expect(modalities('Microsoft', 'Morgan Stanley sees Azure revenue growing 38% next quarter.')).toEqual(['38 forecast']);
  });

  it('should read what a site is designed for, a phase on schedule for a date and a campus once all of it is built as plans, and the sum that financed it as done', () => {
    expect(modalities('Meta', 'Phase one, designed for 2GW, was financed in October 2025 through a US$27bn joint venture with Blue Owl Capital.')).toEqual(['2 plan', '27000000000 fact']);
    expect(modalities('Ironvale', 'The 200 MW first phase remains on schedule for mid-2027, the company said.')).toEqual(['0.2 plan']);
    expect(modalities('Amazon', 'That is $800mn for a campus that, when all 1.6GW of it is built, Amazon reckons will cost roughly $31bn.').find((m) => m.startsWith('1.6 '))).toBe('1.6 plan');
    expect(modalities('Ironvale', 'The 200 MW first phase went into service in June, the company said.')).toEqual(['0.2 fact']);
  });

  it('should read a price press reports put, and a figure "the same people" put, as hearsay, but a store\'s same-store sales as told', () => {
    expect(modalities('Meta', "Vistra's Comanche Peak agreement with Meta covers 1,350 MW; press reports put the price at about $85/MWh, which we think is credible.")).toEqual(['1.35 fact', '85 rumour']);
    expect(modalities('SMIC', "People in Huawei's supply chain say the 2027 target is about 1.6 million chips. The constraint is SMIC's 7nm-class capacity, which the same people put at about 45,000 wafers a month today.").at(-1)).toBe('45000 rumour');
    expect(modalities('Walmart', 'The same store sales rose 5% to $3 billion.')).toEqual(['5 fact', '3000000000 fact']);
  });

  it('should read what an approach values a company at, and a loan proposed to be provided (提出提供), as offered, and a valuation a round was priced at as done', () => {
    expect(modalities('Arm', "Arm's approach for Oxwell Semiconductor valued the Cambridge designer at about £1.6 billion; Oxwell's board rejected it on 10 November.")).toEqual(['1600000000 offer']);
    expect(cjkArticleClaims('亚马逊融资', '2026年12月3日', ['KKR与Ares曾提出提供195亿美元单一贷款的融资方案，但未被亚马逊采纳。']).map((c) => `${c.value!.amount} ${c.modality}`)).toEqual(['19500000000 offer']);
    expect(modalities('Anthropic', 'Anthropic raised $13 billion at a valuation of $183 billion in September.')).toEqual(['13000000000 fact', '183000000000 fact']);
  });

  it('should read each figure of a Japanese list its sentence closes by calling a target or a plan as that, but not a year gone in brackets nor a result beside the consensus it beat', () => {
    const ja = (line: string) => cjkArticleClaims('さくらネットの決算', '2026年11月14日', [line]).map((c) => `${c.value!.amount} ${c.modality}`);
    expect(ja('さくらインターネットは、通期の売上高530億円（前期は395億円）、営業利益60億円とする従来計画を据え置いた。')).toEqual(['53000000000 plan', '39500000000 fact', '6000000000 plan']);
    expect(ja('アイレンは2026年末に年換算売上高34億ドル、2027年末に50億ドルとする目標を掲げる。')).toEqual(['3400000000 plan', '5000000000 plan']);
    expect(ja('アマゾンの7～9月期の売上高は1800億ドル、市場予想の1780億ドルを上回った。')).toEqual(['180000000000 fact', '178000000000 forecast']);
  });
});
