import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { findValues } from '../../src/analyse/parseValue.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { relationOf } from '../helpers/probePairs.ts';

// Sentences written for these tests (not copied from the pair probes nor the evaluation set): the twenty-first round's
// rules against false conflicts — a company's tie to another in an appositive, a sentence that opens a year earlier,
// growth on the quarter before, capex on two bases in Chinese and Japanese, a total beside a part, a mark drawn near,
// Japanese fiscal years named by their closing month, the holiday quarter, a business's share of its group's sales,
// power in 吉瓦, Japanese chip counts with words before them and a business bought.

/** A one-sentence story by `outlet`, dated `date` ("October 30, 2025"). */
const story = (outlet: string, date: string, sentence: string) => `A story\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}`;

/** What the reader makes of two outlets' sentences: one claim, two disputed claims, two apart, or no claim from one side. */
function relation(a: string, b: string, date = 'October 30, 2025'): ReturnType<typeof relationOf> {
  return relationOf([inventedArticle(story('Example Wire', date, a), 'round21-a.txt'), inventedArticle(story('Sample Post', date, b), 'round21-b.txt')]);
}

/** Each figure of `sentence`, read in an article of `year`-`month` that reports on `quarter`: subject | metric | period | value | modality. */
function read(sentence: string, year = 2025, month = 10, quarter: string | null = null): string[] {
  const context: SentenceContext = { articleQuarter: quarter, articleYear: year, articleMonth: month, fallbackSubject: null };
  return readFigures(sentence, context).map((f) => `${f.subject} | ${f.metric.name} | ${f.period} | ${f.value.bound ? `${f.value.bound} ` : ''}${f.value.amount} ${f.value.unit} | ${f.modality}`);
}

const bounds = (text: string) => findValues(text).map((f) => `${f.value.bound ?? '='} ${f.value.amount} ${f.value.unit}`);

describe('a company named by its tie to another in an appositive', () => {
  it('should give the figure to the company the appositive describes, not to the one it names', () => {
    expect(read("Alphabet, Google Cloud's parent, reported operating income of $31.2 billion in the July-September quarter.")[0]).toMatch(/^Google \| operating profit \| 2025-Q3 \|/);
    expect(read('Microsoft, the parent of Azure, reported revenue of $77.7 billion in the September quarter.')[0]).toMatch(/^Microsoft \| revenue \|/);
    expect(relation("Google Cloud's operating income was $3.6bn in the third quarter of 2025.", "Alphabet, Google Cloud's parent, reported operating income of $31.2 billion in the July-September quarter.")).toBe('apart');
  });

  it('should still give a unit the figure where the appositive names the unit by its role, and still dispute the parent’s own figures', () => {
    // Negative controls: "Alphabet's cloud unit" is Google Cloud, whose figure it is; two outlets' sums for the group disagree.
    expect(read("Google Cloud, Alphabet's cloud unit, reported operating income of $3.6 billion in the third quarter.")[0]).toMatch(/^Google Cloud \| operating profit \|/);
    expect(relation("Alphabet, Google Cloud's parent, reported operating income of $31.2 billion in the third quarter.", "Alphabet's operating income was $28.4bn in the third quarter.")).toBe('conflict');
  });
});

describe('a sentence that opens a year before', () => {
  it('should date a period its clause gives without its year a year earlier', () => {
    expect(read('A year earlier, Google Cloud had booked revenue of $11.4 billion in the third quarter.')).toEqual(['Google Cloud | revenue | 2024-Q3 | 11400000000 USD | fact']);
    expect(read("In the year-ago quarter, Meta's capital expenditures were $9.2 billion.", 2025, 10, '2025-Q3')).toEqual(['Meta | capex | 2024-Q3 | 9200000000 USD | fact']);
    expect(relation('Google Cloud booked revenue of $15.2 billion in the third quarter.', 'A year earlier, Google Cloud had booked revenue of $11.4 billion in the third quarter.')).toBe('apart');
  });

  it('should keep a year the clause names, a time of its own, and a sentence that does not open on the earlier time', () => {
    // Negative controls: "of 2024" is already the earlier year; "now" and a clause after a semicolon are times of their own.
    expect(read('A year earlier, Google Cloud had booked revenue of $11.4 billion in the third quarter of 2024.')).toEqual(['Google Cloud | revenue | 2024-Q3 | 11400000000 USD | fact']);
    expect(read('A year earlier, Google Cloud had grown 35%; it now books $15.2 billion of revenue in the third quarter.').at(-1)).toBe('Google Cloud | revenue | 2025-Q3 | 15200000000 USD | fact');
    expect(relation('Google Cloud booked revenue of $15.2 billion in the third quarter.', 'Google Cloud booked revenue of $14.1 billion in the third quarter.')).toBe('conflict');
  });
});

describe('growth on the quarter before', () => {
  it('should be a measure of its own, read from the base words nearest its figure', () => {
    expect(read('In the third quarter, Google Cloud revenue rose 8% quarter over quarter and 34% year over year.')).toEqual([
      'Google Cloud | revenue growth (quarter on quarter) | 2025-Q3 | 8 % | fact',
      'Google Cloud | revenue growth | 2025-Q3 | 34 % | fact',
    ]);
    expect(read('Sequentially, Meta’s capital expenditures rose 12%.')[0]).toMatch(/\| capex \(quarter on quarter\) \|/);
    expect(read('谷歌云营收同比增长34%，环比增长8%。', 2025, 10, '2025-Q3')).toEqual(['Google Cloud | revenue growth | 2025-Q3 | 34 % | fact', 'Google Cloud | revenue growth (quarter on quarter) | 2025-Q3 | 8 % | fact']);
    expect(read('グーグル・クラウドの7～9月期の売上高は前期比8%増えた。')[0]).toMatch(/revenue growth \(quarter on quarter\)/);
    expect(relation('Google Cloud revenue rose 8% from the previous quarter in the third quarter.', 'Google Cloud revenue rose 34% year on year in the third quarter.')).toBe('apart');
  });

  it('should leave a level compared with the quarter before, 前期比 of a year, and year-on-year growth as plain growth', () => {
    // Negative controls: the quarter before's own growth, a full year's 前期比 (on the year before), two year-on-year rates.
    expect(read("Google Cloud revenue grew 34% in the third quarter, compared with the prior quarter's 32%.")[0]).toMatch(/^Google Cloud \| revenue growth \| 2025-Q3 \| 34 %/);
    expect(read('グーグルの通期売上高は前期比14%増えた。')[0]).toMatch(/\| revenue growth \| annual \|/);
    expect(relation('Google Cloud revenue rose 34% year on year in the third quarter.', 'Google Cloud revenue rose 31% year on year in the third quarter.')).toBe('conflict');
  });
});

describe('capex with finance leases or without them, in Chinese and Japanese', () => {
  it('should not dispute one quarter told on two bases', () => {
    expect(relation('メタの7～9月期の設備投資はファイナンス・リースを含めて194億ドルだった。', 'メタの7～9月期の設備投資はファイナンス・リースを除くと181億ドルだった。')).toBe('apart');
    expect(relation('Meta第三季度资本支出（包括融资租赁）为194亿美元。', 'Meta第三季度资本支出为181亿美元，不含融资租赁。')).toBe('apart');
  });

  it('should still dispute a figure that names no basis', () => {
    expect(relation('Meta第三季度资本支出（包括融资租赁）为194亿美元。', 'Meta第三季度资本支出为181亿美元。')).toBe('conflict');
  });
});

describe('a total and a part of a measure that builds up', () => {
  it('should not dispute a total with a smaller sum not said to be one', () => {
    expect(relation('Microsoft has invested $13 billion in OpenAI in total.', 'Microsoft put a further $10 billion into OpenAI, its latest tranche.')).toBe('apart');
    expect(relation('微软对OpenAI的投资总额为130亿美元。', 'Microsoft put a further $10 billion into OpenAI.')).toBe('apart');
  });

  it('should dispute two totals, and a part said larger than the total', () => {
    expect(relation('Microsoft has invested $13 billion in OpenAI in total.', 'Microsoft has invested $11 billion in OpenAI so far.')).toBe('conflict');
    expect(relation('Microsoft has invested $13 billion in OpenAI in total.', "Microsoft's investment in OpenAI is worth $15 billion.")).toBe('conflict');
  });
});

describe('a mark a figure draws near', () => {
  it('should be its ceiling', () => {
    expect(bounds('a run rate approaching $9 billion')).toEqual(['max 9000000000 USD']);
    expect(bounds('backlog closing in on $300 billion')).toEqual(['max 300000000000 USD']);
    expect(bounds('売上高は2兆円に迫る')).toEqual(['max 2000000000000 JPY']);
    expect(relation("Mistral's annualised revenue run rate is approaching $9bn.", "Mistral's annualised revenue run rate is $8.6 billion.")).toBe('same');
  });

  it('should leave "close to" and "nearly" approximate, and a figure above the mark disputed', () => {
    expect(bounds('close to $9 billion')).toEqual(['approx 9000000000 USD']);
    expect(bounds('nearly $9 billion')).toEqual(['approx 9000000000 USD']);
    // (A run rate told undated is the pace of its day and never disputed: these two are dated.)
    expect(relation("Mistral's annualised revenue run rate was approaching $9bn at the end of March 2026.", "Mistral's annualised revenue run rate was $9.5 billion at the end of March 2026.")).toBe('conflict');
  });
});

describe('a Japanese fiscal year named by the month it closes in', () => {
  it('should read its quarter on that calendar, whatever the company', () => {
    expect(read('オラクルの2026年5月期第2四半期の売上高は160億ドルだった。', 2025, 12)).toEqual(['Oracle | revenue | 2025-Q4 | 16000000000 USD | fact']);
    expect(read('ソフトバンクグループの2026年3月期第2四半期の売上高は2兆円だった。', 2025, 11)[0]).toMatch(/\| 2025-Q3 \|/);
    expect(relation("Oracle's revenue was $16.1bn in its November quarter.", 'オラクルの2026年5月期第2四半期の売上高は161億ドルだった。', 'December 12, 2025')).toBe('same');
  });

  it('should leave the year alone a fiscal year', () => {
    expect(read('オラクルの2026年5月期の売上高は670億ドルを見込む。', 2025, 12)[0]).toMatch(/\| FY2026 \|/);
  });
});

describe('the holiday quarter', () => {
  it('should be October–December, however it is written', () => {
    expect(read("Amazon's holiday-quarter net sales came to $213 billion.", 2026, 2)).toEqual(['Amazon | revenue | 2025-Q4 | 213000000000 USD | fact']);
    expect(read('亚马逊假日季度营业利润为212亿美元。', 2026, 2)).toEqual(['Amazon | operating profit | 2025-Q4 | 21200000000 USD | fact']);
    expect(relation("Amazon's operating income was $21.2bn in the fourth quarter of 2025.", "Amazon's holiday-quarter operating profit came in at $24.1 billion.", 'February 6, 2026')).toBe('conflict');
  });

  it('should not read holiday sales as a quarter', () => {
    expect(read("Amazon's holiday sales rose 10%.", 2026, 2)[0]).not.toMatch(/2025-Q4/);
  });
});

describe('a business’s share of its group’s sales', () => {
  it('should be a measure of the business', () => {
    expect(read("Google Cloud accounted for 15% of Alphabet's revenue in the third quarter.")).toEqual(['Google Cloud | share of group revenue | 2025-Q3 | 15 % | fact']);
    expect(read('Azure占微软总营收的25%。')[0]).toMatch(/^Azure \| share of group revenue \|/);
    expect(relation("Google Cloud accounted for 15% of Alphabet's revenue in the third quarter.", 'Google Cloud revenue grew 34% in the third quarter.')).toBe('apart');
  });

  it('should leave revenue growth and a market share as they were', () => {
    expect(read('Google Cloud revenue grew 34% in the third quarter.')[0]).toMatch(/\| revenue growth \|/);
    expect(read("Nvidia sells 80% of the world's AI accelerators.")[0]).toMatch(/\| market share \|/);
  });
});

describe('power in Chinese and Japanese', () => {
  it('should be read in gigawatts as power capacity', () => {
    expect(bounds('新园区电力容量为1.5吉瓦')).toEqual(['= 1.5 GW']);
    expect(bounds('受電容量は300メガワット')).toEqual(['= 0.3 GW']);
    expect(read('Meta位于路易斯安那州的园区电力容量约为2吉瓦。')).toEqual(['Meta | power capacity | null | approx 2 GW | fact']);
    expect(relation('Meta位于路易斯安那州的园区电力容量约为2吉瓦。', 'Meta已签约取得的算力总容量约达12吉瓦。')).toBe('apart');
  });

  it('should still dispute two totals', () => {
    expect(relation('Meta已签约取得的算力总容量约达12吉瓦。', 'Meta已签约取得的算力总容量约达20吉瓦。')).toBe('conflict');
  });
});

describe('a Japanese count of chips with words before it', () => {
  it('should count the chip named before the words', () => {
    expect(read('グーグルはTPUをこれまでに累計200万個導入した。')).toEqual(['Google | chips deployed | null | 2000000 chips | fact']);
    expect(relation('AWSはトレーニアム2をこれまでに累計120万個導入した。', 'AWSによるトレーニアム3の導入数は累計8万個となった。')).toBe('apart');
    expect(relation('AWSはトレーニアム2をこれまでに累計120万個導入した。', 'AWSによるトレーニアム2の導入数はこれまでに累計90万個に達した。')).toBe('conflict');
  });

  it('should not read a multiple as a count, nor Rainier inside トレーニアム', () => {
    expect(read('トレーニアム3の性能はトレーニアム2の4倍だ。').join()).not.toMatch(/chips/);
    expect(read('AWSによるトレーニアム3の導入数は累計8万個となった。').join()).not.toMatch(/cluster size/);
  });
});

describe('a business bought', () => {
  it('should be an acquisition', () => {
    expect(read("Alphabet agreed to buy Contoso's security business for $3.2 billion.")[0]).toMatch(/^Google \| acquisition \|/);
  });

  it('should not make a purchase of a service an acquisition', () => {
    expect(read('OpenAI agreed to buy $300 billion of computing power from Oracle.').join()).not.toMatch(/acquisition/);
  });
});

/** The claims one table of `rows` under `header` gives, in an invented article: subject | metric | value | modality. */
function tableClaims(header: string, rows: string[], lead = 'The big cloud companies keep announcing large sums for new regions and the chips deployed in them this year.'): string[] {
  const text = `A table story\nExample Wire | May 1, 2026\n\n${lead}\n\n${header}\n|---|---|---|\n${rows.join('\n')}\n\nSource: Example Wire`;
  const { claims } = analyse([inventedArticle(text, 'round21-table.txt')]);
  return claims.map((c) => `${c.subject} | ${c.metric} | ${c.value?.amount} ${c.value?.unit} | ${c.modality}`).sort();
}

describe('a table column of pledges, and a ceiling on a count of chips in a table', () => {
  it('should read a sum under a column of commitments as a plan, and "up to" a count of chips as a plan', () => {
    expect(tableClaims('| Company | Brazil commitment | Period |', ['| Microsoft | $9.5B | 2026–2029 |']).join()).toMatch(/Microsoft \| investment \| 9500000000 USD \| plan/);
    expect(tableClaims('| Buyer | Supplier | Size |', ['| Contoso AI | Google Cloud | up to 400,000 TPUs |']).join()).toMatch(/chips deployed \| 400000 chips \| plan/);
  });

  it('should keep a sum under a column that says nothing of pledging, and an exact count, as facts', () => {
    // Negative controls: the same row under "Invested so far"; a count of chips stated without a ceiling.
    expect(tableClaims('| Company | Invested so far | Period |', ['| Microsoft | $9.5B | 2026–2029 |']).join()).toMatch(/Microsoft \| investment \| 9500000000 USD \| fact/);
    expect(tableClaims('| Buyer | Supplier | Size |', ['| Contoso AI | Google Cloud | 400,000 TPUs |']).join()).toMatch(/chips deployed \| 400000 chips \| fact/);
  });
});

describe('growth measured against a level of the year before told with what was done then', () => {
  it('should date the growth by the period of the sentence, not by the level’s year', () => {
    expect(read('Contoso Cloud booked $12.4 billion of revenue in the three months to September 30, up 24% from the $10.0 billion it recorded in the same quarter of 2025.', 2026, 10).join('\n')).toMatch(/Contoso Cloud \| revenue growth \| 2026-Q3 \| 24 %/);
    expect(read('Contoso Cloudの7～9月期の売上高は124億ドルと、前年同期の100億ドルから24%増えた。', 2026, 11).join('\n')).toMatch(/revenue growth \| 2026-Q3 \| 24 %/);
  });

  it('should keep a year that dates the growth itself', () => {
    // Negative control: no level of the year before, the year named is the growth's own.
    expect(read('Contoso Cloud revenue rose 24% in the third quarter of 2025 to $10.0 billion.', 2026, 10).join('\n')).toMatch(/revenue growth \| 2025-Q3 \| 24 %/);
  });
});

describe('a table row labelled with one company’s money in another', () => {
  const header = '| Backer and target | Amount ($bn) | Status |';
  const lead = 'The big cloud companies keep putting money into AI labs this year.';
  it('should read the sum as the first company’s investment in the second, a ceiling committed as a plan', () => {
    expect(tableClaims(header, ['| Google in Anthropic | 6 | invested |'], lead).join()).toMatch(/Google \| investment \| 6000000000 USD \| fact/);
    expect(tableClaims(header, ['| Nvidia in OpenAI | 4 | committed, up to |'], lead).join()).toMatch(/NVIDIA \| investment \| 4000000000 USD \| plan/);
  });

  it('should not make a row of a place or of one company an investment', () => {
    // Negative controls: money "in" a place is no stake in a company; a row of one company names no measure.
    expect(tableClaims(header, ['| Google in Texas | 6 | invested |'], lead).join()).not.toMatch(/investment/);
    expect(tableClaims(header, ['| Google | 6 | invested |'], lead).join()).not.toMatch(/investment/);
  });
});

describe('capacity booked in Chinese, and a server farm priced', () => {
  it('should read 订下 a sum of capacity from a party as a deal with it, and a priced server farm as a data centre', () => {
    expect(read('Anthropic向微软订下250亿美元、为期五年的服务器容量。', 2025, 12).join('\n')).toMatch(/^Anthropic \| investment \| null \| 25000000000 USD \| fact/);
    expect(read('Microsoft withdrew its plan for a $2 billion server farm in Ohio in March 2025 after residents objected.', 2025, 12).join('\n')).toMatch(/Microsoft \| capex \| 2025 \| 2000000000 USD \| cancelled/);
  });

  it('should not make a target 订下 or a server farm’s power a sum of money', () => {
    // Negative controls: 订下 before a target, not a sum; a server farm measured in power.
    expect(read('微软订下了2026年营收增长20%的目标。', 2025, 12).join('\n')).not.toMatch(/investment/);
    expect(read('The server farm in Ohio draws 1.2 gigawatts.', 2025, 12).join('\n')).toMatch(/power capacity/);
  });
});
