/**
 * Rounds, pledges and utilities' figures told the ways Europe's and America's trade press tell them: the investor who
 * leads a round is not whose valuation it is; the sum told right before "at a valuation of" is the round; a participle's
 * aside of hearsay ("reported last week to be close to raising …") speaks for its own figures only; a row a column of words
 * names as a commitment holds sums promised; a table's 事项 column names its rows' measures and how they are meant;
 * "operating earnings of $1.96 per share" and "guidance of $9.40–9.80 a share" are earnings per share; 135万kW is 1.35 GW;
 * and the utilities, reactor makers and European clouds that news of AI power names are companies.
 */
import { describe, expect, it } from 'vitest';
import { articleClaimLines as claims, cjkArticleClaims, cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';

const read = (company: string, sentence: string) => sentenceClaimLines(company, sentence, '8 December 2026');

describe('a round, its lead investor and its valuation', () => {
  it('should not give a round\'s valuation to the investor who led it', () => {
    expect(read('Mistral', 'Mistral AI closed a €3.5bn Series D led by ASML at a €35bn post-money valuation and put a first number on its recurring revenue.')).toEqual([
      'Mistral investment null fact 3500000000',
      'Mistral valuation null fact 35000000000',
    ]);
    const zh = cjkArticleClaims('Mistral融资', '2026年12月10日', ['法国大模型公司Mistral AI于12月8日宣布完成35亿欧元D轮融资，由光刻机巨头阿斯麦（ASML）领投，投后估值350亿欧元。']);
    expect(zh.map((c) => `${c.subject} ${c.metric} ${c.value?.amount}`)).toEqual(['Mistral investment 3500000000', 'Mistral valuation 35000000000']);
  });

  it('should read the sum told right before "at a valuation of" as the round', () => {
    expect(read('OpenAI', 'The round was the largest private financing on record: $40 billion at a post-money valuation of $300 billion.')).toEqual([
      'OpenAI investment null fact 40000000000',
      'OpenAI valuation null fact 300000000000',
    ]);
  });

  it('should read a round an aside reports as hearsay, and the main clause\'s figure as it is told', () => {
    expect(read('Mistral', 'Mistral AI, reported last week to be close to raising about €3.5bn in a round led by ASML at a valuation of about €35bn, signed a ten-year agreement on 24 November to take 250 MW of the first phase.')).toEqual([
      'Mistral investment null rumour 3500000000',
      'Mistral valuation null rumour 35000000000',
      'Mistral power capacity null fact 0.25',
    ]);
  });
});

describe('tables of commitments and of matters', () => {
  it('should read sums in a row a column of words names as a commitment as promised', () => {
    const table = '| Company | UK commitment | Investment | Capacity |\n|---|---|---|---|\n| Microsoft | UK investment, 2025–2028 | $30bn | n/a |\n| Nscale | Teesside campus | £12bn | 1.1 GW |';
    const lines = claims('Google', ['Britain keeps collecting promises of AI capacity, the government said on Friday.', table], '5 December 2026');
    expect(lines.map((l) => l.split(' ').slice(-2).join(' '))).toEqual(['plan 30000000000', 'plan 12000000000', 'plan 1.1']);
    // Negative control: a column of commitments that holds sums says nothing of the other columns' figures.
    const sums = '| Company | Commitment | Spent so far |\n|---|---|---|\n| Microsoft | $30bn | $9bn |';
    expect(claims('Google', ['Britain keeps collecting promises of AI capacity, the government said on Friday.', sums], '5 December 2026').map((l) => l.split(' ').slice(-2).join(' '))).toEqual(['plan 30000000000', 'fact 9000000000']);
  });

  it('should read the measure and its meaning from a 事项 column', () => {
    const table = '| 公司 | 事项 | 金额 |\n|---|---|---|\n| Mistral AI | 投后估值 | 350亿欧元 |\n| Nebius | 2026年资本开支指引 | 约210亿美元 |\n| Nscale | 少数股权收购要约（已拒绝） | 42亿英镑 |';
    const read = cjkArticleClaims('欧洲AI', '2026年12月10日', ['欧洲AI公司本周动作频频。', table]);
    expect(read.map((c) => `${c.subject} ${c.metric} ${c.modality} ${c.value?.amount}`)).toEqual([
      'Mistral valuation fact 35000000000',
      'Nebius capex plan 21000000000',
      'Nscale acquisition offer 4200000000',
    ]);
  });
});

describe('utilities\' earnings and power in Japanese tables', () => {
  it('should read earnings told with the sum a share after it, and guidance so told, as earnings per share', () => {
    expect(sentenceClaimLines('AEP', 'AEP reported third-quarter operating earnings of $1.96 per share, compared with $1.80 per share in the third quarter of 2025.', '28 October 2026')).toEqual([
      'AEP earnings per share 2026-Q3 fact 1.96',
      'AEP earnings per share 2025-Q3 fact 1.8',
    ]);
    expect(sentenceClaimLines('Constellation', 'Constellation held 2026 guidance of $9.40–9.80 a share.', '28 October 2026')).toEqual(['Constellation Energy earnings per share 2026 plan 9.4']);
  });

  it('should mean a figure in a bracket of what a site holds as the words after the bracket say', () => {
    const claims = cjkArticleClaims('インドのAI', '2026年11月25日', ['一方、米マイクロソフトは11月19日、西部プネーで建設中だった2つ目のデータセンター拠点（25万キロワット、投資額950億ルピー）の工事を一時停止した。']);
    expect(claims.map((c) => `${c.metric} ${c.modality} ${c.value?.amount}`)).toEqual(['power capacity cancelled 0.25', 'investment cancelled 95000000000']);
    // Negative control: a bracket that closes before the sentence's verb of a plan keeps its figure an actual.
    const actual = cjkArticleClaims('亚马逊资本开支', '2026年8月1日', ['亚马逊第二季度资本开支为314亿美元（上年同期为176亿美元）。公司计划全年投入1000亿美元。']);
    expect(actual.map((c) => `${c.modality} ${c.value?.amount}`)).toEqual(['fact 31400000000', 'fact 17600000000', 'plan 100000000000']);
  });

  it('should read 万kW as a Japanese table writes power', () => {
    expect(cjkArticleLines('米国原発', '2026年11月20日', ['メタはコマンチピーク原発から135万kWを調達する。'])).toEqual(['Meta power capacity plan 1.35']);
  });

  it('should know the utilities, reactor makers and Europe\'s clouds as companies', () => {
    expect(read('Google', 'Deutsche Telekom, which leads the Munich project, said it runs 10,000 GPUs there.')).toEqual(['Deutsche Telekom chips deployed null fact 10000']);
    expect(read('Google', 'Bloom Energy won an order for 1.2 GW of solid-oxide fuel cells for Crusoe\'s campus.').map((l) => l.split(' ')[0])).toEqual(['Bloom']);
    // Negative control: Bloomberg is no fuel-cell maker.
    expect(read('Google', 'Bloomberg reported that Google will spend $5 billion on the campus.').map((l) => l.split(' ')[0])).toEqual(['Google']);
  });
});
