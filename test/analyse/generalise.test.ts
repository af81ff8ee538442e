import { describe, expect, it } from 'vitest';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { findValues } from '../../src/analyse/parseValue.ts';
import { findEntities } from '../../src/analyse/entities.ts';
import { callsOff } from '../../src/analyse/modality.ts';
import { articleQuarter, dateLineOf, quartersNamed } from '../../src/analyse/articleDate.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { parseArticle } from '../../src/parse/parseArticle.ts';

// Sentences written for these tests, of the kinds a third batch of outlets showed the reader
// missing: offers walked away from, allocations for data centres, company guidance said as
// "we expect", baselines after "far above", numbers in words, clouds named by their parent in
// Chinese and Japanese, and stories told as labelled notes.
const context = { fallbackSubject: 'Oracle', articleQuarter: null, articleYear: 2026, articleMonth: 6 };
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name}${f.counterparty ? ` ${f.counterparty}` : ''} ${f.period ?? '-'} ${f.modality} ${f.value.amount}${f.value.unit}`);

describe('reading beyond the third batch of outlets', () => {
  it('should keep an offer an offer when it is walked away from, and a timeline entry that calls something off cancelled', () => {
    expect(read('Salesforce walked away from a $20 billion buyout offer from Oracle.')).toEqual(['Oracle acquisition Salesforce - offer 20000000000USD']);
    expect(callsOff('Salesforce walked away from Oracle’s $20 billion offer')).toBe(true);
    expect(callsOff('Oracle withdraws its proposal for a $2 billion campus in Texas')).toBe(true);
    expect(callsOff('Oracle proposes a $2 billion campus in Texas')).toBe(false);
  });

  it('should read money set aside for data centres or infrastructure as a capex plan, and the spending it is compared with as a fact', () => {
    expect(read('Meta has set aside $60 billion for data centers and power, well above the $39 billion it spent in 2025.')).toEqual([
      'Meta capex - plan 60000000000USD',
      'Meta capex 2025 fact 39000000000USD',
    ]);
    expect(read('甲骨文计划今年投入约400亿美元用于建设数据中心和网络基础设施。')).toEqual(['Oracle capex 2026 plan 40000000000USD']);
  });

  it('should read "we expect" as the company’s guidance and "we forecast" as a forecast', () => {
    expect(read('We expect capital expenditures of about $25 billion for fiscal 2027.')).toEqual(['Oracle capex FY2027 plan 25000000000USD']);
    expect(read('We now forecast fiscal 2027 capex of $28 billion.')).toEqual(['Oracle capex FY2027 forecast 28000000000USD']);
  });

  it('should read hundreds in words and dollars written the wire way', () => {
    const values = (s: string) => findValues(s).map((f) => `${f.value.amount} ${f.value.unit}`);
    expect(values('a three hundred million dollar data centre and 12 bln U.S. dollars in contracts')).toEqual(['300000000 USD', '12000000000 USD']);
  });

  it('should know a cloud unit named by its parent in Chinese and Japanese', () => {
    expect(findEntities('マイクロソフトのクラウド部門と亚马逊的云业务').map((e) => e.name)).toEqual(['Azure', 'AWS']);
    expect(read('亚马逊的云业务营收同比增长17%。')).toEqual(['AWS revenue growth - fact 17%']);
  });

  it('should read a story told in labelled notes as an article, about the company its opening names', () => {
    const text = [
      'Cloud demand keeps climbing',
      '',
      'Why it matters: Oracle told investors its contracted but unrecognised revenue has reached a record as AI labs sign multi-year deals.',
      '',
      'The big picture: Remaining performance obligations rose to $500 billion at the end of May, the company said on Tuesday.',
      '',
      'Source: Example Wire',
    ].join('\n');
    const parsed = parseArticle({ file: 'notes.txt', text, encoding: 'utf-8', repairs: [], warnings: [] });
    expect('article' in parsed).toBe(true);
    if (!('article' in parsed)) return;
    const claims = extractClaims({ ...parsed.article, url: '/articles/notes/' });
    expect(claims.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value?.amount}`)).toEqual(['Oracle backlog Q2 500000000000']);
  });

  it('should read backlog as revenue "yet to recognize", percentages in "pct" and a data-centre segment in Chinese', () => {
    expect(read("Oracle's cloud unit ended May with $510 billion in contracted revenue it has yet to recognize.")).toEqual(['OCI backlog 2026-Q2 fact 510000000000USD']);
    expect(read('OCI revenue grew 55 pct y/y.')).toEqual(['OCI revenue growth - fact 55%']);
    expect(read('英伟达数据中心业务营收420亿美元。')).toEqual(['NVIDIA data center revenue - fact 42000000000USD']);
  });

  it('should date a quarter "of last year" and leave a figure reached "since" undated by the clause before', () => {
    expect(read('Remaining performance obligations were $500 billion, up from $400 billion at the end of the second quarter of last year.')).toEqual([
      'Oracle backlog - fact 500000000000USD',
      'Oracle backlog 2025-Q2 fact 400000000000USD',
    ]);
    expect(read('Oracle first put $2 billion into the venture in 2024 and has since raised its stake to $5 billion.')).toEqual([
      'Oracle investment 2024 fact 2000000000USD',
      'Oracle investment - fact 5000000000USD',
    ]);
  });

  it('should read the date of a byline or dateline, never of a sentence of prose', () => {
    expect(['Tech Deals · May 1, 2026', '2026/05/02 6:00', 'Published 3 June 2026', '2026年5月1日 10:32'].map(dateLineOf)).toEqual(['2026-05', '2026-05', '2026-06', '2026-05']);
    expect(dateLineOf('A sentence that names May 1, 2026 among many other words in a long paragraph of prose that runs past a hundred characters.')).toBeNull();
  });

  it('should read money put into something measured as that measure, and a deal agreed tentatively as a plan of the company the sentence opens with', () => {
    expect(read('Oracle plans to invest about 40 billion dollars in capital expenditure this year.')).toEqual(['Oracle capex 2026 plan 40000000000USD']);
    expect(read('Oracle poured $9 billion into capital projects in Q3 FY26.')).toEqual(['Oracle capex 2026-Q1 fact 9000000000USD']);
    expect(read('Amazon invested $4 billion in Anthropic.')).toEqual(['Amazon investment Anthropic - fact 4000000000USD']);
    expect(read('Microsoft, for its part, has a tentative agreement to invest up to $10 billion in Mistral.')).toEqual(['Microsoft investment Mistral - plan 10000000000USD']);
  });

  it('should give a unit named with an appositive its figure, keep a relative clause’s company, and read a figure after "down from" as the level before', () => {
    expect(read('Oracle Cloud Infrastructure (OCI), the cloud arm of U.S. software group Oracle, reported bookings of $100 billion.')).toEqual(['OCI backlog - fact 100000000000USD']);
    expect(read('Analysts will compare OCI’s 52% with Google Cloud, which grew 34% in the quarter.').map((r) => r.split(' ')[0] + r.slice(r.lastIndexOf(' ')))).toEqual(['OCI 52%', 'Google 34%']);
    expect(read('OCI grew 52% in the quarter, down from 55% in the previous quarter.').map((r) => r.slice(r.lastIndexOf(' ') + 1))).toEqual(['52%', '55%']);
    // A cloud unit named by its parent in Japanese, whatever the parent's own name excludes.
    expect(findEntities('アマゾンのクラウドとアリババのクラウド事業').map((e) => e.name)).toEqual(['AWS', 'Alibaba Cloud']);
  });

  it('should read "June–August" as one period, a Chinese article’s fiscal quarter on its company’s calendar, and 较上年同期 as year-on-year', () => {
    expect(read('OCI revenue grew 52% in the quarter, after $9 billion in the June–August period.').at(-1)).toBe('OCI revenue 2025-Q3 fact 9000000000USD');
    // Oracle's fiscal year ends in May: its fiscal second quarter of 2026 is September–November 2025.
    expect(quartersNamed('甲骨文公布2026财年第二财季业绩，2025年第四季度')).toEqual(['FY2026-Q2@Oracle', '2025-Q4']);
    expect(articleQuarter([quartersNamed('甲骨文公布2026财年第二财季业绩')], 'Oracle')).toBe('2025-Q4');
    const reported = { fallbackSubject: 'Oracle', articleQuarter: '2025-Q4', articleYear: 2026, articleMonth: 1 };
    const inQuarter = (s: string) => readFigures(plainText(s), reported).map((f) => `${f.metric.name} ${f.period}`);
    expect(inQuarter('本财季甲骨文资本支出为120亿美元。')).toEqual(['capex 2025-Q4']);
    expect(inQuarter('OCI收入较上年同期增长52%。')).toEqual(['revenue growth 2025-Q4']);
  });

  it('should read "this figure" (这一数字) as the metric of the figure before it, and "in November 2024" as 2024', () => {
    const text = [
      'Oracle spends more on servers',
      '',
      'Oracle said capital expenditures were $12 billion in its fiscal second quarter of 2026, a record for the company. In the fiscal first quarter of 2026, this figure was $8.5 billion, according to its filings.',
      '',
      '甲骨文2026财年第二财季资本支出为120亿美元。2026财年第一财季，这一数字为85亿美元。',
      '',
      'Oracle invested $1 billion in Mistral in November 2024, its filings show.',
      '',
      'Source: Example Wire',
    ].join('\n');
    const claims = extractClaims(inventedArticle(text, 'back.txt'));
    // Oracle's fiscal year ends in May: fiscal Q2 2026 is September–November 2025, fiscal Q1 June–August.
    expect(claims.map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value?.amount}`)).toEqual([
      'Oracle capex 2025-Q4 12000000000',
      'Oracle capex 2025-Q3 8500000000',
      'Oracle capex 2025-Q4 12000000000',
      'Oracle capex 2025-Q3 8500000000',
      'Oracle investment 2024 1000000000',
    ]);
  });

  it('should read tenths in Japanese (3割), a cost named before its clause in Chinese, and "the full year 2026"', () => {
    const google = { fallbackSubject: 'Google', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
    const readAbout = (s: string) => readFigures(plainText(s), google).map((f) => `${f.subject} ${f.metric.name} ${f.period ?? '-'} ${f.value.bound ?? ''}${f.value.amount}${f.value.unit}`);
    expect(readAbout('グーグルによると、TPUを使えば推論コストを最大3割削減できるという。')).toEqual(['Google Cloud inference cost - max30%']);
    expect(readAbout('谷歌称，使用其TPU芯片训练模型，成本最多可降低30%。')).toEqual(['Google Cloud training cost - max30%']);
    expect(findValues('2割引のクーポン').map((f) => f.value)).toEqual([]);
    expect(readAbout('We expect capital expenditures of about $90 billion for the full year 2026.')).toEqual(['Google capex 2026 approx90000000000USD']);
  });
});

describe('who speaks for a figure', () => {
  it('should read a figure a wire attributes to its unnamed sources after the clause as reported', () => {
    expect(read('Oracle could put up to $12 billion more into the venture, the people said, though talks are early.')).toEqual(['Oracle investment - rumour 12000000000USD']);
    expect(read('Oracle could put up to $12 billion more into the venture, two people briefed on the talks said.')).toEqual(['Oracle investment - rumour 12000000000USD']);
    // A named speaker is no rumour.
    expect(read('Oracle will put $12 billion into the venture, Larry Ellison said.')).toEqual(['Oracle investment - plan 12000000000USD']);
  });

  it('should not let "reportedly" in one clause speak for the fact a relative clause states', () => {
    expect(read('Meta reportedly agreed to rent $10 billion of capacity from Oracle, a deal that lifted Oracle’s backlog to $500 billion at the end of May.')).toContain('Oracle backlog 2026-Q2 fact 500000000000USD');
  });
});

/** The claim candidates of a long-form article made of `lines`, as `subject metric period value | quote`. */
function candidates(lines: string[]): string[] {
  return extractClaims(inventedArticle([...lines, '', 'Source: Example Wire'].join('\n\n'), 'case.txt')).map((c) => `${c.subject} ${c.metric} ${c.period} ${c.value?.amount} | ${c.mention.quote}`);
}

describe('reading beyond the dev wordings (round 9)', () => {
  it('should read each of two figures of one value in a sentence for its own company, each quoting the whole sentence as the data API says', () => {
    const growth = 'In the quarter to June, Oracle Cloud (+52%), Alibaba Cloud (−3%) and Tencent Cloud (+52% y/y) reported their results on the same day.';
    const cancelled = 'Meta called off a $2 billion data center project in Texas in March, and Oracle shelved a $2 billion campus near Nashville after a zoning fight.';
    expect(candidates(['Chip clouds keep up the pace', growth, cancelled])).toEqual([
      `OCI revenue growth Q2 52 | ${growth}`,
      `Alibaba Cloud revenue growth Q2 -3 | ${growth}`,
      `Tencent Cloud revenue growth Q2 52 | ${growth}`,
      `Meta capex null 2000000000 | ${cancelled}`,
      `Oracle capex null 2000000000 | ${cancelled}`,
    ]);
  });

  it('should read a percentage written signed or "y/y", with no metric named, as growth (a minus sign a fall)', () => {
    expect(read('OCI (+55% y/y) and a $500B backlog: Oracle is back in high gear.')[0]).toBe('OCI revenue growth - fact 55%');
    expect(read('Quarter in brief: Oracle Cloud −4%, a weak showing.')[0]).toBe('OCI revenue growth - fact -4%');
    expect(read('OCI operating margins reached 14% y/y.')[0]).toBe('OCI operating margin - fact 14%');
    // A hyphen in a range is no sign.
    expect(read('Oracle sees margins of 10-15% for OCI.').join()).not.toContain('-10%');
  });

  it('should take the company after "from" as the investor, even when the one receiving the offer comes first and declines it', () => {
    expect(read('Cohere declined the offer of a $6 billion investment from Oracle last spring.')).toEqual(['Oracle investment Cohere - offer 6000000000USD']);
    expect(read('Mistral turned down a $3 billion proposal from Salesforce.')).toEqual(['Salesforce investment Mistral - offer 3000000000USD']);
  });

  it('should read a quarter in month words, without its year, as the next one in a company’s guidance and the last one in a fact', () => {
    // The context's article is of June 2026.
    expect(read('Oracle guided to OCI growth of 60% for the July–September period.')).toEqual(['OCI revenue growth 2026-Q3 plan 60%']);
    expect(read('OCI revenue grew 50% in the July–September period.')).toEqual(['OCI revenue growth 2025-Q3 fact 50%']);
  });

  it('should give growth a company only speaks of to its unit whose growth the sentence before stated, never its own revenue', () => {
    const lines = (paragraph: string) => candidates(['Oracle results', paragraph]).map((c) => c.slice(0, c.indexOf(' |')));
    expect(lines('OCI revenue grew 55% in the quarter to May 2026. Oracle guided to growth of 60% to 65% for the June–August period.')).toEqual([
      'OCI revenue growth 2026-Q2 55',
      'OCI revenue growth Q3 60',
    ]);
    expect(lines('OCI revenue grew 55% in the quarter to May 2026. Oracle said its total revenue would grow 14% in the June–August period.')).toEqual([
      'OCI revenue growth 2026-Q2 55',
      'Oracle revenue growth Q3 14',
    ]);
  });

  it('should leave money a company raises without a counterparty, unless it names who it is from', () => {
    const parties = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.counterparty ?? '-'}`);
    expect(parties('Cohere is in talks to raise as much as $4 billion, a round Oracle is expected to join.')).toEqual(['Cohere investment -']);
    expect(parties('Mistral is seeking up to €2 billion more, a round in which Microsoft would want to keep its stake.')).toEqual(['Mistral investment -']);
    expect(parties('Cohere raised $500 million from Oracle.')).toEqual(['Oracle investment Cohere']);
  });

  it('should read "It" opening a sentence as the company that opened the sentence before', () => {
    expect(candidates(['Oracle and its AI partners', 'Cohere is in talks to raise up to $4 billion, sources say. It raised $1 billion in March at a $7 billion valuation.']).map((c) => c.slice(0, c.indexOf(' |')))).toEqual([
      'Cohere investment null 4000000000',
      'Cohere investment null 1000000000',
      'Cohere valuation null 7000000000',
    ]);
  });

  it('should read performance per dollar as its own metric, in English and Chinese', () => {
    expect(read('Inferentia3 offers 25% better performance per dollar than Inferentia2.')).toEqual(['Inferentia3 performance per dollar - fact 25%']);
    expect(read('谷歌表示，Ironwood芯片的每美元性能比上一代高20%。')).toEqual(['Ironwood performance per dollar - fact 20%']);
  });

  it('should give what a chip measures, said by its company in a sentence naming no product, to the product the sentence before named', () => {
    const subjects = (paragraph: string) => candidates(['Alphabet results', paragraph]).map((c) => c.slice(0, c.indexOf(' |')));
    expect(subjects('The Ironwood processor, the seventh generation of Google’s TPU, is now shipping. The group claims a 20% gain in performance per dollar over the chips it replaces.')).toEqual([
      'Ironwood performance per dollar null 20',
    ]);
    // A product of another company is not the group's.
    expect(subjects('Nvidia’s Rubin is now shipping. Google claims a 20% gain in performance per dollar for its own chips.')).toEqual(['Google performance per dollar null 20']);
  });

  it('should count chips "of" a company, as in "half a million of Nvidia’s GPUs"', () => {
    expect(read('xAI plans to run half a million of Nvidia’s GPUs in Memphis.')).toEqual(['xAI chips deployed - plan 500000chips']);
    expect(read('Cohere will deploy 20,000 of its partner’s accelerators.')).toEqual(['Cohere chips deployed - plan 20000chips']);
  });

  it('should read a plan or forecast that only hearsay reports as a rumour, and let a company’s answer to a rumour stay a fact', () => {
    expect(read('Oracle is weighing putting as much as $12 billion more into Cohere, according to a person briefed on the talks.')).toEqual(['Oracle investment Cohere - rumour 12000000000USD']);
    expect(read('据知情人士透露，甲骨文或将向Cohere投资50亿美元。')).toEqual(['Oracle investment Cohere - rumour 5000000000USD']);
    expect(read('针对網傳甲骨文积压订单超过6000亿美元的说法，甲骨文方面表示，积压订单为5000亿美元。').map((r) => r.slice(r.indexOf(' - ') + 3))).toEqual(['rumour 600000000000USD', 'fact 500000000000USD']);
    // A reported offer is still an offer.
    expect(read('Oracle reportedly offered $20 billion for Cohere.')[0]).toContain('offer');
  });

  it('should read a sum a company raises in "a funding round of" without a counterparty', () => {
    expect(read('Cohere, which eyes a funding round of as much as $4 billion, counts Oracle among its backers.')).toEqual(['Cohere investment - fact 4000000000USD']);
  });

  it('should read what the Street had or was modeling as a forecast, and an actual "ahead of" it as a fact', () => {
    expect(read('The Street had OCI at 50% growth, per FactSet.')).toEqual(['OCI revenue growth - forecast 50%']);
    expect(read('Your OCI growth of 55% came in well ahead of the 50% the Street was modeling.').map((r) => r.slice(r.lastIndexOf(' - ') + 3))).toEqual(['fact 55%', 'forecast 50%']);
  });

  it('should let "as" open a clause of its own, but not in "as much as"', () => {
    expect(read("Oracle's cloud arm grows 55% as capex hits $12 billion").map((r) => r.slice(0, r.indexOf(' - ')))).toEqual(['OCI revenue growth', 'Oracle capex']);
    expect(read('OCI training costs fell as much as 30%.')).toEqual(['OCI training cost - fact 30%']);
  });

  it('should read "the period ended May 31, 2026" as the quarter it ends', () => {
    expect(read('OCI revenue grew 52% in the period ended May 31, 2026.')).toEqual(['OCI revenue growth 2026-Q2 fact 52%']);
  });

  it('should never take "Management" for a company, read revenue "not yet recognised" as backlog and money "on the table" as an offer', () => {
    expect(read('Management expects capital expenditures of roughly $25 billion in 2027.')).toEqual(['Oracle capex 2027 plan 25000000000USD']);
    expect(read('OCI’s contracted but not yet recognised revenue was $500bn at the end of May.')).toEqual(['OCI backlog 2026-Q2 fact 500000000000USD']);
    expect(read('Oracle reportedly put $20 billion on the table to win Cohere.')).toEqual(['Oracle investment Cohere - offer 20000000000USD']);
  });
});
