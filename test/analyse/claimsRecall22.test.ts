import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { findValues } from '../../src/analyse/parseValue.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { relationOf } from '../helpers/probePairs.ts';

// Sentences written for these tests (not copied from the pair probes nor the evaluation set): the twenty-second round's
// rules for recall, the same fact told in other words — Alibaba's fiscal calendar and its cloud unit's other name, a
// quarter by months across the year's turn, twelve months that are a fiscal year, "projects" as a verb, nine months to
// date in Japanese, the renminbi in Japanese, money put into infrastructure in Japanese, a company bought whole, a licence
// paid for, a Japanese sentence's topic as the paying party, and a stake in percent.

/** A one-sentence story by `outlet`, dated `date` ("October 30, 2025"). */
const story = (outlet: string, date: string, sentence: string) => `A story\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}`;

/** What the reader makes of two outlets' sentences: one claim, two disputed claims, two apart, or no claim from one side. */
function relation(a: string, b: string, date = 'October 30, 2025', dateB = date): ReturnType<typeof relationOf> {
  return relationOf([inventedArticle(story('Example Wire', date, a), 'recall22-a.txt'), inventedArticle(story('Sample Post', dateB, b), 'recall22-b.txt')]);
}

/** Each figure of `sentence`, read in an article of `year`-`month`: subject | metric | period | value | modality. */
function read(sentence: string, year = 2025, month = 10): string[] {
  const context: SentenceContext = { articleQuarter: null, articleYear: year, articleMonth: month, fallbackSubject: null };
  return readFigures(sentence, context).map((f) => `${f.subject} | ${f.metric.name} | ${f.period} | ${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit} | ${f.modality}`);
}

describe("Alibaba's fiscal calendar and its cloud unit's other name", () => {
  it('should read a fiscal quarter of Alibaba as the calendar quarter it covers, and 云智能集团 as Alibaba Cloud', () => {
    expect(read('阿里巴巴2027财年第一季度，云智能集团收入为420亿元。', 2026, 8)[0]).toMatch(/^Alibaba Cloud \| revenue \| 2026-Q2 \|/);
    expect(relation('阿里巴巴2027财年第一季度，云智能集团收入为420亿元。', '截至2026年6月30日的三个月，阿里云收入为420亿元人民币。', 'August 29, 2026')).toBe('same');
  });

  it('should keep a calendar company’s fiscal quarter its calendar quarter, and dispute two sums of one Alibaba quarter', () => {
    // Negative controls: Tencent's fiscal year is the calendar's; two outlets' sums for one quarter disagree.
    expect(read('腾讯2026财年第二季度收入为1900亿元。', 2026, 8)[0]).toMatch(/^Tencent \| revenue \| 2026-Q2 \|/);
    expect(relation('阿里巴巴2027财年第一季度，云智能集团收入为420亿元。', '截至2026年6月30日的三个月，阿里云收入为390亿元人民币。', 'August 29, 2026')).toBe('conflict');
  });
});

describe('a quarter named by months across the year’s turn', () => {
  it('should read "the November–January quarter" as the quarter holding most of it', () => {
    expect(read("Dell's revenue rose 11% in the November–January quarter.", 2026, 3)[0]).toMatch(/\| 2025-Q4 \|/);
    expect(relation("Dell's revenue grew 11% in its fiscal fourth quarter.", "Dell's revenue rose 14% in the November–January quarter.", 'March 3, 2026')).toBe('conflict');
  });

  it('should leave bare months across the turn ("for November to January") and five months no quarter', () => {
    // Negative controls: bare months also tell a span; five months are no quarter.
    expect(read('Nvidia guided to revenue of about $80 billion for November to January.', 2026, 11)[0]).not.toMatch(/-Q\d/);
    expect(read("Dell's revenue rose 11% in the November–March period.", 2026, 4)[0]).not.toMatch(/-Q\d/);
  });
});

describe('twelve months that are a fiscal year', () => {
  it('should read twelve months ended in the month that closes the company’s fiscal year as that fiscal year', () => {
    expect(read('Cisco booked revenue of $57 billion in the twelve months ended July 26, 2025.', 2025, 8)[0]).toMatch(/^Cisco \| revenue \| FY2025 \|/);
    expect(read("Oracle expects $70bn of sales in the year ending May 2026.", 2025, 9)[0]).toMatch(/^Oracle \| revenue \| FY2026 \|/);
    expect(relation('Cisco’s revenue for fiscal 2025 was $57 billion.', 'Cisco booked sales of $57bn in the twelve months ended July 26, 2025.', 'August 20, 2025')).toBe('same');
  });

  it('should keep twelve months ended in another month a trailing measure', () => {
    // Negative control: Cisco's fiscal year does not end in March.
    expect(read('Cisco booked revenue of $56 billion in the twelve months ended March 31, 2025.', 2025, 5)[0]).toMatch(/^Cisco \| revenue \(trailing twelve months\) \|/);
  });
});

describe('"projects" as a verb', () => {
  it('should read a sum a company projects as the metric after it, not capital projects', () => {
    expect(read('Oracle now projects $70bn of sales for fiscal 2026.', 2025, 9)[0]).toMatch(/^Oracle \| revenue \| FY2026 \|/);
  });

  it('should keep "projects" a noun of spending before no figure', () => {
    // Negative control: capital projects are capex.
    expect(read('Oracle put $8.5 billion into data centre projects in the quarter.', 2025, 9)[0]).toMatch(/^Oracle \| capex \|/);
  });
});

describe('nine months to date in Japanese', () => {
  it('should read 第3四半期累計 as nine months, and 4～12月期 of a March company as its fiscal year’s nine months', () => {
    expect(read('ソフトバンクグループの2026年3月期第3四半期累計の純利益は9000億円だった。', 2026, 2)[0]).toMatch(/^SoftBank \| net income \(nine months\) \| FY2026 \|/);
    expect(relation('ソフトバンクグループの2025年4～12月期の純利益は9000億円だった。', 'ソフトバンクグループの2026年3月期第3四半期累計の最終利益は9000億円となった。', 'February 13, 2026')).toBe('same');
  });

  it('should keep a quarter of three months a quarter and a calendar company’s nine months its year', () => {
    // Negative controls: 10～12月期 is one quarter; Google's January–September is 2025's.
    expect(read('ソフトバンクグループの2025年10～12月期の純利益は3000億円だった。', 2026, 2)[0]).toMatch(/^SoftBank \| net income \| 2025-Q4 \|/);
    expect(read('グーグルの2025年1～9月期の純利益は900億ドルだった。', 2025, 11)[0]).toMatch(/^Google \| net income \(nine months\) \| 2025 \|/);
  });
});

describe('the renminbi in Japanese and money put into infrastructure', () => {
  it('should read 人民元 and 人民幣 as the yuan, and money a Japanese text puts into infrastructure as capex', () => {
    expect(findValues('1200億人民元を投じる').map((f) => f.value)).toEqual([{ amount: 120_000_000_000, unit: 'CNY' }]);
    expect(findValues('投資1200億元人民幣').map((f) => f.value)).toEqual([{ amount: 120_000_000_000, unit: 'CNY' }]);
    expect(relation('腾讯计划未来三年投入1200亿元，用于建设人工智能基础设施。', 'テンセントは今後3年間でAIのインフラに1200億人民元を投じる計画だ。')).toBe('same');
  });

  it('should keep money put into a company a stake', () => {
    // Negative control: 出資に投じる into another company is an investment.
    expect(read('ソフトバンクはオープンAIへの出資に300億ドルを投じる。')[0]).toMatch(/^SoftBank \| investment \|/);
  });
});

describe('a company bought whole', () => {
  it('should read a company bought for a price or in a deal as an acquisition, whatever the deal is valued at', () => {
    expect(read('Salesforce agreed to buy Informatica in a cash deal valued at about $8 billion.')[0]).toMatch(/^Salesforce \| acquisition \|/);
    expect(read('Salesforce bought Slack for $27.7 billion.')[0]).toMatch(/^Salesforce \| acquisition \|/);
    expect(relation('Salesforce agreed to buy Informatica in a cash deal valued at about $8 billion.', 'Salesforce agreed to acquire Informatica for about $8 billion.')).toBe('same');
  });

  it('should keep goods, shares and compute bought no acquisition, and a deal without a takeover money put in', () => {
    // Negative controls: GPUs bought are no company; a deal named with no takeover stays an investment.
    expect(read('Meta will buy AMD GPUs for $10 billion.').some((f) => f.includes('acquisition'))).toBe(false);
    expect(read('Microsoft and Nvidia buy in for up to $5 billion.').some((f) => f.includes('acquisition'))).toBe(false);
    expect(read('Amazon struck a $38 billion deal with OpenAI.')[0]).toMatch(/^Amazon \| investment \|/);
  });
});

describe('a licence paid for', () => {
  it('should read money paid to license a technology as a licence deal of the payer with the licensor, in English and Japanese', () => {
    expect(read("Intel agreed to pay $3 billion to license Arm's designs.")[0]).toMatch(/^Intel \| licence \|/);
    expect(relation("Intel agreed to pay $3 billion to license Arm's designs.", 'インテルは、アームの技術ライセンス取得に30億ドルを支払うことで合意した。')).toBe('same');
  });

  it('should keep licence sales no licence deal, and a Japanese offer another company made (が) filed as before', () => {
    // Negative controls: "licence sales" is no licence deal; アマゾンが提示した marks Amazon as the one offering.
    expect(read("Oracle's licence sales fell to $1.2 billion in the quarter.").some((f) => f.includes('| licence |'))).toBe(false);
    expect(read('オープンAIは3月、アマゾンが提示した最大500億ドルの出資案を退けた。')).toEqual(['OpenAI | investment | null | max 50000000000 USD | offer']);
  });
});

describe('a stake in percent', () => {
  it('should read the share of a company another owns, with the company owned as counterparty', () => {
    expect(relation('Nvidia holds a stake of about 4% in Intel, the companies said.', 'Nvidia owns roughly 4 per cent of Intel’s shares.')).toBe('same');
    expect(relation('Nvidia holds a stake of about 4% in Intel.', '英伟达持有英特尔约4%的股份。')).toBe('same');
    expect(relation('Nvidia holds a stake of about 4% in Intel.', 'Nvidia holds a stake of about 6% in Intel.')).toBe('conflict');
  });

  it('should keep a share of a market its market share', () => {
    // Negative control: "owns 27% of the cloud market" is no stake.
    expect(read('Microsoft owns 27% of the cloud market.')[0]).toMatch(/^Microsoft \| market share \|/);
  });
});
