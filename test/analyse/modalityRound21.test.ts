import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { extractClaims, plainText } from '../../src/analyse/extractClaims.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Rules taught by the fourth blind set of modality probes (388–467), each tried in wordings of its own, beside a negative
// control: a fact beside the cue's word stays a fact, and a company's own plan stays a plan.

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value, metric and modality: "4000000000USD capex fact". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.metric.name} ${f.modality}`);
/** The claims of an article that states its figure only in its headline. */
const headline = (title: string) =>
  extractClaims(
    inventedArticle([title, '', 'Example Wire | May 10, 2026', '', 'The company reported results on Thursday. Executives answered questions after the call.', '', 'Source: Example Wire'].join('\n')),
  ).map((c) => `${c.value?.amount}${c.value?.unit} ${c.metric} ${c.modality}`);

describe('modality, round 21: deals and projects called off', () => {
  it('should read a deal or project that is dead, off, killed or voted down as called off', () => {
    expect(read("Fabrikam's $4 billion takeover of Northwind is dead.")).toEqual(['4000000000USD acquisition cancelled']);
    expect(read('Shareholders voted down Fabrikam’s $4 billion takeover of Northwind.')).toEqual(['4000000000USD acquisition cancelled']);
    expect(read("Fabrikam's $4 billion data-center project in Ohio is off.")).toEqual(['4000000000USD capex cancelled']);
    expect(read('Fabrikam killed plans for a $2 billion campus in Texas.')).toEqual(['2000000000USD capex cancelled']);
    expect(read('Fabrikam pulled the plug on its $2 billion campus in Texas.')).toEqual(['2000000000USD capex cancelled']);
    expect(headline('Fabrikam kills $2 billion Ohio data-center project')).toEqual(['2000000000USD capex cancelled']);
    // Negative controls: "off" of a figure that fell, or "off to a start", calls nothing off.
    expect(read("Fabrikam's revenue of $4 billion was off 5% from a year earlier.")).toEqual(['4000000000USD revenue fact']);
    expect(read('Fabrikam said its $4 billion campus in Ohio is off to a strong start.')).toEqual(['4000000000USD capex fact']);
  });

  it('should read a deal that fell through (告吹, 破局) or a plant put off (暫緩) as called off, and 建廠計畫 as spending', () => {
    expect(read('Contoso收购Northwind直播业务的30亿美元交易最终告吹。')).toEqual(['3000000000USD acquisition cancelled']);
    expect(read('Contoso收购Northwind业务的30亿美元交易宣告破局。')).toEqual(['3000000000USD acquisition cancelled']);
    expect(read('Contoso宣布暫緩在德國100億歐元的建廠計畫。')).toEqual(['10000000000EUR capex cancelled']);
    // Negative control: a plant announced is the company's plan.
    expect(read('Contoso宣布將在德國投入100億歐元的建廠計畫。')).toEqual(['10000000000EUR capex plan']);
  });
});

describe('modality, round 21: offers', () => {
  it('should read a term sheet sent, and a sum bid for something, as an offer', () => {
    expect(read('Fabrikam sent Northwind a term sheet for a $5 billion investment.')).toEqual(['5000000000USD investment offer']);
    expect(read('Fabrikam bids $5 billion for Northwind.')).toEqual(['5000000000USD acquisition offer']);
    expect(headline("Fabrikam bids $5 billion for Northwind's browser")).toEqual(['5000000000USD acquisition offer']);
    expect(read('Contoso出價20億美元競購一家日本伺服器廠。')).toEqual(['2000000000USD acquisition offer']);
    // Negative control: a sum paid for a company is a deal done.
    expect(read('Fabrikam paid $5 billion for Northwind.')).not.toContain('5000000000USD acquisition offer');
  });
});

describe('modality, round 21: hearsay', () => {
  it('should read unnamed officials, a memo an outlet saw and a leak as hearsay, even of a plan', () => {
    expect(read('Fabrikam would invest $5 billion in Northwind, the Journal said, citing unnamed officials.')).toEqual(['5000000000USD investment rumour']);
    expect(read("Fabrikam's capex next year will top $90 billion, according to an internal memo seen by Reuters.")).toEqual(['90000000000USD capex rumour']);
    expect(read("Fabrikam's capex next year will top $90 billion, according to a leaked presentation.")).toEqual(['90000000000USD capex rumour']);
    // Negative control: a memo the company's chief published is the company's plan.
    expect(read("Fabrikam's capex next year will top $90 billion, according to a memo Chief Executive Jane Doe posted on the company blog.")).toEqual(['90000000000USD capex plan']);
  });

  it('should read word from the supply chain (產業鏈傳出) and …ことが分かった as hearsay', () => {
    expect(read('產業鏈傳出，Contoso將投資10億美元在墨西哥建廠。')).toEqual(['1000000000USD investment rumour']);
    expect(read('コントソがノースウィンドに300億ドルを追加出資することが分かった。')).toEqual(['30000000000USD investment rumour']);
    // Negative controls: the company's own announcement is its plan; what a filing showed is a fact.
    expect(read('Contoso宣布將投資10億美元在墨西哥建廠。')).toEqual(['1000000000USD investment plan']);
    expect(read('決算資料で、コントソがノースウィンドに300億ドルを出資したことが分かった。')).toEqual(['30000000000USD investment fact']);
    expect(read('同社への取材で、コントソがノースウィンドに300億ドルを追加出資することが分かった。')).toEqual(['30000000000USD investment plan']);
  });

  it('should end the hearsay before a company’s own announcement after a comma (此前有传言称…，…正式公布)', () => {
    expect(read('此前有传言称Contoso将削减投入，Contoso正式公布上季度资本开支为130亿元。')).toEqual(['13000000000CNY capex fact']);
    // Negative control: hearsay with no announcement after it stays hearsay.
    expect(read('据知情人士透露，Contoso将投资130亿元建设数据中心。')).toEqual(['13000000000CNY investment rumour']);
  });
});

describe('modality, round 21: whose plan, whose forecast', () => {
  it('should read a company that says it is on course as planning, and an outlet’s or analysts’ "on course" as a forecast', () => {
    expect(read('Contoso said it is on course to spend about $90 billion this year.')).toEqual(['90000000000USD capex plan']);
    expect(read('Analysts said Contoso is on course to spend about $90 billion this year.')).toEqual(['90000000000USD capex forecast']);
    expect(read('Contoso is on course to spend about $90 billion this year.')).toEqual(['90000000000USD capex forecast']);
  });

  it('should read a company’s "own forecast" as its plan, and a broker’s or research firm’s as a forecast', () => {
    expect(read("Fabrikam's own forecast puts 2026 revenue at $12 billion.")).toEqual(['12000000000USD revenue plan']);
    expect(read("Fabrikam's own estimates put 2026 revenue at $12 billion.")).toEqual(['12000000000USD revenue plan']);
    expect(read("Halvard Partners' own forecast puts Fabrikam's 2026 revenue at $12 billion.")).toEqual(['12000000000USD revenue forecast']);
    expect(read("Morgan Stanley's own forecast puts Fabrikam's 2026 revenue at $12 billion.")).toEqual(['12000000000USD revenue forecast']);
  });

  it('should read "in a broker’s view" and "analyst consensus shows" as a forecast', () => {
    expect(read("Contoso Cloud will grow 31% next quarter, in Bernstein's view.")).toEqual(['31% revenue growth forecast']);
    expect(read('Contoso Cloud will grow 31% next quarter, in the view of analysts at UBS.')).toEqual(['31% revenue growth forecast']);
    expect(read('Contoso capex will hit $90 billion next year, analyst consensus shows.')).toEqual(['90000000000USD capex forecast']);
    expect(headline('Contoso quarterly revenue to hit $65 billion, analyst consensus shows')).toEqual(['65000000000USD revenue forecast']);
    // Negative controls: the company's own view is its plan; what data or a filing shows is a fact.
    expect(read("Contoso Cloud will grow 31% next quarter, in the company's view.")).toEqual(['31% revenue growth plan']);
    expect(read("Contoso's revenue rose to $90 billion last year, LSEG data shows.")).toEqual(['90000000000USD revenue fact']);
    expect(read("Contoso's revenue rose to $90 billion last year, a filing shows.")).toEqual(['90000000000USD revenue fact']);
  });

  it('should read a broker’s model (按照…的模型) and a research house’s 預估 as a forecast, a company’s own as its plan', () => {
    expect(read('按照高盛的模型，Contoso明年收入将增长30%。')).toEqual(['30% revenue growth forecast']);
    expect(read('據研調機構預估，Contoso今年資本支出將達到500億美元。')).toEqual(['50000000000USD capex forecast']);
    // Negative controls: the company's own model or estimate is its plan.
    expect(read('根据公司的模型，Contoso明年收入将增长30%。')).toEqual(['30% revenue growth plan']);
    expect(read('據Contoso預估，今年資本支出將達到500億美元。')).toEqual(['50000000000USD capex plan']);
  });

  it('should read 目標 (the traditional and Japanese form of 目标) as a target, but not once it is beaten', () => {
    expect(read('コントソはAI事業の売上高を1兆円とする目標を掲げた。')).toEqual(['1000000000000JPY revenue (AI) plan']);
    expect(headline('コントソ、AI事業で売上高1兆円目標')).toEqual(['1000000000000JPY revenue plan']);
    // Negative controls: a result that beat or met its target is a fact.
    expect(read('コントソのAI事業の売上高は目標を大きく上回り1兆円となった。')).toEqual(['1000000000000JPY revenue (AI) fact']);
    expect(read('Contoso第三季營收超越目標，達到331億美元。')).toEqual(['33100000000USD revenue fact']);
    expect(read('Contoso達成營收目標100億美元。')).toEqual(['10000000000USD revenue fact']);
    // A target still to be met is the plan's.
    expect(read('Contoso力争实现营收目标100亿美元。')).toEqual(['10000000000USD revenue plan']);
  });
});

describe('modality, round 21: facts beside a cue word', () => {
  it('should read a result that surpassed the company’s own target as a fact, and the target set as a plan', () => {
    expect(read('Contoso Cloud surpassed its own target to reach revenue of $9 billion in the quarter.')).toEqual(['9000000000USD revenue fact']);
    expect(read('Contoso Cloud exceeded its target to hit $9 billion of revenue in the quarter.')).toEqual(['9000000000USD revenue fact']);
    expect(read('Contoso第三季營收優於財測，達到331億美元。')).toEqual(['33100000000USD revenue fact']);
    // Negative controls: a target set, or a plan kept to, is still the plan's figure.
    expect(read('Contoso set a target to reach revenue of $9 billion next year.')).toEqual(['9000000000USD revenue plan']);
    expect(read('Contoso is in line with its plan to reach revenue of $9 billion next year.')).toEqual(['9000000000USD revenue plan']);
  });

  it('should read a sum spent or invested that had been planned or rumoured as a fact', () => {
    expect(read('Contoso spent all $40 billion of the capex it had planned for 2025.')).toEqual(['40000000000USD capex fact']);
    expect(read('Contoso has invested the $5 billion in Northwind that it had been rumoured to be planning.')).toEqual(['5000000000USD investment fact']);
    // Negative controls: the sum still to be spent is a plan, and hearsay of the investment itself stays hearsay.
    expect(read('Contoso will spend the $40 billion it had planned for 2026.')).toEqual(['40000000000USD capex plan']);
    expect(read('Contoso invested the $5 billion in Northwind, people familiar with the matter said.')).toEqual(['5000000000USD investment rumour']);
  });

  it('should read money paid out ahead of plan (計画を前倒しして…実行した) as a fact', () => {
    expect(read('コントソは、計画を前倒しして、ノースウィンドへの225億ドルの追加出資を実行した。')).toEqual(['22500000000USD investment fact']);
    // Negative control: the planned payment is a plan.
    expect(read('コントソは、ノースウィンドへの225億ドルの追加出資を計画している。')).toEqual(['22500000000USD investment plan']);
  });
});
