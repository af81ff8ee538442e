import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { articleQuarter, quartersNamed } from '../../src/analyse/articleDate.ts';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';
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

/** An undated article of one paragraph, about the company its title names. */
async function articleOf(title: string, paragraph: string): Promise<Article> {
  const [base] = await loadArticles();
  const empty = { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null };
  return { ...base!, id: 'zh', file: 'zh.txt', title, date: null, tagline: null, tldr: empty, deepInsight: [paragraph], takeaways: [], technicalNotes: [], predictions: [], timeline: [], competitorTables: [], sections: [] };
}
const claimsOf = (article: Article) =>
  extractClaims(article).map((c) => [c.subject, c.metric, `${c.value!.bound ? `${c.value!.bound} ` : ''}${c.value!.amount} ${c.value!.unit}`, c.period, c.modality].map(String).join(' | '));

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

  it('should read a figure written in two scales, the larger first: 2兆2600億円, 3亿5000万元', () => {
    expect(values('今期の売上高は3兆1500億円を見込む。')).toEqual([{ amount: 3.15e12, unit: 'JPY' }]);
    expect(values('该项目投资4亿2000万元人民币。')).toEqual([{ amount: 4.2e8, unit: 'CNY' }]);
    expect(values('订单总额达1万亿2000亿美元。')).toEqual([{ amount: 1.2e12, unit: 'USD' }]);
    // A count of a scale is never followed by a count of the same or a larger one in one figure.
    expect(values('3亿5000亿美元')).toEqual([{ amount: 5e11, unit: 'USD' }]);
  });

  it('should read full-width digits and signs as ASCII, the quote kept as written', () => {
    expect(values('营收同比增长２１％，')).toEqual([{ amount: 21, unit: '%' }]);
    expect(values('积压订单为２４４０亿美元')).toEqual([{ amount: 244 * B, unit: 'USD' }]);
    expect(plainText('２１％，（ＡＷＳ）')).toBe('21%,（AWS）');
  });

  it('should read percentages and changes: 同比增长21%, 环比下降5%, 增长了三成, 近五成', () => {
    expect(read('亚马逊云科技营收同比增长21%。', { fallbackSubject: 'AWS' })).toEqual(['AWS | revenue growth | 21 % | 2026-Q1 | fact']);
    // Growth over the quarter before (环比), as over the year before (同比), is the reported quarter's, but a measure of its own.
    expect(read('亚马逊云科技营收环比下降5%。')).toEqual(['AWS | revenue growth (quarter on quarter) | -5 % | 2026-Q1 | fact']);
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

  it('should read 最高 with 或 ("perhaps") between it and the figure as an upper bound, and 或达 alone as no bound', () => {
    expect(values('融资规模最高或达50亿欧元')).toEqual([{ amount: 5 * B, unit: 'EUR', bound: 'max' }]);
    expect(values('投资额最多或将达到80亿美元')).toEqual([{ amount: 8 * B, unit: 'USD', bound: 'max' }]);
    // Look-alike: "could reach" without 最高 bounds nothing.
    expect(values('融资规模或达50亿欧元')).toEqual([{ amount: 5 * B, unit: 'EUR' }]);
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

describe('Chinese and Japanese financial wording beyond the basics', () => {
  const names = (text: string) => findEntities(text).map((e) => e.name);
  it('should read a cost that 降低 or 削減 as how much lower it is, never as a fall, and 割 as tenths', () => {
    expect(read('阿里云称，使用自研芯片运行推理，成本最多可降低 30%。')).toEqual(['Alibaba Cloud | inference cost | max 30 % | null | fact']);
    expect(read('グーグルによると、TPUを使えば推論コストを最大3割削減できるという。')).toEqual(['Google Cloud | inference cost | max 30 % | null | fact']);
    expect(values('利益率は2割5分に達した')).toEqual([{ amount: 25, unit: '%' }]);
    // 割引 is a discount and 割合 a ratio: no figure.
    expect(values('3割引のセール、割合は不明')).toEqual([]);
  });

  it('should read figures set apart from the Chinese text by spaces', () => {
    expect(read('谷歌云 一季度营收 152 亿美元，同比增长 30%，营业利润 22 亿美元。')).toEqual([
      'Google Cloud | revenue | 15200000000 USD | 2026-Q1 | fact',
      'Google Cloud | revenue growth | 30 % | 2026-Q1 | fact',
      'Google Cloud | operating profit | 2200000000 USD | 2026-Q1 | fact',
    ]);
    expect(values('资本开支约 900 亿美元')).toEqual([{ amount: 90 * B, unit: 'USD', bound: 'approx' }]);
  });

  it('should read 较上年同期 as growth over the year before, of the reported quarter, and 增加近一半 as about 50%', () => {
    expect(read('谷歌云收入较上年同期增长35%，略低于上一季度的38%。')).toEqual(['Google Cloud | revenue growth | 35 % | 2026-Q1 | fact', 'Google Cloud | revenue growth | 38 % | 2025-Q4 | fact']);
    expect(read('甲骨文资本支出为120亿美元，较上年同期增加近一半。')[1]).toBe('Oracle | capex | approx 50 % | 2026-Q1 | fact');
    // 较上一季度增长 is growth over the quarter before; 较去年同期的 a figure of a year before.
    expect(read('谷歌云收入较上一季度增长5%。')).toEqual(['Google Cloud | revenue growth (quarter on quarter) | 5 % | 2026-Q1 | fact']);
    expect(read('谷歌云营收为152亿美元，较去年同期的117亿美元增长30%。')[1]).toBe('Google Cloud | revenue | 11700000000 USD | 2025-Q1 | fact');
  });

  it('should read fiscal quarters in Chinese: 本财季 as the reported one, a yearless 第二财季 on the fiscal calendar, 上一财季 by its date', () => {
    expect(articleQuarter([quartersNamed('甲骨文公布2026财年第二财季业绩。')], 'Oracle')).toBe('2025-Q4');
    // A fiscal quarter is read on the calendar of the company named before it, else of the article's.
    expect(articleQuarter([quartersNamed('该公司公布2026财年第二财季业绩。')])).toBe('2026-Q2');
    expect(articleQuarter([quartersNamed('甲骨文公布2026财年第二财季业绩。')])).toBe('2025-Q4');
    // An Amazon article that mentions Microsoft's fiscal third quarter still reports calendar Q1, not Q3.
    expect(articleQuarter([quartersNamed('微软上一财季（2026财年第三财季）资本支出375亿美元。')], 'Amazon')).toBe('2026-Q1');
    // A company's own 預估 is its guidance, for 本季 the quarter under way after the one the article reports; an analyst's 預估 a forecast.
    expect(read('輝達預估，本季營收約為650億美元。', { articleQuarter: '2026-Q1' })).toEqual(['NVIDIA | revenue | approx 65000000000 USD | 2026-Q2 | plan']);
    expect(read('輝達本季營收為570億美元。', { articleQuarter: '2026-Q1' })).toEqual(['NVIDIA | revenue | 57000000000 USD | 2026-Q1 | fact']);
    expect(read('分析師預估輝達本季營收約為650億美元。', { articleQuarter: '2026-Q1' })[0]).toMatch(/\| forecast$/);
    // 上一财季 followed by the quarter with its year is that quarter.
    expect(parsePeriod('微软上一财季（2026财年第三财季）资本支出375亿美元', '微软上一财季（2026财年第三财季）资本支出375亿美元', { ...context, articleQuarter: '2026-Q1' }, 'Microsoft')).toBe('2026-Q1');
    expect(parsePeriod('本财季营收', '本财季营收', { ...context, articleQuarter: '2025-Q4' }, 'Oracle')).toBe('2025-Q4');
    // Oracle's fiscal second quarter is September–November: a fourth calendar quarter, whatever the year.
    expect(parsePeriod('第二财季营收', '第二财季营收', { ...context, articleYear: null }, 'Oracle')).toBe('Q4');
    expect(parsePeriod('上一财季（截至2025年8月31日）', '上一财季（截至2025年8月31日）', { ...context, articleQuarter: null }, 'Oracle')).toBe('2025-Q3');
  });

  it('should read 这一数字 and 実績 as the figure of the sentence before', async () => {
    const zh = await articleOf('甲骨文资本支出创新高', '甲骨文公布2026财年第二财季业绩，本财季资本支出为120亿美元。上一财季（截至2025年8月31日），这一数字为85亿美元。');
    expect(claimsOf(zh)).toEqual(['Oracle | capex | 12000000000 USD | 2025-Q4 | fact', 'Oracle | capex | 8500000000 USD | 2025-Q3 | fact']);
    const ja = await articleOf('グーグル、設備投資を拡大', '同社は2026年の設備投資を約900億ドルと計画している。2025年実績の600億ドルから増える。');
    expect(claimsOf(ja)).toEqual(['Google | capex | approx 90000000000 USD | 2026 | plan', 'Google | capex | 60000000000 USD | 2025 | fact']);
  });

  it('should read 该部门 and "the segment" as the business unit the sentence before named, not the article’s company', async () => {
    const zh = await articleOf('甲骨文业绩超预期', '甲骨文云本季度营收为80亿美元。该部门的积压订单达到5000亿美元。');
    expect(claimsOf(zh)).toEqual(['OCI | revenue | 8000000000 USD | quarterly | fact', 'OCI | backlog | 500000000000 USD | null | fact']);
    const en = await articleOf('Alphabet Q1 2026 Earnings Call Transcript', 'Google Cloud revenue rose 30% to $15.2 billion. Operating income for the segment was $2.2 billion.');
    expect(claimsOf(en)[2]).toBe('Google Cloud | operating profit | 2200000000 USD | null | fact');
  });

  it('should know a company’s cloud named as such, and Anthropic and OpenAI in katakana', () => {
    expect(names('アマゾンのクラウド事業とグーグルのクラウド部門、マイクロソフトのクラウド')).toEqual(['AWS', 'Google Cloud', 'Azure']);
    expect(names('谷歌的云业务和微软的云业务')).toEqual(['Google Cloud', 'Azure']);
    expect(names('アンソロピックとオープンAI')).toEqual(['Anthropic', 'OpenAI']);
  });

  it('should tell data-centre revenue from total revenue, and read 投入 into infrastructure as capex', () => {
    expect(read('英伟达当季营收600亿美元，其中数据中心业务营收530亿美元。')).toEqual(['NVIDIA | revenue | 60000000000 USD | 2026-Q1 | fact', 'NVIDIA | data center revenue | 53000000000 USD | 2026-Q1 | fact']);
    expect(read('阿里巴巴未来三年将投入超过5000亿元，用于建设算力基础设施。')).toEqual(['Alibaba | capex | min 500000000000 CNY | null | plan']);
  });

  it('should read traditional Chinese and more Japanese wordings of the same figures, periods and modalities', () => {
    expect(read('亞馬遜雲端積壓訂單超過2440億美元。')).toEqual(['AWS | backlog | min 244000000000 USD | null | fact']);
    expect(read('微軟首季營收年增18%。')).toEqual(['Microsoft | revenue growth | 18 % | 2026-Q1 | fact']);
    expect(read('アルファベットの売上高は前年比15%増えた。')).toEqual(['Google | revenue growth | 15 % | 2026-Q1 | fact']);
    expect(values('营收2000多亿美元，利润300余亿元')).toEqual([{ amount: 200 * B, unit: 'USD', bound: 'min' }, { amount: 30 * B, unit: 'CNY', bound: 'min' }]);
    expect(values('設備投資は2000億ドル弱')).toEqual([{ amount: 200 * B, unit: 'USD', bound: 'approx' }]);
    const period = (clause: string) => parsePeriod(clause, clause, context, null);
    expect(period('通期の売上高')).toBe('annual');
    expect(period('2026年上半期の売上高')).toBe('2026-H1');
    const modality = (sentence: string) => {
      const plain = plainText(sentence);
      const figure = findValues(plain)[0]!;
      return readModality(plain, figure.start, figure.end, true);
    };
    expect(modality('輝達計劃向OpenAI投資1000億美元')).toBe('plan');
    expect(modality('OpenAI拒絕了亞馬遜500億美元的報價')).toBe('offer');
    expect(offerStatusOf('OpenAI拒絕了亞馬遜500億美元的報價')).toBe('rejected');
  });

  it('should read a deal proposed (提出, 持ちかけた, 出資案) as an offer, rejected when 断られた, and whose deal it is', () => {
    const modality = (sentence: string) => {
      const plain = plainText(sentence);
      const figure = findValues(plain)[0]!;
      return readModality(plain, figure.start, figure.end, true);
    };
    expect(modality('软银曾提出以200亿美元收购该公司，但遭到拒绝。')).toBe('offer');
    expect(modality('ソフトバンクが持ちかけた300億ドルの出資案は断られた。')).toBe('offer');
    expect(offerStatusOf('ソフトバンクが持ちかけた300億ドルの出資案は断られた。')).toBe('rejected');
    const deal = (sentence: string, fallbackSubject: string | null = null) =>
      readFigures(plainText(sentence), { ...context, fallbackSubject }).map((f) => [f.subject, f.counterparty, f.modality].join(' | '));
    expect(deal('ソフトバンクはオープンAIに累計300億ドルを出資している。')).toEqual(['SoftBank | OpenAI | fact']);
    // The company raising money is named a clause before its figure, not the article's company.
    expect(deal('另据报道，Mistral正在洽谈新一轮融资，规模最多可达20亿欧元。', 'OpenAI')).toEqual(['Mistral |  | rumour']);
  });
});

describe('Chinese and Japanese as other outlets write them (Taiwan, Hong Kong, Japan)', () => {
  const names = (text: string) => findEntities(plainText(text)).map((e) => e.name);

  it('should read a cloud unit named by its parent and a Chinese role word, in Latin letters or traditional characters', () => {
    expect(names('Alphabet 雲端部門、Amazon 云业务、谷歌云端与微軟雲端')).toEqual(['Google Cloud', 'AWS', 'Google Cloud', 'Azure']);
    expect(read('Alphabet 雲端部門營收年增 32%。')).toEqual(['Google Cloud | revenue growth | 32 % | 2026-Q1 | fact']);
    // The parent alone, its revenue, stays the parent's.
    expect(read('Google 營收年增 12%。')).toEqual(['Google | revenue growth | 12 % | 2026-Q1 | fact']);
    expect(names('Google 元宇宙')).toEqual(['Google']);
  });

  it('should read a training cost written in traditional characters or across a Japanese clause, and an inference cost apart', () => {
    expect(read('微軟稱，以 Maia 晶片訓練大型模型，成本可比競品低 30%。')).toEqual(['Azure | training cost | 30 % | null | fact']);
    expect(read('マイクロソフトによると、大規模モデルの学習にMaiaを使えば、従来のGPUクラスターに比べてコストを3割抑えられる。')).toEqual(['Azure | training cost | 30 % | null | fact']);
    expect(read('マイクロソフトによると、推論にMaiaを使えば、GPUクラスターに比べてコストを3割抑えられる。')).toEqual(['Azure | inference cost | 30 % | null | fact']);
    // A cost with neither training nor inference named is no cost we know.
    expect(read('微軟稱，Maia 晶片成本可比競品低 30%。')).toEqual([]);
  });

  it('should read the Street’s estimate in traditional characters (市場預期, 分析師預估) as a forecast, and a company’s own 預計 as its plan', () => {
    expect(read('谷歌雲端營收年增 32%，高於市場預期的 30%。')).toEqual(['Google Cloud | revenue growth | 32 % | 2026-Q1 | fact', 'Google Cloud | revenue growth | 30 % | 2026-Q1 | forecast']);
    expect(read('分析師預估微軟今年資本支出達 1600 億美元。')).toEqual(['Microsoft | capex | 160000000000 USD | 2026 | forecast']);
    expect(read('微軟預計今年資本支出達 1600 億美元。')).toEqual(['Microsoft | capex | 160000000000 USD | 2026 | plan']);
  });

  it('should read fundraising (募資, 融資, 資金調達) as money raised, never a finance lease, and a valuation beside it apart', () => {
    expect(read('據悉，OpenAI 正洽談募資至多 400 億美元，估值上看 3000 億美元。')).toEqual(['OpenAI | investment | max 40000000000 USD | null | rumour', 'OpenAI | valuation | max 300000000000 USD | null | rumour']);
    expect(read('微軟資本支出（含融資租賃）為 300 億美元。')).toEqual(['Microsoft | capex | 30000000000 USD | null | fact']);
  });

  it('should read 持ち掛けた as an offer, and a Chinese headline opening with 传 as hearsay', () => {
    const deal = (sentence: string) => readFigures(plainText(sentence), context).map((f) => [f.subject, f.counterparty, f.modality].join(' | '));
    expect(deal('マイクロソフトはAnthropicに100億ドルの出資を持ち掛けた。')).toEqual(['Microsoft | Anthropic | offer']);
    expect(deal('マイクロソフトはAnthropicに50億ドルを出資した。')).toEqual(['Microsoft | Anthropic | fact']);
    expect(deal('【传微软拟向xAI投资50亿美元】')).toEqual(['Microsoft | xAI | rumour']);
    expect(deal('【傳亞馬遜將向xAI投資50億美元】')).toEqual(['Amazon | xAI | rumour']);
    // 传统 (traditional) is no hearsay: the plan stays a plan.
    expect(deal('传统云厂商亚马逊计划向xAI投资100亿美元。')).toEqual(['Amazon | xAI | plan']);
  });

  it('should move the metric of the nearest clause before that names one, past a clause without a figure', () => {
    expect(read('资本支出为300亿美元，环比持平，同比增长约三成。')).toEqual(['null | capex | 30000000000 USD | null | fact', 'null | capex | approx 30 % | 2026-Q1 | fact']);
    expect(read('Capex was $30 billion, flat sequentially, up 40% from a year earlier.')).toEqual(['null | capex | 30000000000 USD | null | fact', 'null | capex | 40 % | null | fact']);
    // A metric named in the verb's own clause is the one moved: 股价 is the share price.
    // (The 上季 of AWS's revenue is not the share price's period: no period passes over another subject's other figure.)
    expect(read('AWS营收为376亿美元，与上季持平，亚马逊股价上涨5%。')).toEqual(['AWS | revenue | 37600000000 USD | null | fact', 'Amazon | share price growth | 5 % | null | fact']);
  });

  it('should read a sum a company 投入 as its spending, and one it 投入 into another company as an investment', () => {
    expect(read('Meta 计划明年投入约1500亿美元。')).toEqual(['Meta | capex | approx 150000000000 USD | 2027 | plan']);
    expect(read('软银计划向OpenAI投入300亿美元。')).toEqual(['SoftBank | investment | 30000000000 USD | null | plan']);
  });

  it('should read Taiwan, Hong Kong and Japanese words for backlog, data-centre revenue, growth and efficiency', () => {
    expect(read('AWS 未履行訂單達2,440億美元。')).toEqual(['AWS | backlog | 244000000000 USD | null | fact']);
    expect(read('甲骨文在手訂單為5,000億美元。')).toEqual(['Oracle | backlog | 500000000000 USD | null | fact']);
    expect(read('輝達資料中心營收為512億美元，季增25%。')).toEqual(['NVIDIA | data center revenue | 51200000000 USD | null | fact', 'NVIDIA | data center revenue growth (quarter on quarter) | 25 % | 2026-Q1 | fact']);
    // 按年 is year on year, of the reported quarter; 增長 and 上漲 are the traditional verbs of a rise.
    expect(read('谷歌雲收入為152億美元，按年增長30%。')).toEqual(['Google Cloud | revenue | 15200000000 USD | null | fact', 'Google Cloud | revenue growth | 30 % | 2026-Q1 | fact']);
    expect(read('アジュールの売上高は39%増えた。')).toEqual(['Azure | revenue growth | 39 % | null | fact']);
  });

  it('should break a Japanese sentence at 、 so that each figure takes the metric of its own clause, and never a Chinese list', () => {
    expect(read('Maia 200の性能は前世代の3倍、エネルギー効率は25%高い。')).toEqual(['Maia 200 | performance | 3 x | null | fact', 'Maia 200 | energy efficiency | 25 % | null | fact']);
    expect(plainText('性能は3倍、効率は25%')).toBe('性能は3倍,効率は25%');
    // In Chinese 、 lists names: it stays.
    expect(plainText('微软、谷歌和亚马逊')).toBe('微软、谷歌和亚马逊');
  });

  it('should read 上季 of an article that names no quarter as the last one ended by its date, and the one compared with as the one before', () => {
    const noQuarter: SentenceContext = { ...context, articleQuarter: null };
    const period = (clause: string, ctx: SentenceContext = noQuarter) => parsePeriod(clause, clause, ctx, null);
    expect(period('上季度其云业务营收为376亿美元')).toBe('2026-Q1');
    expect(period('增速较上一季度的24%提升')).toBe('2025-Q4');
    expect(period('上季營收')).toBe('2026-Q1');
    // An article that reports a quarter: 上季度 is the one before it.
    expect(period('上季度营收', context)).toBe('2025-Q4');
    expect(period('上季度营收', { ...noQuarter, articleMonth: null })).toBeNull();
  });

  it('should read 今期 and 来期 of a Japanese text as the fiscal year under way and the next', () => {
    expect(read('アマゾンは今期の設備投資を2000億ドル規模と見込む。')).toEqual(['Amazon | capex | 200000000000 USD | 2026 | plan']);
    expect(read('マイクロソフトは来期の設備投資を1500億ドルと見込む。')).toEqual(['Microsoft | capex | 150000000000 USD | FY2027 | plan']);
    // In May, Microsoft's fiscal year under way is the one ending in June.
    expect(read('マイクロソフトは今期の設備投資を1200億ドルと見込む。')).toEqual(['Microsoft | capex | 120000000000 USD | FY2026 | plan']);
  });

  it('should date a clause that compares its figure with the sentence’s by that figure, not by the comparison before it', () => {
    expect(read('谷歌雲收入按年增長30%，低於上季的32%，但優於市場預期的28%。')).toEqual([
      'Google Cloud | revenue growth | 30 % | 2026-Q1 | fact',
      'Google Cloud | revenue growth | 32 % | 2025-Q4 | fact',
      'Google Cloud | revenue growth | 28 % | 2026-Q1 | forecast',
    ]);
    // A comparison that names its own period keeps it: 上季 is the quarter before the reported one.
    expect(read('谷歌雲收入按年增長30%，低於上季的32%。')[1]).toBe('Google Cloud | revenue growth | 32 % | 2025-Q4 | fact');
  });

  it('should know companies and chiefs as Taiwan, Hong Kong and Japanese outlets name them', () => {
    expect(names('臉書、蘋果公司、英特爾、美光、SK海力士、博通、高通、特斯拉、華為、騰訊雲、阿里雲和軟銀')).toEqual(['Meta', 'Apple', 'Intel', 'Micron', 'SK Hynix', 'Broadcom', 'Qualcomm', 'Tesla', 'Huawei', 'Tencent Cloud', 'Alibaba Cloud', 'SoftBank']);
    expect(names('メタとアンスロピック、サムスン電子、インテル')).toEqual(['Meta', 'Anthropic', 'Samsung', 'Intel']);
    expect(names('納德拉表示，黃仁勳指出')).toEqual(['Microsoft', 'NVIDIA']);
    // メタバース (the metaverse) and メタデータ are no company.
    expect(names('メタバースとメタデータ')).toEqual([]);
  });

  it('should read operating profit, turnover, RPO, capex and price-performance as Hong Kong, Taiwan and Japanese filings word them', () => {
    const metricNames = (text: string) => [...new Set(findMetrics(text).map((m) => m.metric.name))];
    expect(metricNames('經營溢利')).toEqual(['operating profit']);
    expect(metricNames('營運利潤')).toEqual(['operating profit']);
    expect(metricNames('營業額')).toEqual(['revenue']);
    expect(metricNames('残存履行義務')).toEqual(['backlog']);
    expect(metricNames('資本的支出')).toEqual(['capex']);
    expect(metricNames('性價比')).toEqual(['performance per dollar']);
    expect(read('微軟稱，Maia 200 的性價比提升30%。')).toEqual(['Maia 200 | performance per dollar | 30 % | null | fact']);
  });

  it('should read hearsay as other outlets word it (据彭博社报道, と報じた, 協議している), and a company’s own report as fact', () => {
    expect(read('据路透社报道，谷歌正考虑向Anthropic追加投资20亿美元。')).toEqual(['Google | investment | 2000000000 USD | null | rumour']);
    expect(read('英紙は、グーグルがAnthropicに20億ドルを追加出資すると報じた。')).toEqual(['Google | investment | 2000000000 USD | null | rumour']);
    expect(read('アンスロピックは200億ドルの資金調達を協議している。')).toEqual(['Anthropic | investment | 20000000000 USD | null | rumour']);
    // 据…财报 cites a filing, not a report: the figure is a fact.
    expect(read('据谷歌财报，谷歌云营收为152亿美元。')).toEqual(['Google Cloud | revenue | 15200000000 USD | null | fact']);
  });

  it('should read the consensus (一致预期, コンセンサス) as a forecast, a company’s own 会社予想 and 目指す as its plan, and 見送った as called off', () => {
    expect(read('彭博一致预期谷歌云营收增长30%。')).toEqual(['Google Cloud | revenue growth | 30 % | null | forecast']);
    expect(read('グーグルは会社予想で売上高を1000億ドルとした。')).toEqual(['Google | revenue | 100000000000 USD | null | plan']);
    expect(read('グーグルは2030年までに売上高5000億ドルを目指す。')).toEqual(['Google | revenue | 500000000000 USD | 2030 | plan']);
    expect(read('グーグルはインディアナ州の20億ドル規模のデータセンター計画を見送った。')).toEqual(['Google | capex | 2000000000 USD | null | cancelled']);
    // A plan that goes ahead stays a plan.
    expect(read('グーグルはインディアナ州で20億ドル規模のデータセンター建設を計画している。')).toEqual(['Google | capex | 2000000000 USD | null | plan']);
  });

  it('should read 米ドル, the traditional currencies and Taiwan dollars, and never HK$ or NT$ as US dollars', () => {
    expect(values('受注残高は1200億米ドルだった')).toEqual([{ amount: 120 * B, unit: 'USD' }]);
    expect(values('投資50億歐元，另投資30億英鎊')).toEqual([{ amount: 5 * B, unit: 'EUR' }, { amount: 3 * B, unit: 'GBP' }]);
    // 元 after a New Taiwan dollar figure is the Taiwan dollar, not the yuan.
    expect(values('積壓訂單達1200億美元（約新台幣3.8兆元）')).toEqual([{ amount: 120 * B, unit: 'USD' }, { amount: 3.8e12, unit: 'TWD', bound: 'approx' }]);
    expect(values('阿里巴巴投入3800亿元')).toEqual([{ amount: 380 * B, unit: 'CNY' }]);
    expect(values('raised HK$5 billion and NT$3 billion, then US$2 billion')).toEqual([{ amount: 5 * B, unit: 'HKD' }, { amount: 3 * B, unit: 'TWD' }, { amount: 2 * B, unit: 'USD' }]);
  });

  it('should read the bounds Japanese and Taiwan outlets write: 超, 強, あまり, を超える after a figure, 突破 and 上看 before it, and tenths in digits', () => {
    expect(values('設備投資は1500億ドル超となる')).toEqual([{ amount: 150 * B, unit: 'USD', bound: 'min' }]);
    expect(values('設備投資は1500億ドル強')).toEqual([{ amount: 150 * B, unit: 'USD', bound: 'min' }]);
    expect(values('売上高は150億ドルあまり')).toEqual([{ amount: 15 * B, unit: 'USD', bound: 'min' }]);
    expect(values('营收突破1000亿元')).toEqual([{ amount: 100 * B, unit: 'CNY', bound: 'min' }]);
    expect(values('估值上看800億美元')).toEqual([{ amount: 80 * B, unit: 'USD', bound: 'max' }]);
    expect(values('资本支出增长近4成')).toEqual([{ amount: 40, unit: '%', bound: 'approx' }]);
    // 超える and 上回る after the figure pass the mark, as "topped" does: a minimum. 成長 (growth) after a digit is no tenths.
    expect(values('1500億ドルを超える')).toEqual([{ amount: 150 * B, unit: 'USD', bound: 'min' }]);
    expect(values('売上高は500億ドルを上回った')).toEqual([{ amount: 50 * B, unit: 'USD', bound: 'min' }]);
    expect(values('收入增长5成長')).toEqual([]);
  });

  it('should read 越过 before a figure and 台 after it ("into the 500 billions") as a minimum', () => {
    expect(values('合同余额越过5000亿美元')).toEqual([{ amount: 500 * B, unit: 'USD', bound: 'min' }]);
    expect(values('受注残が5000億ドル台に乗った')).toEqual([{ amount: 500 * B, unit: 'USD', bound: 'min' }]);
    // Negative controls: a count of machines (台) and a plain figure stay as they are.
    expect(values('合同余额为5000亿美元')).toEqual([{ amount: 500 * B, unit: 'USD' }]);
    expect(values('サーバー5000台を導入した')).toEqual([]);
  });

  it('should read a quarter or year end named against the article’s year (去年第四季度, 昨年10～12月期, 去年底, 2025年末), by its months before its fiscal number', () => {
    const period = (clause: string, subject: string | null = null) => parsePeriod(clause, clause, context, subject);
    expect(period('去年第四季度营收')).toBe('2025-Q4');
    expect(period('昨年10～12月期の売上高')).toBe('2025-Q4');
    expect(period('截至去年底的积压订单')).toBe('2025-Q4');
    expect(period('2025年末時点の受注残高')).toBe('2025-Q4');
    // A month's end is still that month's quarter, not the year's.
    expect(period('去年9月底的积压订单')).toBe('2025-Q3');
    // Microsoft's January–March quarter is its fiscal third: the months say which calendar quarter it is.
    expect(period('2026年1～3月期（第3四半期）の設備投資', 'Microsoft')).toBe('2026-Q1');
    expect(period('2026會計年度第三季資本支出', 'Microsoft')).toBe('2026-Q1');
    expect(period('2026年6月期の売上高', 'Microsoft')).toBe('FY2026');
    expect(period('2025年12月期の売上高', 'Amazon')).toBe('2025');
  });

  it('should find the quarter a Taiwan or Japanese article reports on: 2026 年第一季, 2026年1～3月期', () => {
    expect(quartersNamed('亞馬遜公布 2026 年第一季財報')).toEqual(['2026-Q1']);
    expect(quartersNamed('2026年1～3月期（第1四半期）の決算を発表した')).toEqual(['2026-Q1', 'Q1']);
    expect(quartersNamed('2026會計年度第三季')).toEqual(['FY2026-Q3']);
    // A season of the year (季節) is no quarter.
    expect(quartersNamed('2026年は季節要因が大きい')).toEqual([]);
  });

  it('should read sums in Chinese numerals (两千亿, 一千三百一十亿) and spending verbs before them (投入, 花)', () => {
    expect(values('谷歌计划今年投入约两千亿美元')).toEqual([{ amount: 200 * B, unit: 'USD', bound: 'approx' }]);
    expect(values('去年为一千三百一十亿美元')).toEqual([{ amount: 131 * B, unit: 'USD' }]);
    expect(read('Meta 计划今年花0.15万亿美元。')).toEqual(['Meta | capex | 150000000000 USD | 2026 | plan']);
    expect(read('Meta 计划今年投入约一千五百亿美元。')).toEqual(['Meta | capex | approx 150000000000 USD | 2026 | plan']);
    // A numeral that counts something else (第三) is no sum.
    expect(values('第三千亿')).toEqual([]);
  });

  it('should read a figure told as a claim (「…」說法) as another figure of the metric before, and 流傳 as hearsay', async () => {
    const hk = await articleOf('甲骨文訂單創新高', '甲骨文雲截至11月底的未完成訂單為5,230億美元。網上流傳的「逾6,000億美元」說法，甲骨文未有確認。');
    expect(claimsOf(hk)).toEqual(['OCI | backlog | 523000000000 USD | Q4 | fact', 'OCI | backlog | min 600000000000 USD | Q4 | rumour']);
  });

  it('should end a plan’s words at a clause with 則 or one that compares (較去年), so that last year’s actual stays a fact', () => {
    expect(read('谷歌維持今年資本開支約1,800億美元的計劃，去年則為910億美元。')).toEqual(['Google | capex | approx 180000000000 USD | 2026 | plan', 'Google | capex | 91000000000 USD | 2025 | fact']);
    expect(read('谷歌重申，今年資本支出預估約 1800 億美元，較去年的 910 億美元大增。')).toEqual(['Google | capex | approx 180000000000 USD | 2026 | plan', 'Google | capex | 91000000000 USD | 2025 | fact']);
  });

  it('should read 次季 as the quarter after the reported one, and a company’s guidance for 本季 as the quarter under way', () => {
    expect(read('分析員預期，谷歌雲次季增長或加快至35%以上。')).toEqual(['Google Cloud | revenue growth | min 35 % | 2026-Q2 | forecast']);
    const february = { articleMonth: 2, articleQuarter: '2025-Q4' };
    expect(read('輝達預估，本季營收約為650億美元。', february)).toEqual(['NVIDIA | revenue | approx 65000000000 USD | 2026-Q1 | plan']);
    // What it reports for 本季 is the reported quarter.
    expect(read('輝達本季營收為570億美元。', february)).toEqual(['NVIDIA | revenue | 57000000000 USD | 2025-Q4 | fact']);
  });

  it('should read 上季 of another company than the article’s as that company’s last quarter by the article’s date', () => {
    // An Nvidia article of February 2026 reports Nvidia's November–January quarter (2025-Q4); Microsoft's last quarter is October–December.
    const nvidia = { fallbackSubject: 'NVIDIA', articleMonth: 2, articleQuarter: '2025-Q4' };
    expect(read('微軟上季資本支出達375億美元。', nvidia)).toEqual(['Microsoft | capex | 37500000000 USD | 2025-Q4 | fact']);
    expect(read('輝達上季資料中心營收為512億美元。', nvidia)).toEqual(['NVIDIA | data center revenue | 51200000000 USD | 2025-Q3 | fact']);
  });

  it('should find an article’s quarter in a yearless 一季度 by its date, never in 上一季度, nor in another company’s fiscal quarter', () => {
    expect(quartersNamed('亚马逊4月30日发布一季度财报，增速较上一季度提升')).toEqual(['Q1']);
    expect(articleQuarter([['Q1']], 'Amazon', { year: 2026, month: 5 })).toBe('2026-Q1');
    expect(articleQuarter([['Q4']], 'Amazon', { year: 2026, month: 5 })).toBe('2025-Q4');
    // A fiscal quarter is read on the calendar of the company named before it; one of no company, in an
    // article about a calendar-year company, is another company's and not the article's.
    expect(articleQuarter([quartersNamed('微软2026财年第三财季')], 'Amazon')).toBe('2026-Q1');
    expect(articleQuarter([quartersNamed('其2026财年第三财季')], 'Amazon')).toBeNull();
    expect(articleQuarter([quartersNamed('其2026财年第三财季')], 'Microsoft')).toBe('2026-Q1');
    // 上一财季 with its quarter in brackets is that quarter.
    expect(parsePeriod('上一财季（2026财年第三财季）资本支出', '上一财季（2026财年第三财季）资本支出', { ...context, articleQuarter: null }, 'Microsoft')).toBe('2026-Q1');
  });

  it('should read a Japanese 会計年度 as a fiscal year, and never count 第3四半期 after a fiscal year as a calendar quarter', () => {
    expect(parsePeriod('2026会計年度第3四半期の設備投資', '2026会計年度第3四半期の設備投資', context, 'Microsoft')).toBe('2026-Q1');
    expect(quartersNamed('同社の2026会計年度第3四半期')).toEqual(['FY2026-Q3']);
    expect(quartersNamed('第3四半期の決算')).toEqual(['Q3']);
  });

  it('should leave out the generation a chip is measured against (前世代, 上一代), and count chips of a named generation', () => {
    expect(read('Maia 200の性能は前世代Maiaの3倍で、電力効率は30%高い。')).toEqual(['Maia 200 | performance | 3 x | null | fact', 'Maia 200 | energy efficiency | 30 % | null | fact']);
    expect(read('Trainium3性能是上一代Trainium2的4倍。')).toEqual(['Trainium3 | performance | 4 x | null | fact']);
    expect(read('AWS为Anthropic打造的集群由近40万颗Trainium2芯片组成。')).toEqual(['Trainium2 | cluster size | approx 400000 chips | null | fact']);
    expect(read('OpenAIは約10万個のGB200を束ねたクラスターで学習する。')).toEqual(['GB200 | cluster size | approx 100000 chips | null | fact']);
    // A count of regions is no count of chips.
    expect(values('AWS在3个AWS区域部署')).toEqual([]);
  });

  it('should tell investor from target in Chinese: X是Y的股东, Y拒绝了X的提议, X跟Y谈', () => {
    const deal = (sentence: string) => readFigures(plainText(sentence), context).map((f) => [f.subject, f.counterparty, f.modality].join(' | '));
    expect(deal('微软是OpenAI最大的股东，累计投资额达130亿美元。')).toEqual(['Microsoft | OpenAI | fact']);
    expect(deal('去年，Anthropic拒绝了谷歌200亿美元的投资提议。')).toEqual(['Google | Anthropic | offer']);
    expect(deal('传闻谷歌还在跟Anthropic谈追加投资，金额可能高达100亿美元。')).toEqual(['Google | Anthropic | rumour']);
    // 和 between two investors is no target.
    expect(deal('谷歌和亚马逊向Anthropic投资50亿美元。')[0]).toBe('Google | Anthropic | fact');
  });

  it('should give a sum in 亿 without its currency the currency of the sentence’s other sums, and end hearsay at 目前/已经', () => {
    expect(values('积压订单超过4640亿美元，财报里的2440亿只是口径问题')).toEqual([{ amount: 464 * B, unit: 'USD', bound: 'min' }, { amount: 244 * B, unit: 'USD' }]);
    expect(read('传闻谷歌还在跟Anthropic谈追加投资，金额可能高达100亿美元，目前已经投了30亿。')).toEqual(['Google | investment | 10000000000 USD | null | rumour', 'Google | investment | 3000000000 USD | null | fact']);
    // Alone, a sum in 亿 has no currency: no figure.
    expect(values('积压订单2440亿。')).toEqual([]);
  });

  it('should date a figure compared with one "three months earlier" (较三个月前) a quarter before it', () => {
    expect(read('甲骨文截至2025年11月底的剩余履约义务达5230亿美元，较三个月前的4550亿美元大幅增加。')).toEqual(['Oracle | backlog | 523000000000 USD | 2025-Q4 | fact', 'Oracle | backlog | 455000000000 USD | 2025-Q3 | fact']);
    expect(read("Oracle's RPO reached $523 billion at the end of November 2025, up from $455 billion three months earlier.")).toEqual(['Oracle | backlog | 523000000000 USD | 2025-Q4 | fact', 'Oracle | backlog | 455000000000 USD | 2025-Q3 | fact']);
    // Compared with no span, the figure compared is of the same period.
    expect(read('甲骨文截至2025年11月底的剩余履约义务达5230亿美元，较此前的4550亿美元增加。')[1]).toBe('Oracle | backlog | 455000000000 USD | 2025-Q4 | fact');
  });

  it('should read an analysts’ forecast against the plan two sentences back, past the actual between them', async () => {
    const ja = await articleOf('メタ、設備投資を拡大', '同社は今期の設備投資を約1200億ドルと見込む。25年の実績は700億ドルだった。アナリストの間では、最終的に1300億ドル程度まで膨らむとの予想もある。');
    expect(claimsOf(ja)).toEqual(['Meta | capex | approx 120000000000 USD | null | plan', 'Meta | capex | 70000000000 USD | null | fact', 'Meta | capex | approx 130000000000 USD | null | forecast']);
    // Look-alike: with no plan before the actual, the analysts' sum is not known to be of it.
    const none = await articleOf('メタ、設備投資を拡大', '25年の設備投資の実績は700億ドルだった。アナリストの間では、最終的に1300億ドル程度まで膨らむとの予想もある。');
    expect(claimsOf(none)).toEqual(['Meta | capex | 70000000000 USD | null | fact']);
  });

  it('should give a Chinese or Japanese sentence that names no one the unit of the figures before it', async () => {
    const ja = await articleOf('マイクロソフト決算', 'マイクロソフトのクラウド基盤Azureの売上高は前年同期比35％増となった。増収率は市場予想の33％増を上回った。');
    expect(claimsOf(ja)).toEqual(['Azure | revenue growth | 35 % | null | fact', 'Azure | revenue growth | 33 % | null | forecast']);
    // Look-alike: "the company" (同社) is the company, not its unit.
    const company = await articleOf('マイクロソフト決算', 'マイクロソフトのクラウド基盤Azureの売上高は前年同期比35％増となった。同社の売上高は15％増だった。');
    expect(claimsOf(company)).toEqual(['Azure | revenue growth | 35 % | null | fact', 'Microsoft | revenue growth | 15 % | null | fact']);
  });

  it('should read money put into a place to build a data centre there (在…投资…建设数据中心) as capital spending', () => {
    expect(read('谷歌去年放弃了在得克萨斯州投资20亿美元建设数据中心的计划。')).toEqual(['Google | capex | 2000000000 USD | 2025 | cancelled']);
    // Look-alike: money put into a company is an investment.
    expect(read('谷歌去年在Anthropic投资20亿美元。')).toEqual(['Google | investment | 2000000000 USD | 2025 | fact']);
  });

  it('should read a company in brackets before its fiscal quarter as the period’s owner, and 收入积压 as backlog', () => {
    expect(read('微软Azure在截至12月的财季（微软2026财年第二季度）增长35%。')).toEqual(['Azure | revenue growth | 35 % | 2025-Q4 | fact']);
    // Look-alike: the company before its fiscal quarter outside brackets is the figure's.
    expect(read('微软2026财年第二财季资本开支为300亿美元。')).toEqual(['Microsoft | capex | 30000000000 USD | 2025-Q4 | fact']);
    expect(read('CoreWeave截至12月末的收入积压为600亿美元。')).toEqual(['CoreWeave | backlog | 60000000000 USD | 2025-Q4 | fact']);
    expect(read('CoreWeave一季度收入为20亿美元。')).toEqual(['CoreWeave | revenue | 2000000000 USD | 2026-Q1 | fact']);
  });

  it('should read a priced cloud contract (的雲端合約), a contract in Japanese (億ドル規模の契約) and a contract topped up (合同追加) as the deal’s sum', () => {
    expect(read('據報導，Meta與Google簽下價值逾50億美元的雲端合約。')).toEqual(['Meta | investment | min 5000000000 USD | null | rumour']);
    expect(read('OpenAIとAWSが150億ドル規模の契約を結んだ。')).toEqual(['OpenAI | investment | 15000000000 USD | null | fact']);
    expect(read('据知情人士透露，OpenAI正考虑将其在AWS的算力合同追加至多100亿美元。')).toEqual(['OpenAI | investment | max 10000000000 USD | null | rumour']);
    // Look-alike: contracts counted in a backlog are no one deal's sum.
    expect(read('AWS的未履約合約達2440億美元。')).toEqual(['AWS | backlog | 244000000000 USD | null | fact']);
  });

  it('should read tenths after 至 (推高至三成以上, above 30%) and what brokers expect (如券商所料) as a forecast', () => {
    expect(read('市场关注二季度AWS能否如券商所料把增速推高至四成以上。')).toEqual(['AWS | revenue growth | min 40 % | 2026-Q2 | forecast']);
    // Look-alike: the company's own figure, no broker's, is a fact.
    expect(read('二季度AWS把增速推高至四成以上。')).toEqual(['AWS | revenue growth | min 40 % | 2026-Q2 | fact']);
  });

  it('should read 未履行的履約義務 (remaining performance obligations in other words) as backlog', () => {
    expect(read('甲骨文截至2025年11月底未履行的履約義務達5230億美元。')).toEqual(['Oracle | backlog | 523000000000 USD | 2025-Q4 | fact']);
    // Look-alike: obligations that are not contracts' (债务义务) are no backlog.
    expect(read('甲骨文截至2025年11月底的债务义务达1000亿美元。')).toEqual([]);
  });

  it('should read 2025年Q4 and 2026Q1 as quarters of their year, 增幅 as growth, 订单储备 as backlog and 企業価値 as a valuation', () => {
    expect(parsePeriod('2025年Q4营收', '2025年Q4营收', context, null)).toBe('2025-Q4');
    expect(quartersNamed('谷歌2026年Q1财报与2026Q2展望')).toEqual(['2026-Q1', '2026-Q2']);
    expect(read('谷歌云营收152亿美元，同比增幅为30%。')).toEqual(['Google Cloud | revenue | 15200000000 USD | null | fact', 'Google Cloud | revenue growth | 30 % | 2026-Q1 | fact']);
    expect(read('甲骨文订单储备达到5230亿美元。')).toEqual(['Oracle | backlog | 523000000000 USD | null | fact']);
    expect(read('OpenAIの企業価値は5000億ドルと評価された。')).toEqual(['OpenAI | valuation | 500000000000 USD | null | fact']);
    // A figure of Q1 without its year stays the article's year's.
    expect(parsePeriod('Q1营收', 'Q1营收', context, null)).toBe('2026-Q1');
  });

  it('should break a clause at a Chinese comma before a year (，2024年), never inside a figure (2,440亿)', () => {
    expect(read('谷歌2023年投资20亿美元，2024年又追加20亿美元。').map((r) => r.split(' | ')[3])).toEqual(['2023', '2024']);
    expect(values('积压订单为2,440亿美元')).toEqual([{ amount: 244 * B, unit: 'USD' }]);
  });

  it('should read 消息称 as hearsay, and a dateline’s 消息 as none', () => {
    expect(read('有消息称，谷歌正考虑向Anthropic追加投资100亿美元。')[0]).toBe('Google | investment | 10000000000 USD | null | rumour');
    expect(read('IT之家 5 月 1 日消息，谷歌云营收为152亿美元。')).toEqual(['Google Cloud | revenue | 15200000000 USD | null | fact']);
  });
});


describe('Chinese and Japanese wordings of units, backlogs, plans and periods that other outlets use', () => {
  const names = (text: string) => findEntities(plainText(text)).map((e) => e.name);

  it('should read a company’s cloud unit named with 旗下 or 傘下, or by its role alone (其云业务), and never another unit as the cloud one', () => {
    expect(names('阿里巴巴旗下云业务、亞馬遜旗下的雲端事業、マイクロソフト傘下のクラウド部門')).toEqual(['Alibaba Cloud', 'AWS', 'Azure']);
    expect(read('谷歌旗下云业务第一季度营收同比增长30%。')).toEqual(['Google Cloud | revenue growth | 30 % | 2026-Q1 | fact']);
    // By its role alone: the company named before it in the sentence, else the article's.
    expect(read('微软周三公布财报，其云业务营收同比增长20%。')).toEqual(['Azure | revenue growth | 20 % | 2026-Q1 | fact']);
    expect(read('同社のクラウド部門は売上高が前年同期比25%増えた。', { fallbackSubject: 'Google' })).toEqual(['Google Cloud | revenue growth | 25 % | 2026-Q1 | fact']);
    // Another of its businesses stays the company's (a line of its revenue, its own measure since the twenty-third round).
    expect(read('亚马逊旗下电商业务营收增长10%。')).toEqual(['Amazon | revenue growth (e-commerce) | 10 % | null | fact']);
  });

  it('should read 这项业务 and 該業務 as the unit the sentence before spoke of, and leave them to the company when none was named', async () => {
    const unit = await articleOf('微软季度业绩', '微软智能云营收同比增长20%。截至3月底，这项业务的未履约订单为3000亿美元。');
    expect(claimsOf(unit)[1]).toMatch(/^Azure \| backlog \| 300000000000 USD \|/);
    const company = await articleOf('微软季度业绩', '微软营收同比增长10%。截至3月底，這項業務的未履約訂單為3000億美元。');
    expect(claimsOf(company)[1]).toMatch(/^Microsoft \| backlog \| 300000000000 USD \|/);
  });

  it('should read contracted sums not yet recognised as revenue (尚未确认为收入, 未認列收入) as a backlog, and revenue recognised as revenue', () => {
    expect(read('谷歌云尚未确认为收入的合同金额达1550亿美元。')).toEqual(['Google Cloud | backlog | 155000000000 USD | null | fact']);
    expect(read('甲骨文未認列收入的合約金額為5000億美元。')).toEqual(['Oracle | backlog | 500000000000 USD | null | fact']);
    expect(read('谷歌云已确认的收入为152亿美元。')).toEqual(['Google Cloud | revenue | 15200000000 USD | null | fact']);
  });

  it('should date a figure after 半年前 or 3カ月前 to that many months before the figure it follows, and one after no span to the same period', () => {
    expect(read('截至3月底，甲骨文的剩余履约义务为5530亿美元，半年前还是4550亿美元。')).toEqual(['Oracle | backlog | 553000000000 USD | 2026-Q1 | fact', 'Oracle | backlog | 455000000000 USD | 2025-Q3 | fact']);
    expect(read('受注残高は3月末時点で1500億ドル、3カ月前は1200億ドルだった。', { fallbackSubject: 'Google' }).map((r) => r.split(' | ')[3])).toEqual(['2026-Q1', '2025-Q4']);
    expect(read('截至3月底，甲骨文的剩余履约义务为5530亿美元，目前仍为5530亿美元。').map((r) => r.split(' | ')[3])).toEqual(['2026-Q1', '2026-Q1']);
  });

  it('should read money earmarked or budgeted (预留, 預算, 見込んでいる) as a plan, and last year’s figure beside it as a fact', () => {
    expect(read('谷歌今年为资本支出预留了约1800亿美元，去年为910亿美元。')).toEqual(['Google | capex | approx 180000000000 USD | 2026 | plan', 'Google | capex | 91000000000 USD | 2025 | fact']);
    expect(read('Meta今年資本開支預算為700億美元。')).toEqual(['Meta | capex | 70000000000 USD | 2026 | plan']);
    expect(read('オラクルは今期の設備投資を350億ドルと見込んでいる。')).toEqual(['Oracle | capex | 35000000000 USD | FY2026 | plan']);
    expect(read('Meta去年資本開支為390億美元。')).toEqual(['Meta | capex | 39000000000 USD | 2025 | fact']);
  });

  it('should read a Japanese range written with a wave dash (1000億〜1200億ドル) as one figure, and two figures apart as two', () => {
    expect(values('1000億〜1200億ドル')).toEqual([{ amount: 100 * B, unit: 'USD', bound: 'min' }]);
    expect(values('300億〜350億ドルを計画')).toEqual([{ amount: 30 * B, unit: 'USD', bound: 'min' }]);
    expect(values('1000億ドル、1200億ドル')).toEqual([{ amount: 100 * B, unit: 'USD' }, { amount: 120 * B, unit: 'USD' }]);
  });

  it('should read a two-digit year before 年 (24年, 27年) near the article’s date as that year, and never a count of years (10年間, 過去20年)', () => {
    expect(read('メタは24年に設備投資として390億ドルを投じ、27年は900億ドルを計画する。').map((r) => r.split(' | ').slice(3).join(' ')))
      .toEqual(['2024 fact', '2027 plan']);
    expect(parsePeriod('24年1～3月期の売上高', '24年1～3月期の売上高', context, null)).toBe('2024-Q1');
    expect(parsePeriod('10年間で1000億ドルを投資する', '10年間で1000億ドルを投資する', context, null)).toBeNull();
    expect(parsePeriod('过去20年累计投资', '过去20年累计投资', context, null)).toBeNull();
    // Far from the article's year, two digits before 年 are not read as one.
    expect(parsePeriod('98年の売上高', '98年の売上高', context, null)).toBeNull();
  });

  it('should read a cost 低三成 (30% lower) as a reduction of 30%, and 低成本 as no figure', () => {
    expect(read('谷歌称，用TPU训练模型，成本可比GPU低三成。')).toEqual(['Google Cloud | training cost | 30 % | null | fact']);
    expect(read('谷歌称，用TPU训练模型可以实现低成本。')).toEqual([]);
  });

  it('should break a Chinese headline at the space between its phrases, so that a growth rate is not the next phrase’s capex', () => {
    expect(read('谷歌雲端第一季度營收增長30% 資本開支創新高')).toEqual(['Google Cloud | revenue growth | 30 % | 2026-Q1 | fact']);
    // A space between a Latin name and Chinese words, or before a figure, breaks nothing.
    expect(read('Google 雲端營收年增 32%。')).toEqual(['Google Cloud | revenue growth | 32 % | 2026-Q1 | fact']);
  });
});

describe('Chinese and Japanese periods, deals and clusters as news writes them', () => {
  const periodOf = (sentence: string, ctx: Partial<SentenceContext> = {}) => read(sentence, ctx).map((r) => r.split(' | ')[3]);

  it('should read chips a cluster is made of or uses (由…组成, で構成される, 集群使用) as its size, and chips a company uses as deployed', () => {
    expect(read('Anthropic的新集群由约10万颗Trainium3芯片组成。')).toEqual(['Trainium3 | cluster size | approx 100000 chips | null | fact']);
    expect(read('新しいクラスターは約10万個のTrainium3チップで構成される。')).toEqual(['Trainium3 | cluster size | approx 100000 chips | null | fact']);
    expect(read('OpenAI 的 Stargate 集群使用了40万颗 Blackwell 芯片。')).toEqual(['Blackwell | cluster size | 400000 chips | null | fact']);
    expect(read('Anthropic使用了10万颗Trainium3芯片。')).toEqual(['Anthropic | chips deployed | 100000 chips | null | fact']);
  });

  it('should read 未履约合同金额 as a backlog, and a sum 开出 or 遭拒 as an offer turned down, a deal signed as a fact', () => {
    expect(read('甲骨文未履约合同金额达5230亿美元。')).toEqual(['Oracle | backlog | 523000000000 USD | null | fact']);
    const deal = (sentence: string) => readFigures(plainText(sentence), context).map((f) => [f.subject, f.counterparty, f.modality, f.offerStatus].join(' | '));
    expect(deal('微软曾向xAI开出100亿美元的入股条件，但遭到拒绝。')).toEqual(['Microsoft | xAI | offer | rejected']);
    expect(deal('谷歌向Anthropic提出的20亿美元投资方案被拒。')).toEqual(['Google | Anthropic | offer | rejected']);
    expect(deal('微软向xAI投资了100亿美元，双方已签约。')).toEqual(['Microsoft | xAI | fact | ']);
  });

  it('should read a unit named with a period between it and its parent (谷歌第一季度云业务), and the parent alone as the parent', () => {
    expect(read('谷歌第一季度云业务营收同比增长30%。')).toEqual(['Google Cloud | revenue growth | 30 % | 2026-Q1 | fact']);
    expect(read('微軟第三財季智能雲收入按年增長30%。')[0]).toMatch(/^Azure \| revenue growth \| 30 %/);
    expect(read('谷歌第一季度营收同比增长12%。')).toEqual(['Google | revenue growth | 12 % | 2026-Q1 | fact']);
  });

  it('should date growth year on year (同比) by the quarter its sentence named, and growth over last year’s level (较上年同期的…) as of the quarter reported', () => {
    expect(periodOf('英伟达第二财季数据中心营收为411亿美元，同比增长56%。')).toEqual(['2025-Q2', '2025-Q2']);
    expect(periodOf('谷歌云营收为152亿美元，同比增长30%。')).toEqual(['null', '2026-Q1']);
    expect(read('谷歌云一季度营收152亿美元，较上年同期的123亿美元增长24%。')).toEqual([
      'Google Cloud | revenue | 15200000000 USD | 2026-Q1 | fact',
      'Google Cloud | revenue | 12300000000 USD | 2025-Q1 | fact',
      'Google Cloud | revenue growth | 24 % | 2026-Q1 | fact',
    ]);
  });

  it('should read a yearless quarter not yet over on the calendar (輝達第二季 in May) on the fiscal calendar of a company whose year is not the calendar’s, and a calendar company’s on the calendar', () => {
    expect(periodOf('輝達第二季資料中心營收達411億美元。')).toEqual(['2025-Q2']);
    expect(periodOf('微軟首季營收年增18%。')).toEqual(['2026-Q1']);
    expect(periodOf('亚马逊第一季度营收为1815亿美元。')).toEqual(['2026-Q1']);
  });

  it('should read three months across calendar quarters (5～7月期, 2025年11月～1月期) as the quarter holding most of them', () => {
    expect(parsePeriod('エヌビディアの5～7月期の売上高', 'エヌビディアの5～7月期の売上高', context, 'NVIDIA')).toBe('2025-Q2');
    expect(parsePeriod('2025年11月～1月期の売上高', '2025年11月～1月期の売上高', context, 'NVIDIA')).toBe('2025-Q4');
    expect(parsePeriod('1～3月期の売上高', '1～3月期の売上高', context, null)).toBe('2026-Q1');
    // Two months are no quarter.
    expect(parsePeriod('8～9月の売上高', '8～9月の売上高', context, null)).toBeNull();
  });

  it('should read 同一季度 as the quarter reported, never a first quarter, and 前一季 as the quarter before', () => {
    expect(periodOf('同一季度，微軟 Azure 則年增 39%。', { fallbackSubject: 'Microsoft' })).toEqual(['2026-Q1']);
    expect(periodOf('微軟Azure收入按年增長39%，前一季為40%。', { fallbackSubject: 'Microsoft' })).toEqual(['2026-Q1', '2025-Q4']);
  });

  it('should read the level a rate moved from (40%から減速, 从40%放缓) as that level, and a rate that fell as a fall', () => {
    expect(read('Azureは前年同期比39%増で、前四半期の40%から減速した。', { fallbackSubject: 'Microsoft' }).map((r) => r.split(' | ')[2])).toEqual(['39 %', '40 %']);
    expect(read('Azure增速从40%放缓至39%。').map((r) => r.split(' | ')[2])).toEqual(['40 %', '39 %']);
    expect(read('Azureの売上高は前年同期比5%減った。').map((r) => r.split(' | ')[2])).toEqual(['-5 %']);
  });

  it('should read a data-centre plan paused (暫停…資料中心計畫) as cancelled, and a plan alone as no figure of capex', () => {
    expect(read('谷歌暫停一個20億美元的資料中心計畫。')).toEqual(['Google | capex | 2000000000 USD | null | cancelled']);
    expect(read('谷歌暫停一個20億美元的收購計畫。').join()).not.toMatch(/capex/);
  });
});

describe('Chinese and Japanese forecasts and hearsay told without their metric or source named', () => {
  it('should read a forecast that names no metric after a plan (分析师预计最终或达…, …との予想) as a forecast of what the plan measures', async () => {
    const zh = await articleOf('谷歌加码投资', '谷歌计划今年资本支出约1800亿美元。分析师预计最终或将达到1950亿美元。');
    expect(claimsOf(zh)).toEqual(['Google | capex | approx 180000000000 USD | null | plan', 'Google | capex | 195000000000 USD | null | forecast']);
    const ja = await articleOf('グーグルの投資', 'グーグルは今年の設備投資を約1800億ドルと見込む。市場では1950億ドルまで膨らむとの予想もある。');
    expect(claimsOf(ja)[1]).toBe('Google | capex | 195000000000 USD | null | forecast');
    // After a fact, or naming another company, it is no forecast of the plan.
    const fact = await articleOf('谷歌投资', '谷歌去年资本支出为910亿美元。分析师预计最终或将达到1950亿美元。');
    expect(claimsOf(fact)).toHaveLength(1);
    const other = await articleOf('谷歌加码投资', '谷歌计划今年资本支出约1800亿美元。分析师预计微软将达到1500亿美元。');
    expect(claimsOf(other)).toHaveLength(1);
  });

  it('should read 據接近交易的人士透露 and 据了解情况的人士称 as hearsay, and a company’s 預告 for the quarter under way as its plan', () => {
    expect(read('據接近交易的人士透露，微軟擬向xAI注資最多100億美元。')[0]).toMatch(/\| rumour$/);
    expect(read('据一位了解情况的人士称，谷歌拟向Anthropic追加投资20亿美元。')[0]).toMatch(/\| rumour$/);
    expect(read('谷歌表示已向Anthropic追加投资20亿美元。')[0]).toMatch(/\| fact$/);
    expect(read('微軟預告本季Azure增長37%至38%。')).toEqual(['Azure | revenue growth | min 37 % | 2026-Q2 | plan']);
  });
});

describe('Chinese and Japanese words for guidance, outside forecasts and reports, as Taiwan, mainland and Japanese outlets write them', () => {
  it('should read 財測 and 有意 as a company’s plan, 外界/业内预计, 市場共識 and とみられる as a forecast, と伝えた as a report, and 喊停 as called off', () => {
    const modality = (sentence: string) => read(sentence).map((r) => r.split(' | ')[4]);
    expect(modality('谷歌上調財測，今年資本支出約1850億美元。')).toEqual(['plan']);
    expect(modality('微软有意向xAI投资100亿美元。')).toEqual(['plan']);
    expect(modality('外界预计谷歌今年资本支出将达1950亿美元。')).toEqual(['forecast']);
    expect(modality('业内人士预计，谷歌今年资本支出或达1950亿美元。')).toEqual(['forecast']);
    expect(modality('谷歌雲端營收年增32%，高於市場共識的30%。')).toEqual(['fact', 'forecast']);
    expect(modality('グーグルの設備投資は1950億ドルに達するとみられる。')).toEqual(['forecast']);
    expect(modality('ロイターは、グーグルがアンソロピックに20億ドルを追加出資すると伝えた。')).toEqual(['rumour']);
    expect(modality('微软喊停一个10亿美元的数据中心项目。')).toEqual(['cancelled']);
    // Said of itself, as done: a fact.
    expect(modality('グーグルはアンソロピックに20億ドルを追加出資したと発表した。')).toEqual(['fact']);
  });

  it('should read 前年同期から…増えた as growth over the year before, of the quarter reported, and 前年同期の…から as last year’s level', () => {
    expect(read('グーグルの設備投資は前年同期から4割近く増えた。')).toEqual(['Google | capex | approx 40 % | 2026-Q1 | fact']);
    expect(read('グーグル・クラウドの営業利益は前年同期の22億ドルから増えた。')).toEqual(['Google Cloud | operating profit | 2200000000 USD | 2025-Q1 | fact']);
  });
});

describe('Chinese and Japanese words that look like a plan, a promise or another measure', () => {
  it('should read 将 after 可 or 能 as marking what is acted on (no future), and 可能将 or 将 alone as a plan', () => {
    expect(read('英伟达表示，新一代GPU可将推理成本最多降低30%。').map((r) => r.split(' | ')[4])).toEqual(['fact']);
    expect(read('谷歌称TPU能将训练成本降低25%。').map((r) => r.split(' | ')[4])).toEqual(['fact']);
    // Look-alikes: "may" and "will" are still a plan.
    expect(read('甲骨文可能将投入100亿美元建设数据中心。').map((r) => r.split(' | ')[4])).toEqual(['plan']);
    expect(read('甲骨文将投入100亿美元建设数据中心。').map((r) => r.split(' | ')[4])).toEqual(['plan']);
  });

  it('should read 未履行的合同承诺 as a backlog reported, and a company that 承诺 money as planning it', () => {
    expect(read('截至6月30日，甲骨文尚未履行的合同承诺达到4550亿美元。', { articleYear: 2025, articleMonth: 9, articleQuarter: '2025-Q2' })).toEqual(['Oracle | backlog | 455000000000 USD | 2025-Q2 | fact']);
    expect(read('微软承诺向OpenAI投资100亿美元。').map((r) => r.split(' | ')[4])).toEqual(['plan']);
  });

  it('should read a company’s 投资蓝图 or 投資計畫 as its capex plan, 对另一家公司的投资计划 as a stake, and 物业和设备 as capex', () => {
    expect(read('谷歌发布今年约一千八百亿美元的投资蓝图。')).toEqual(['Google | capex | approx 180000000000 USD | 2026 | plan']);
    expect(read('Meta公布了1200億美元的投資計畫。')).toEqual(['Meta | capex | 120000000000 USD | null | plan']);
    // Look-alike: an investment plan for another company is a stake in it.
    expect(read('微软对OpenAI的30亿美元投资计划仍在推进。').map((r) => r.split(' | ')[1])).toEqual(['investment']);
    expect(read('上季度，Meta在物业和设备上的支出达到190亿美元。')[0]!.split(' | ').slice(0, 2)).toEqual(['Meta', 'capex']);
    expect(read('谷歌去年在物業、廠房及設備上花了914億美元。')).toEqual(['Google | capex | 91400000000 USD | 2025 | fact']);
  });

  it('should read 同比增幅 after a measure as the change of that measure, and a bare 增速 beside another measure as revenue growth', () => {
    expect(read('Meta本季资本开支为190亿美元，同比增幅接近六成。').map((r) => r.split(' | ').slice(1, 3).join(' | '))).toEqual(['capex | 19000000000 USD', 'capex | approx 60 %']);
    // Look-alikes: a revenue figure's rise is revenue growth; a rate named with its revenue stays so.
    expect(read('谷歌云本季营收为150亿美元，同比增幅为32%。').map((r) => r.split(' | ')[1])).toEqual(['revenue', 'revenue growth']);
    expect(read('甲骨文云营收增幅为27%。').map((r) => r.split(' | ')[1])).toEqual(['revenue growth']);
  });

  it('should read 订单余额 and 合約餘額 as a backlog, never an account balance (账户余额)', () => {
    expect(read('截至6月末，甲骨文订单余额为4550亿美元。', { articleYear: 2025, articleMonth: 9, articleQuarter: '2025-Q2' })).toEqual(['Oracle | backlog | 455000000000 USD | 2025-Q2 | fact']);
    expect(read('微軟雲的合約餘額達3920億美元。').map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['Azure | backlog']);
    expect(read('甲骨文账户余额为20亿美元。')).toEqual([]);
  });

  it('should read 一年前 (1年前) opening a clause as the figure a year before, as 半年前 is half a year, and 2021年前 as no time ago', () => {
    expect(read('截至6月末，甲骨文积压订单为4550亿美元，一年前这一数字为1380亿美元。', { articleYear: 2025, articleMonth: 9, articleQuarter: '2025-Q2' }).map((r) => r.split(' | ')[3])).toEqual(['2025-Q2', '2024-Q2']);
    expect(read('オラクルの受注残高は6月末時点で4550億ドル、1年前は1380億ドルだった。', { articleYear: 2025, articleMonth: 9, articleQuarter: '2025-Q2' }).map((r) => r.split(' | ')[3])).toEqual(['2025-Q2', '2024-Q2']);
    expect(read('截至6月末，甲骨文积压订单为4550亿美元，半年前这一数字为1300亿美元。', { articleYear: 2025, articleMonth: 9, articleQuarter: '2025-Q2' }).map((r) => r.split(' | ')[3])).toEqual(['2025-Q2', '2024-Q4']);
    // Look-alike: a year before which (2021年前), no time ago; the figure compared is three months before.
    expect(read('截至6月末，甲骨文积压订单为4550亿美元，远超2021年前的水平，较三个月前的1380亿美元大增。', { articleYear: 2025, articleMonth: 9, articleQuarter: '2025-Q2' }).map((r) => r.split(' | ')[3])).toEqual(['2025-Q2', '2025-Q1']);
  });

  it('should read 超过六成 and 达到三成 as tenths after a bound word, never 成本 after one', () => {
    expect(values('资本开支同比增幅超过六成。')).toEqual([{ amount: 60, unit: '%', bound: 'min' }]);
    expect(values('云业务营收增长达到三成。').map((v) => v.amount)).toEqual([30]);
    expect(values('芯片成本超过成本价。')).toEqual([]);
  });

  it('should read 同四半期 after a sentence about another company as that company’s quarter, and 次の四半期 as the quarter after it', async () => {
    const article = await articleOf('アマゾンの決算', 'Googleは1〜3月期にGoogle Cloudの売上高が30％増えたと発表した。同四半期の設備投資額は180億ドルだった。次の四半期については、Google Cloudの成長率を25％と見込む。');
    expect(claimsOf({ ...article, date: '2026-05-04' })).toEqual([
      'Google Cloud | revenue growth | 30 % | 2026-Q1 | fact',
      'Google | capex | 18000000000 USD | 2026-Q1 | fact',
      'Google Cloud | revenue growth | 25 % | 2026-Q2 | plan',
    ]);
    // Look-alike: a sentence of its own company keeps it.
    const own = await articleOf('アマゾンの決算', 'Googleは1〜3月期にGoogle Cloudの売上高が30％増えたと発表した。同四半期のMetaの設備投資額は190億ドルだった。');
    expect(claimsOf({ ...own, date: '2026-05-04' })[1]!.split(' | ')[0]).toBe('Meta');
  });
});

describe('Chinese years and signed changes as briefs write them', () => {
  it('should read 2025全年 as the year 2025, and 全年 alone as a full year', () => {
    expect(read('谷歌2025全年资本支出为914亿美元。')).toEqual(['Google | capex | 91400000000 USD | 2025 | fact']);
    expect(read('谷歌全年资本支出为914亿美元。')).toEqual(['Google | capex | 91400000000 USD | annual | fact']);
  });

  it('should read a signed percentage after a Chinese word (同比+28%, 同比-3%) as growth, and a range (10-15%) as no sign', () => {
    expect(read('谷歌云营收152亿美元，同比+28%。')).toEqual(['Google Cloud | revenue | 15200000000 USD | null | fact', 'Google Cloud | revenue growth | 28 % | 2026-Q1 | fact']);
    expect(read('谷歌云营收同比-3%。')).toEqual(['Google Cloud | revenue growth | -3 % | 2026-Q1 | fact']);
    expect(read('谷歌云营收增长10-15%。')).toEqual(['Google Cloud | revenue growth | min 10 % | null | fact']);
  });
});

describe('Chinese and Japanese deals told from the side of the company that receives', () => {
  const deal = (sentence: string) => readFigures(plainText(sentence), context).map((f) => [f.subject, f.metric.name, f.counterparty].join(' | '));

  it('should read the company that 获得/再获/接受 money, or takes it から another, as the target, and the other as the investor', () => {
    expect(deal('xAI获得英伟达20亿美元投资。')).toEqual(['NVIDIA | investment | xAI']);
    expect(deal('xAI再获英伟达20亿美元注资。')).toEqual(['NVIDIA | investment | xAI']);
    expect(deal('xAI获得了英伟达的投资20亿美元。')).toEqual(['NVIDIA | investment | xAI']);
    expect(deal('xAIはエヌビディアから20億ドルの出資を受けた。')).toEqual(['NVIDIA | investment | xAI']);
    // The investor named first, and an investment 对 a company, stay as they were.
    expect(deal('英伟达向xAI投资20亿美元。')).toEqual(['NVIDIA | investment | xAI']);
    expect(deal('英伟达对xAI的投资累计达20亿美元。')).toEqual(['NVIDIA | investment | xAI']);
  });

  it('should read chips a company 获得 or 採用 as chips it deploys', () => {
    expect(read('xAI将获得最多50万颗英伟达GPU。')).toEqual(['xAI | chips deployed | max 500000 chips | null | plan']);
    expect(read('xAIは10万個のTPUを採用した。')).toEqual(['xAI | chips deployed | 100000 chips | null | fact']);
  });
});

describe('Chinese look-alikes of plan words and years', () => {
  it('should read 有意义 (meaningful) as no plan, and 成立26年 or 运营了25年 as no year', () => {
    expect(read('谷歌云营收同比增长30%，这一增长很有意义。')).toEqual(['Google Cloud | revenue growth | 30 % | 2026-Q1 | fact']);
    expect(parsePeriod('公司成立26年，营收达到100亿美元', '公司成立26年，营收达到100亿美元', context, null)).toBeNull();
    expect(parsePeriod('运营了25年的数据中心', '运营了25年的数据中心', context, null)).toBeNull();
  });
});

describe('Chinese verbs of change with an intensifier, and Hong Kong’s single-character ones', () => {
  it('should read 大增, 激增, 飙升 and 按年升 as a rise, 大跌, 锐减 and 按年跌 as a fall, and 增长率 stays a rate', () => {
    expect(read('谷歌云营收同比大增32%。')).toEqual(['Google Cloud | revenue growth | 32 % | 2026-Q1 | fact']);
    expect(read('谷歌雲收入按年升32%。')).toEqual(['Google Cloud | revenue growth | 32 % | 2026-Q1 | fact']);
    expect(read('谷歌云营收同比飙升32%。')).toEqual(['Google Cloud | revenue growth | 32 % | 2026-Q1 | fact']);
    expect(read('谷歌云营收按年跌3%。')).toEqual(['Google Cloud | revenue growth | -3 % | 2026-Q1 | fact']);
    expect(read('谷歌云营收同比锐减3%。')).toEqual(['Google Cloud | revenue growth | -3 % | 2026-Q1 | fact']);
    expect(read('谷歌云营收增长率为32%。')).toEqual(['Google Cloud | revenue growth | 32 % | null | fact']);
  });
});

describe('Chinese and Japanese references across sentences and paragraphs', () => {
  it('should read 该业务 and 这一增速 in a later paragraph as the unit the section spoke of, and a sentence about the company as the company’s', async () => {
    const [base] = await loadArticles();
    const empty = { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null };
    const paragraphs = (...texts: string[]): Article => ({ ...base!, id: 'zh', file: 'zh.txt', title: '谷歌的订单', date: null, tagline: null, tldr: empty, deepInsight: [], takeaways: [], technicalNotes: [], predictions: [], timeline: [], competitorTables: [], sections: [{ heading: '数字', level: 2, blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })) }] });
    const subjects = (article: Article) => extractClaims(article).map((c) => `${c.subject} ${c.metric} ${c.value!.amount}`);
    expect(subjects(paragraphs('截至3月末，谷歌云积压订单为2400亿美元。', '该业务一季度营收152亿美元。也有券商将这一增速写成30%。')))
      .toEqual(['Google Cloud backlog 240000000000', 'Google Cloud revenue 15200000000', 'Google Cloud revenue growth 30']);
    // 将 there is no "will": the rate is a fact.
    expect(extractClaims(paragraphs('截至3月末，谷歌云积压订单为2400亿美元。', '也有券商将这一增速写成30%。'))[1]!.modality).toBe('fact');
    expect(subjects(paragraphs('截至3月末，谷歌云积压订单为2400亿美元。', '谷歌一季度营收902亿美元。'))[1]).toBe('Google revenue 90200000000');
  });

  it('should point a 说法 back to the figure of the latest period before it, not the one that figure was compared with', async () => {
    const article = { ...(await articleOf('谷歌的订单', '截至3月末，谷歌云积压订单为2400亿美元，较去年9月末的1550亿美元明显增加。网上一度流传“超过3000亿美元”的说法。')), date: '2026-05-06' };
    expect(claimsOf(article).map((c) => c.split(' | ')[3])).toEqual(['2026-Q1', '2025-Q3', '2026-Q1']);
  });

  it('should read 投じる as money a company puts in, and 投じ before 設備投資 as that capex', () => {
    expect(read('グーグルは2030年までにインドで150億ドルを投じる計画だ。')).toEqual(['Google | investment | 15000000000 USD | 2030 | plan']);
    expect(read('メタは25年に700億ドルを投じ、26年の設備投資を1200億ドルと見込む。').map((r) => r.split(' | ')[1])).toEqual(['capex', 'capex']);
  });
});

describe('A long-form heading that states a figure', () => {
  it('should read a heading that states a figure (## 受注残は2440億ドル) as a mention, and a heading with a year but no figure as none', async () => {
    const [base] = await loadArticles();
    const empty = { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null };
    const article: Article = { ...base!, id: 'ja', file: 'ja.txt', title: 'グーグル・クラウドの決算', date: '2026-05-06', tagline: null, tldr: empty, deepInsight: [], takeaways: [], technicalNotes: [], predictions: [], timeline: [], competitorTables: [],
      sections: [{ heading: '受注残は1550億ドル', level: 2, blocks: [{ kind: 'paragraph', text: '3月末時点の受注残高は1550億ドルだった。' }] }, { heading: '2026年の展望', level: 2, blocks: [{ kind: 'paragraph', text: '同社は成長を続ける。' }] }] };
    expect(extractClaims(article).map((c) => `${c.mention.section} | ${c.subject} | ${c.metric} | ${c.value!.amount}`)).toEqual([
      'section: 受注残は1550億ドル | Google Cloud | backlog | 155000000000',
      'section: 受注残は1550億ドル | Google Cloud | backlog | 155000000000',
    ]);
  });
});

describe('Chinese purchases, bids for control, contracts not yet recognised and quarters dated by their end', () => {
  it('should read a contract sum "signed but not yet recognised" as the backlog, in both scripts, and an unconfirmed deal as none', () => {
    expect(read('截至9月底，微软已签约但尚未确认的合同金额为3920亿美元。')).toEqual(['Microsoft | backlog | 392000000000 USD | 2025-Q3 | fact']);
    expect(read('截至 12 月底，甲骨文已簽約但尚未認列的合約金額達 5,230 億美元。')).toEqual(['Oracle | backlog | 523000000000 USD | 2025-Q4 | fact']);
    // Negative control: a deal not yet confirmed is hearsay of a deal, not a backlog.
    expect(read('消息人士称，微软尚未确认的交易金额为50亿美元。').filter((r) => r.includes('backlog'))).toEqual([]);
  });

  it('should read a bid for control (开价…取得控制权) as an offer to buy the company, and money put in as an investment', () => {
    expect(read('据报道，谷歌曾开价200亿美元，谋求取得Anthropic的控制权。')).toEqual(['Google | acquisition | 20000000000 USD | null | offer']);
    // Negative control: a stake bought is an investment, not a takeover.
    expect(read('谷歌向Anthropic投资20亿美元。')).toEqual(['Google | investment | 2000000000 USD | null | fact']);
  });

  it('should read a sum bought from a company (向谷歌采购100亿美元算力) as the seller’s deal with the buyer, and 市場盛傳 as hearsay', () => {
    const parties = (sentence: string) => readFigures(plainText(sentence), context).map((f) => [f.subject, f.counterparty, f.metric.name, f.value.amount, f.modality].join(' | '));
    expect(parties('据知情人士透露，Meta曾同意向谷歌采购100亿美元算力。')).toEqual(['Google | Meta | investment | 10000000000 | rumour']);
    expect(parties('市場盛傳 Meta 將向谷歌採購價值 100 億美元的運算資源。')).toEqual(['Google | Meta | investment | 10000000000 | rumour']);
    // The same as the English wording reads it: "buy … from Google" is Google's deal with Meta.
    expect(parties('Meta reportedly agreed to buy $10 billion of computing power from Google.')).toEqual(['Google | Meta | investment | 10000000000 | rumour']);
    // Negative controls: what purchases cost is no sum bought from anyone; money put into a company keeps its investor first.
    expect(parties('微软的芯片采购成本为50亿美元。').filter((r) => r.includes('investment'))).toEqual([]);
    expect(parties('Meta向谷歌投资100亿美元。')).toEqual(['Meta | Google | investment | 10000000000 | fact']);
  });

  it('should date a previous quarter by the month it ended (截至1月的上一财季) as the calendar quarter holding most of it', () => {
    expect(read('輝達截至 1 月的上一財季，資料中心營收為 623 億美元。')).toEqual(['NVIDIA | data center revenue | 62300000000 USD | 2025-Q4 | fact']);
    expect(read('英伟达上一财季（截至10月底）数据中心收入为512亿美元。')).toEqual(['NVIDIA | data center revenue | 51200000000 USD | 2025-Q3 | fact']);
    // Negative control: a previous quarter with no month is the quarter before the reported one.
    expect(read('微软上一财季资本开支为375亿美元。')).toEqual(['Microsoft | capex | 37500000000 USD | 2025-Q4 | fact']);
  });

  it('should read 同期 alone ("the same period") and 該季 as the quarter the article reports, and 去年同期 as the base of a growth rate', () => {
    expect(read('甲骨文云业务同期增速为52%。')).toEqual(['OCI | revenue growth | 52 % | 2026-Q1 | fact']);
    expect(read('微軟雲端同期營收年增 39%。')).toEqual(['Azure | revenue growth | 39 % | 2026-Q1 | fact']);
    // Negative controls: with no period word the rate is undated; 较去年同期 names the year before as the base, not the figure's period.
    expect(read('甲骨文云业务增速为52%。')).toEqual(['OCI | revenue growth | 52 % | null | fact']);
    expect(read('甲骨文云业务营收较去年同期增长52%。')).toEqual(['OCI | revenue growth | 52 % | 2026-Q1 | fact']);
    // 該季 ("that quarter") in Taiwan's script, as 该季度: the reported quarter; a 季節 (season) is none.
    expect(read('微軟該季資本支出為 375 億美元。')).toEqual(['Microsoft | capex | 37500000000 USD | 2026-Q1 | fact']);
    expect(read('微软该季节性因素影响资本支出5亿美元。')).toEqual(['Microsoft | capex | 500000000 USD | null | fact']);
  });
});

describe('a segment’s revenue with words between', () => {
  const metricsOf = (sentence: string) => readFigures(plainText(sentence), context).map((f) => f.metric.name);

  it('should read 数据中心部门实现营收 and データセンター部門の…売上高 as data-center revenue', () => {
    expect(metricsOf('博通数据中心部门实现营收52亿美元。')).toEqual(['data center revenue']);
    expect(metricsOf('エヌビディアのデータセンター部門の8～10月期売上高は512億ドルだった。')).toEqual(['data center revenue']);
    // Look-alikes: the company's own revenue, with its data-center segment named in another clause, stays revenue.
    expect(metricsOf('英伟达营收为570亿美元，数据中心部门表现强劲。')).toEqual(['revenue']);
  });
});
