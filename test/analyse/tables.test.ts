import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { inventedArticle, oraclePage } from '../helpers/inventedArticle.ts';

// Tables written for these tests (not copied from the evaluation set): an aggregator page's competitor table whose
// rows name tickers, a column that names each row's measure, a column of gains over the chip before, a movement word
// before the measure it qualifies, and a table that repeats the figures the page's text dates.

/** An aggregator page about Oracle with `takeaways` and, under its competitor heading, `table`. */
const page = (takeaways: string[], table: string[]): string =>
  oraclePage(
    { headline: 'Oracle and its rivals report another quarter of cloud growth', tagline: 'The database giant keeps pace with the biggest clouds', changed: 'Oracle said its cloud business kept growing in the latest quarter.' },
    takeaways,
    table,
  );

/** The candidates of `text` read from a table, as subject, metric, period, modality and value. */
function cells(text: string): string[] {
  return extractClaims(inventedArticle(text))
    .filter((c) => c.mention.section.startsWith('table'))
    .map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
}

describe('reading an aggregator’s competitor table', () => {
  it('should say a competitor cell’s mention is a table’s, and a sentence’s mention is not', () => {
    const found = extractClaims(inventedArticle(page(['Oracle cloud revenue rose 44% in the quarter.'], ['| Cloud | Growth |', '|---|---|', '| OCI | 44% |', '| Azure | 37% |'])));
    const sections = found.map((c) => `${c.mention.section} | ${c.mention.quote}`);
    expect(sections).toContain('table: Competitor analysis | 37%');
    expect(sections).toContain('takeaways | Oracle cloud revenue rose 44% in the quarter.');
  });

  it('should read a ticker’s figure under a cloud column as its cloud unit’s, keeping two rows of one figure apart', () => {
    expect(cells(page([], ['| Ticker | Cloud sales growth |', '|---|---|', '| MSFT | 31% |', '| GOOGL | 31% |']))).toEqual([
      'Azure revenue growth - fact 31%',
      'Google Cloud revenue growth - fact 31%',
    ]);
    // Negative controls: a column that does not speak of the cloud keeps the company; capex is always the company's.
    expect(cells(page([], ['| Ticker | Sales growth |', '|---|---|', '| MSFT | 31% |']))).toEqual(['Microsoft revenue growth - fact 31%']);
    expect(cells(page([], ['| Ticker | Cloud capex, 2026 plan |', '|---|---|', '| MSFT | $90B |']))).toEqual(['Microsoft capex 2026 plan 90000000000USD']);
  });

  it('should read a row’s measure from the column that names it, and keep the header’s unit out of a percentage', () => {
    expect(cells(page([], ['| Company | Metric | Value |', '|---|---|---|', '| Nvidia | Data center revenue | $39.1B |', '| Meta | Capex | $18B |', '| Oracle | RPO | $410B |']))).toEqual([
      'NVIDIA data center revenue - fact 39100000000USD',
      'Meta capex - fact 18000000000USD',
      'Oracle backlog - fact 410000000000USD',
    ]);
    expect(cells(page([], ['| 公司 | 指標 | 數字 |', '|---|---|---|', '| 甲骨文 | 營收年增率 | 12% |']))).toEqual(['Oracle revenue growth - fact 12%']);
    // Negative control: a money header's unit stays out of the percentage column beside it.
    expect(cells(page([], ['| Company | Capex ($bn) | Sales growth |', '|---|---|---|', '| Meta | 72 | 22% |']))).toEqual(['Meta capex - fact 72000000000USD', 'Meta revenue growth - fact 22%']);
  });

  it('should read a multiple under a column of gains over the chip before as the row’s chip’s performance', () => {
    expect(cells(page([], ['| Chip | Vendor | Gain vs previous chip |', '|---|---|---|', '| Inferentia3 | AWS | 2.5x |', '| Inferentia2 | AWS | 3x |']))).toEqual([
      'Inferentia3 performance - fact 2.5x',
      'Inferentia2 performance - fact 3x',
    ]);
    // Negative controls: a row of a company, not a chip, and a column of anything but a gain, read no chip's performance.
    expect(cells(page([], ['| Company | Generational gain |', '|---|---|', '| Oracle | 2x |']))).toEqual([]);
    expect(cells(page([], ['| Chip | Note |', '|---|---|', '| Inferentia3 | 2x |']))).toEqual([]);
  });

  it('should read a movement word before a named measure as that measure, and alone as growth', () => {
    expect(cells(page([], ['| Vendor | Chip | Claim |', '|---|---|---|', '| AWS | Inferentia3 | as much as 35% lower training cost |']))).toEqual(['AWS training cost - fact 35%']);
    // Negative control: a movement with no measure after it stays the growth its column names.
    expect(cells(page([], ['| Cloud | Sales growth |', '|---|---|', '| OCI | up 44% |']))).toEqual(['OCI revenue growth - fact 44%']);
  });
});

describe('dating a table by the text beside it', () => {
  it('should give a cell its labels do not date the period the text gives the same figure', () => {
    const text = page(['Oracle’s remaining performance obligations reached $410 billion at the end of August 2025.'], ['| Company | Backlog |', '|---|---|', '| Oracle | $410B |']);
    expect(cells(text)).toEqual(['Oracle backlog 2025-Q3 fact 410000000000USD']);
  });

  it('should keep a cell dated by its own labels, and one the text gives two periods of, as they are', () => {
    const dated = page(['Oracle’s remaining performance obligations reached $410 billion at the end of August 2025.'], ['| Company | Backlog, Q1 2026 |', '|---|---|', '| Oracle | $410B |']);
    expect(cells(dated)).toEqual(['Oracle backlog 2026-Q1 fact 410000000000USD']);
    const twice = page(['Oracle’s backlog was $410 billion at the end of August 2025.', 'Oracle’s backlog was still $410 billion at the end of November 2025.'], ['| Company | Backlog |', '|---|---|', '| Oracle | $410B |']);
    expect(cells(twice)).toEqual(['Oracle backlog - fact 410000000000USD']);
  });
});

describe('reading a list under a lead-in that names its measure', () => {
  /** The candidates of a long-form article dated in May 2026 whose list follows `leadIn`. */
  function listed(leadIn: string, items: string[]): string[] {
    const text = ['Budgets keep growing', '', 'By Example Wire staff', 'May 4, 2026', '', '## The numbers', '', leadIn, '', ...items.map((i) => `- ${i}`), '', 'Source: Example Wire'];
    return extractClaims(inventedArticle(text.join('\n')))
      .filter((c) => c.mention.section === 'section: The numbers' && c.value !== null)
      .map((c) => `${c.subject} ${c.metric} ${c.period ?? '-'} ${c.modality} ${c.value?.amount}${c.value?.unit}`);
  }

  it('should read "last year’s" sum after a listed company’s figure as that company’s measure of the year before, a fact', () => {
    expect(listed('What each company now says it will put into capital spending in 2026:', ['Oracle: $50 billion, up from last year’s $35 billion.'])).toContain('Oracle capex 2025 fact 35000000000USD');
    // Negative control: a sum with no time gone by before it is not the listed company's.
    expect(listed('What each company now says it will put into capital spending in 2026:', ['Oracle: $50 billion, helped by a $35 billion bond sale.'])).not.toContain('Oracle capex 2025 fact 35000000000USD');
  });
});

describe('a table cell’s plan for the full year', () => {
  const article = (cell: string) =>
    ['云厂商资本开支一览', '', '示例财经 2026年8月4日', '', '各家云厂商近日陆续公布了最新一季的财报。', '', '| 公司 | 资本开支 | 备注 |', '|---|---|---|', `| 谷歌 | 480亿美元 | ${cell} |`, '', '来源：示例财经'].join('\n');

  it('should date 全年计划 in a cell to the year under way, as a sentence’s plan is', () => {
    expect(cells(article('全年计划约1800亿美元')).filter((c) => c.includes('180000000000'))).toEqual(['Google capex 2026 plan 180000000000USD']);
  });

  it('should leave a full year that is no plan undated by the article', () => {
    expect(cells(article('全年合计约1500亿美元')).filter((c) => c.includes('150000000000'))).toEqual(['Google capex annual fact 150000000000USD']);
  });
});
