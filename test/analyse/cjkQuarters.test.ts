/**
 * Chinese and Japanese articles whose quarter is told by its months or left to the sentence before: a
 * quarter by its months without its year (1〜3月期決算, 1至3月营收) is the one the article reports on,
 * dated by its byline; the outlet 会社四季報 names no fourth quarter. Each article is of our own
 * writing, with a look-alike that must keep its own period.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { extractClaims } from '../../src/analyse/extractClaims.ts';

/** subject | metric | value | period | modality of each claim a long-form text gives. */
function claimsOf(text: string): string[] {
  const parsed = parseArticle({ file: 'cjk-quarters.txt', text, encoding: 'utf-8', repairs: [], warnings: [] });
  if (!('article' in parsed)) throw new Error('the text was rejected');
  return extractClaims({ ...parsed.article, url: '/articles/cjk-quarters.html' }).map((c) => [c.subject, c.metric, c.value?.amount, c.period, c.modality].map(String).join(' | '));
}

describe('A Japanese or Chinese quarter named by its months without its year', () => {
  it('should date growth 前年同期比 by the 1〜3月期 the article reports on, as of its byline, whatever 会社四季報 in the byline says', () => {
    const text = ['アマゾン、1〜3月期は増収', '', '会社四季報オンライン編集部　2026/05/03 7:00', '', 'アマゾンの1〜3月期決算で、売上高は前年同期比12％増の50億ドルだった。', '', '（会社四季報オンライン編集部）', ''].join('\n');
    expect(claimsOf(text)).toEqual(expect.arrayContaining(['Amazon | revenue growth | 12 | 2026-Q1 | fact', 'Amazon | revenue | 5000000000 | 2026-Q1 | fact']));
  });

  it('should keep the 10〜12月期 an article reports on the fourth quarter of the year before its date', () => {
    const text = ['アマゾン、10〜12月期は増収', '', '会社四季報オンライン編集部　2026/02/03 7:00', '', 'アマゾンの10〜12月期決算で、売上高は前年同期比9％増の48億ドルだった。', ''].join('\n');
    expect(claimsOf(text)).toEqual(expect.arrayContaining(['Amazon | revenue growth | 9 | 2025-Q4 | fact']));
  });

  it('should read 1至3月 in Chinese as the first quarter, and a span of two months as no quarter', () => {
    const text = ['谷歌1至3月营收增长', '', '2026年5月4日', '', '谷歌1至3月营收为50亿美元，同比增长12%。', ''].join('\n');
    expect(claimsOf(text)).toEqual(expect.arrayContaining(['Google | revenue growth | 12 | 2026-Q1 | fact']));
  });
});

describe('同部門 after a sentence that named the unit but stated no figure', () => {
  const opening = ['アマゾン、クラウドが主役', '', '2026/05/03', ''];
  it('should read 同部門 as the unit the sentence before named (クラウド部門AWS), though that sentence stated no figure', () => {
    const text = [...opening, 'アマゾンの1〜3月期決算は、クラウド部門AWSが主役だった。同部門の売上高は前年同期比20％増の300億ドルだった。', ''].join('\n');
    expect(claimsOf(text)).toEqual(expect.arrayContaining(['AWS | revenue growth | 20 | 2026-Q1 | fact', 'AWS | revenue | 30000000000 | 2026-Q1 | fact']));
  });

  it('should leave a figure of another company named in the next sentence to that company, and 同部門 after a sentence naming no unit to the article’s company', () => {
    const other = [...opening, 'アマゾンの1〜3月期決算は、クラウド部門AWSが主役だった。グーグルの売上高は前年同期比15％増だった。', ''].join('\n');
    expect(claimsOf(other)).toEqual(['Google | revenue growth | 15 | 2026-Q1 | fact']);
    const noUnit = [...opening, 'アマゾンの1〜3月期決算が発表された。同部門の売上高は前年同期比20％増だった。', ''].join('\n');
    expect(claimsOf(noUnit)).toEqual(['Amazon | revenue growth | 20 | 2026-Q1 | fact']);
  });
});

describe('The Japanese 前年 and 昨年 as last year', () => {
  const opening = ['アマゾン、設備投資を維持', '', '2026/05/03', ''];
  it('should date 前年の実績 and 昨年の実績 as the year before the article’s, not the year of the plan the sentence before named', () => {
    const text = [...opening, '同社は2026年の設備投資を約1800億ドルとする計画を据え置いた。前年の実績は1200億ドルだった。', '', 'グーグルの昨年の設備投資は900億ドルだった。', ''].join('\n');
    expect(claimsOf(text)).toEqual(expect.arrayContaining(['Amazon | capex | 180000000000 | 2026 | plan', 'Amazon | capex | 120000000000 | 2025 | fact', 'Google | capex | 90000000000 | 2025 | fact']));
  });

  it('should keep growth 前年比 the quarter reported, and leave the Chinese 前年 (the year before last) undated as a year of its own', () => {
    const text = [...opening, 'アマゾンの1〜3月期決算で、売上高は前年比11％増だった。', ''].join('\n');
    expect(claimsOf(text)).toEqual(['Amazon | revenue growth | 11 | 2026-Q1 | fact']);
    const chinese = ['谷歌资本开支', '', '2026年5月4日', '', '谷歌前年的资本开支为500亿美元。', ''].join('\n');
    expect(claimsOf(chinese).some((c) => c.includes('| 2025 |'))).toBe(false);
  });
});

describe('A Chinese or Japanese sentence that leaves out its subject and measure', () => {
  const opening = ['アマゾン、クラウドが好調', '', '2026/05/03', ''];
  const lead = 'アマゾンの1〜3月期決算で、クラウド部門AWSの売上高は前年同期比20％増の300億ドルとなった。';
  it('should read sums of the size of the figure before (前年同期の…, 市場予想（…）) as that measure, each clause with its own period and modality', () => {
    const text = [...opening, `${lead}前年同期の250億ドルから大きく伸び、市場予想（290億ドル前後）を上回った。`, ''].join('\n');
    expect(claimsOf(text)).toEqual(expect.arrayContaining(['AWS | revenue | 25000000000 | 2025-Q1 | fact', 'AWS | revenue | 29000000000 | 2026-Q1 | forecast']));
  });

  it('should leave a percentage with no measure, a sum of another company, and a forecast after a year’s actual unread as the measure before', () => {
    const percent = [...opening, `${lead}占有率は30％に達した。`, ''].join('\n');
    expect(claimsOf(percent).filter((c) => c.includes('| 30 |'))).toEqual([]);
    const other = [...opening, `${lead}グーグルは前年同期の250億ドルから伸びた。`, ''].join('\n');
    expect(claimsOf(other).filter((c) => c.startsWith('AWS') && c.includes('25000000000'))).toEqual([]);
    const actual = [...opening, '同社の25年の設備投資の実績は1200億ドルだった。最終的に1300億ドル程度まで膨らむとの予想もある。', ''].join('\n');
    expect(claimsOf(actual).filter((c) => c.includes('| 2025 | forecast'))).toEqual([]);
  });
});
