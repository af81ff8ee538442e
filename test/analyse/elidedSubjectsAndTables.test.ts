import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { findEntities } from '../../src/analyse/entities.ts';
import { inventedArticle, longFormText } from '../helpers/inventedArticle.ts';
import { asEvents, eventsOfMonth } from '../helpers/timelineMonth.ts';

/** Each claim candidate of `text` as its key and value, in the article's order. */
const read = (text: string) => extractClaims(inventedArticle(text)).map((c) => `${c.key} ${c.value ? `${c.value.amount}${c.value.unit === '%' ? '%' : ` ${c.value.unit}`}` : ''}`);

/** A long-form article of an outlet, dated 5 November 2026, of `paragraphs`. */
const longForm = (headline: string, paragraphs: string[]) => longFormText(headline, paragraphs, '5 November 2026');

/** The events one month's `groups` of entries make, each entry in an article of its own: each group as one event, if read right. */
const eventsOfGroups = (groups: string[][]) => eventsOfMonth(groups.flat());

describe('a Chinese or Japanese sentence that leaves its subject out', () => {
  const japanese = longForm('マイクロンとAMDが決算を発表', [
    '米マイクロン・テクノロジーの2026年6～8月期決算は、売上高が242億ドルと過去最高だった。',
    '米AMDが3日発表した2026年7～9月期決算は、売上高が129億ドルだった。データセンター部門の売上高は74億ドルだった。',
    '10～12月期の売上高は142億ドルを見込む。',
  ]);

  it('should go on with the company whose figures the sentence or paragraph before gave, not the company the headline names first', () => {
    expect(read(japanese)).toEqual([
      'figure|micron|revenue|2026-q3 24200000000 USD',
      'figure|amd|revenue|2026-q3 12900000000 USD',
      'figure|amd|data center revenue| 7400000000 USD',
      'figure|amd|revenue|2026-q4 14200000000 USD',
    ]);
  });

  it('should keep the article\'s company after its own figures, and "the company" (公司) after another\'s', () => {
    // After Micron's own figures, a sentence that names no one is still Micron's.
    const own = longForm('美光HBM持续放量', ['美光2026财年第四财季营收242亿美元。当季HBM收入为63亿美元。']);
    // (HBM's revenue is a line of Micron's business: businessLines.ts.)
    expect(read(own)).toEqual(['figure|micron|revenue|2026-q3 24200000000 USD', 'figure|micron|revenue (hbm)|2026-q3 6300000000 USD']);
    // A story whose headline names Salesforce, with a section on CoreWeave: 公司 there is CoreWeave.
    const section = longForm('赛富时与CoreWeave：一周两份AI账单', [
      '## CoreWeave：收入积压再创新高',
      'CoreWeave11月10日公布的第三季度业绩显示，收入积压达884亿美元。',
      '公司将2026年全年资本开支指引收窄至260亿至280亿美元。',
    ]);
    expect(read(section)).toEqual(['figure|coreweave|backlog|2026-q3 88400000000 USD', 'figure|coreweave|capex|2026 26000000000 USD']);
  });
});

describe('a name against a date', () => {
  it('should find a company written against the date after it, and still not a product inside a longer name', () => {
    expect(findEntities('CoreWeave11月10日公布的第三季度业绩').map((e) => e.name)).toEqual(['CoreWeave']);
    expect(findEntities('AMD3日発表').map((e) => e.name)).toEqual(['AMD']);
    expect(findEntities('Nvidia H100 chips').map((e) => e.name)).not.toContain('H10');
  });
});

describe('a table whose labels say what its bare numbers are', () => {
  it('should read a unit in words, a year as a row label, a floor and a column that names each row\'s measure', () => {
    const text = longForm('Meta spends more', [
      'Meta said on Wednesday that its capital spending rose again.',
      '| Meta capital spending | Billions of dollars |\n|---|---|\n| 2025, full year | 72.2 |\n| 2025 | 72.2 |\n| Q3 2026 | 33.4 |\n| 2027 plan | 160 or more |',
      'Chipmakers reported too.',
      '| Company | Quarter | AI figure, $bn | What it is |\n|---|---|---|---|\n| AMD | Jul–Sep 2026 | 7.4 | data-center segment revenue |',
    ]);
    expect(read(text)).toEqual([
      'figure|meta|capex|2025 72200000000 USD',
      'figure|meta|capex|2025 72200000000 USD',
      'figure|meta|capex|2026-q3 33400000000 USD',
      'figure|meta|capex|2027 160000000000 USD',
      'figure|amd|data center revenue|2026-q3 7400000000 USD',
    ]);
    // The floor stays a floor, and a year in a sentence is no table's label.
    expect(extractClaims(inventedArticle(text)).find((c) => c.period === '2027')?.value?.bound).toBe('min');
  });
});

describe('deals in other words', () => {
  it('should read a priced approach with its kind of payment as an offer to buy, and notes by their term or sale as a bond sale', () => {
    const text = longForm('AMD and CoreWeave', [
      "Lumora Photonics' board turned down AMD's $4.9 billion cash approach on Monday.",
      'CoreWeave said its US$4bn seven-year notes were priced on 17 November 2026.',
      'CoreWeave also has senior notes due 2030 worth $2 billion outstanding.',
      'Analysts took a cautious approach to spending on notes and bonds.',
    ]);
    const candidates = extractClaims(inventedArticle(text));
    // (Notes named by their term are that tranche's: the key names it, and the merge joins a sum told without it.)
    expect(candidates.map((c) => `${c.modality} ${c.key}`)).toEqual([
      'offer figure|amd|acquisition|',
      'fact figure|coreweave|bond sale:7-year|',
      'fact figure|coreweave|bond sale|',
    ]);
  });
});

describe('timeline entries of one month', () => {
  it('should keep a bond told without its company apart from another company\'s results of the same sum, and join a product named in capitals', async () => {
    const groups = [
      ['AMD reports its third quarter; Instinct revenue tops $4 billion.'],
      ['The US$4bn seven-year notes are priced.'],
      ['AMD launches the HBM4-based MI450 and its Helios rack.', 'AMD unveils the MI450 at its Advancing AI event.'],
    ];
    expect(await eventsOfGroups(groups)).toEqual(asEvents(groups));
  });

  it('should read a quarter\'s report as its results in any language, whatever figure it leads with, and a facility going online in Chinese and Japanese', async () => {
    const results = [
      ['CoreWeave reports third-quarter results.', 'CoreWeave发布三季报，收入积压刷新纪录。', 'コアウィーブが7～9月期決算を発表、受注残が過去最高に'],
      ['CoreWeave prices $4 billion of notes due 2032.'],
    ];
    expect(await eventsOfGroups(results)).toEqual(asEvents(results));
    const online = [
      ['OpenAI在挪威的数据中心正式上线。', 'オープンAIがノルウェーのデータセンターの運用を始める', "OpenAI's Norway data center comes online."],
      ['Meta在挪威的数据中心正式上线。'],
    ];
    expect(await eventsOfGroups(online)).toEqual(asEvents(online));
  });
});
