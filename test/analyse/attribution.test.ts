import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { findEntities } from '../../src/analyse/entities.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';

// Sentences written for these tests (not copied from the evaluation set), of the ways the eighth
// and ninth dev batches' outlets file a figure under the wrong subject or period: tickers for
// names, a chip named only by its generation, a period given only by the figure a sentence repeats.

/** The claims of a long-form article of `paragraphs` under a headline, as subject, metric, period, modality and value. */
function claimsOf(headline: string, paragraphs: string[], dateline = 'Example Wire | May 8, 2026'): string[] {
  const prose = 'Executives gave the figures to reporters at a briefing this week, and customers asked many questions about them.';
  const text = [headline, '', dateline, '', prose, '', ...paragraphs.flatMap((p) => [p, '']), 'Source: Example Wire'].join('\n');
  return extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe('whose figure: tickers', () => {
  it('should read a stock ticker as its company, with an exchange or a market suffix too', () => {
    const names = (text: string) => findEntities(text).map((e) => e.name);
    expect(names('NASDAQ: NVDA closed higher; ORCL and MSFT slipped.')).toEqual(['NVIDIA', 'Oracle', 'Microsoft']);
    expect(names('Holders of $GOOG and GOOGL shares, and of AMZN.US')).toEqual(['Google', 'Google', 'Amazon']);
    expect(names('甲骨文（ORCL.US）与微软（MSFT.O）')).toEqual(['Oracle', 'Oracle', 'Microsoft', 'Microsoft']);
    // A word that only contains the letters is no ticker.
    expect(names('The GOOGLE-style campus and the AMZNX fund')).toEqual(['Google']);
  });

  it('should give the figures after a ticker line to that company, not to the company the newsletter is about', () => {
    const claims = claimsOf('Amazon’s cloud keeps its lead', [
      'AWS grew 28% in the March quarter.',
      'MSFT: capital spending of $37.5 billion in the quarter to March.',
      'ORCL: its remaining performance obligations reached $523 billion at the end of November.',
    ]);
    expect(claims).toContain('Microsoft capex 2026-Q1 fact 37500000000USD');
    expect(claims.some((c) => c.startsWith('Oracle backlog') && c.endsWith('523000000000USD'))).toBe(true);
    expect(claims.filter((c) => c.startsWith('AWS') || c.startsWith('Amazon'))).toEqual(['AWS revenue growth 2026-Q1 fact 28%']);
  });
});

describe('whose figure: a chip named by its generation', () => {
  const chipClaims = (headline: string, paragraphs: string[]) => claimsOf(headline, paragraphs).filter((c) => /performance|energy/.test(c));

  it('should read an ordinal generation as the chip of that generation of the family the article names', () => {
    expect(
      chipClaims('Inside AWS’s Trainium roadmap', [
        'Trainium2 is in volume production.',
        'Engineers we spoke to were most excited by the 3rd-gen silicon. The company says it offers 4.4 times the compute of its predecessor.',
      ]),
    ).toEqual(['Trainium3 performance - fact 4.4x']);
    expect(chipClaims('AWS、Trainium2を増強', ['AWSは第3世代のチップについて説明した。第3世代の性能はTrainium2比で4.4倍になる。'])).toEqual(['Trainium3 performance - fact 4.4x']);
  });

  it('should read “the newest” or “new” chip as the latest generation the article names, never as the baseline named beside it', () => {
    expect(chipClaims('AWS ships Trainium3 UltraServers', ['“The latest Trainium delivers four times the performance of Trainium2,” the customer said.'])).toEqual(['Trainium3 performance - fact 4x']);
    expect(chipClaims('第3世代「Trainium」が登場', ['新チップの性能はTrainium2と比べて4倍に高まった。'])).toEqual(['Trainium3 performance - fact 4x']);
    // The generation before, named with the baseline after it in Japanese, keeps its own figure.
    expect(chipClaims('第3世代「Trainium」が登場', ['Trainium2は初代Trainiumの4倍の性能だった。'])).toEqual(['Trainium2 performance - fact 4x']);
  });

  it('should leave a generation alone when the chip is another company’s or the article names no one family', () => {
    // Nvidia's second-generation part is no Trainium, even in an article that names Trainium3.
    expect(chipClaims('Trainium3 meets its rival', ['Nvidia’s second-generation part delivers 4 times the performance of Hopper.'])).not.toContain('Trainium2 performance - fact 4x');
    // With two families named, "the third-generation chip" could be either.
    expect(chipClaims('Trainium2 and Inferentia2 compared', ['The third-generation chip delivers 4.4 times the compute of its predecessor.'])).not.toContain('Trainium3 performance - fact 4.4x');
  });
});

describe('which period: from the figure repeated, the section heading, the dateline', () => {
  it('should give a figure a demonstrative points back to the period of the figure it repeats, not the year its sentence names', () => {
    const claims = claimsOf('Cloud orders pile up', [
      'Google Cloud’s backlog was $155 billion at the end of the fourth quarter of 2025, its filing showed. This $155 billion is the largest order book any rival has disclosed this year.',
    ]);
    expect(claims.filter((c) => c.includes('155000000000'))).toEqual(['Google Cloud backlog 2025-Q4 fact 155000000000USD', 'Google Cloud backlog 2025-Q4 fact 155000000000USD']);
    // Without the demonstrative, a figure of its own keeps the period its sentence gives.
    const own = claimsOf('Cloud orders pile up', ['Google Cloud’s backlog was $155 billion at the end of the fourth quarter of 2025, its filing showed. A backlog of $155 billion is the largest order book any rival has disclosed this year.']);
    expect(own).toContain('Google Cloud backlog 2026 fact 155000000000USD');
  });

  it('should give each figure of a sentence that only compares with the one before the year of its own clause', () => {
    const claims = claimsOf('Meta keeps its spending plan', ['Meta plans capital expenditures of about $120 billion this year.', 'That compares with $72 billion in 2025 and $39 billion in 2024.']);
    expect(claims).toEqual(expect.arrayContaining(['Meta capex 2025 fact 72000000000USD', 'Meta capex 2024 fact 39000000000USD']));
    // Look-alike: a figure whose clause names no year takes the sentence's.
    expect(claimsOf('Meta keeps its spending plan', ['Meta plans capital expenditures of about $120 billion this year.', 'In 2025 that compares with $72 billion.'])).toContain('Meta capex 2025 fact 72000000000USD');
  });

  it('should read 上季 in a headline as the quarter the article reports on, and in its body as the one before', () => {
    const paragraphs = ['谷歌2026年第一季度云业务收入同比增长30%，高于上一季度的26%。'];
    const claims = claimsOf('谷歌云上季度增速达30%', paragraphs, '新华财经 · 2026年5月6日');
    expect(claims).toContain('Google Cloud revenue growth 2026-Q1 fact 30%');
    expect(claims).not.toContain('Google Cloud revenue growth 2025-Q4 fact 30%');
    // Look-alikes: the body's 上一季度 after 高于 is the quarter before; a headline that compares with 上季 does too.
    expect(claims).toContain('Google Cloud revenue growth 2025-Q4 fact 26%');
    expect(claimsOf('谷歌云增速高于上季度的26%', paragraphs, '新华财经 · 2026年5月6日')).not.toContain('Google Cloud revenue growth 2026-Q1 fact 26%');
  });

  it('should read “the quarter before” under a heading that names a quarter as the one before that quarter', () => {
    const text = ['微软云业务持续增长', '', '新华财经 · 2026年5月6日', '', '微软的云业务仍是市场焦点，投资者关注其2026年第一季度的资本开支，2026年第一季度的订单情况同样受到关注。', '', '## 2025年第四季度', '', '微软商业剩余履约义务达到6250亿美元，较上一季度末的3920亿美元大幅增长。', '', '来源：新华财经'].join('\n');
    const claims = extractClaims(inventedArticle(text)).map((c) => `${c.metric} ${c.period ?? '-'} ${c.value?.amount}`);
    expect(claims).toContain('backlog 2025-Q3 392000000000');
    expect(claims).not.toContain('backlog 2026-Q1 392000000000');
  });

  it('should date an article by the latest date its opening lines give, not by a period end in its first heading', () => {
    const text = ['甲骨文订单簿再创新高', '科技媒体 · 2026年5月6日', '', '甲骨文的订单簿仍是云计算行业最受关注的数字之一，投资者每个季度都会仔细比较。', '', '## 第一财季（截至2025年8月31日）', '', '亚马逊云科技截至3月底的积压订单为2440亿美元，甲骨文的订单簿增长更快。', '', '来源：科技媒体'].join('\n');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'}`)).toContain('AWS backlog 2026-Q1');
  });
});

describe('a company’s figure and a denied rumour of the same figure', () => {
  const modalities = (sentence: string) => claimsOf('Oracle’s order book', [sentence]).filter((c) => c.includes('backlog')).map((c) => c.split(' ').at(-2));

  it('should read a figure from a chart or posts passed around, or one the company denies or will not confirm, as a rumour', () => {
    expect(modalities('A screenshot posted on Reddit put Oracle’s backlog at $600 billion; Oracle did not confirm it.')).toEqual(['rumour']);
    expect(modalities('Oracle denied reports of a backlog above $600 billion.')).toEqual(['rumour']);
    expect(modalities('Online posts claiming an order backlog of $600 billion spread quickly.')).toEqual(['rumour']);
    expect(modalities('Oracle’s backlog was $600 billion at the end of February; Oracle declined to confirm the figure.')).toEqual(['rumour']);
  });

  it('should keep a figure the company states or confirms a fact', () => {
    expect(modalities('Oracle’s backlog was $523 billion at the end of November, the company confirmed.')).toEqual(['fact']);
    expect(modalities('Oracle’s backlog was $523 billion at the end of November; the company shared the chart with analysts.')).toEqual(['fact']);
  });
});

describe('which period: the full year', () => {
  it('should read “for the full year” and 全年 without a year as the year the article stands in, never as a yearly rate', () => {
    expect(claimsOf('Alphabet holds its course', ['Alphabet expects capital expenditures of about $180 billion for the full year, it said on Thursday.'])).toContain('Google capex 2026 plan 180000000000USD');
    const text = ['谷歌维持资本开支计划', '', '科技日报 · 2026年5月6日', '', '谷歌公司维持全年约1800亿美元的资本开支计划，投资者对此反应平淡，股价小幅波动。', '', '来源：科技日报'].join('\n');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality}`)).toContain('Google capex 2026 plan');
  });

  it('should leave a rate a rate, and a full year it cannot date undated', () => {
    // "A year" and "annualized" are rates, not the year under way.
    expect(claimsOf('OpenAI’s revenue', ['OpenAI’s revenue run rate reached $13 billion a year, the company said.'])).toContain('OpenAI revenue run rate annual fact 13000000000USD');
    const text = ['谷歌维持资本开支计划', '', '5月6日消息，谷歌公司维持全年约1800亿美元的资本开支计划，投资者对此反应平淡，股价小幅波动。', '', '来源：科技日报'].join('\n');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality}`)).toContain('Google capex - plan');
  });
});

describe('whose figure: the unit and the chip named again', () => {
  it('should give "the unit" after a company’s figures to its cloud unit, in the next paragraph too', () => {
    const claims = claimsOf('Microsoft’s quarter', ['MSFT put its capital spending at $37.5 billion for the quarter to March.', 'Revenue at the unit rose 39% from a year earlier.']);
    expect(claims.filter((c) => c.includes('revenue growth')).map((c) => c.replace(/ \S+ fact/, ''))).toEqual(['Azure revenue growth 39%']);
    // Without "the unit", the company's own growth stays the company's.
    const own = claimsOf('Microsoft’s quarter', ['MSFT put its capital spending at $37.5 billion for the quarter to March.', 'Microsoft revenue rose 18% from a year earlier.']);
    expect(own.filter((c) => c.includes('revenue growth')).map((c) => c.replace(/ \S+ fact/, ''))).toEqual(['Microsoft revenue growth 18%']);
  });

  it('should keep a chip named with its ordinal and its own name once: 第三代Trainium3', () => {
    const text = ['亚马逊发布新一代芯片', '', '科技日报 · 2026年5月6日', '', '第三代Trainium3采用3纳米工艺，性能是Trainium2的4.4倍，亚马逊表示将很快向客户供货。', '', '来源：科技日报'].join('\n');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.subject} ${c.metric} ${c.value?.amount}${c.value?.unit}`)).toContain('Trainium3 performance 4.4x');
  });
});
