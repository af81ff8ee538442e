import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { parsePeriod } from '../../src/analyse/periods.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences written for these tests (not copied from the evaluation set): another measure of the
// same metric (twelve months, constant currency, nine months, several years), and how an undated
// figure that disagrees with its quarter's is found as a conflict.
const context = { fallbackSubject: 'Oracle', articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.period ?? '-'} ${f.value.amount}${f.value.unit}`);


describe('another measure of the same metric', () => {
  it('should read twelve months of revenue as its own measure, and a quarter beside it as plain revenue', () => {
    expect(read('Salesforce booked $41.2 billion of revenue in the last twelve months.')).toEqual(['Salesforce revenue (trailing twelve months) - 41200000000USD']);
    expect(read('On an LTM basis, Oracle revenue stands at $61 billion.')).toEqual(['Oracle revenue (trailing twelve months) - 61000000000USD']);
    expect(read('Summed over the past four quarters, Oracle sales reached $61 billion.')).toEqual(['Oracle revenue (trailing twelve months) - 61000000000USD']);
    expect(read('Oracle brought in $61 billion of revenue over the past year.')).toEqual(['Oracle revenue (trailing twelve months) - 61000000000USD']);
    // Negative control: growth "over the past year" is growth year on year, and the quarter's revenue stays plain.
    expect(read('Oracle revenue grew 12% over the past year.')).toEqual(['Oracle revenue growth - 12%']);
    expect(read('Oracle revenue was $16 billion in the quarter, and $61 billion over the trailing 12 months.')).toEqual([
      'Oracle revenue 2026-Q1 16000000000USD',
      'Oracle revenue (trailing twelve months) 2026-Q1 61000000000USD',
    ]);
  });

  it('should read growth in constant currency apart from reported growth, in English, Chinese and Japanese', () => {
    expect(read('Oracle revenue rose 24%, or 22% at constant exchange rates.')).toEqual(['Oracle revenue growth - 24%', 'Oracle revenue growth (constant currency) - 22%']);
    expect(read('Revenue at Oracle rose 24%; stripping out currency moves, 22%.')).toEqual(['Oracle revenue growth - 24%', 'Oracle revenue growth (constant currency) - 22%']);
    expect(read('甲骨文营收同比增长24%，按固定汇率计算增长22%。').map((f) => f.replace(/ 2026-Q1 | - /, ' '))).toEqual(['Oracle revenue growth 24%', 'Oracle revenue growth (constant currency) 22%']);
    // Negative control: "currency gains" are no measure of growth.
    expect(read('Oracle revenue rose 24%, helped by currency gains.')).toEqual(['Oracle revenue growth - 24%']);
  });

  it('should read nine months and the year to date apart from one quarter', () => {
    expect(read('Oracle spent $9 billion on capital projects in the quarter, taking the first nine months of its fiscal year to $25 billion.')).toEqual([
      'Oracle capex 2026-Q1 9000000000USD',
      // The nine months to the quarter are of the fiscal year that holds it (Oracle's ends in May).
      'Oracle capex (nine months) FY2026 25000000000USD',
    ]);
    // A calendar-year company's nine months are of the calendar year.
    expect(read('Meta spent $30 billion in the quarter to September, taking its first nine months to $70 billion.')).toEqual(['Meta capex 2025-Q3 30000000000USD', 'Meta capex (nine months) 2025 70000000000USD']);
    expect(read('Year-to-date capex at Oracle is $25 billion.')).toEqual(['Oracle capex (year to date) - 25000000000USD']);
    expect(read('甲骨文本财年前九个月的资本开支累计为250亿美元。')).toEqual(['Oracle capex (nine months) - 25000000000USD']);
  });

  it('should read an adjusted figure, and the commitments to all suppliers beside one deal, as measures of their own', () => {
    expect(read('Oracle adjusted operating income was $6 billion, against $5 billion reported.')).toEqual(['Oracle operating profit (adjusted) - 6000000000USD', 'Oracle operating profit - 5000000000USD']);
    expect(read('Oracle revenue grew 24% (22% cc).')).toEqual(['Oracle revenue growth - 24%', 'Oracle revenue growth (constant currency) - 22%']);
    const deals = readFigures(plainText('Cohere signed a $2 billion compute deal with Oracle, a fraction of the $30 billion in compute commitments its founder, Aidan Gomez, says it has made across suppliers.'), context);
    expect(deals.map((f) => `${f.metric.name} ${f.value.amount}`)).toEqual(['investment 2000000000', 'investment (all commitments) 30000000000']);
    // Negative control: a figure "adjusted for" currency is in constant currency, not another "adjusted" measure.
    expect(read('Oracle revenue rose 24%, adjusted for currency 22%.')).toEqual(['Oracle revenue growth - 24%', 'Oracle revenue growth (constant currency) - 22%']);
  });

  it('should read the first three quarters, and 4～12月期, as nine months', () => {
    expect(read('Oracle spent $25 billion on capital projects in the first three quarters of its fiscal year.')).toEqual(['Oracle capex (nine months) - 25000000000USD']);
    expect(read('オラクルの4～12月期の設備投資は250億ドルだった。').map((f) => f.replace(/ \S+ (\d+USD)$/, ' $1'))).toEqual(['Oracle capex (nine months) 25000000000USD']);
    // 前三个财季: the first three fiscal quarters, as 前三季度 is.
    expect(read('甲骨文本财年前三个财季资本开支合计约250亿美元。').map((f) => f.replace(/ \S+ (\d+USD)$/, ' $1'))).toEqual(['Oracle capex (nine months) 25000000000USD']);
    // Negative control: the third fiscal quarter alone is one quarter.
    expect(read('甲骨文第三财季资本开支为90亿美元。').map((f) => f.split(' ')[1])).toEqual(['capex']);
  });

  it('should read a sum over several years as its own measure, of how many years, with no one year as its period', () => {
    expect(read('Oracle has poured $70 billion into capital spending over the past three years.')).toEqual(['Oracle capex (3 years combined) - 70000000000USD']);
    expect(read('Capex for 2024–25 combined came to $48 billion at Oracle.')).toEqual(['Oracle capex (2 years combined) - 48000000000USD']);
    expect(read('算上2024年的210亿美元，甲骨文过去两年资本开支合计480亿美元。')).toEqual(['Oracle capex 2024 21000000000USD', 'Oracle capex (2 years combined) - 48000000000USD']);
    // Negative control: a stake built up since a year is the stake, not a sum of years' flows.
    expect(read('Oracle has invested $2 billion in Cohere since 2024.').map((f) => f.split(' ')[1])).toEqual(['investment']);
  });

  it('should never merge a measure with the plain figure nor set the two against each other', async () => {
    const a = await articleOf('ledger-a', 'Oracle results', ['Oracle revenue was $16 billion in the quarter ended March 31, 2026.', 'Over the trailing twelve months, Oracle generated $61 billion in revenue.']);
    const b = await articleOf('ledger-b', 'Oracle in numbers', ['Oracle revenue reached $16 billion in the March quarter.', 'On an LTM basis the company is a $61 billion business, Oracle revenue by that measure.']);
    const { claims, conflicts } = analyse([a, b]);
    const revenue = claims.filter((c) => c.subject === 'Oracle' && c.metric?.startsWith('revenue')).map((c) => `${c.metric} ${c.value?.amount} ${c.mentions.length}`);
    expect(revenue.sort()).toEqual(['revenue (trailing twelve months) 61000000000 2', 'revenue 16000000000 2']);
    expect(conflicts).toEqual([]);
    expect(claims.find((c) => c.metric === 'revenue (trailing twelve months)')!.statement).toContain('trailing twelve months');
  });

  it('should merge guidance in constant currency with the same guidance told without its basis, but not a fact, nor guidance of another figure', async () => {
    const a = await articleOf('guide-a', 'Oracle outlook', ['For the June quarter, Oracle expects cloud revenue growth of 30% to 32% in constant currency.']);
    const b = await articleOf('guide-b', 'Oracle outlook', ['Oracle guided to cloud revenue growth of 30% to 32% for the June quarter.']);
    const growth = (articles: Awaited<ReturnType<typeof articleOf>>[]) =>
      analyse(articles).claims.filter((c) => c.subject === 'Oracle' && c.metric?.startsWith('revenue growth')).map((c) => `${c.modality} ${c.metric} ${c.period} ${c.value?.amount} ${c.mentions.length}`).sort();
    expect(growth([a, b])).toEqual(['plan revenue growth 2026-Q2 30 2']);
    // Look-alikes: guidance as reported of another figure, and facts on both bases, stay apart.
    const reported = await articleOf('guide-c', 'Oracle outlook', ['Oracle guided to cloud revenue growth of 27% to 29% for the June quarter.']);
    expect(growth([a, reported])).toEqual(['plan revenue growth (constant currency) 2026-Q2 30 1', 'plan revenue growth 2026-Q2 27 1']);
    const facts = await articleOf('fact-a', 'Oracle results', ['Oracle revenue grew 22% in constant currency in the March quarter.', 'Oracle revenue grew 22% in the March quarter.']);
    expect(growth([facts])).toEqual(['fact revenue growth (constant currency) 2026-Q1 22 1', 'fact revenue growth 2026-Q1 22 1']);
  });
});

describe('a backlog told as revenue not yet earned', () => {
  it('should read contracted revenue and contracts yet to be delivered as the backlog, not revenue', () => {
    expect(read('Oracle sits on $455 billion of contracted revenue.')).toEqual(['Oracle backlog - 455000000000USD']);
    expect(read('Customers have signed deals worth $455 billion that Oracle has yet to deliver on.')).toEqual(['Oracle backlog - 455000000000USD']);
    // Negative control: revenue beside a contract word is still revenue.
    expect(read('Oracle revenue was $16 billion, and its contracted customers paid on time.')).toEqual(['Oracle revenue - 16000000000USD']);
  });

  it('should read a table row labelled with another measure as that measure', async () => {
    const text = ['Oracle in numbers', '', 'By A. Writer | May 6, 2026', '', 'Oracle reported its results for the March quarter on Thursday, and the figures below are the ones its filing gives for the cloud business and the company as a whole.', '', 'Analysts said the numbers were broadly in line with what the company had told investors to expect at its last meeting.', '', '| Oracle metric | Value |', '| --- | --- |', '| Revenue, Q1 2026 | $16B |', '| Revenue, trailing 12 months | $61B |', '', 'Source: Example Daily'].join('\n');
    const { inventedArticle } = await import('../helpers/inventedArticle.ts');
    const { extractClaims } = await import('../../src/analyse/extractClaims.ts');
    expect(extractClaims(inventedArticle(text)).map((c) => `${c.metric} ${c.period ?? '-'} ${c.value?.amount}`)).toEqual(['revenue 2026-Q1 16000000000', 'revenue (trailing twelve months) - 61000000000']);
  });
});

describe('two companies in one sentence', () => {
  it('should give a figure to a company the vocabulary does not know that opens its clause, not to a known one it is spent on', () => {
    expect(read('Halvard Bio today announced a five-year agreement with Oracle, under which Halvard will spend $900 million on Oracle infrastructure.')).toEqual(['Halvard capex - 900000000USD']);
    expect(read('Consultancies lean on Oracle demand: Wipro reported revenue growth of 2.1 per cent.')).toEqual(['Wipro revenue growth - 2.1%']);
    // Negative controls: an analyst or a speaker is not the figure's owner, nor is a plain noun at the sentence's start.
    expect(read('Oracle revenue rose 20%, while Bernstein estimates 30% growth for Oracle next year.').map((f) => f.split(' ')[0])).toEqual(['Oracle', 'Oracle']);
    expect(read('Customers have signed deals worth $455 billion that Oracle has yet to deliver on.')).toEqual(['Oracle backlog - 455000000000USD']);
  });

  it('should give each figure to the company named alone in brackets right after it, not to the bracket before', () => {
    expect(read('The three chip designers grew revenue 62% (Nvidia), 14% (AMD) and 9% (Intel).')).toEqual(['NVIDIA revenue growth - 62%', 'AMD revenue growth - 14%', 'Intel revenue growth - 9%']);
    expect(read('Capital spending came to $40 billion (Meta), $35 billion (Microsoft) and $25 billion (Oracle).').map((f) => f.split(' ')[0])).toEqual(['Meta', 'Microsoft', 'Oracle']);
    // Negative control: a bracket that says more than a name is an aside, and the figure stays with the company before it.
    expect(read('Oracle revenue rose 22% (Microsoft gave no comparable figure).')).toEqual(['Oracle revenue growth - 22%']);
  });

  it('should give a figure said of companies joined with "each", "both" or 均 to each of them', () => {
    expect(read('Nvidia and AMD each lifted revenue 40%, while Intel grew 5%.')).toEqual(['NVIDIA revenue growth - 40%', 'AMD revenue growth - 40%', 'Intel revenue growth - 5%']);
    expect(read('Both Meta and Microsoft spent $30 billion on capital projects.').map((f) => f.split(' ')[0])).toEqual(['Meta', 'Microsoft']);
    expect(read('英伟达和AMD营收均增长40%。').map((f) => f.split(' ')[0])).toEqual(['NVIDIA', 'AMD']);
    // Negative control: without a word that says it is each one's, the figure stays with the company nearest it.
    expect(read('Nvidia beat AMD as revenue grew 40%.').map((f) => f.split(' ')[0])).toEqual(['AMD']);
    expect(read('Intel and AMD watched as Nvidia revenue grew 40%.').map((f) => f.split(' ')[0])).toEqual(['NVIDIA']);
  });
});

describe('two deals in one sentence', () => {
  it('should leave a company named before a later figure to that figure’s deal', () => {
    const deals = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.counterparty ?? '-'} ${f.value.amount}`);
    expect(deals('Oracle is pleased with its $30 billion cloud agreement with them, and with Cohere, where it has invested $2 billion.')).toEqual(['Oracle investment - 30000000000', 'Oracle investment Cohere 2000000000']);
    // Negative control: each deal keeps the party of its own clause.
    expect(deals('Oracle invested $2 billion in Cohere, and Microsoft put $13 billion into OpenAI.')).toEqual(['Oracle investment Cohere 2000000000', 'Microsoft investment OpenAI 13000000000']);
  });

  it('should make the company a relative clause hangs on the investor of that clause’s sum, even after "with"', () => {
    const deals = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.subject} ${f.metric.name} ${f.counterparty ?? '-'} ${f.value.amount}`);
    expect(deals('Mistral kept its training runs with Nvidia, which has invested $2 billion in the start-up, and with a French host.')).toEqual(['NVIDIA investment Mistral 2000000000']);
    expect(deals('Cohere buys its capacity from Oracle, which has put $1 billion into the company.')).toEqual(['Oracle investment Cohere 1000000000']);
    // Money a company raises in the clause that hangs on it is its own round, not the investment of the one it signed with.
    expect(deals('Nvidia signed with Mistral, which has raised $2 billion this year.').map((d) => d.split(' ').slice(0, 3).join(' '))).toEqual(['Mistral investment -']);
    // Negative control: a relative clause after the figure, on the company money went into, leaves the deal as it was.
    expect(deals('Nvidia invested $2 billion in Mistral, which works with a French host.')).toEqual(['NVIDIA investment Mistral 2000000000']);
  });
});

describe('periods an analyst writes', () => {
  it("should read an analyst's fiscal quarter, actual or estimate, on the company's fiscal calendar", () => {
    const msft = { ...context, fallbackSubject: 'Microsoft' };
    expect(['FQ3 26A', "FQ4'26E", 'FQ1 2027E'].map((cell) => parsePeriod(cell, cell, msft, 'Microsoft'))).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    // Negative control: a calendar quarter written the analysts' way stays the calendar's.
    expect(parsePeriod('2Q26E', '2Q26E', msft, 'Microsoft')).toBe('2026-Q2');
  });

  it('should give a quarter named by its last month, without a year, its quarter', () => {
    const undated = { fallbackSubject: 'NVIDIA', articleQuarter: null, articleYear: null };
    expect(['the January quarter', 'the quarter ended February', 'the December quarter'].map((t) => parsePeriod(t, t, undated))).toEqual(['Q4', 'Q1', 'Q4']);
  });
});

describe('a disagreement told without a date', () => {
  it("should set an undated rate that names its subject against the rate of the quarter its article reports on", async () => {
    const a = await articleOf('wire-a', 'Oracle cloud results', ['Oracle revenue grew 27% in the first quarter of 2026.']);
    const b = await articleOf('wire-b', 'Cloud roundup', ['Oracle reported results for the March quarter on Thursday.', 'Oracle sales rose 31 percent, the company said.']);
    const { conflicts, claims } = analyse([a, b]);
    const growth = claims.filter((c) => c.subject === 'Oracle' && c.metric === 'revenue growth');
    expect(growth.map((c) => `${c.period} ${c.value?.amount}`)).toEqual(['2026-Q1 27', '2026-Q1 31']);
    expect(conflicts.map((c) => c.claims.length)).toEqual([2]);
  });

  it('should leave apart an undated figure far from the quarter’s, or one whose sentence does not name its subject', async () => {
    const a = await articleOf('wire-c', 'Oracle cloud results', ['Oracle revenue was $16 billion in the first quarter of 2026.', 'Oracle revenue grew 27% in the first quarter of 2026.']);
    // $61 billion is another span (a year's worth), not a dispute of $16 billion; "the unit it bought" names no one.
    const b = await articleOf('wire-d', 'Cloud roundup', ['Oracle reported results for the March quarter on Thursday.', 'Oracle revenue came to $61 billion.', 'Sales at the unit it bought grew 33%.']);
    expect(analyse([a, b]).conflicts).toEqual([]);
  });

  it('should leave apart an undated rate whose sentence states another figure too, which may be of another measure', async () => {
    const a = await articleOf('wire-e', 'Oracle results', ['Oracle revenue grew 27% in the first quarter of 2026.']);
    const b = await articleOf('wire-f', 'Cloud roundup', ['Oracle reported results for the March quarter on Thursday.', 'Oracle revenue rose 31 percent as its backlog hit $500 billion.']);
    expect(analyse([a, b]).conflicts).toEqual([]);
  });

  it('should read a quarter named only as a comparison, two quarters before the date, as no quarter the article reports on', async () => {
    const a = await articleOf('note-a', 'Oracle results', ['Oracle operating income was $5.2 billion in the first quarter of 2026.']);
    const b = await articleOf('note-b', 'Oracle: raising estimates', ['Oracle backlog of $500bn, up from $455bn in 3Q25.', 'Oracle operating income $5.6bn.']);
    const { conflicts, claims } = analyse([a, b]);
    expect(claims.filter((c) => c.metric === 'operating profit').map((c) => `${c.period} ${c.value?.amount}`)).toEqual(['2026-Q1 5200000000', '2026-Q1 5600000000']);
    expect(conflicts).toHaveLength(1);
  });
});

describe('constant currency opening a list item', () => {
  it('should read "Stripping out currency swings" after a list bullet as constant currency, as at a sentence’s start', () => {
    expect(read('▸Excluding currency moves, Oracle grew 19%.')).toEqual(['Oracle revenue growth (constant currency) - 19%']);
    expect(read('• Stripping out currency swings, Oracle grew 19%.')).toEqual(['Oracle revenue growth (constant currency) - 19%']);
    // Negative control: a bullet alone changes no measure.
    expect(read('▸Oracle revenue grew 19%.')).toEqual(['Oracle revenue growth - 19%']);
  });

  it('should read 前三个财季 and "after nine months" as nine months, not the fiscal year or its last quarter', () => {
    expect(read('甲骨文2026财年前三个财季资本开支合计为250亿美元。')).toEqual(['Oracle capex (nine months) FY2026 25000000000USD']);
    expect(read("Oracle's capex came to about $25 billion after nine months of fiscal 2026.")).toEqual(['Oracle capex (nine months) FY2026 25000000000USD']);
    // Look-alikes: one fiscal quarter, and a figure after the holiday quarter, are plain capex.
    expect(read('甲骨文2026财年第三财季资本开支为90亿美元。')).toEqual(['Oracle capex 2026-Q1 9000000000USD']);
    expect(read("Oracle's capex was $9 billion in fiscal 2026's third quarter.")).toEqual(['Oracle capex 2026-Q1 9000000000USD']);
  });

  it('should read a sum for the full year referred back to a sum to date as the plain measure, and a sum to date referred back as that measure', () => {
    const article = inventedArticle(
      'Meta capex check\n\nExample Wire | October 31, 2026\n\nMeta spent $30 billion on capital projects in the third quarter, taking its outlays for the first nine months of 2026 to about $80 billion. The company kept its outlook of roughly $118 billion for the full year.',
    );
    const claims = analyse([article]).claims.map((c) => `${c.metric} ${c.period} ${c.value?.amount}`);
    expect(claims).toContain('capex 2026 118000000000');
    expect(claims).toContain('capex (nine months) 2026 80000000000');
    // Look-alike: a restatement of the sum to date ("That figure …") stays a sum to date.
    const toDate = inventedArticle('Meta capex to date\n\nExample Wire | October 31, 2026\n\nMeta spent about $80 billion on capital projects in the first nine months of 2026. That figure was $81 billion on a gross basis.');
    expect(analyse([toDate]).claims.map((c) => c.metric)).not.toContain('capex');
  });
});
