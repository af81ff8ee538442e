import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { findEntities, findMetrics } from '../../src/analyse/entities.ts';
import { readModality, offerStatusOf } from '../../src/analyse/modality.ts';
import { splitSentences } from '../../src/analyse/splitSentences.ts';
import { wordCount } from '../../src/parse/sourceLines.ts';

const B = 1e9;
/** The figures of a sentence as a reader states them: value and bound. */
const values = (sentence: string) => findValues(plainText(sentence)).map((f) => f.value);
const context: SentenceContext = { fallbackSubject: null, articleYear: 2026, articleMonth: 5, articleQuarter: '2026-Q1', bareYen: 'JPY' } as SentenceContext;
/** subject | metric | value unit | period | modality, for each figure of a sentence. */
const read = (sentence: string, ctx: Partial<SentenceContext> = {}) =>
  readFigures(plainText(sentence), { ...context, ...ctx }).map((f) => [f.subject, f.metric.name, `${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit}`, f.period, f.modality].map(String).join(' | '));

describe('Chinese and Japanese figures', () => {
  it('should read 万, 亿 and 万亿 with 美元, 元, 人民币, 港元 and 日元, and 億ドル and 兆円', () => {
    expect(values('积压订单达到2440亿美元。')).toEqual([{ amount: 244 * B, unit: 'USD' }]);
    expect(values('阿里巴巴将投入3800亿元。')).toEqual([{ amount: 380 * B, unit: 'CNY' }]);
    expect(values('投资1.5万亿元人民币。')).toEqual([{ amount: 1.5e12, unit: 'CNY' }]);
    expect(values('募资50亿港元。')).toEqual([{ amount: 5 * B, unit: 'HKD' }]);
    expect(values('投资2.26万亿日元。')).toEqual([{ amount: 2.26e12, unit: 'JPY' }]);
    expect(values('融资8000万美元。')).toEqual([{ amount: 8e7, unit: 'USD' }]);
    expect(values('受注残高は2440億ドルに達した。')).toEqual([{ amount: 244 * B, unit: 'USD' }]);
    expect(values('日本に2.26兆円を投資する。')).toEqual([{ amount: 2.26e12, unit: 'JPY' }]);
  });

  it('should read full-width digits and signs as ASCII, the quote kept as written', () => {
    expect(values('营收同比增长２１％，')).toEqual([{ amount: 21, unit: '%' }]);
    expect(values('积压订单为２４４０亿美元')).toEqual([{ amount: 244 * B, unit: 'USD' }]);
    expect(plainText('２１％，（ＡＷＳ）')).toBe('21%,（AWS）');
  });

  it('should read percentages and changes: 同比增长21%, 环比下降5%, 增长了三成, 近五成', () => {
    expect(read('亚马逊云科技营收同比增长21%。', { fallbackSubject: 'AWS' })).toEqual(['AWS | revenue growth | 21 % | 2026-Q1 | fact']);
    expect(read('亚马逊云科技营收环比下降5%。')).toEqual(['AWS | revenue growth | -5 % | null | fact']);
    expect(values('订单增长了三成')).toEqual([{ amount: 30, unit: '%' }]);
    expect(values('同比增长近五成')).toEqual([{ amount: 50, unit: '%', bound: 'approx' }]);
    // 成本 (cost) and 成为 (become) are no tenths.
    expect(values('训练成本三成本')).toEqual([]);
    expect(values('它将成为三成为')).toEqual([]);
  });

  it('should read multiples: 4倍 and 4.4倍 as 4x and 4.4x, 翻番 and 翻一番 as 2x, 翻两番 as 4x', () => {
    expect(values('性能是上一代的4倍')).toEqual([{ amount: 4, unit: 'x' }]);
    expect(values('性能是Trainium2的4.4倍')).toEqual([{ amount: 4.4, unit: 'x' }]);
    expect(values('收入翻番')).toEqual([{ amount: 2, unit: 'x' }]);
    expect(values('收入翻了一番')).toEqual([{ amount: 2, unit: 'x' }]);
    expect(values('算力翻两番')).toEqual([{ amount: 4, unit: 'x' }]);
  });

  it('should read the bounds 约, 近, 超过, 逾, 不低于, 最高, 多达, 以上 and 左右', () => {
    expect(values('资本开支约2000亿美元')).toEqual([{ amount: 200 * B, unit: 'USD', bound: 'approx' }]);
    expect(values('资本开支近2000亿美元')).toEqual([{ amount: 200 * B, unit: 'USD', bound: 'approx' }]);
    expect(values('积压订单超过4640亿美元')).toEqual([{ amount: 464 * B, unit: 'USD', bound: 'min' }]);
    expect(values('积压订单逾4640亿美元')).toEqual([{ amount: 464 * B, unit: 'USD', bound: 'min' }]);
    expect(values('投资不低于100亿美元')).toEqual([{ amount: 10 * B, unit: 'USD', bound: 'min' }]);
    expect(values('融资最高300亿美元')).toEqual([{ amount: 30 * B, unit: 'USD', bound: 'max' }]);
    expect(values('规模最多可达300亿美元')).toEqual([{ amount: 30 * B, unit: 'USD', bound: 'max' }]);
    expect(values('训练成本最多可降低40%')).toEqual([{ amount: 40, unit: '%', bound: 'max' }]);
    expect(values('使用多达100万颗TPU芯片')).toEqual([{ amount: 1e6, unit: 'chips', bound: 'max' }]);
    expect(values('投资2000亿美元以上')).toEqual([{ amount: 200 * B, unit: 'USD', bound: 'min' }]);
    expect(values('投资2000亿美元左右')).toEqual([{ amount: 200 * B, unit: 'USD', bound: 'approx' }]);
  });

  it('should read a range as one figure, at least its lower end: 600亿至700亿美元, 1750亿-1850亿美元, 37%至38%', () => {
    expect(values('资本开支为600亿至700亿美元')).toEqual([{ amount: 60 * B, unit: 'USD', bound: 'min' }]);
    expect(values('资本开支为1750亿-1850亿美元')).toEqual([{ amount: 175 * B, unit: 'USD', bound: 'min' }]);
    expect(values('资本开支为600至700亿美元')).toEqual([{ amount: 60 * B, unit: 'USD', bound: 'min' }]);
    expect(values('增速为37%至38%')).toEqual([{ amount: 37, unit: '%', bound: 'min' }]);
  });
});

describe('Chinese and Japanese periods', () => {
  const period = (clause: string, subject: string | null = null, ctx: Partial<SentenceContext> = {}) => parsePeriod(clause, clause, { ...context, ...ctx }, subject);

  it('should read quarters: 2026年第一季度, 一季度, Q1, 第1四半期 and 1～3月期', () => {
    expect(period('2026年第一季度营收')).toBe('2026-Q1');
    expect(period('2025年四季度营收')).toBe('2025-Q4');
    expect(period('一季度营收')).toBe('2026-Q1');
    expect(period('Q1营收')).toBe('2026-Q1');
    expect(period('2026年第1四半期の売上高')).toBe('2026-Q1');
    expect(period('2026年1～3月期の売上高')).toBe('2026-Q1');
  });

  it('should read a fiscal quarter (财年, 财季) on the company’s fiscal calendar, as "fiscal Q3 2026" is', () => {
    expect(period('2026财年第三季度资本支出', 'Microsoft')).toBe(parsePeriod('fiscal Q3 2026 capex', 'fiscal Q3 2026 capex', context, 'Microsoft'));
    expect(period('2026财年第三季度资本支出', 'Microsoft')).toBe('2026-Q1');
    expect(period('2026财年营收', 'Microsoft')).toBe('FY2026');
  });

  it('should read 上半年, 全年, 3月底, and 今年/去年/明年 against the article’s date', () => {
    expect(period('2026年上半年营收')).toBe('2026-H1');
    expect(period('下半年营收')).toBe('2026-H2');
    expect(period('全年营收')).toBe('annual');
    expect(period('今年资本开支')).toBe('2026');
    expect(period('去年资本开支')).toBe('2025');
    expect(period('明年资本开支')).toBe('2027');
    expect(period('今年资本开支', null, { articleYear: null })).toBeNull();
    expect(period('截至3月底的积压订单')).toBe('2026-Q1');
    expect(period('去年9月底的积压订单')).toBe('2025-Q3');
    expect(period('当季营收')).toBe('2026-Q1');
    expect(period('去年同期营收')).toBe('2025-Q1');
    expect(period('低于上一季度的40%')).toBe('2025-Q4');
  });
});

describe('Chinese and Japanese entities, metrics and modality', () => {
  const names = (text: string) => findEntities(text).map((e) => e.name);
  const metricNames = (text: string) => [...new Set(findMetrics(text).map((m) => m.metric.name))];

  it('should know 亚马逊, 亚马逊云科技/亚马逊网络服务/AWS, 微软, 谷歌/谷歌云, 英伟达, 甲骨文 as the entities of the English text', () => {
    expect(names('亚马逊与亚马逊云科技、亚马逊网络服务和AWS')).toEqual(['Amazon', 'AWS', 'AWS', 'AWS']);
    expect(names('微软、谷歌、谷歌云、英伟达和甲骨文')).toEqual(['Microsoft', 'Google', 'Google Cloud', 'NVIDIA', 'Oracle']);
    expect(names('アマゾン・ウェブ・サービスとマイクロソフト')).toEqual(['AWS', 'Microsoft']);
  });

  it('should know the metrics: 资本开支/资本支出, 积压订单/未履约订单, 营收/收入, 营业利润/经营利润, 训练成本, 推理成本, 市场份额', () => {
    expect(metricNames('资本开支')).toEqual(['capex']);
    expect(metricNames('资本支出')).toEqual(['capex']);
    expect(metricNames('积压订单')).toEqual(['backlog']);
    expect(metricNames('未履约订单')).toEqual(['backlog']);
    expect(metricNames('营收')).toEqual(['revenue']);
    expect(metricNames('收入')).toEqual(['revenue']);
    expect(metricNames('营业利润')).toEqual(['operating profit']);
    expect(metricNames('经营利润')).toEqual(['operating profit']);
    expect(metricNames('训练成本')).toEqual(['training cost']);
    expect(metricNames('推理成本')).toEqual(['inference cost']);
    expect(metricNames('市场份额')).toEqual(['market share']);
    expect(metricNames('設備投資')).toContain('capex');
  });

  it('should read whose figure it is and what it measures, in a Chinese sentence', () => {
    expect(read('截至3月底，AWS的积压订单达到2440亿美元。')).toEqual(['AWS | backlog | 244000000000 USD | 2026-Q1 | fact']);
    expect(read('亚马逊周四公布财报，旗下亚马逊云科技（AWS）当季营收为376亿美元，同比增长21%。')).toEqual([
      'AWS | revenue | 37600000000 USD | 2026-Q1 | fact',
      'AWS | revenue growth | 21 % | 2026-Q1 | fact',
    ]);
    expect(read('微软当季资本支出为375亿美元，同比增长近五成。')[1]).toMatch(/^Microsoft \| capex \| approx 50 %/);
    expect(read('英伟达目前仍占据AI加速器市场超过80%的市场份额。')).toEqual(['NVIDIA | market share | min 80 % | null | fact']);
    expect(read('亚马逊云科技表示，Trainium3的性能是Trainium2的4.4倍。')).toEqual(['Trainium3 | performance | 4.4 x | null | fact']);
    expect(read('微软是OpenAI最大的股东，此前已向OpenAI累计投资约130亿美元。')).toEqual(['Microsoft | investment | approx 13000000000 USD | null | fact']);
  });

  it('should read the modality words: 提议/报价 offer, 计划 plan, 预计 plan or forecast, 据报道/据知情人士 rumour, 拒绝 rejected, 取消 cancelled', () => {
    const modality = (sentence: string, deal = true) => {
      const plain = plainText(sentence);
      const figure = findValues(plain)[0]!;
      return readModality(plain, figure.start, figure.end, deal);
    };
    expect(modality('亚马逊曾提议向OpenAI投资500亿美元')).toBe('offer');
    expect(modality('OpenAI拒绝了亚马逊500亿美元的报价')).toBe('offer');
    expect(offerStatusOf('OpenAI最终拒绝了这一报价')).toBe('rejected');
    expect(modality('英伟达计划向OpenAI投资最多1000亿美元')).toBe('plan');
    expect(modality('亚马逊预计今年资本开支约2000亿美元', false)).toBe('plan');
    expect(modality('摩根士丹利预计，亚马逊今年的资本开支将达到2150亿美元', false)).toBe('forecast');
    expect(modality('据报道，Anthropic正在洽谈融资300亿美元')).toBe('rumour');
    expect(modality('据知情人士透露，Anthropic融资300亿美元')).toBe('rumour');
    expect(modality('微软已经取消了投资10亿美元建设数据中心的计划')).toBe('cancelled');
    expect(modality('亚马逊云科技营收为376亿美元', false)).toBe('fact');
  });
});

describe('Chinese sentences and words', () => {
  it('should end sentences at 。！？ with or without a space, each a verbatim part of the text', () => {
    const text = '亚马逊营收增长21%。积压订单达2440亿美元！这是新高吗？是的。';
    expect(splitSentences(text)).toEqual(['亚马逊营收增长21%。', '积压订单达2440亿美元！', '这是新高吗？', '是的。']);
  });

  it('should count Chinese words with Intl.Segmenter, not as one run of characters', () => {
    expect(wordCount('亚马逊云科技第一季度营收同比增长21%')).toBeGreaterThanOrEqual(8);
  });
});
