import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { readModality, tellsRevision } from '../../src/analyse/modality.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: 'Amazon', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** The modality of the first `figure` written in `sentence`. */
const modalityOf = (sentence: string, figure: string) => readModality(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length, false);
/** Each figure of a sentence as its value and modality: "28% forecast". */
const read = (sentence: string) => readFigures(sentence, context).map((f) => `${f.value.amount}${f.value.unit} ${f.modality}`);

describe('the scope of a modality cue', () => {
  it('should end a plan’s cue at "even as", where what was already spent is told', () => {
    expect(read('Contoso kept its 2026 capital budget at about $90 billion even as first-quarter capex reached $21 billion.')).toEqual(['90000000000USD plan', '21000000000USD fact']);
    // Look-alike: "as" alone, with no "even", opens no contrast; the plan still speaks for the figure after it.
    expect(read('Contoso plans to spend about $90 billion this year as it expands, with $21 billion set aside for chips.')).toEqual(['90000000000USD plan', '21000000000USD plan']);
  });

  it('should end an analysts’ expectation at ", so", where the reported figure is told', () => {
    expect(read('Analysts had expected margins of 31% at the chip unit, so the 34% it reported beat them handily.')).toEqual(['31% forecast', '34% fact']);
    // Negative control: "so far" opens no clause; the expectation still speaks for its figure.
    expect(read('Analysts expect growth of 31% at the chip unit, so far ahead of its rivals.')).toEqual(['31% forecast']);
  });

  it('should read a sum in a relative clause ("in which it has put") by that clause, not by the words before it', () => {
    expect(read('The refusal pushes Contoso closer to Fabrikam, the start-up in which it has put $6bn over two rounds.')).toEqual(['6000000000USD fact']);
    // Negative control: a refusal told of the sum itself is still an offer turned down.
    expect(read('Fabrikam turned down a $6bn investment from Contoso.')).toEqual(['6000000000USD offer']);
  });

  it('should end a company’s guidance at a comma that opens the quarter it reported (该财季)', () => {
    expect(read('微软预计下一季增速将放缓至20%，该财季资本开支为210亿美元。')).toEqual(['20% plan', '21000000000USD fact']);
    // Negative control: without the new subject the guidance speaks for the sum too.
    expect(read('微软预计下一季资本开支为210亿美元。')).toEqual(['21000000000USD plan']);
  });

  it('should read a figure set against another with "under" or "below" by its own words, not the clause’s verb', () => {
    expect(read('Contoso told investors to expect 21% growth for the next quarter, a touch under the 22% the Street had pencilled in.')).toEqual(['21% plan', '22% forecast']);
    // Negative control: without a comparison the guidance speaks for every figure of its clause.
    expect(read('Contoso told investors to expect 21% to 22% growth for the next quarter.')).toEqual(['21% plan']);
  });
});

describe('hearsay and its absence', () => {
  it('should read "was reported in September to have agreed" as hearsay', () => {
    expect(read('Fabrikam, which was reported last March to have agreed to buy $90 billion of servers from Contoso, has said nothing since.')).toEqual(['90000000000USD rumour']);
    // Negative control: an agreement told plainly stays the company's plan.
    expect(read('Fabrikam has agreed to buy $90 billion of servers from Contoso.')).toEqual(['90000000000USD plan']);
  });

  it('should read posts claiming a figure, or a figure dismissed as inaccurate, as hearsay', () => {
    expect(read('Posts claiming the order book had topped $610 billion were waved off by the company.')).toEqual(['610000000000USD rumour']);
    expect(read('Contoso dismissed as inaccurate posts putting the order book at $610 billion.')).toEqual(['610000000000USD rumour']);
    // Negative control: the company's own order book, told plainly, is a fact.
    expect(read('Contoso said its order book stood at $610 billion at the end of March.')).toEqual(['610000000000USD fact']);
  });

  it('should read commitments summed up (承诺合计) as made, and a project named with 计划 in quotation marks as no plan', () => {
    expect(modalityOf('按其首席执行官的说法，OpenAI在各家供应商处的算力承诺合计约1.2万亿美元。', '1.2万亿美元')).toBe('fact');
    expect(read('为Anthropic打造的“北极星计划”集群已部署近30万颗Trainium2芯片。')).toEqual(['300000chips fact']);
    // Negative controls: a pledge of money to come and a plan named as such are plans.
    expect(modalityOf('OpenAI承诺向各家供应商支付约1.2万亿美元。', '1.2万亿美元')).toBe('plan');
    expect(read('Anthropic计划部署30万颗Trainium2芯片。')).toEqual(['300000chips plan']);
  });
});

describe('guidance, guesses and hearsay across clauses', () => {
  it('should read a full-year range set against a quarter’s spending as the company’s guidance', () => {
    expect(read('Contoso’s capex for the March quarter came to $9.1 billion, against a full-year range of $40 billion to $45 billion.')).toEqual(['9100000000USD fact', '40000000000USD plan']);
    // Negative control: a year's total booked, with no range, is a fact.
    expect(read('Contoso’s capex for 2025 came to $38 billion, a full-year total well above its peers.')).toEqual(['38000000000USD fact']);
  });

  it('should read 很可能 / 可能达到 (may well reach) as a guess, not the company’s plan', () => {
    expect(read('一位分析师表示，亚马逊2027年的资本开支“很可能突破3100亿美元”。')).toEqual(['310000000000USD forecast']);
    // Negative control: what the company plans stays its plan.
    expect(read('亚马逊计划2027年资本开支为3100亿美元。')).toEqual(['310000000000USD plan']);
  });

  it('should keep unnamed people’s word for the clauses after it up to a "but"', () => {
    expect(read('Two people familiar with the talks said Contoso is weighing a $6 billion stake, while Fabrikam is canvassing investors for a round that could reach $20 billion.')).toEqual(['6000000000USD rumour', '20000000000USD rumour']);
    // Negative control: after "but" the company speaks for itself.
    expect(read('Two people familiar with the talks said Contoso is weighing a $6 billion stake, but Fabrikam told investors its round could reach $20 billion.')).toEqual(['6000000000USD rumour', '20000000000USD forecast']);
  });

  it('should read what a site "now houses" as there, not as the money committed to it', () => {
    expect(read('Contoso has committed to spend $9 billion on a site that now houses a cluster of nearly 300,000 Trainium2 chips.')).toEqual(['9000000000USD plan', '300000chips fact']);
    // Negative control: what the site "will house" is still to come.
    expect(read('Contoso has committed to spend $9 billion on a site that will house a cluster of 300,000 Trainium2 chips.')).toEqual(['9000000000USD plan', '300000chips plan']);
  });

  it('should date 今年头三个月 (the first three months of this year) as the first quarter, an actual', () => {
    expect(readFigures('仅今年头三个月，该公司资本开支便达到212亿美元。', context).map((f) => `${f.period} ${f.modality}`)).toEqual(['2026-Q1 fact']);
    // Negative control: the whole of this year, still running, is a plan.
    expect(readFigures('今年全年，该公司资本开支预计达到900亿美元。', context).map((f) => `${f.period} ${f.modality}`)).toEqual(['2026 plan']);
  });
});

describe('a chip’s announced spec', () => {
  it('should read what a maker says its next chip will do against another as the spec it announced', () => {
    expect(read('Contoso previewed Falcon2, which it says will be at least five times faster than Falcon1.')).toEqual(['5x fact']);
    expect(read('Falcon2 will deliver 30% better performance per watt than Falcon1.')).toEqual(['30% fact']);
    // Negative control: chips still to be deployed are a plan.
    expect(read('Contoso will deploy 200,000 Falcon2 chips in a cluster next year.')).toEqual(['200000chips plan']);
  });
});

describe('the scope of a cue around asides', () => {
  it('should read a figure by the clause a relative clause interrupts, once that relative clause has closed', () => {
    expect(read("Contoso's outlook for the quarter, which runs through June, calls for revenue of about $9 billion.")).toEqual(['9000000000USD plan']);
    // Look-alike: the relative clause's own cue speaks for its own figure only, not for the figure after it closes.
    expect(read('Contoso, which expects capital spending of $20 billion this year, reported revenue of $5 billion in the first quarter.')).toEqual(['20000000000USD plan', '5000000000USD fact']);
  });

  it('should read the verb after a figure told in apposition as the figure’s', () => {
    expect(read('The Tallinn campus, about $3 billion, was unveiled in March.')).toEqual(['3000000000USD plan']);
    // Look-alike: a verb of no modality leaves the figure a fact.
    expect(read('Its backlog, $30 billion, was a record.')).toEqual(['30000000000USD fact']);
  });

  it('should read a dated participle of calling off after the figure’s words as calling it off', () => {
    expect(read("Officials still mention Contoso's $2 billion build there, dropped in March 2025.")).toEqual(['2000000000USD cancelled']);
    // Look-alike: a figure that dropped by some amount moved; nothing was called off.
    expect(read("Contoso's cloud revenue, $20 billion, dropped 5% in the quarter.")).toEqual(['20000000000USD fact', '-5% fact']);
  });
});

describe('a plan told as revised', () => {
  it('should tell the revised figure by its own words, not the earlier one it is compared with', () => {
    const sentence = 'Contoso raised its 2026 capex plan to about $46 billion, up from the roughly $40 billion it had pointed to in February.';
    const at = (figure: string) => tellsRevision(sentence, sentence.indexOf(figure), sentence.indexOf(figure) + figure.length);
    expect([at('about $46 billion'), at('$40 billion')]).toEqual([true, false]);
    const cjk = '康拓索把2026年资本开支指引上调至约460亿美元。';
    expect(tellsRevision(cjk, cjk.indexOf('约460'), cjk.indexOf('美元') + 2)).toBe(true);
    // Look-alike: a plan told plainly is no revision.
    const plain = 'Contoso plans capital spending of about $46 billion in 2026.';
    expect(tellsRevision(plain, plain.indexOf('about'), plain.indexOf(' in 2026'))).toBe(false);
  });

  it('should end a figure’s words at a comparison after it (優於財測) and a guidance’s scope at 其中, where the detail of a result is told', () => {
    const readCjk = (sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: 'Oracle' }).map((f) => `${f.value.amount}${f.value.unit} ${f.modality}`);
    expect(readCjk('甲骨文上季營收182億美元優於財測 本季再看200億美元')).toEqual(['18200000000USD fact', '20000000000USD plan']);
    expect(readCjk('甲骨文營收182億美元，高於公司3月時給出的約175億美元財測，其中雲端業務營收71億美元。')).toEqual(['18200000000USD fact', '17500000000USD plan', '7100000000USD fact']);
    // Look-alikes: guidance named before its own figure, and a later clause with a cue of its own, stay plans.
    expect(readCjk('甲骨文上季營收182億美元 本季財測200億美元')).toEqual(['18200000000USD fact', '20000000000USD plan']);
    expect(readCjk('甲骨文營收182億美元，高於公司3月時給出的約175億美元財測，雲端業務營收預計71億美元。')).toEqual(['18200000000USD fact', '17500000000USD plan', '7100000000USD plan']);
  });

  it('should keep a guidance range told after 处于 as the company’s plan, and a figure a plan will far exceed (远超目前的) as the fact it is now', () => {
    const readCjk = (sentence: string) => readFigures(plainText(sentence), { ...context, fallbackSubject: 'Oracle' }).map((f) => `${f.value.amount}${f.value.unit} ${f.modality}`);
    expect(readCjk('甲骨文云收入增长52%，与分析师预期的52%持平，也处在公司此前给出的50%至52%指引区间的顶端。')).toEqual(['52% fact', '52% forecast', '50% plan']);
    expect(readCjk('若交易落地，甲骨文对Cohere的累计投资将远超目前的30亿美元。')).toEqual(['3000000000USD fact']);
    // Look-alikes: a range analysts expect in that clause is theirs; a sum the company will invest is its plan.
    expect(readCjk('甲骨文云收入增长52%，处于分析师预期的50%至52%区间的顶端。')).toEqual(['52% fact', '50% forecast']);
    expect(readCjk('甲骨文对Cohere的投资将增至30亿美元。')).toEqual(['3000000000USD plan']);
  });
  it('should let a closing attribution speak for a figure across a comma inside a noun phrase, but not for a deal already there', () => {
    expect(modalityOf('Northwind may add as much as $6B to its current $12B, five-year cloud deal, according to people familiar with the talks.', '$6B')).toBe('rumour');
    // Look-alike: a comma before a clause with its own verb ends the figure's words.
    expect(modalityOf('Northwind may add as much as $6B to its deal, which ran for five years, according to people familiar with the talks.', '$6B')).not.toBe('rumour');
  });

  it('should read the deal or stake that hearsay adds to as a fact', () => {
    expect(modalityOf('Northwind may add as much as $6B to its current $12B, five-year cloud deal, according to people familiar with the talks.', '$12B')).toBe('fact');
    expect(modalityOf('Fabrikam is in talks to expand its five-year, $12 billion cloud contract by up to $6 billion, people familiar with the matter said.', '$12 billion')).toBe('fact');
    expect(modalityOf('Insiders say Fabrikam is weighing $3 billion more for Northwind, on top of the $4 billion it has already put in.', '$4 billion')).toBe('fact');
    // Look-alikes: the addition is hearsay, and so is a stake to be raised to a level.
    expect(modalityOf('Fabrikam is in talks to expand its five-year, $12 billion cloud contract by up to $6 billion, people familiar with the matter said.', '$6 billion')).toBe('rumour');
    expect(modalityOf('Fabrikam is in talks to expand its stake to $9 billion, people familiar with the matter said.', '$9 billion')).toBe('rumour');
  });
  it('should read where a plan opened the year ("after opening the year at") as the main clause reads its own figure', () => {
    const sentence = 'Fabrikam kept its outlook of about $60 billion for the year, the figure it reached in May after opening the year at about $52 billion.';
    expect(modalityOf(sentence, '$52 billion')).toBe('plan');
    // Look-alike: money spent after a plan is told is spent, not planned.
    expect(modalityOf('Fabrikam plans to spend about $60 billion this year, after spending about $52 billion last year.', '$52 billion')).toBe('fact');
  });
});
