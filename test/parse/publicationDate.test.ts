import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import { dateOfLine, openingDate } from '../../src/parse/publicationDate.ts';
import type { ParsedArticle } from '../../src/schemas.ts';

const parsed = (file: string, text: string): ParsedArticle => {
  const result = parseArticle({ file, text, encoding: 'utf-8', repairs: [], warnings: [] });
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.article;
};
const PROSE = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';
const NEWS = 'The company said on April 30, 2026 that revenue for the quarter ended March 31, 2026 rose 12% from a year earlier.';

describe('the date a line states', () => {
  it('should read the day as bylines and date lines write it, in English, Chinese and numbers', () => {
    expect(dateOfLine('By Jane Doe · May 1, 2026')).toBe('2026-05-01');
    expect(dateOfLine('Thu Aug 13 2026')).toBe('2026-08-13');
    expect(dateOfLine('Print edition, May 9th 2026')).toBe('2026-05-09');
    expect(dateOfLine('2026年05月01日 08:15 新浪财经')).toBe('2026-05-01');
    expect(dateOfLine('05/06/2026 6:00 PM ET')).toBe('2026-05-06');
    expect(dateOfLine('06.05.2026')).toBe('2026-05-06');
    expect(dateOfLine('By Jane Doe | 05/05/26 6:00 AM')).toBe('2026-05-05');
    expect(dateOfLine('Series 1/2/3 of 12')).toBeNull();
  });

  it('should not take the end of a period reported, and keep the month of an impossible day', () => {
    expect(dateOfLine('第三财季（截至2026年3月31日）')).toBeNull();
    expect(dateOfLine('the quarter ended March 31, 2026')).toBeNull();
    expect(dateOfLine('Filed 2026/02/31')).toBe('2026-02');
  });

  it('should read the date an aggregator tagline opens with, and none it names later', () => {
    expect(openingDate('6 May 2026 — First-quarter filings show capital spending still rising')).toBe('2026-05-06');
    expect(openingDate('Published 4 May 2026 — AWS, Azure and Google Cloud all report')).toBe('2026-05-04');
    expect(openingDate('2026年5月6日｜AWS、Azure、谷歌云一季度成绩单')).toBe('2026-05-06');
    expect(openingDate('AWS backlog above $464B at the end of Q1 2026, by May 1, 2026')).toBeNull();
  });
});

describe("an article's date", () => {
  it('should be the date of the byline or date line under the headline, past a dek', () => {
    const byline = parsed('a.txt', `Intel beats estimates on foundry orders\n\nBy Jane Doe\nThu Aug 13 2026\n\n${PROSE}\n\n${NEWS}\n`);
    expect(byline.date).toBe('2026-08-13');
    const dek = parsed('b.txt', `Intel beats estimates on foundry orders\n\nCustomers in Asia and Europe sign new multi-year wafer supply contracts with the chipmaker this week.\n\nPublished May 4, 2026\n\n${PROSE}\n`);
    expect(dek.date).toBe('2026-05-04');
    const chinese = parsed('c.txt', `英特尔代工订单超预期\n\n2026年05月01日 08:15 新浪财经\n\n英特尔周四盘后公布的财报显示，代工业务收入同比增长12%，好于市场预期，公司同时上调了全年指引。\n`);
    expect(chinese.date).toBe('2026-05-01');
  });

  it('should be null when only the text names dates, and front matter should win over a byline', () => {
    expect(parsed('d.txt', `Intel beats estimates on foundry orders\n\n${PROSE}\n\n${NEWS}\n`).date).toBeNull();
    const front = parsed('e.txt', `---\ndate: 2026-05-02\n---\nIntel beats estimates on foundry orders\n\nBy Jane Doe · May 1, 2026\n\n${PROSE}\n\n${NEWS}\n`);
    expect(front.date).toBe('2026-05-02');
  });
});

describe('a date alone on its line, in numbers either way round', () => {
  it('should date the page by it, never head a section with it, and read it by the month the dateline names', () => {
    // A wire brief of a Malaysian agency, whose page prints the day first: "12/11/2026" over "KUALA LUMPUR, Nov 12".
    const wire = parsed('wire.txt', `Chipmaker lifts its AI orders target as demand surges\n\n12/11/2026 08:15 AM\n\nKUALA LUMPUR, Nov 12 (Bernama) -- ${PROSE} ${NEWS}\n\nSource: Bernama\n`);
    expect(wire.title).toBe('Chipmaker lifts its AI orders target as demand surges');
    expect(wire.date).toBe('2026-11-12');
    expect(wire.sections.map((s) => s.heading)).not.toContain('12/11/2026 08:15 AM');
    // Look-alike: with no month named under it, a date in numbers with slashes is read month first, as American pages write it.
    expect(parsed('us.txt', `Chipmaker lifts its AI orders target as demand surges\n\n12/11/2026 08:15 AM\n\n${PROSE}\n\n${NEWS}\n`).date).toBe('2026-12-11');
    expect(dateOfLine('12/11/2026', 'LONDON, 12 November (PA)')).toBe('2026-11-12');
  });
});

describe('a date in numbers beside a European time zone', () => {
  it('should read it day first, as European pages write it', () => {
    expect(dateOfLine('Published on 12/08/2026 - 10:15 GMT+2')).toBe('2026-08-12');
    expect(dateOfLine('Updated 03/11/2026 09:40 CET')).toBe('2026-11-03');
    // Look-alike: an American zone keeps a date with slashes month first.
    expect(dateOfLine('Published 12/08/2026 10:15 AM ET')).toBe('2026-12-08');
  });
});

