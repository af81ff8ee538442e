import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import type { ParsedArticle } from '../../src/schemas.ts';
import { assignArticleSlugs, loadRomaniser } from '../../src/urls.ts';
import { hardWrap } from '../helpers/hardWrap.ts';

const decoded = (file: string, text: string) => ({ file, text, encoding: 'utf-8', repairs: [], warnings: [] });
const parsed = (file: string, text: string): ParsedArticle => {
  const result = parseArticle(decoded(file, text));
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.article;
};
const blocks = (a: ParsedArticle) => a.sections.flatMap((s) => s.blocks);
const headings = (a: ParsedArticle) => a.sections.map((s) => s.heading).filter(Boolean);


describe('short articles', () => {
  it('should accept a wire brief whose paragraphs are each under 12 words', () => {
    const brief = 'AWS backlog hits $244 billion\n\nAmazon said its cloud backlog reached $244 billion.\n\nThe figure rose 20% from a year earlier.\n';
    const article = parsed('brief.txt', brief);
    expect(article.title).toBe('AWS backlog hits $244 billion');
    expect(blocks(article)).toEqual([
      { kind: 'paragraph', text: 'Amazon said its cloud backlog reached $244 billion.' },
      { kind: 'paragraph', text: 'The figure rose 20% from a year earlier.' },
    ]);
  });

  it('should accept a headline and two sentences of news with a figure, on one line', () => {
    const article = parsed('two.txt', 'Oracle lifts capex plan\nOracle raised its capex plan to $50 billion. Shares rose in late trading.\n');
    expect(article.title).toBe('Oracle lifts capex plan');
    expect(blocks(article)).toHaveLength(1);
  });

  it('should accept a Chinese brief of a headline and two sentences', () => {
    const article = parsed('zh.txt', '亚马逊云科技积压订单达2440亿美元\n亚马逊云科技第一季度积压订单达到2440亿美元。营收同比增长21%。\n');
    expect(article.title).toBe('亚马逊云科技积压订单达2440亿美元');
    expect(blocks(article)).toEqual([{ kind: 'paragraph', text: '亚马逊云科技第一季度积压订单达到2440亿美元。营收同比增长21%。' }]);
  });

  it('should accept an article hard-wrapped at 60 columns, each paragraph joined back into one line', () => {
    const paragraphs = [
      'Amazon Web Services said on Thursday that its backlog of contracted cloud revenue reached $244 billion at the end of the first quarter, up sharply from a year earlier.',
      'Analysts said the figure showed that demand for the infrastructure behind large language models is still outrunning supply across the industry.',
    ];
    const text = `AWS backlog reaches $244 billion\n\n${paragraphs.map((p) => hardWrap(p, 60)).join('\n\n')}\n`;
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
    const article = parsed('wrapped.txt', text);
    expect(article.title).toBe('AWS backlog reaches $244 billion');
    expect(blocks(article)).toEqual(paragraphs.map((p) => ({ kind: 'paragraph', text: p })));
  });

  it('should accept a headline and a one-sentence lede with a figure', () => {
    const article = parsed('lede.txt', 'Microsoft lifts cloud spending\n\nMicrosoft will spend more than $80 billion on AI data centres this fiscal year, its president wrote on Friday.\n');
    expect(article.title).toBe('Microsoft lifts cloud spending');
    expect(blocks(article)).toEqual([{ kind: 'paragraph', text: 'Microsoft will spend more than $80 billion on AI data centres this fiscal year, its president wrote on Friday.' }]);
  });

  it('should accept a one-sentence lede under a front-matter title, as under a headline line', () => {
    const lede = 'Microsoft will spend more than $80 billion on AI data centres this fiscal year, its president wrote on Friday.';
    const article = parsed('lede.md', `---\ntitle: Microsoft lifts cloud spending\nsource: Reuters\n---\n${lede}\n`);
    expect(article.title).toBe('Microsoft lifts cloud spending');
    expect(blocks(article)).toEqual([{ kind: 'paragraph', text: lede }]);
    // Without a title anywhere, one sentence is still no article.
    expect(parseArticle(decoded('lede.md', `---\nsource: Reuters\n---\n${lede}\n`))).toHaveProperty('rejection');
  });

  it('should keep a long headline apart from the masthead or byline line under it', () => {
    const prose = 'Amazon Web Services said on Thursday that its backlog of contracted cloud revenue reached $244 billion at the end of the first quarter, up sharply from a year earlier.';
    const mastheads = ['Northgate Weekly · The Cloud Desk · transcript, lightly edited · May 11, 2026', 'By Ana Ruiz and Tom Okafor, cloud and semiconductors correspondents in Seattle'];
    for (const masthead of mastheads) {
      const article = parsed('long-headline.txt', `Cloud Desk: AWS's chief on chips, models and the capacity crunch\n${masthead}\n\n${prose}\n\n${prose}\n`);
      expect(article.title).toBe("Cloud Desk: AWS's chief on chips, models and the capacity crunch");
      expect(blocks(article)[0]).toEqual({ kind: 'paragraph', text: masthead });
    }
  });

  it('should take a headline that ends like a sentence or a question when a byline and text follow it', () => {
    const prose = 'Amazon Web Services said on Thursday that its backlog of contracted cloud revenue reached $244 billion at the end of the first quarter, up sharply from a year earlier.';
    for (const headline of ['Is Oracle Stock Still a Buy After Its Backlog Doubled?', "Nvidia's data-centre haul hit a record. Its customers want cheaper chips.", '甲骨文订单翻倍之后，股价还能再涨吗？']) {
      const article = parsed('question.txt', `${headline}\n\nBy Lena Park – May 3, 2026 at 6:05AM\n\n${prose}\n\n${prose}\n`);
      expect(article).toMatchObject({ title: headline, titleSource: 'title line' });
    }
    // A sentence over a byline and one more paragraph is the text's opening, not its headline.
    const opening = 'Oracle said its backlog doubled in the quarter. Shares rose 9% in late trading.';
    expect(parsed('lone.txt', `${opening}\nBy Lena Park – May 3, 2026\n\n${prose}\n`).titleSource).toBe('first sentence');
  });

  it('should still reject a list, a title alone, a line of words and a headline over a few words', () => {
    const thin = ['Amazon capex plan\n\nAmazon plans to spend $200 billion.\n', 'Cloud spending rises\n\nMicrosoft and Google will both spend a great deal more on data centres this year.\n'];
    for (const text of ['# Shopping\n\n- milk\n- eggs\n', 'Amazon AI Deals Face $200B Spend Scrutiny\n', 'Notes\nAWS. Azure. Google.\n', ...thin]) {
      expect(parseArticle(decoded('n.txt', text))).toHaveProperty('rejection');
    }
  });
});

describe('source lines at either end of a long-form article', () => {
  const prose = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';

  it('should read `Source: Reuters` near the top as the outlet, not as a section heading', () => {
    const article = parsed('r.txt', `Intel beats estimates\nSource: Reuters\n${prose}\n${prose}\n`);
    expect(article.source).toBe('Reuters');
    expect(article.title).toBe('Intel beats estimates');
    expect(headings(article)).toEqual([]);
    expect(blocks(article)).toEqual([{ kind: 'paragraph', text: prose }, { kind: 'paragraph', text: prose }]);
  });

  it('should read a source line on the first line or among the last lines, before a closing heading-shaped line', () => {
    expect(parsed('a.txt', `Source: Reuters\nIntel beats estimates\n${prose}\n${prose}\n`).source).toBe('Reuters');
    const last = parsed('b.txt', `Intel beats estimates\n${prose}\n${prose}\nSource: Bloomberg News\nEditing by Jane Doe\n`);
    expect(last.source).toBe('Bloomberg News');
    expect(headings(last)).toEqual([]);
  });

  it('should read a source line ending with a full stop as the outlet, keeping the stop only where it ends an abbreviation', () => {
    expect(parsed('s.txt', `Intel beats estimates\n${prose}\n${prose}\nSource: Reuters.\n`).source).toBe('Reuters');
    expect(parsed('t.txt', `Intel beats estimates\n${prose}\n${prose}\nSource: Main St. Ledger.\n`).source).toBe('Main St. Ledger');
    // A name that ends with an abbreviation keeps its stop, as written.
    expect(parsed('u.txt', `Intel beats estimates\n${prose}\n${prose}\nSource: Dow Jones & Co.\n`).source).toBe('Dow Jones & Co.');
    expect(parsed('w.txt', `Intel beats estimates\n${prose}\n${prose}\nSource: Harbour A.M.\n`).source).toBe('Harbour A.M.');
    // Look-alike: a source line that runs on into a sentence names no outlet.
    expect(parsed('v.txt', `Intel beats estimates\n${prose}\n${prose}\nSource: company filings. Figures are in billions of dollars.\n`).source).toBeNull();
  });

  it('should keep a heading-shaped `Source:` line in the middle of a long text a heading', () => {
    const middle = parsed('m.txt', `Intel beats estimates\n${prose}\n${prose}\n${prose}\nSource: Company Filings\n${prose}\n${prose}\n${prose}\n`);
    expect(middle.source).toBeNull();
    expect(headings(middle)).toEqual(['Source: Company Filings']);
  });

  it('should read 来源：, 出处： and a bracketed source line as the outlet, kept as written', () => {
    const body = '亚马逊云科技第一季度营收同比增长21%，积压订单达到2440亿美元。\n分析人士认为，亚马逊今年的资本开支约为2000亿美元，创下历史新高。\n';
    expect(parsed('a.txt', `亚马逊云科技营收增长21%\n${body}来源：第一财经\n`).source).toBe('第一财经');
    expect(parsed('b.txt', `亚马逊云科技营收增长21%\n出处：虎嗅\n${body}`).source).toBe('虎嗅');
    expect(parsed('c.txt', `亚马逊云科技营收增长21%\n${body}（文章来源：36氪）\n`).source).toBe('36氪');
    expect(parsed('d.txt', `アマゾンのクラウド事業が21%成長\nアマゾンのクラウド事業は第1四半期に21%成長した。受注残高は2440億ドルに達した。\n出典：日本経済新聞\n`).source).toBe('日本経済新聞');
  });

  it('should read a Chinese wire lead written with spaces around its date as the outlet', () => {
    const article = parsed('s.txt', '谷歌云营收 152 亿美元\n快科技 4 月 29 日消息，谷歌母公司 Alphabet 公布财报，谷歌云营收 152 亿美元，同比增长 30%。\n截至 3 月底，谷歌云积压订单超过 1550 亿美元。\n');
    expect(article.source).toBe('快科技');
  });

  it('should keep 原标题：, 作者： and 编辑： lines as notes, never as headings or prose', () => {
    const article = parsed('meta.txt', '亚马逊云科技营收增长21%\n原标题：亚马逊云业务再提速\n作者：李明\n亚马逊云科技第一季度营收同比增长21%，积压订单达到2440亿美元。\n分析人士认为，亚马逊今年的资本开支约为2000亿美元，创下历史新高。\n编辑：王芳\n来源：第一财经\n');
    expect(article.title).toBe('亚马逊云科技营收增长21%');
    expect(article.source).toBe('第一财经');
    expect(headings(article)).toEqual([]);
    expect(blocks(article).filter((b) => b.kind === 'note')).toEqual([
      { kind: 'note', label: '原标题', text: '亚马逊云业务再提速' },
      { kind: 'note', label: '作者', text: '李明' },
      { kind: 'note', label: '编辑', text: '王芳' },
    ]);
    expect(blocks(article).filter((b) => b.kind === 'paragraph')).toHaveLength(2);
  });

  it('should take a Chinese one-sentence paragraph ending in 。 as prose, not as a heading', () => {
    const article = parsed('p.txt', '亚马逊加码人工智能\n亚马逊计划今年投入约2000亿美元。\n分析师预计这一数字还会上升。\n');
    expect(headings(article)).toEqual([]);
    expect(blocks(article)).toHaveLength(2);
  });
});

describe('label-led and bulleted news, and the lines between a headline and its text', () => {
  it('should accept an article whose every paragraph is one sentence led by a label, with a masthead line under the headline', () => {
    const text = [
      'Oracle is running out of room for its AI tenants',
      'Markets Brief: Cloud · June 12, 2026',
      'Oracle said its contracted backlog reached $510 billion at the end of May.',
      "The big picture: The company has more signed demand than it can house, and it is borrowing to build faster than ever.",
      'Key figures:',
      '- Capex: $35B planned for the fiscal year, up from $21B.',
      '- Cloud infrastructure revenue rose 52%.',
      "Yes, but: Free cash flow turned negative for a third straight quarter, a worry for bond investors watching the spending.",
      'Source: Markets Brief',
    ].join('\n\n');
    const article = parsed('labels.txt', text);
    expect(article.title).toBe('Oracle is running out of room for its AI tenants');
    expect(article.source).toBe('Markets Brief');
    expect(headings(article)).toEqual([]);
    expect(blocks(article)).toContainEqual({ kind: 'paragraph', text: 'Markets Brief: Cloud · June 12, 2026' });
    expect(blocks(article).filter((b) => b.kind === 'note').map((b) => b.kind === 'note' && b.label)).toEqual(['The big picture', 'Yes, but']);
  });

  it('should accept a headline and bullets that are sentences, and still reject bullets and labels that are not', () => {
    const bullets = 'Nvidia guides above estimates\n\n- Nvidia expects revenue of $65 billion next quarter.\n- Data-center sales rose 66% to $51.2 billion.\n';
    expect(parsed('bullets.txt', bullets).title).toBe('Nvidia guides above estimates');
    for (const text of ['Groceries\n\n- milk\n- eggs and $4 of bread\n- 12 apples\n', 'Notes\n\nWhy: AWS\n\nWhat: Azure 2026\n\nWho: Google\n']) {
      expect(parseArticle(decoded('n.txt', text))).toHaveProperty('rejection');
    }
  });

  it('should take the headline over a byline, a masthead or a date line, before text or a markdown section', () => {
    const prose = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';
    for (const byline of ['By Jane Doe', 'Example Weekly | Semiconductors', 'Example Weekly · Apr 3, 2026', 'Mar. 31, 2026 4:05 PM ET | Intel Corporation (INTC)']) {
      const article = parsed('b.txt', `Intel beats estimates on foundry orders\n\n${byline}\n\n${prose}\n\n${prose}\n`);
      expect(article.title, byline).toBe('Intel beats estimates on foundry orders');
      expect(headings(article), byline).toEqual([]);
      expect(blocks(article)[0], byline).toEqual({ kind: 'paragraph', text: byline });
    }
    const sections = parsed('s.txt', `Intel beats estimates on foundry orders\n\nExample Research | Equity Research | 3 Apr 2026\n\n## Summary\n\n${prose}\n\n${prose}\n`);
    expect(sections.title).toBe('Intel beats estimates on foundry orders');
    expect(headings(sections)).toEqual(['Summary']);
  });

  it("should read a writer's name alone above the date line as a byline, and a name-like line above text as a heading", () => {
    const prose = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';
    for (const [name, date] of [['Ciarán Moloney', 'Thu Aug 13 2026'], ['Jane Doe and John van der Berg', '13 August 2026'], ['Example Equity Research', 'July 27, 2026']]) {
      const article = parsed('n.txt', `Intel beats estimates on foundry orders\n\n${name}\n${date}\n\n${prose}\n\n${prose}\n`);
      expect(article.title, name).toBe('Intel beats estimates on foundry orders');
      expect(headings(article), name).toEqual([]);
      expect(blocks(article).slice(0, 2), name).toEqual([{ kind: 'paragraph', text: name }, { kind: 'paragraph', text: date }]);
    }
    // Without a date under it, a short capitalised line over text is a section heading, as before.
    const heading = parsed('h.txt', `Intel beats estimates on foundry orders\n\n${prose}\n\nFoundry Orders Rebound\n\n${prose}\n`);
    expect(headings(heading)).toEqual(['Foundry Orders Rebound']);
  });

  it('should take the headline over a dek without a full stop and the byline, masthead or date lines under it', () => {
    const prose = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';
    const dek = 'Customers in Asia sign new multi-year wafer supply contracts';
    for (const lines of [['Example Daily | May 7, 2026 | JANE DOE'], ['Example Daily', 'May 7, 2026', 'JANE DOE'], ['Published: May 7, 2026 | Updated: May 8, 2026', 'By Jane Doe']]) {
      const article = parsed('d.txt', `Intel beats estimates on foundry orders\n${dek}\n${lines.join('\n')}\n\n${prose}\n\n${prose}\n\nSource: Example Daily\n`);
      expect(article.title, lines[0]).toBe('Intel beats estimates on foundry orders');
      expect(headings(article), lines[0]).toEqual([]);
      expect(blocks(article).map((b) => (b.kind === 'paragraph' ? b.text : b.kind)), lines[0]).toEqual([dek, ...lines, prose, prose]);
    }
    // "Key Insights" under a date line, over a list, is a section heading, not a writer's name.
    const insights = parsed('k.txt', `Intel beats estimates on foundry orders\nExample Street\nPublished 7 May 2026\nKey Insights\n- Foundry revenue rose 12% in the quarter.\n- The company expects margins to recover next year.\n\n${prose}\n\n${prose}\n`);
    expect(headings(insights)).toEqual(['Key Insights']);
  });

  it("should take the line under a newsletter's masthead as its headline when a byline follows, and keep the masthead as printed", () => {
    const prose = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';
    const article = parsed('m.txt', `Example Weekly | Semiconductors\nThe foundry is the product\nBy Jane Doe · Friday, May 1, 2026\n\n${prose}\n\n${prose}\n`);
    expect(article.title).toBe('The foundry is the product');
    expect(article.titleSource).toBe('title line');
    expect(article.date).toBe('2026-05-01');
    expect(blocks(article).slice(0, 2)).toEqual([{ kind: 'paragraph', text: 'Example Weekly | Semiconductors' }, { kind: 'paragraph', text: 'By Jane Doe · Friday, May 1, 2026' }]);
    // A first line with no fields is the headline, and the line under it its dek.
    const headlineFirst = parsed('h.txt', `Intel beats estimates on foundry orders\nThe foundry is the product\nBy Jane Doe · Friday, May 1, 2026\n\n${prose}\n\n${prose}\n`);
    expect(headlineFirst.title).toBe('Intel beats estimates on foundry orders');
    expect(blocks(headlineFirst)[0]).toEqual({ kind: 'paragraph', text: 'The foundry is the product' });
  });

  it("should read an interview's turns, speakers named as names are written, as prose: a question is no heading, an answer no note", () => {
    const prose = 'The chipmaker reported results on Wednesday, and we spoke with an analyst who follows the industry from Tel Aviv.';
    const interview = parsed('i.txt', `Chip demand, seen from Tel Aviv\n\n${prose}\n\nWeekly: Were you surprised by the quarter?\n\nDr. Levi: Not really. The consensus was seventy-one billion dollars, and they did seventy-three.\n\nWeekly: How much are the cloud companies spending?\n\nDr. Levi: Amazon alone says about two hundred billion dollars this year.\n`);
    expect(headings(interview)).toEqual([]);
    expect(blocks(interview).slice(1)).toEqual(
      ['Weekly: Were you surprised by the quarter?', 'Dr. Levi: Not really. The consensus was seventy-one billion dollars, and they did seventy-three.', 'Weekly: How much are the cloud companies spending?', 'Dr. Levi: Amazon alone says about two hundred billion dollars this year.'].map((text) => ({ kind: 'paragraph', text })),
    );
    // A heading with a colon over prose is still a heading; labelled notes, each under a label of its own, stay notes.
    const section = parsed('s.txt', `Chip demand, seen from Tel Aviv\n\n${prose}\n\nNvidia: The numbers\n\n${prose}\n`);
    expect(headings(section)).toEqual(['Nvidia: The numbers']);
    const notes = parsed('r.txt', `Rating affirmed at AA\n\n${prose}\n\nVisible Cloud Demand: The cloud unit's order book rose to USD 244 bn at the end of March, from USD 200 bn.\n\nStrategic Investments: The group holds a stake in a model developer built from USD 8 bn of investment over two years.\n\nVisible Cloud Demand: Growth was 28% in the quarter, the fastest pace the unit has reported since 2022.\n`);
    expect(blocks(notes).slice(1).map((b) => b.kind)).toEqual(['note', 'note', 'note']);
  });

  it("should take a long headline over a masthead of the outlet's name, and a byline after a one-paragraph dek", () => {
    const prose = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';
    const long = 'Intel beats estimates on foundry orders as customers in Asia and Europe sign new multi-year wafer supply contracts';
    const masthead = parsed('m.txt', `${long}\n\nExample Weekly\n\n${prose}\n\n${prose}\n\nSource: Example Weekly\n`);
    expect(masthead.title).toBe(long);
    expect(masthead.source).toBe('Example Weekly');
    expect(headings(masthead)).toEqual([]);
    const dek = parsed('d.txt', `Intel beats estimates\n\nThe foundry business finally pays off.\n\nExample Weekly · Apr 3, 2026 9:15 am\n\n${prose}\n\n${prose}\n`);
    expect(dek.title).toBe('Intel beats estimates');
    expect(headings(dek)).toEqual([]);
  });

  it('should take a headline that asks a question over its dek and a byline, in Chinese as in English', () => {
    const article = parsed('ask.txt', '雲端巨頭的AI支出還能撐多久？\n四大雲端業者今年砸下逾6000億美元，投資人開始擔心回報\n\n北辰評論網｜撰文：林小明｜2026-10-05\n\n亞馬遜今年的資本支出預計約2000億美元，微軟與谷歌也同步加碼。\n');
    expect([article.title, article.titleSource, article.date]).toEqual(['雲端巨頭的AI支出還能撐多久？', 'title line', '2026-10-05']);
    expect(blocks(article)[0]).toEqual({ kind: 'paragraph', text: '四大雲端業者今年砸下逾6000億美元，投資人開始擔心回報' });
    // Look-alike: a question in the text, over no byline, is no headline's: the first line stays the title.
    const prose = parsed('prose.txt', '雲端巨頭加碼AI支出\n\n這波支出還能撐多久？分析師認為至少延續到2027年。\n\n亞馬遜今年的資本支出預計約2000億美元。\n');
    expect(prose.title).toBe('雲端巨頭加碼AI支出');
  });

  it('should take a Chinese or Japanese headline of many segmenter words over a reporter line and a date line', () => {
    const zh = parsed('zh.txt', '谷歌云一季度营收同比增长28%，积压订单超过1550亿美元创新高\n新华财经记者 张华\n2026-04-29 08:15 来自上海\n谷歌母公司Alphabet周二公布，谷歌云第一季度营收同比增长28%。\n截至3月底，谷歌云的积压订单超过1550亿美元。\n');
    expect(zh.title).toBe('谷歌云一季度营收同比增长28%，积压订单超过1550亿美元创新高');
    expect(zh.titleSource).toBe('title line');
    expect(headings(zh)).toEqual([]);
    const ja = parsed('ja.txt', 'グーグルのクラウド、受注残高1550億ドル超に拡大　1～3月期は28%増収\n週刊テック編集部\n2026/04/30 7:00\nアルファベットは29日、クラウド部門の売上高が前年同期比28%増えたと発表した。\n受注残高は1550億ドルを超えた。\n');
    expect(ja.title).toBe('グーグルのクラウド、受注残高1550億ドル超に拡大　1～3月期は28%増収');
    expect(headings(ja)).toEqual([]);
  });
});

describe('slugs of Chinese and Japanese titles', () => {
  it('should slug a Chinese title in pinyin, its Latin letters and digits kept, never from the file name or a stray Latin word', async () => {
    const articles = [
      { id: 'big5', title: '亚马逊云科技积压订单达2440亿美元', source: '第一财经' },
      { id: 'ai', title: 'AI 投资：亚马逊资本开支约2000亿美元', source: '虎嗅' },
    ];
    const slugs = assignArticleSlugs(articles, await loadRomaniser(articles.map((a) => a.title)));
    expect(slugs.get('big5')).toBe('yamaxun-yun-keji-jiya-dingdan-da-2440-yi-meiyuan');
    expect(slugs.get('ai')).toMatch(/^ai-touzi-yamaxun-ziben-kaizhi-yue-2000-yi-meiyuan$/);
  });

  it('should slug a Japanese title from a stable hash with its outlet', async () => {
    const articles = [{ id: 'ai', title: 'アマゾンのAI投資、2000億ドルに', source: 'Nikkei' }];
    expect(await loadRomaniser(articles.map((a) => a.title))).toBeUndefined();
    const slug = assignArticleSlugs(articles).get('ai')!;
    expect(slug).toMatch(/^nikkei-[0-9a-f]{8}$/);
    expect(assignArticleSlugs([{ ...articles[0]!, id: 'other-name' }]).get('other-name')).toBe(slug);
    expect(assignArticleSlugs([{ ...articles[0]!, source: '日経' }]).get('ai')).toMatch(/^article-[0-9a-f]{8}$/);
  });
});
