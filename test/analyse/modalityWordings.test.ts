import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as its value, metric and modality (with how an offer ended): "4000000000USD capex fact". */
const read = (sentence: string) =>
  readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.metric.name} ${f.modality}${f.offerStatus ? ` ${f.offerStatus}` : ''}`);

describe('modality wordings', () => {
  it('should read "projects" after "capital" or "into" as the noun, not a company projecting a figure', () => {
    expect(read('Fabrikam sank $4.2B into capital projects in the three months to March.')).toEqual(['4200000000USD capex fact']);
    expect(read('Fabrikam spent on construction projects in the whole of 2025: $4.2bn.')).toEqual(['4200000000USD capex fact']);
    // Negative control: the verb, a company projecting its own spending, is still its plan.
    expect(read('Fabrikam projects capital outlays of about $4.2 billion this year.')).toEqual(['4200000000USD capex plan']);
  });

  it('should read a project whose withdrawal, as proposed or planned, is told as called off', () => {
    expect(read('Suppliers pointed to Fabrikam’s withdrawal last year of a proposed $2 billion data center campus in Ohio.')).toEqual(['2000000000USD capex cancelled']);
    // Negative control: a campus built, not withdrawn, is a fact.
    expect(read('Fabrikam built a $2 billion data center campus in Ohio last year.')).toEqual(['2000000000USD capex fact']);
  });

  it('should read money a company turned away as an offer it rejected', () => {
    expect(read('Northwind watched Fabrikam turn away as much as $6 billion of fresh investment.')).toEqual(['6000000000USD investment offer rejected']);
    // Negative control: money taken is an investment made.
    expect(read('Northwind watched Fabrikam take $6 billion of fresh investment.')).toEqual(['6000000000USD investment fact']);
  });

  it('should read the sum a company flagged or indicated earlier as its guidance', () => {
    expect(read('Fabrikam now expects to spend about $9 billion this fiscal year, well above the $6 billion it flagged in September.')).toEqual(['9000000000USD capex plan', '6000000000USD capex plan']);
    expect(read('Fabrikam plans capital spending of about $9bn, far above the $6bn it had indicated in September.')).toEqual(['9000000000USD capex plan', '6000000000USD capex plan']);
    // Negative control: a sum the company spent, set against another, stays a fact.
    expect(read('Fabrikam spent $9 billion last year, well above the $6 billion it spent in 2024.')).toEqual(['9000000000USD capex fact', '6000000000USD capex fact']);
  });

  it('should read a speaker’s own call on a figure as a forecast', () => {
    expect(read('My call: Contoso Cloud averages twenty-nine percent growth next fiscal year.')).toEqual(['29% revenue growth forecast']);
    // Negative control: a figure told as done is a fact, whoever says it.
    expect(read('Contoso Cloud grew twenty-nine percent last quarter.')).toEqual(['29% revenue growth fact']);
  });

  it('should read what people were posting, or a number going around, as hearsay', () => {
    expect(read('People were posting that the real backlog was over $90 billion.')).toEqual(['90000000000USD backlog rumour']);
    expect(read('A backlog figure going around online put it at $90 billion.')).toEqual(['90000000000USD backlog rumour']);
    // Negative control: the company posting its own figure is a fact.
    expect(read('Contoso posted a backlog of $90 billion.')).toEqual(['90000000000USD backlog fact']);
  });

  it('should read a guidance said to equal what a company spent by the sum spent', () => {
    expect(read('That guidance is almost exactly what Fabrikam spent on capital projects in 2025: $7.2bn.')).toEqual(['7200000000USD capex fact']);
    // Negative control: a guidance equal to what it plans is a plan.
    expect(read('That guidance is what Fabrikam plans to spend in 2027: $7.2bn.')).toEqual(['7200000000USD capex plan']);
  });

  it('should read a sum agreed for computing capacity as the contract’s value, not a plan', () => {
    expect(read('Fabrikam agreed to buy up to $6 billion of computing capacity from Northwind through 2030.')).toEqual(['6000000000USD investment fact']);
    // Negative controls: chips a company agreed to use are still to come, and a purchase only reported is hearsay.
    expect(read('Fabrikam has agreed to use up to 400,000 of Northwind’s chips.')).toEqual(['400000chips chips deployed plan']);
    expect(read('Fabrikam reportedly agreed to buy $6 billion of computing power from Northwind.')).toEqual(['6000000000USD investment rumour']);
  });

  it('should read money committed over years named ahead as a plan', () => {
    expect(read('Northwind has committed $4 billion to Portugal between 2026 and 2029.')).toEqual(['4000000000USD investment plan']);
    expect(read('Northwind has committed $4 billion to the country over 2026-2029.')).toEqual(['4000000000USD investment plan']);
    // Negative control: money committed to a company since a year is a stake taken.
    expect(read('Northwind has committed $4 billion to Fabrikam since 2023.')).toEqual(['4000000000USD investment fact']);
  });

  it('should read a price paid "in stock" as no share price', () => {
    expect(read('Fabrikam tried to buy Northwind for about nine billion in stock.').filter((f) => f.includes('share price'))).toEqual([]);
    // Negative control: the stock's own price is a share price.
    expect(read('Fabrikam stock closed at $300.')).toEqual(['300USD share price fact']);
  });

  it('should read 未確認為收入 (not yet recognised as revenue) as no hearsay', () => {
    expect(read('Contoso已簽約但未確認為收入的積壓訂單增至900億美元。')).toEqual(['90000000000USD backlog fact']);
    // Negative control: a figure no one confirmed is hearsay.
    expect(read('網傳積壓訂單逾900億美元，Contoso未確認。')).toEqual(['90000000000USD backlog rumour']);
  });

  it('should read a share of a market hedged "by most third-party estimates" as a fact', () => {
    expect(read('Contoso still holds well over 70% of the accelerator market by most third-party estimates.')).toEqual(['70% market share fact']);
    // Negative control: analysts who estimate it forecast it.
    expect(read('Analysts estimate Contoso holds 70% of the accelerator market.')).toEqual(['70% market share forecast']);
  });

  it('should read an outlet’s figure set against the company’s own release as a reported result, not hearsay', () => {
    expect(read('不过，也有外电报道称Contoso云增速仅为21%，与公司公告口径存在出入。').map((f) => f.split(' ').at(-1))).toEqual(['fact']);
    expect(read('A wire report put Contoso Cloud growth at 21%, at odds with the company’s release.').map((f) => f.split(' ').at(-1))).toEqual(['fact']);
    // Negative controls: the report alone is hearsay, and so are posts set against the release.
    expect(read('也有外电报道称Contoso云增速仅为21%。').map((f) => f.split(' ').at(-1))).toEqual(['rumour']);
    expect(read('Posts on X claimed Contoso Cloud growth was 21%, at odds with the company’s release.').map((f) => f.split(' ').at(-1))).toEqual(['rumour']);
  });

  it('should read commitments a company has already made (已作出…承诺) as made, not promised', () => {
    expect(read('OpenAI目前已对外作出约9000亿美元的算力承诺，其中包括去年与甲骨文签下的300亿美元合同。')).toEqual(['900000000000USD investment fact', '30000000000USD investment fact']);
    // Negative control: a company that promises to invest plans it.
    expect(read('OpenAI承诺今年向甲骨文投资100亿美元。')).toEqual(['10000000000USD investment plan']);
  });

  it('should read money put in front of a company as an offer', () => {
    expect(read('Northwind put as much as $6 billion in front of Fabrikam in March.').map((f) => f.split(' ').at(-1))).toEqual(['offer']);
    // Negative control: a deal put in front of shareholders is no offer to them.
    expect(read('Northwind put its $6 billion investment in Fabrikam in front of shareholders in March.').map((f) => f.split(' ').at(-1))).not.toContain('offer');
  });

  it('should read a range for a year named, and a sum a company eyes, as its plan', () => {
    expect(read('Fabrikam reiterated a 2027 range of $11B to $13B for capital expenditures.')).toEqual(['11000000000USD capex plan']);
    expect(read('Fabrikam eyes $11 billion of capex.')).toEqual(['11000000000USD capex plan']);
    // Negative controls: "all eyes" is no verb, and a year's sum booked is a fact.
    expect(read('All eyes are on the $11 billion of capex Fabrikam spent.')).toEqual(['11000000000USD capex fact']);
    expect(read('Fabrikam booked capital expenditures of $11B in 2025.')).toEqual(['11000000000USD capex fact']);
  });
});

describe('modality wordings, round 26', () => {
  it('should read a sum a company points to as its guidance, and one analysts point to as their forecast', () => {
    expect(read('Contoso has pointed to revenue of about $9 billion for the quarter ending in June.')).toEqual(['9000000000USD revenue plan']);
    expect(read('Sales came in above the roughly $9 billion it had pointed to in March.')).toEqual(['9000000000USD revenue plan']);
    expect(read('Analysts point to revenue of about $9 billion for the quarter.')).toEqual(['9000000000USD revenue forecast']);
    // Look-alike: a result a company points to is a fact.
    expect(read('Contoso pointed to its 20% growth as proof of demand.')).toEqual(['20% revenue growth fact']);
  });

  it('should read money a company signed up to put in as promised, and what its finance chief says capex "would now come to" as its plan', () => {
    expect(read('Contoso signed up last year to put as much as $2 billion into Fabrikam.')).toEqual(['2000000000USD investment plan']);
    expect(read('The chief financial officer said capital expenditures for 2026 would now come to about $40 billion.')).toEqual(['40000000000USD capex plan']);
    // Look-alike: what spending came to is a fact.
    expect(read('Capital expenditures came to $40 billion in 2025.')).toEqual(['40000000000USD capex fact']);
  });

  it('should read talk that surfaces as hearsay, and a speaker’s own number as a forecast', () => {
    expect(read('Talk surfaces that Contoso may enlarge its deal with Fabrikam by as much as $2 billion.')).toEqual(['2000000000USD investment rumour']);
    expect(read('My own number is $10 billion of revenue, above their $9.5 billion.')[0]).toBe('10000000000USD revenue forecast');
    // Look-alikes: a company talking up its backlog, and "our number one priority", say nothing of either.
    expect(read('Contoso talked up its $2 billion backlog.')).toEqual(['2000000000USD backlog fact']);
    expect(read('Our number one priority is the $10 billion campus.')).toEqual(['10000000000USD capex fact']);
  });

  it('should read what several insiders disclosed (関係者が明かした) as hearsay', () => {
    expect(read('コントソは最大50億ドルの資金調達について投資家と話し合っていると複数の関係者が明かした。')).toEqual(['5000000000USD investment rumour']);
    // Look-alike: what the company itself disclosed is a fact.
    expect(read('コントソは最大50億ドルの資金調達を完了したと明かした。')).toEqual(['5000000000USD investment fact']);
  });

  it('should read a campus announced, unveiled or landed by a place as money still to be spent', () => {
    expect(read('Lakeview County lands a roughly $3 billion Contoso campus.')).toEqual(['3000000000USD capex plan']);
    expect(read('Contoso announced a $3 billion data center campus in Ohio.')).toEqual(['3000000000USD investment plan']);
    // Look-alike: a contract landed is business won.
    expect(read('Contoso landed a $3 billion contract.')).toEqual(['3000000000USD investment fact']);
  });

  it('should read a sum a company gave out back then (去年9月时给出的) as its guidance, and 〜を上回る可能性がある as a guess', () => {
    expect(read('康拓索预计本财年资本开支约520亿美元，高于去年9月时给出的约360亿美元。')).toEqual(['52000000000USD capex plan', '36000000000USD capex plan']);
    expect(read('コントソの評価額は3600億ドルを上回る可能性がある。')).toEqual(['360000000000USD valuation forecast']);
    // Look-alikes: a result a report gives, and a level passed, are facts.
    expect(read('康拓索财报给出的营收为161亿美元。')).toEqual(['16100000000USD revenue fact']);
    expect(read('コントソの評価額は3600億ドルを上回った。')).toEqual(['360000000000USD valuation fact']);
  });
});

describe('a project called off after its phrase, and a billion dollars without its count', () => {
  it('should read a participle that calls off the project before it (", withdrawn in May") as cancelled', () => {
    expect(read('The county lost Fabrikam’s $2 billion campus proposal, withdrawn in September 2025.')).toEqual(['2000000000USD capex cancelled']);
    expect(read('Officials still cite Fabrikam’s $2 billion build there, dropped in January.')).toEqual(['2000000000USD capex cancelled']);
    // Negative control: a figure that dropped by a percentage, or a participle of something else, calls nothing off.
    expect(read('Fabrikam’s $2 billion build there, completed in January, is running.')).toEqual(['2000000000USD capex fact']);
  });

  it('should read "its billion-dollar campus" as a billion dollars, but not "the billion-dollar question"', () => {
    expect(read('Fabrikam dropped its billion-dollar Ohio campus.')).toEqual(['1000000000USD capex cancelled']);
    // Negative control: the idiom names no sum, and "multibillion-dollar" no one sum.
    expect(read('The billion-dollar question is what Fabrikam spends on data centers.')).toEqual([]);
    expect(read('Fabrikam dropped its multibillion-dollar Ohio campus.')).toEqual([]);
  });
});

describe('a sum a company set out ahead', () => {
  it('should read the sum a company set out, gave or flagged earlier, beside its new plan, as its plan too', () => {
    expect(read('Contoso now budgets about $90 billion of capital spending for 2026, up from the $80 billion it set out at the start of the year.')).toEqual(['90000000000USD capex plan', '80000000000USD capex plan']);
    expect(read('Contoso now expects capital expenditure of about $90 billion this year, up from roughly $80 billion flagged in February.')).toEqual(['90000000000USD capex plan', '80000000000USD capex plan']);
    // Look-alike: money a company laid out is money spent.
    expect(read('Contoso plans capital expenditure of about $90 billion this year, double the $45 billion it laid out in 2025.')).toEqual(['90000000000USD capex plan', '45000000000USD capex fact']);
  });
});

describe('a company’s intent in other words: hopes, preparations, promises, proposals', () => {
  it('should read a company that hopes, prepares, gears up, promises or vows to spend or reach a sum as planning it', () => {
    expect(read('Contoso hopes to reach $9 billion of revenue by 2028.')).toEqual(['9000000000USD revenue plan']);
    expect(read('Contoso is preparing to spend $9 billion on a data center campus.')).toEqual(['9000000000USD capex plan']);
    expect(read('Contoso is gearing up to spend $9 billion on data centers.')).toEqual(['9000000000USD capex plan']);
    expect(read('Contoso has promised to invest $9 billion in Fabrikam.')).toEqual(['9000000000USD investment plan']);
    expect(read('Contoso vowed to spend $9 billion on capex in 2027.')).toEqual(['9000000000USD capex plan']);
    // Negative controls: a hope or a promise of something other than the sum leaves a result as it stands.
    expect(read('Contoso, which hopes to win more customers, spent $9 billion on capex in the first quarter.')).toEqual(['9000000000USD capex fact']);
    expect(read('Contoso promised customers faster chips and spent $9 billion on capex in the first quarter.')).toEqual(['9000000000USD capex fact']);
  });

  it('should read a project proposed, right before its sum, as a plan, and a project built as proposed as a fact', () => {
    expect(read('Contoso’s proposed $9 billion data center campus is awaiting zoning approval.')).toEqual(['9000000000USD capex plan']);
    expect(read('Contoso filed a proposal for a $9 billion data center in Ohio.')).toEqual(['9000000000USD investment plan']);
    // Negative control: the verb after the figure tells how the campus came about, not that it is still to come.
    expect(read('Contoso built the $9 billion campus it proposed in 2024.')).toEqual(['9000000000USD capex fact']);
  });

  it('should read 准备 before a verb of spending, a Japanese 考えだ or 意向, and traditional 將 before such a verb as a plan', () => {
    expect(read('华为准备投入200亿元研发昇腾芯片。')).toEqual(['20000000000CNY capex plan']);
    expect(read('楽天は5000億円の設備投資を行う考えだ。')).toEqual(['500000000000JPY capex plan']);
    expect(read('KDDIは2000億円を投じる意向だ。')).toEqual(['200000000000JPY investment plan']);
    expect(read('廣達將在美國投資10億美元興建新廠。')).toEqual(['1000000000USD investment plan']);
    // Negative controls: a view held of a result (と考えている) is no plan, and 將 that marks an object (as 把 does) gives no future to a
    // figure compared with.
    expect(read('楽天は設備投資が5000億円だったと考えている。')).toEqual(['500000000000JPY capex fact']);
    expect(read('Alphabet 將2026年資本支出框定在1,750億至1,850億美元，約為去年914億美元的兩倍。')).toContain('91400000000USD capex fact');
  });
});

describe('a result beside a plan word that is not its own', () => {
  it('should read a Chinese actual (实际) after a plan in the clause before, and a result said to beat a plan (計画を上回り, 超出公司计划), as a fact', () => {
    expect(read('亚马逊此前计划加大投入，第一季度实际资本支出为432亿美元。')).toEqual(['43200000000USD capex fact']);
    expect(read('KDDIの前期の設備投資は計画を上回り6500億円となった。')).toEqual(['650000000000JPY capex fact']);
    expect(read('腾讯第二季度资本开支为191亿元，超出公司计划。')).toEqual(['19100000000CNY capex fact']);
    // Negative controls: the plan's own figure after the comparison, and 实际 in the plan's own clause, stay plans.
    expect(read('腾讯今年资本开支将高于计划的900亿元。')).toEqual(['90000000000CNY capex plan']);
    expect(read('亚马逊计划今年实际投入2000亿美元。')).toEqual(['200000000000USD capex plan']);
  });
});

describe('the Japanese non-past of a verb of money', () => {
  it('should read a sum a Japanese sentence ends by investing, putting in or becoming, in the non-past, as a plan', () => {
    expect(read('KDDIは2000億円を投資する。')).toEqual(['200000000000JPY investment plan']);
    expect(read('NTTはデータセンターに5000億円を投じる。')).toEqual(['500000000000JPY investment plan']);
    expect(read('ソフトバンクはOpenAIに300億ドルを追加出資する。')).toEqual(['30000000000USD investment plan']);
    expect(read('楽天の設備投資は2000億円となる。')).toEqual(['200000000000JPY capex plan']);
    expect(read('NTTは2027年度までにデータセンターに1兆円を投資することを決めた。')).toEqual(['1000000000000JPY investment plan']);
    expect(read('楽天は2000億円を投資すると発表した。')).toEqual(['200000000000JPY investment plan']);
    // Negative controls: the past (投じた, となった) is done, and a verb before a comma tells its own figure, not the one after it.
    expect(read('NTTは前期にデータセンターに5000億円を投じた。')).toEqual(['500000000000JPY investment fact']);
    expect(read('NTTは前期に1兆円を投資したと発表した。')).toEqual(['1000000000000JPY investment fact']);
    expect(read('KDDIは前期に2000億円を投資し、今期は3000億円を投資する。')).toEqual(['200000000000JPY investment fact', '300000000000JPY investment plan']);
  });
});

describe('the news desk’s future: "is to", "is lining up"', () => {
  it('should read a sum a company "is to" invest, or "is lining up", as its plan', () => {
    expect(read('Contoso is to invest $9 billion in Portugal.')).toEqual(['9000000000USD investment plan']);
    expect(read('Contoso is lining up $9 billion for data centers in India.')).toEqual(['9000000000USD capex plan']);
    // Negative control: lining up customers says nothing of the revenue booked.
    expect(read('Contoso is lining up customers and booked $9 billion in revenue in the first quarter.')).toEqual(['9000000000USD revenue fact']);
  });
});

describe('more wordings of what is not yet so, and of what was done as planned', () => {
  it('should read what a deal "would be worth" if completed, and "stands to gain", as forecasts, and 可望, 照目前的增速, 達しそうだ too', () => {
    expect(read('The deal, if completed, would be worth $9 billion to Contoso.')).toEqual(['9000000000USD investment forecast']);
    expect(read('Contoso stands to gain $9 billion in cloud revenue from the agreement.')).toEqual(['9000000000USD revenue forecast']);
    expect(read('台積電明年營收可望成長25%。')).toEqual(['25% revenue growth forecast']);
    expect(read('照目前的增速，微软云收入明年将突破1000亿美元。')).toEqual(['100000000000USD revenue forecast']);
    expect(read('東京エレクトロンの今期売上高は2兆5000億円に達しそうだ。')).toEqual(['2500000000000JPY revenue forecast']);
    // Negative control: what a deal was worth is a fact.
    expect(read('The deal was worth $9 billion to Contoso.')).toEqual(['9000000000USD investment fact']);
  });

  it('should read a project no longer pursued as called off, 拟议中的 deal as an offer, and 被曝, 外傳, 模様だ as hearsay', () => {
    expect(read('Contoso is no longer pursuing a $9 billion data center in Spain.')).toEqual(['9000000000USD capex cancelled']);
    expect(read('拟议中的100亿美元收购案遭到监管机构审查，出价方为微软。')).toEqual(['10000000000USD acquisition offer']);
    expect(read('亚马逊被曝将向Anthropic追加投资250亿美元。')).toEqual(['25000000000USD investment rumour']);
    expect(read('外傳台積電將在日本追加投資200億美元。')).toEqual(['20000000000USD investment rumour']);
    expect(read('ソフトバンクグループはOpenAIへの300億ドルの追加出資で最終調整に入った模様だ。')).toEqual(['30000000000USD investment rumour']);
    // Negative controls: what a company no longer reports apart is still its figure; 外传输 (outbound transmission) is no hearsay.
    expect(read('Contoso no longer reports its $9 billion backlog separately.')).toEqual(['9000000000USD backlog fact']);
    expect(read('外传输网络收入为50亿元。')).toEqual(['5000000000CNY revenue fact']);
  });

  it('should read money paid as pledged, 計画通り or 按计划, as a fact', () => {
    expect(read('Microsoft completed the $10 billion investment it had pledged to OpenAI.')).toEqual(['10000000000USD investment fact']);
    expect(read('ソフトバンクグループは計画通りOpenAIに300億ドルを出資した。')).toEqual(['30000000000USD investment fact']);
    expect(read('阿里巴巴按计划投入380亿元，已全部到位。')).toEqual(['38000000000CNY capex fact']);
    // Negative control: money pledged and not yet paid stays a plan.
    expect(read('Microsoft will invest the $10 billion it had pledged to OpenAI next year.')).toEqual(['10000000000USD investment plan']);
  });
  it('should read "it\'ll" as "it will", and money a company will "drop on" something as money it means to spend', () => {
    expect(read('Fabrikam now thinks it\'ll drop about $90B on data centers next year.')).toEqual(['90000000000USD capex plan']);
    expect(read('Fabrikam says it will drop some $90 billion on capital projects in 2027.')).toEqual(['90000000000USD capex plan']);
    // Negative control: money dropped on something in the past is spent.
    expect(read('Fabrikam dropped about $90B on data centers last year.')).toEqual(['90000000000USD capex fact']);
  });
  it('should read a flow told as a range, which no actual is, as guidance', () => {
    expect(read('Fabrikam keeps capital spending of $40 billion to $45 billion for 2026.')).toEqual(['40000000000USD capex plan']);
    expect(read('Fabrikam维持全年400亿至450亿美元的资本开支区间不变。')).toEqual(['40000000000USD capex plan']);
    // Negative controls: one number booked is a fact, and a range of what a deal is worth is no flow guided.
    expect(read('Fabrikam spent $41 billion on capital projects in 2025.')).toEqual(['41000000000USD capex fact']);
    expect(read('Fabrikam bought a 10% stake in Northwind for $4 billion to $5 billion.')).not.toContain('4000000000USD investment plan');
  });
  it('should read what "the Street" expects, the market\'s expectation and a fund manager\'s estimate as forecasts, and management\'s range as its plan', () => {
    expect(read('Watch Fabrikam’s cloud growth against the roughly 30% the Street expects.')).toEqual(['30% revenue growth forecast']);
    expect(read('The quarter beat the market’s expectation of around $5 billion of operating profit.')).toEqual(['5000000000USD operating profit forecast']);
    expect(read('一位基金經理人預估，Fabrikam明年營收將突破500億美元。')).toEqual(['50000000000USD revenue forecast']);
    expect(read('Fabrikam cloud grew 31%, just what the Street expected and at the top of management’s 29%–31% range.')).toEqual(['31% revenue growth fact', '29% revenue growth plan']);
    // Look-alikes: what the company itself expects, or its own expectation, is its plan.
    expect(read('Watch Fabrikam’s cloud growth against the roughly 30% Fabrikam expects.')).toEqual(['30% revenue growth plan']);
    expect(read('Fabrikam gave an expectation of around $5 billion of operating profit.')).toEqual(['5000000000USD operating profit plan']);
    expect(read('Fabrikam預估，明年營收將突破500億美元。')).toEqual(['50000000000USD revenue plan']);
  });
  it('should read a commitment to buy computing capacity as a contract\'s value, and 将…了 as a thing done', () => {
    expect(read('Northwind committed to buy $12 billion of Fabrikam compute.')).toEqual(['12000000000USD investment fact']);
    expect(read('Northwind promised to buy $12 billion of Fabrikam cloud capacity.')).toEqual(['12000000000USD investment fact']);
    expect(read('Fabrikam与Contoso分别承诺向Northwind投资至多20亿美元和30亿美元，Northwind则承诺采购120亿美元的Fabrikam算力。').at(-1)).toBe('12000000000USD investment fact');
    expect(read('个别媒体将Fabrikam营收增速写成了21%。')).toEqual(['21% revenue growth fact']);
    // Look-alikes: a commitment to build is still a plan, and 将 before a verb to come is the future.
    expect(read('Fabrikam has committed to spend $12 billion on a campus in Ohio.')).toEqual(['12000000000USD investment plan']);
    expect(read('Fabrikam营收增速将达到21%。')).toEqual(['21% revenue growth plan']);
  });
  it('should not let a plan\'s cue before a Chinese comma reach a quarter already over', () => {
    // The context is dated May 2026: the first quarter is over, the third is still to come.
    expect(read('Fabrikam把2026年资本开支指引上调至约600亿美元，一季度单季投入140亿美元。')).toEqual(['60000000000USD capex plan', '14000000000USD capex fact']);
    // Look-alike: a quarter still to come keeps the plan.
    expect(read('Fabrikam把2026年资本开支指引上调至约600亿美元，三季度单季投入160亿美元。')).toEqual(['60000000000USD capex plan', '16000000000USD capex plan']);
  });

  it('should read a figure given as a company’s revenue outlook (營收展望) as its guidance', () => {
    expect(read('對於下一季，Fabrikam給出約45億美元、上下浮動2%的營收展望。')).toEqual(['4500000000USD revenue plan']);
    // Look-alike: revenue reported, beside an outlook that gives no figure of it, stays a fact.
    expect(read('Fabrikam上季營收為41億美元，公司對前景展望樂觀。')).toEqual(['4100000000USD revenue fact']);
  });
});
