/**
 * The terms of a bond or a loan, each its own measure beside the sum borrowed: the coupon it pays, the orders its book drew,
 * how many times over they covered it, and the spread it or its issuer's credit trades at (in basis points); a table of
 * bonds by issuer, its "Size" the sum borrowed and its status the deal's; in English, Chinese and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { asProse, cjkArticleClaims, claimRows as lines, inventedArticle, longFormText, paragraphClaims } from '../helpers/inventedArticle.ts';

const read = (company: string, paragraph: string) => lines(paragraphClaims(company, paragraph));

describe('the terms of a bond', () => {
  it('should read the sum priced, each tranche, each coupon and the orders as measures of their own', () => {
    expect(read('Anthropic', 'Anthropic priced $6.5 billion of notes in two parts: $3 billion of five-year notes at 7.125% and $3.5 billion of eight-year notes at 7.5%. Orders peaked around $41 billion.')).toEqual([
      'Anthropic | bond sale | fact | 6500000000 USD',
      'Anthropic | bond sale | fact | 3000000000 USD',
      'Anthropic | coupon | fact | 7.125 %',
      'Anthropic | bond sale | fact | 3500000000 USD',
      'Anthropic | coupon | fact | 7.5 %',
      'Anthropic | bond orders | fact | 41000000000 USD',
    ]);
  });

  it('should read the coupon a piece pays, its spread over Treasuries in basis points, and how many times its book covered it', () => {
    expect(read('Alphabet', 'The 10-year notes pay 4.95 per cent, 58 basis points over Treasuries, and the 40-year piece carries a 5.85 per cent coupon.')).toEqual([
      'Google | coupon | fact | 4.95 %',
      'Google | credit spread | fact | 58 bp',
      'Google | coupon | fact | 5.85 %',
    ]);
    expect(read('Alphabet', "Alphabet's $27.5 billion bond sale was 4.1 times covered.")).toEqual(['Google | bond sale | fact | 27500000000 USD', 'Google | cover ratio | fact | 4.1 x']);
  });

  it("should read where a company's credit-default swaps trade, in basis points, in English, Chinese and Japanese", () => {
    expect(read('Oracle', "Oracle's five-year CDS closed at 142 basis points on Wednesday.")).toEqual(['Oracle | credit spread | fact | 142 bp']);
    expect(lines(cjkArticleClaims('软银信用利差扩大', '2026年12月3日', ['软银集团五年期信用违约掉期利差扩大至385个基点。']))).toEqual(['SoftBank | credit spread | fact | 385 bp']);
    expect(lines(cjkArticleClaims('ソフトバンクのCDS拡大', '2026年12月3日', ['ソフトバンクグループの5年物CDSのスプレッドは385ベーシスポイントに拡大した。']))).toEqual(['SoftBank | credit spread | fact | 385 bp']);
  });

  it('should read the sum an issue set out to raise as its plan, and the sum it priced as a fact', () => {
    expect(read('Anthropic', 'Anthropic came to market on Monday with a $5 billion target and priced $6.5 billion on Wednesday.')).toEqual([
      'Anthropic | bond sale | plan | 5000000000 USD',
      'Anthropic | bond sale | fact | 6500000000 USD',
    ]);
    expect(lines(cjkArticleClaims('阿里巴巴发行点心债', '2026年11月26日', ['阿里巴巴11月25日定价120亿元离岸人民币债券，最初计划发行100亿元，认购金额约560亿元。']))).toEqual([
      'Alibaba | bond sale | fact | 12000000000 CNY',
      'Alibaba | bond sale | plan | 10000000000 CNY',
      'Alibaba | bond orders | fact | 56000000000 CNY',
    ]);
  });

  it('should read a coupon and the orders in Chinese and Japanese', () => {
    expect(lines(cjkArticleClaims('Alphabet发行40年期债券', '2026年11月12日', ['Alphabet的40年期债券发行50亿美元，票面利率为5.85%。']))).toEqual([
      'Google | bond sale | fact | 5000000000 USD',
      'Google | coupon | fact | 5.85 %',
    ]);
    expect(lines(cjkArticleClaims('アルファベット社債', '2026年11月12日', ['アルファベットの社債の注文額は最大で約1120億ドルに達した。']))).toEqual(['Google | bond orders | fact | 112000000000 USD']);
  });

  it("should read a table of bonds by issuer: its size the sum borrowed, its coupon, and a pulled deal's size as called off", () => {
    const text = longFormText('The year-end pipeline', [
      'Borrowers building AI data centres sold more bonds this autumn than in any season before, and investors began to say no to the weaker deals.',
      '| Issuer | Size | Coupon | Status |\n|---|---|---|---|\n| Anthropic 8-year | $3.5bn | 7.50% | Priced |\n| Talon Peak secured notes | $2.4bn | — | Pulled |',
    ], '4 December 2026');
    const claims = extractClaims(inventedArticle(text, 'debt-table.txt'));
    const of = (amount: number) => claims.filter((c) => c.value?.amount === amount).map((c) => `${c.metric} | ${c.modality}`);
    expect(of(3.5e9)).toEqual(['bond sale | fact']);
    expect(of(7.5)).toEqual(['coupon | fact']);
    expect(of(2.4e9)).toEqual(['bond sale | cancelled']);
  });

  it("should make one company's one sum borrowed one claim, told as its debt, its bonds or its loans, but keep two sums apart", () => {
    const story = (outlet: string, sentence: string) => ['xAI borrows', '', `${outlet}, 3 December 2026`, '', asProse(sentence), '', `Source: ${outlet}`].join('\n');
    const claimsOf = (a: string, b: string) =>
      analyse([inventedArticle(story('Alpha Wire', a), 'alpha.txt'), inventedArticle(story('Beta Daily', b), 'beta.txt')]).claims.filter((c) => c.subject === 'xAI').map((c) => `${c.value!.amount} ${c.mentions.length}`);
    expect(claimsOf('xAI sold $14 billion of secured debt on Tuesday.', "xAI's $14 billion bond sale priced on Tuesday.")).toEqual(['14000000000 2']);
    // Negative control: two sums borrowed stay two claims.
    expect(claimsOf('xAI sold $14 billion of secured debt on Tuesday.', "xAI's $8 billion bond sale priced on Tuesday.").sort()).toEqual(['14000000000 1', '8000000000 1']);
  });

  it("should keep each tranche's size and coupon apart from the whole issue's by its term, and set two outlets' coupons of one tranche against each other", () => {
    const keys = (paragraph: string) => paragraphClaims('Anthropic', paragraph).map((c) => `${c.key} ${c.value!.amount}`);
    expect(keys('Anthropic priced $6.5 billion of notes in two parts: $3 billion of five-year notes at 7.125% and $3.5 billion of eight-year notes at 7.5%.')).toEqual([
      'figure|anthropic|bond sale| 6500000000',
      'figure|anthropic|bond sale:5-year| 3000000000',
      'figure|anthropic|coupon:5-year| 7.125',
      'figure|anthropic|bond sale:8-year| 3500000000',
      'figure|anthropic|coupon:8-year| 7.5',
    ]);
    expect(lines(cjkArticleClaims('阿里巴巴發債', '2026年11月26日', ['阿里巴巴周三為120億元人民幣票據定價，分兩批發行：5年期50億元，票面息率2.45%；10年期70億元，票面息率2.95%。'])).length).toBe(5);
    expect(cjkArticleClaims('アンソロピックの社債', '2026年12月3日', ['アンソロピックの社債は、5年債が30億ドルで利率7.125％、8年債が35億ドルで利率7.25％。']).map((c) => c.key.split('|')[2])).toEqual([
      'bond sale:5-year', 'coupon:5-year', 'bond sale:8-year', 'coupon:8-year',
    ]);
    const story = (outlet: string, sentence: string) => ['Anthropic’s first bond', '', `${outlet}, 3 December 2026`, '', asProse(sentence), '', `Source: ${outlet}`].join('\n');
    const { conflicts } = analyse([
      inventedArticle(story('Alpha Wire', 'Anthropic priced $3 billion of five-year notes at 7.125% and $3.5 billion of eight-year notes at 7.5%.'), 'alpha.txt'),
      inventedArticle(story('Beta Daily', 'Anthropic priced $3 billion of five-year notes at 7.125% and $3.5 billion of eight-year notes at 7.25%.'), 'beta.txt'),
    ]);
    expect(conflicts.map((c) => c.reason)).toEqual([expect.stringContaining('7.25%')]);
  });
});
