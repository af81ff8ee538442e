import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value, metric and modality (with how an offer ended): "4000000000USD capex fact". */
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.metric.name} ${f.modality}${f.offerStatus ? ` ${f.offerStatus}` : ''}`);

describe('pledges, hearsay and results set against expectations', () => {
  it('should read money committed to a campus or to data centres as a plan', () => {
    expect(read('Fabrikam committed roughly $6 billion to a campus in Dane County, Wisconsin.')).toEqual(['6000000000USD investment plan']);
    expect(read('Fabrikam committed €2.5bn to Dutch data centres and cloud training.')).toEqual(['2500000000EUR investment plan']);
    // Negative control: money committed to a company is a stake taken.
    expect(read('Fabrikam has committed $6 billion to Northwind.')).toEqual(['6000000000USD investment fact']);
  });

  it('should read money committed to infrastructure, with a conversion or the years between, as a plan', () => {
    expect(read('Fabrikam has committed 90 billion yuan (about $12.5 billion) over five years to cloud and AI infrastructure.')).toEqual(['90000000000CNY investment plan']);
    expect(read('Fabrikam committed $4 billion to new computing infrastructure.')).toEqual(['4000000000USD investment plan']);
    // Negative controls: money committed to another company's infrastructure is a deal; to a field, a stake.
    expect(read('Fabrikam committed $4 billion over four years to Northwind infrastructure.')).toEqual(['4000000000USD investment fact']);
    expect(read('Fabrikam committed $4 billion to AI start-ups.')).toEqual(['4000000000USD investment fact']);
    // The years named ahead may stand well after the sum, past the place it goes to.
    expect(read('Fabrikam has committed €2 billion to a separate "green cloud" region in the Dutch province of Groningen by 2035.')).toEqual(['2000000000EUR investment plan']);
  });

  it('should read a programme still on paper, or a campus a company announced, as a plan', () => {
    expect(read('Fabrikam plans to invest $3 billion in Iowa; its $7 billion Ohio program, announced in May 2025, is still largely on paper.')).toEqual(['3000000000USD investment plan', '7000000000USD investment plan']);
    expect(read('Fabrikam plans to invest $3 billion in Iowa; its $7 billion Ohio program, announced in May 2025, is nearly complete.')).toEqual(['3000000000USD investment plan', '7000000000USD investment fact']);
    expect(read('That adds to the $9 billion campus in Fulton, Texas, that Fabrikam announced in March 2024.')).toEqual(['9000000000USD investment plan']);
    // Negative control: money already spent beside the pledge is a fact.
    expect(read('Fabrikam has spent $3 billion on its Ohio campus so far.')).toEqual(['3000000000USD capex fact']);
  });

  it('should read a company on track to invest, by its own account, as its plan', () => {
    expect(read('Contoso’s president wrote that the company was "on track to invest approximately $40 billion" this fiscal year.')).toEqual(['40000000000USD investment plan']);
    // Negative control: what an outlet says a company is on track to do is its forecast.
    expect(read('Contoso Cloud is on track to top $40 billion in revenue this year.')).toEqual(['40000000000USD revenue forecast']);
  });

  it('should read an outside firm’s expectation, named by its kind, as a forecast', () => {
    expect(read('Dana Reyes of Halvard Partners expects Contoso Cloud growth to cool to 24 percent next quarter.')).toEqual(['24% revenue growth forecast']);
    expect(read('Brightwater Securities expects revenue of $3 billion at Contoso next quarter.')).toEqual(['3000000000USD revenue forecast']);
    // Negative control: the company's own expectation is its plan.
    expect(read('Contoso expects Contoso Cloud growth to cool to 24 percent next quarter.')).toEqual(['24% revenue growth plan']);
  });

  it('should read a project whose request or application was pulled as called off', () => {
    expect(read('Fabrikam pulled its $2 billion data center rezoning request in Wayne County.')).toEqual(['2000000000USD capex cancelled']);
    // Negative control: a request filed is no cancellation.
    expect(read('Fabrikam filed its $2 billion data center rezoning request in Wayne County.')).toEqual(['2000000000USD capex fact']);
  });

  it('should read a bid or an offer its bidder dropped or withdrew, in English, Chinese or Japanese, as called off', () => {
    expect(read('Contoso dropped its $9 billion bid for Fabrikam.')).toEqual(['9000000000USD acquisition cancelled']);
    expect(read('Contoso withdrew its $9 billion offer for Fabrikam.')).toEqual(['9000000000USD investment cancelled']);
    expect(read('鴻海撤回了對夏普的50億美元投資案。')).toEqual(['5000000000USD investment cancelled']);
    expect(read('亚马逊撤回了向OpenAI提出的500亿美元投资提议。')).toEqual(['50000000000USD investment cancelled']);
    expect(read('ソフトバンクグループはアンペアへの65億ドルの買収提案を撤回した。')).toEqual(['6500000000USD acquisition cancelled']);
    // Negative controls: a bid made, or one the target rejected, is an offer.
    expect(read('Contoso made a $9 billion bid for Fabrikam.')).toEqual(['9000000000USD acquisition offer']);
    expect(read('Fabrikam rejected Contoso’s $9 billion bid.')).toEqual(['9000000000USD acquisition offer rejected']);
    expect(read('亚马逊向OpenAI提出500亿美元的投资提议。')).toEqual(['50000000000USD investment offer']);
    expect(read('ソフトバンクグループはアンペアに65億ドルでの買収を提案した。')).toEqual(['6500000000USD acquisition offer']);
  });

  it('should read a company’s reported deal as hearsay', () => {
    expect(read('Northwind’s reported agreement to buy roughly $90 billion of servers from Fabrikam has not been confirmed.')).toEqual(['90000000000USD investment rumour']);
    // Negative control: a company's reported revenue is what it booked.
    expect(read('Northwind’s reported revenue was $9 billion in the quarter.')).toEqual(['9000000000USD revenue fact']);
  });

  it('should read money a company walked away from, said as another company’s money, as an offer it rejected', () => {
    expect(read('Northwind walked away from $20 billion in Fabrikam money rather than commit to its chips.')).toEqual(['20000000000USD investment offer rejected']);
    // Negative control: a project walked away from is called off.
    expect(read('Fabrikam walked away from a $2 billion data center project.')).toEqual(['2000000000USD capex cancelled']);
  });

  it('should read a sum set against an earlier one "N times" over as that earlier sum, not the plan', () => {
    expect(read('Contoso expects to spend about $60 billion this year, roughly one and a half times the $40 billion it put into capex last year.')).toEqual(['60000000000USD capex plan', '40000000000USD capex fact']);
    // Negative control: the planned sum itself stays a plan.
    expect(read('Contoso expects to spend about $60 billion this year.')).toEqual(['60000000000USD capex plan']);
  });

  it('should read a Chinese result said to beat expectations as a fact', () => {
    expect(read('Contoso云首季营收年增31%优于预期')).toEqual(['31% revenue growth fact']);
    // Negative control: the expectation's own figure is the market's forecast.
    expect(read('Contoso云营收增长31%，高于市场预期的27%。')).toEqual(['31% revenue growth fact', '27% revenue growth forecast']);
  });

  it('should read money to be spent over the years to come, in Chinese, as an undated plan', () => {
    const figures = readFigures(plainText('Contoso云同期营收增长31%，Contoso此前宣布未来三年投入超过900亿元建设数据中心。'), context);
    expect(figures.map((f) => `${f.value.amount}${f.value.unit} ${f.modality} ${f.period}`)).toEqual(['31% fact quarterly', '90000000000CNY plan null']);
    // Negative control: money spent in the quarter keeps its quarter and stays a fact.
    expect(readFigures(plainText('Contoso一季度资本开支为90亿元。'), context).map((f) => `${f.modality} ${f.period}`)).toEqual(['fact 2026-Q1']);
  });

  it('should read a Japanese possibility passed on (…という) as hearsay', () => {
    expect(read('追加の出資額は最大80億ドルに上る可能性があるという。')).toEqual(['8000000000USD investment rumour']);
    // Negative control: a sum told as done is a fact.
    expect(read('追加の出資額は80億ドルに上った。')).toEqual(['8000000000USD investment fact']);
  });

  it('should read talk with no one behind it ("word is that", "industry chatter suggests") and a Japanese paper’s story as hearsay', () => {
    expect(read('Word is that Contoso will spend $9 billion on chips next year.')).toEqual(['9000000000USD capex rumour']);
    expect(read('Industry chatter suggests Contoso will spend $9 billion on a campus.')).toEqual(['9000000000USD capex rumour']);
    expect(read('日本経済新聞によると、KDDIはAIデータセンターに2000億円を投資する見込みだ。')).toEqual(['200000000000JPY investment rumour']);
    // Negative controls: a company's word as an idiom, and a research house's data (IDCによると), are no hearsay.
    expect(read('Contoso’s word is its bond: it will spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex plan']);
    expect(read('IDCによると、KDDIの前期の設備投資は6500億円だった。')).toEqual(['650000000000JPY capex fact']);
  });

  it('should read people briefed on talks, sources who told an outlet, "it is understood that", a denial that a plan exists and ロイターの取材 as hearsay', () => {
    expect(read('People briefed on the talks said Contoso would spend $9 billion on the deal.')).toEqual(['9000000000USD capex rumour']);
    expect(read('Contoso could invest a further $9 billion in Fabrikam, sources told CNBC.')).toEqual(['9000000000USD investment rumour']);
    expect(read('It is understood that Contoso will spend $9 billion in the UK.')).toEqual(['9000000000USD capex rumour']);
    expect(read('Contoso denied that it plans to spend $9 billion on a campus.')).toEqual(['9000000000USD capex rumour']);
    expect(read('ロイターの取材によると、KDDIはAIデータセンターに3000億円を投じる計画だ。')).toEqual(['300000000000JPY investment rumour']);
    // Negative controls: a denial of a judgement on a result, and a company's understanding of its own figure, leave them as they stand.
    expect(read('Contoso denied that its $9 billion capex in the first quarter was excessive.')).toEqual(['9000000000USD capex fact']);
    expect(read('Contoso understood that it spent $9 billion on capex in the first quarter.')).toEqual(['9000000000USD capex fact']);
  });

  it('should read a Japanese outlet’s figure at odds with the company’s release as a misreported result', () => {
    expect(read('一部の米メディアはContoso Cloudの増収率を21％と報じており、会社発表の数字と食い違っている。')).toEqual(['21% revenue growth fact']);
    // Negative control: a figure only reported, set against nothing, is hearsay.
    expect(read('一部の米メディアはContoso Cloudの増収率を21％と報じた。')).toEqual(['21% revenue growth rumour']);
  });

  it('should keep two different figures of one sentence apart, whatever a bound admits', async () => {
    const article = await articleOf('pledges', 'Fabrikam pledges', ['Fabrikam plans to invest at least $6 billion in Ohio; its $9 billion Texas program, announced in May, is still on paper.']);
    const plans = analyse([article]).claims.filter((c) => c.subject === 'Fabrikam' && c.modality === 'plan');
    expect(plans.map((c) => c.value?.amount).sort()).toEqual([6000000000, 9000000000]);
  });

  it('should read money a company announces it will put into building something (宣布…投入…建设), and one named "a plan" after it, as a plan', () => {
    expect(read('甲骨文宣布为日本客户投入最多80亿美元建设云端算力。')).toEqual(['8000000000USD capex plan']);
    expect(read('Oracle, for its part, committed in May to as much as $8 billion for cloud capacity in Japan, a plan that officials welcomed.')).toEqual(['8000000000USD investment plan']);
    // Look-alikes: money announced as put in already, and a sum spent that the apposition names a record, are facts.
    expect(read('甲骨文宣布已投入80亿美元建设云端算力。')).toEqual(['8000000000USD capex fact']);
    expect(read('Oracle spent $8 billion on capex in the quarter, a record that analysts welcomed.')).toEqual(['8000000000USD capex fact']);
  });

  it('should read "a promise of" a sum over years named as a plan of no one year, not a fact of the year it was promised in', () => {
    expect(readFigures(plainText('Oracle followed in March 2026 with a promise of $6 billion over 2027 to 2030.'), context).map((f) => `${f.metric.name} ${f.modality} ${f.period}`)).toEqual(['investment plan null']);
    // Look-alike: an investment made in a month of a year named is a fact of that year.
    expect(readFigures(plainText('Oracle followed in March 2025 with an investment of $6 billion in Cohere.'), context).map((f) => `${f.metric.name} ${f.modality} ${f.period}`)).toEqual(['investment fact 2025']);
  });
});

describe('headlines, which drop "is", and deliberation not announced', () => {
  it('should read a headline’s "Name to invest", "said to weigh", "nears … deal", "seen topping" and Japanese 出資へ as not yet done', () => {
    expect(read('Contoso to invest $9 billion in Georgia data centers')).toEqual(['9000000000USD investment plan']);
    expect(read('Contoso said to weigh $9 billion data-center financing')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso nears $9 billion Fabrikam deal')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso backlog seen topping $90 billion')).toEqual(['90000000000USD backlog forecast']);
    expect(read('ソフトバンクグループ、OpenAIに300億ドル出資へ。')).toEqual(['30000000000USD investment plan']);
    // Negative controls: a verb in the past, a figure a company has seen, and a headline's past stay facts.
    expect(read('Contoso went to invest $9 billion in 2025.')).toEqual(['9000000000USD investment fact']);
    expect(read('Contoso has seen its backlog top $90 billion in the quarter.')).toEqual(['90000000000USD backlog fact']);
    expect(read('ソフトバンクグループ、OpenAIに300億ドル出資。')).toEqual(['30000000000USD investment fact']);
  });

  it('should read a sum under discussion, talks under way, sounding out, a mooted stake, 欲 and traditional 擬 as not yet done', () => {
    expect(read('A Contoso investment of as much as $9 billion in Fabrikam is under discussion.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Talks are under way over a $9 billion Contoso investment in Fabrikam.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso is sounding out investors about a $9 billion investment in Fabrikam.')).toEqual(['9000000000USD investment rumour']);
    expect(read('Contoso’s mooted $9 billion stake in Fabrikam has drawn scrutiny.')).toEqual(['9000000000USD investment rumour']);
    expect(read('阿里巴巴欲以50亿元收购一家芯片设计公司。')).toEqual(['5000000000CNY acquisition plan']);
    expect(read('鴻海擬斥資50億美元在美國擴建AI伺服器廠。')).toEqual(['5000000000USD capex plan']);
    // Negative control: a deal once under discussion that has closed is done.
    expect(read('The deal, under discussion since 2024, closed in March at $9 billion.')).toEqual(['9000000000USD investment fact']);
  });
});
