/**
 * Chinese and Japanese figures whose name, baseline, measure, currency, period or modality
 * stands outside the figure's own words: a percentage written against a name, a chip measured
 * against another named before its comparison word, a table whose header gives the currency,
 * a plan for 全年, a bracket that restates a figure. Each case is a sentence of its own, with a
 * look-alike that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { findValues } from '../../src/analyse/parseValue.ts';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { findEntities } from '../../src/analyse/entities.ts';
import { loadArticles } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

const context: SentenceContext = { fallbackSubject: null, articleYear: 2026, articleMonth: 5, articleQuarter: null };
/** subject | metric | value | period | modality, for each figure of a sentence. */
const read = (sentence: string, ctx: Partial<SentenceContext> = {}) =>
  readFigures(plainText(sentence), { ...context, ...ctx }).map((f) => [f.subject, f.metric.name, `${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit}`, f.period, f.modality].map(String).join(' | '));
const names = (text: string) => findEntities(plainText(text)).map((e) => e.name);

describe('A percentage written against a name in Chinese or Japanese', () => {
  it('should read a percentage glued to a name (GCP32％増, 微软Azure增长39%) as that name’s figure, and a name with digits as a name', () => {
    expect(read('グーグル、GCP32％増　4〜6月期', { articleMonth: 8 })).toEqual(['Google Cloud | revenue growth | 32 % | 2026-Q2 | fact']);
    expect(read('微软Azure41%增长，超出预期。')[0]).toMatch(/^Azure \| revenue growth \| 41 %/);
    // A chip's number is its name, never a figure; and an English name glued to a percentage stays a name.
    expect(findValues(plainText('H100の出荷が続く。'))).toEqual([]);
    expect(names('H200の出荷が続く。')).toEqual(['H200']);
    expect(findValues('Azure39% growth')).toEqual([]);
  });
});

describe('Chips measured against another in Chinese and Japanese', () => {
  it('should leave out the chip named before a comparison word (H100比で, 初代Trainiumの6倍, Trainium2的4倍, Trainium2より), and keep the chip measured', () => {
    expect(read('新型アクセラレータの推論性能はH100比で3倍に達する。', { fallbackSubject: 'Microsoft' })).toEqual(['Microsoft | performance | 3 x | null | fact']);
    expect(read('Trainium3は初代Trainiumの6倍の性能を持つ。')).toEqual(['Trainium3 | performance | 6 x | null | fact']);
    expect(read('Trainium3的性能是Trainium2的4倍。')).toEqual(['Trainium3 | performance | 4 x | null | fact']);
    expect(read('Trainium3の性能はTrainium2より40%高い。')).toEqual(['Trainium3 | performance | 40 % | null | fact']);
    // The Chinese 比 names the baseline after it: Trainium3 is measured, not Trainium2.
    expect(read('Trainium3的性能比Trainium2高40%。')).toEqual(['Trainium3 | performance | 40 % | null | fact']);
    // A chip named before its figure with no comparison word is what is measured.
    expect(read('Trainium2の性能は4倍になった。')).toEqual(['Trainium2 | performance | 4 x | null | fact']);
  });

  it('should keep a chip named right after its generation (第三代Trainium3) that chip, never the company beside it', async () => {
    const [base] = await loadArticles();
    const empty = { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null };
    const article = (paragraph: string): Article => ({ ...base!, id: 'cjk', file: 'cjk.txt', title: 'Trainium的野心', titleSource: 'title line', date: '2026-05-06', tagline: null, tldr: empty, deepInsight: [paragraph], takeaways: [], technicalNotes: [], predictions: [], timeline: [], competitorTables: [], sections: [] });
    const claims = (paragraph: string) => extractClaims(article(paragraph)).map((c) => `${c.subject} | ${c.metric} | ${c.value!.amount} ${c.value!.unit}`);
    expect(claims('第三代Trainium3由台積電生產，運算效能是前一代的4.4倍。')).toEqual(['Trainium3 | performance | 4.4 x']);
    // A generation with no name after it is still that generation of the article's chip.
    expect(claims('第三代晶片由台積電生產，運算效能是前一代的4.4倍。')).toEqual(['Trainium3 | performance | 4.4 x']);
  });

  it('should read Taiwan’s 運算效能 as performance beside 能源效率, and 兩成 as 20%', () => {
    expect(read('運算效能是前一代的3倍，能源效率提升兩成。', { fallbackSubject: 'AWS' })).toEqual(['AWS | performance | 3 x | null | fact', 'AWS | energy efficiency | 20 % | null | fact']);
  });

  it('should read the chips of Project Rainier (雷尼爾計畫, Project Rainier) and those a cluster adopts (叢集採用) as the cluster’s size, and chips a company adopts as deployed', () => {
    expect(read('Project Rainierでは約40万個のTrainium2が動いている。')).toEqual(['Trainium2 | cluster size | approx 400000 chips | null | fact']);
    expect(read('新叢集採用近40萬顆Trainium2晶片。')).toEqual(['Trainium2 | cluster size | approx 400000 chips | null | fact']);
    expect(read('xAI採用了10萬顆TPU。')).toEqual(['xAI | chips deployed | 100000 chips | null | fact']);
  });
});

describe('Chinese and Japanese figures whose measure, currency or modality is told around them', () => {
  it('should leave a metric after a semicolon to the figure of its own clause (市场预期为…；…积压订单…), and share one across a comma', () => {
    expect(read('谷歌云营收152亿美元，分析师预期为149亿美元；截至季末积压订单2400亿美元。', { fallbackSubject: 'Google' })).toEqual([
      'Google Cloud | revenue | 15200000000 USD | null | fact',
      'Google Cloud | revenue | 14900000000 USD | null | forecast',
      'Google Cloud | backlog | 240000000000 USD | null | fact',
    ]);
    expect(read('マイクロソフトは25年に800億ドルを投じ、26年の設備投資を1400億ドルと見込む。').map((r) => r.split(' | ')[1])).toEqual(['capex', 'capex']);
  });

  it('should read a table’s cells in 亿 under a header that gives their currency (（美元）), or bare numbers under one that gives both (（亿美元）)', async () => {
    const [base] = await loadArticles();
    const empty = { whatChanged: null, whyItMatters: null, whatToDoNext: null, whoShouldCare: null };
    const table = (header: string[], rows: string[][]): Article => ({
      ...base!, id: 'cjk', file: 'cjk.txt', title: '云厂商投入', date: '2026-05-06', tagline: null, tldr: empty, deepInsight: [], takeaways: [], technicalNotes: [], predictions: [], timeline: [], competitorTables: [],
      sections: [{ heading: '投入', level: 2, blocks: [{ kind: 'table', table: { header, rows } }] }],
    });
    const cells = (article: Article) => extractClaims(article).map((c) => `${c.subject} | ${c.metric} | ${c.value!.bound ?? ''}${c.value!.amount} ${c.value!.unit} | ${c.period} | ${c.modality} | ${c.mention.quote}`);
    expect(cells(table(['公司', '2026年资本开支计划（美元）', '2025年资本开支（美元）'], [['微软', '约1,400亿', '880亿'], ['Alphabet', '1,750亿至1,850亿', '914亿']]))).toEqual([
      'Microsoft | capex | approx140000000000 USD | 2026 | plan | 约1,400亿',
      'Microsoft | capex | 88000000000 USD | 2025 | fact | 880亿',
      'Google | capex | min175000000000 USD | 2026 | plan | 1,750亿至1,850亿',
      'Google | capex | 91400000000 USD | 2025 | fact | 914亿',
    ]);
    expect(cells(table(['会社', '2025年設備投資（億ドル）'], [['マイクロソフト', '880']]))).toEqual(['Microsoft | capex | 88000000000 USD | 2025 | fact | 880']);
    // A bare number under a currency alone has no scale: no sum is read.
    expect(cells(table(['公司', '2025年资本开支（美元）'], [['微软', '880']]))).toEqual([]);
  });

  it('should read a plan or forecast for 全年 (通期, "the full year") as the year under way, unknown without the article’s year, and a fact’s 全年 as a full year', () => {
    // Microsoft's year ends in June: the full year under way is its fiscal year.
    expect(read('微软维持全年约1400亿美元的资本开支计划。')).toEqual(['Microsoft | capex | approx 140000000000 USD | FY2026 | plan']);
    expect(read('微软维持全年约1400亿美元的资本开支计划。', { articleYear: null, articleMonth: null })).toEqual(['Microsoft | capex | approx 140000000000 USD | null | plan']);
    expect(read('Analysts expect Microsoft to spend $140 billion on capex for the full year.')).toEqual(['Microsoft | capex | 140000000000 USD | FY2026 | forecast']);
    expect(read('マイクロソフトは通年の設備投資を1400億ドルと見込む。')).toEqual(['Microsoft | capex | 140000000000 USD | FY2026 | plan']);
    expect(read('微软全年资本开支为880亿美元。')).toEqual(['Microsoft | capex | 88000000000 USD | annual | fact']);
  });

  it('should let the words after a bracket that restates a figure in another currency (（約20兆円）, （约合…）) still speak for it', () => {
    expect(read('マイクロソフトは設備投資を約1400億ドル（約20兆円）とする計画を維持した。')).toEqual(['Microsoft | capex | approx 140000000000 USD | null | plan']);
    // A clause after the bracket that is a sentence of its own does not.
    expect(read('谷歌去年资本开支为914亿美元（约合6600亿元），今年计划翻倍。')).toEqual(['Google | capex | 91400000000 USD | 2025 | fact']);
  });

  it('should date a clause that opens with 当时 (當時, その時点で) by the figure before it, not by the first period of the sentence', () => {
    expect(read('谷歌云积压订单在今年3月底达到2400亿美元，去年底为1550亿美元，当时同比增长82%。')).toEqual([
      'Google Cloud | backlog | 240000000000 USD | 2026-Q1 | fact',
      'Google Cloud | backlog | 155000000000 USD | 2025-Q4 | fact',
      'Google Cloud | backlog growth | 82 % | 2025-Q4 | fact',
    ]);
    expect(read('谷歌云积压订单在今年3月底达到2400亿美元，同比增长82%。').map((r) => r.split(' | ')[3])).toEqual(['2026-Q1', '2026-Q1']);
  });
});

describe('Chinese and Japanese hearsay told by what the market passed around or no one confirmed', () => {
  it('should read 市场一度传出…的消息, 未予证实 and 未確認 as hearsay, and a sum not yet recognised as revenue (尚未确认为收入) as a fact', () => {
    expect(read('市场一度传出微软将向xAI追加投资100亿美元的消息。')).toEqual(['Microsoft | investment | 10000000000 USD | null | rumour']);
    expect(read('据一份未予证实的文件，微软将向xAI追加投资100亿美元。')[0]).toMatch(/\| rumour$/);
    expect(read('未確認ながら、マイクロソフトはxAIに100億ドルを出資するという。')[0]).toMatch(/\| rumour$/);
    expect(read('微软尚未确认为收入的合同金额为3920亿美元。')).toEqual(['Microsoft | backlog | 392000000000 USD | null | fact']);
    expect(read('微软向xAI追加投资100亿美元。')).toEqual(['Microsoft | investment | 10000000000 USD | null | fact']);
  });

  it('should read a figure followed by a clause that no one confirmed or the company denied (，双方均未予证实, ，已予以否认, 、同社は確認していない) as hearsay', () => {
    expect(read('微软将向xAI追加投资100亿美元，微软和xAI均未予证实。')).toEqual(['Microsoft | investment | 10000000000 USD | null | rumour']);
    expect(read('网上称微软积压订单超过5000亿美元，微软已予以否认。')).toEqual(['Microsoft | backlog | min 500000000000 USD | null | rumour']);
    expect(read('マイクロソフトはxAIに100億ドルを出資する、同社は確認していない。')[0]).toMatch(/\| rumour$/);
    // Confirmed, it is what the words before say; a sum not yet recognised as revenue after it is no denial.
    expect(read('微软将向xAI追加投资100亿美元，双方已确认。')).toEqual(['Microsoft | investment | 10000000000 USD | null | plan']);
    expect(read('微软积压订单为3920亿美元，其中尚未确认为收入的部分占六成。')[0]).toMatch(/\| fact$/);
  });
});

describe('a subject left out after a sentence that names it', () => {
  const subjects = (body: string) =>
    extractClaims(inventedArticle(`アマゾンの設備投資\n\n東洋経済ウェブ｜2026年9月1日\n\n${body}`)).map((c) => `${c.subject} ${c.value?.amount}`);
  it('should give the figures of a Chinese or Japanese sentence that names no one to the one company the sentence before named without a figure', () => {
    expect(subjects('アマゾンは2026年の設備投資を約2000億ドルとする計画だ。投資の最大の受け手はブロードコムだ。5～7月期の売上高は160億ドルだった。')).toContain('Broadcom 16000000000');
    // Look-alike: after a sentence that names two companies, the article's company keeps the figure.
    expect(subjects('アマゾンは2026年の設備投資を約2000億ドルとする計画だ。受け手はブロードコムとエヌビディアだ。5～7月期の売上高は160億ドルだった。')).not.toContain('Broadcom 16000000000');
  });
});
