import { describe, expect, it } from 'vitest';
import { cjkArticleLines, sentenceClaimLines } from '../helpers/inventedArticle.ts';
import { eventCount } from '../helpers/timelineMonth.ts';
import { findMetrics } from '../../src/analyse/entities.ts';
import { findValues } from '../../src/analyse/parseValue.ts';

describe('rides and fleets', () => {
  it('should read rides in a week, rides in a period and a fleet, with the level each is compared with', () => {
    // A year ago is not the year before a target's ("by the end of 2027").
    expect(sentenceClaimLines('Waymo', 'Waymo now gives more than 450,000 paid rides a week, up from about 250,000 a year ago, and aims to reach 1 million paid rides a week by the end of 2027.')).toEqual([
      'Waymo weekly rides null fact 450000',
      'Waymo weekly rides a year earlier fact 250000',
      'Waymo weekly rides by 2027 plan 1000000',
    ]);
    expect(sentenceClaimLines('Baidu', 'Apollo Go completed 4.6 million fully driverless rides in the quarter, against 3.1 million a year earlier.')).toEqual([
      'Apollo Go rides 2026-Q3 fact 4600000',
      'Apollo Go rides a year earlier fact 3100000',
    ]);
    expect(sentenceClaimLines('Pony.ai', 'We ended October with 2,600 robotaxis and are raising our year-end fleet target to 3,500 vehicles.')).toEqual([
      'Pony.ai fleet size 2026-Q4 fact 2600',
      'Pony.ai fleet size 2026-Q4 plan 3500',
    ]);
    // Negative control: a count compared with a chip's is still chips.
    expect(sentenceClaimLines('Amazon', 'Trainium2 ships 144 chips per system, against 64 in the older one.')).toEqual(['Trainium2 chips per server null fact 144', 'Trainium2 chips per server null fact 64']);
  });

  it('should read rides and vehicles in Chinese, keep a backlog of orders a backlog, and read Hong Kong dollars in Japanese', () => {
    expect(cjkArticleLines('小马智行上调车队目标', '2026年11月25日', ['小马智行截至10月底车队规模为2600辆，并将年底目标上调至3500辆。'])).toEqual(['Pony.ai fleet size fact 2600', 'Pony.ai fleet size plan 3500']);
    expect(cjkArticleLines('萝卜快跑订单量创新高', '2026年11月20日', ['萝卜快跑第三季度全无人驾驶订单量为460万单。'])).toEqual(['Apollo Go rides fact 4600000']);
    expect(findMetrics('积压订单').map((m) => m.metric.name)).toEqual(['backlog']);
    expect(findMetrics('未履约订单').map((m) => m.metric.name)).toEqual(['backlog']);
    // A listing's proceeds in Hong Kong dollars, as Japanese writes them.
    expect(findValues('67億1000万香港ドルを調達').map((v) => `${v.value.amount} ${v.value.unit}`)).toEqual(['6710000000 HKD']);
  });

  it('should know the robotaxi and robot makers, and an exchange is no market share', () => {
    expect(sentenceClaimLines('Figure AI', 'People familiar with the talks say Norway-born 1X Technologies is raising about $1 billion at a valuation near $12 billion.')).toEqual([
      '1X investment null rumour 1000000000',
      '1X valuation null rumour 12000000000',
    ]);
    expect(findMetrics('Unitree rings the bell on the STAR Market.')).toEqual([]);
    expect(findMetrics('Nvidia has 80% of the AI chip market.').map((m) => m.metric.name)).toEqual(['market share']);
  });
});

describe('spending called off', () => {
  it('should read a priced factory plan frozen in Japanese or Chinese as capital spending called off', () => {
    expect(cjkArticleLines('テスラ決算', '2026年12月5日', ['テスラは12月1日、総額50億ドルのメキシコ新工場計画を凍結したと明らかにした。'])).toEqual(['Tesla capex cancelled 5000000000']);
    expect(cjkArticleLines('特斯拉', '2026年12月5日', ['特斯拉冻结了总额50亿美元的墨西哥新工厂计划。'])).toEqual(['Tesla capex cancelled 5000000000']);
    // Negative control: a factory's output is no spending.
    expect(cjkArticleLines('テスラ', '2026年12月5日', ['テスラの上海工場の生産台数は約95万台だった。'])).toEqual([]);
  });

  it('should read an order lost as called off, and a loss as a loss', () => {
    expect(sentenceClaimLines('Dell', 'Supermicro lost a $1.2 billion rack order in October when Tessellate Cloud cancelled it.', '10 November 2026')).toEqual(['Super Micro orders null cancelled 1200000000']);
    expect(sentenceClaimLines('Dell', 'Supermicro lost $1.2 billion in the quarter.', '10 November 2026')).toEqual(['Super Micro operating loss 2026-Q3 fact 1200000000']);
  });
});

describe('robotaxi events in other words', () => {
  it('should make a round told as a raise one event, and a fleet goal raised no investment', async () => {
    expect(await eventCount(['Waymo announces $12 billion in fresh funding.', 'Waymo unveils its $12 billion raise.'])).toBe(1);
    expect(await eventCount(['Pony.ai beats forecasts and lifts its fleet target.', 'Pony.ai reports and raises its 2026 fleet goal.'])).toBe(1);
    // Look-alikes: a launch is another act; a goal raised is no money raised.
    expect(await eventCount(['Waymo unveils its $12 billion raise.', 'Waymo unveils its sixth-generation robotaxi.'])).toBe(2);
    expect(await eventCount(['Pony.ai raises its 2026 fleet goal.', 'Pony.ai raises $500 million.'])).toBe(2);
  });

  it('should make a listing told by its bell, its first trades or 登陆 one event, and a first report of the season results', async () => {
    expect(await eventCount(['Unitree rings the bell on the STAR Market.', '宇树科技在科创板挂牌上市。'])).toBe(1);
    expect(await eventCount(['Pony.ai and WeRide start trading in Hong Kong on the same day.', '小马智行、文远知行同日登陆港交所。'])).toBe(1);
    expect(await eventCount(['TCS kicks off the earnings season for Indian IT.', 'TCS reports Q2 FY27; revenue a touch above consensus.'])).toBe(1);
    // Look-alikes: a deal signed is no report; a share of a market is no listing.
    expect(await eventCount(['TCS kicks off the earnings season for Indian IT.', 'TCS signs a $2 billion deal with a UK insurer.'])).toBe(2);
    expect(await eventCount(['Unitree rings the bell on the STAR Market.', 'Unitree raises its market share to 30%.'])).toBe(2);
  });
});
