import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseArticle } from '../../src/parse/parseArticle.ts';
import type { ParsedArticle } from '../../src/schemas.ts';
import { SEEDS } from '../helpers/cli.ts';
import { wordCount } from '../../src/parse/sourceLines.ts';

const decoded = (file: string, text: string) => ({ file, text, encoding: 'utf-8', repairs: [], warnings: [] });
const parsed = (file: string, text: string): { article: ParsedArticle; warnings: { line?: number; message: string }[] } => {
  const result = parseArticle(decoded(file, text));
  if ('rejection' in result) throw new Error(`rejected: ${result.rejection.reason}`);
  return result;
};
const rejected = (file: string, text: string) => {
  const result = parseArticle(decoded(file, text));
  if (!('rejection' in result)) throw new Error(`accepted as ${result.article.format}`);
  return result.rejection;
};

describe('parseArticle on the aggregator format', () => {
  const text = readFileSync(path.join(SEEDS, '004_f8a458f6d888d2ee.txt'), 'utf8');
  const { article } = parsed('004_f8a458f6d888d2ee.txt', text);

  it('should read the header line, title and tagline', () => {
    expect(article.format).toBe('aggregator');
    expect(article.id).toBe('004_f8a458f6d888d2ee');
    expect(article.header).toEqual({ source: 'Bloomberg Technology', freshness: 'Fresh', collectedIn: '16m' });
    expect(article.source).toBe('Bloomberg Technology');
    expect(article.title).toBe('Amazon Cloud Biggest AI-Driven Jump Since 2022');
    expect(article.titleSource).toBe('title line');
    expect(article.tagline).toBe('AWS surges on AI demand from OpenAI/Anthropic—secure capacity fast');
  });

  it('should read every TL;DR field, including the inline "Who should care:"', () => {
    expect(article.tldr).toEqual({
      whatChanged: 'Fastest quarterly growth since 2022',
      whyItMatters: 'Validates AWS as prime AI infra choice, but signals capacity constraints easing—ideal for scaling large models.',
      whatToDoNext: 'Provision AWS instances now leveraging new capacity for AI training runs.',
      whoShouldCare: 'Enterprise & Security Teams',
    });
  });

  it('should strip the "- •" bullets of takeaways and technical notes', () => {
    expect(article.takeaways).toHaveLength(3);
    expect(article.takeaways[0]).toMatch(/^AWS reported a 21% year-over-year revenue increase for Q1 2026/);
    expect(article.technicalNotes).toHaveLength(3);
    expect(article.technicalNotes[0]).toMatch(/^AWS Trainium2 chips are optimized/);
  });

  it('should read the competitor table and predictions with their rationale', () => {
    expect(article.competitorTables).toHaveLength(1);
    expect(article.competitorTables[0]!.header).toEqual(['Feature', 'AWS (Bedrock/Trainium)', 'Microsoft Azure (OpenAI/Maia)', 'Google Cloud (Vertex/TPU)']);
    expect(article.competitorTables[0]!.rows[1]).toEqual(['Custom Silicon', 'Trainium2 / Inferentia3', 'Maia 100', 'TPU v5p']);
    expect(article.predictions).toEqual([
      {
        text: 'AWS will achieve a $150 billion annual revenue run rate by Q4 2026.',
        rationale: 'The current acceleration in AI-driven infrastructure demand combined with the scaling of custom silicon production creates a compounding revenue effect.',
      },
      {
        text: 'Amazon will reduce its dependency on NVIDIA GPUs by 25% by the end of 2027.',
        rationale: 'The aggressive deployment of Trainium2 and Inferentia3 clusters allows AWS to internalize more of the compute stack, improving margins and supply chain control.',
      },
    ]);
  });

  it('should read the timeline with the file line of each date', () => {
    expect(article.timeline.map((e) => [e.date, e.line])).toEqual([
      ['2023-04', 34],
      ['2023-11', 36],
      ['2024-03', 38],
      ['2025-02', 40],
      ['2026-04', 42],
    ]);
    expect(article.timeline[2]!.text).toBe('Amazon completes its $4 billion investment in Anthropic.');
  });

  it('should read the footer and the original source, losing no line', () => {
    expect(article.originalSource).toBe('Bloomberg Technology');
    expect(article.footer).toContain('Weekly AI Recap');
    expect(article.other).toEqual([]);
  });

  it('should take the publisher from "Original source" when there is no header line', () => {
    const { article: huxiu } = parsed('002.txt', readFileSync(path.join(SEEDS, '002_e58296ae0857730c.txt'), 'utf8'));
    expect(huxiu.header).toBeNull();
    expect(huxiu.source).toBe('虎嗅');
    expect(huxiu.title).toBe("AWS Booms but Amazon's Cash Flow Vanishes on AI Capex");
    expect(huxiu.tldr.whatChanged).toBe('AWS Q1 revenue $37.6B up 28%, operating profit $23.9B, fastest growth in 15 quarters');
    expect(huxiu.technicalNotes).toHaveLength(3);
    expect(huxiu.predictions).toEqual([]);
  });

  it('should end the timeline at the lone 📰, so that the category tag below it goes to the footer, not into the last entry', () => {
    const tagged = text.replace('📰\nWeekly AI Recap', '📰\nCloud Earnings\nWeekly AI Recap');
    const { article: a } = parsed('t.txt', tagged);
    expect(a.timeline.at(-1)!.text).toBe('AWS reports fastest quarterly growth since 2022 driven by AI demand.');
    expect(a.footer).toContain('Cloud Earnings');
    // An undated line inside the timeline, before any decoration, still continues its entry.
    const { article: b } = parsed('w.txt', text.replace('driven by AI demand.\n📰', 'driven by AI demand.\nand by a record backlog.\n📰'));
    expect(b.timeline.at(-1)!.text).toBe('AWS reports fastest quarterly growth since 2022 driven by AI demand. and by a record backlog.');
  });

  it('should keep unrecognised lines in `other` with their line numbers', () => {
    const damaged = text.replace('Fastest quarterly growth since 2022\n', 'Fastest quarterly growth since 2022\n').replace('🧠 Deep Insight', 'Stray line of scraper junk\n🧠 Deep Insight');
    const { article: a } = parsed('x.txt', damaged.replace('⚡ 30-Second TL;DR\n', '⚡ 30-Second TL;DR\nUnlabelled text\n'));
    expect(a.other.map((o) => o.text)).toContain('Unlabelled text');
    expect(a.other.find((o) => o.text === 'Unlabelled text')!.line).toBe(5);
  });

  it('should read a table under a caption of other words (📊 Spending Compared, 📊 云厂商对比) as a comparison table with that caption', () => {
    const page = (caption: string) =>
      ['🧭Example Wire•Freshcollected in 2h', 'Oracle widens its data-centre budget again', '📌The database company keeps up with the largest clouds', '🔑 Enhanced Key Takeaways', '- ▸Oracle raised its spending plan for the year.', caption, '| Company | 2026 plan |', '| --- | ---: |', '| Oracle | $50B |', '📅 Timeline', '2026-06', 'Oracle reports its fiscal fourth quarter.'].join('\n');
    for (const caption of ['📊 Spending Compared', '📊 云厂商对比']) {
      const { article: a } = parsed('c.txt', page(caption));
      expect(a.competitorTables).toEqual([{ header: ['Company', '2026 plan'], rows: [['Oracle', '$50B']], caption: caption.slice(3) }]);
      expect(a.takeaways).toEqual(['▸Oracle raised its spending plan for the year.']);
    }
    // Negative control: a sentence or a list item just above a table is no caption; the table stays unrecognised.
    for (const line of ['Oracle raised its spending plan for the year.', '- ▸Oracle compared']) {
      const { article: a } = parsed('s.txt', page(line));
      expect(a.competitorTables).toEqual([]);
      expect(a.other.map((o) => o.text)).toContain('| Oracle | $50B |');
    }
  });
});

describe('parseArticle on the long-form format', () => {
  const { article } = parsed('003_170541114e84f7e1.txt', readFileSync(path.join(SEEDS, '003_170541114e84f7e1.txt'), 'utf8'));

  it('should derive a title from the first sentence, since the first line is a section name', () => {
    expect(article.format).toBe('longform');
    expect(article.title).toBe("Amazon's investment strategy is fundamentally about controlling the infrastructure layer of AI");
    expect(article.titleSource).toBe('first sentence');
    expect(article.source).toBeNull();
  });

  it('should take the title from the first list item when the prose is all list items, never throw', () => {
    const text = ['Key points', '', '- Maia 200 delivers three times the compute of its predecessor, Microsoft said.', '- The new chip is also far more energy efficient, a figure Microsoft says matters most.', ''].join('\n');
    const { article: listed } = parsed('bullets.txt', text);
    expect(listed.title).toBe('Maia 200 delivers three times the compute of its predecessor, Microsoft said');
    expect(listed.titleSource).toBe('first sentence');
  });

  it('should read headings, paragraphs, tables and Data Takeaway notes', () => {
    const headings = article.sections.map((s) => s.heading);
    expect(headings[0]).toBe('Technical Deep Dive');
    expect(headings).toContain('Custom Silicon: Trainium and Inferentia');
    expect(headings).toContain('Open Question: Will OpenAI Accept a Future Deal?');
    expect(headings).toContain('Final Verdict');
    const benchmark = article.sections.find((s) => s.heading === 'Benchmark Performance Data')!;
    expect(benchmark.blocks.map((b) => b.kind)).toEqual(['table', 'note']);
    const table = benchmark.blocks[0]!;
    expect(table.kind === 'table' && table.table.rows[2]).toEqual(['Cost per 1M tokens (Claude 3.5)', '$1.50', '$2.00', '$0.80', '$1.20']);
    const note = benchmark.blocks[1]!;
    expect(note.kind === 'note' && note.label).toBe('Data Takeaway');
    const tables = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    expect(tables).toHaveLength(3);
  });

  it('should nest sub-headings under group headings', () => {
    const level = (heading: string) => article.sections.find((s) => s.heading === heading)!.level;
    expect(level('Key Players & Case Studies')).toBe(2);
    expect(level('Anthropic: The Ally with Strings Attached')).toBe(3);
    expect(level('Risks, Limitations & Open Questions')).toBe(2);
  });
});

describe('parseArticle on languages written without spaces', () => {
  it('should count the words of every script written without spaces, supplementary Han included', () => {
    // Each text has no space inside (one word for a count by spaces), or one: more words than that mean the segmenter read it.
    for (const [text, atLeast] of [
      ['ตลาดหุ้นไทยปรับตัวขึ้นอย่างต่อเนื่อง', 5],
      ['ປະເທດລາວມີເສດຖະກິດ', 3],
      ['ក្រុមហ៊ុនអាម៉ាហ្សូនវិនិយោគ', 2],
      ['မြန်မာနိုင်ငံစီးပွားရေး', 2],
      ['亚马逊云科技第一季度营收同比增长', 5],
      ['アマゾンのクラウド事業はとても大きい', 5],
      ['𠀀𠀁𠀂𠀃 𠀄', 3],
    ] as const) {
      expect(wordCount(text), text).toBeGreaterThanOrEqual(atLeast);
    }
    expect(wordCount('AWS revenue — up 17% (Q1) ...')).toBe(5);
  });

  it.each([
    [
      'Thai',
      'ตลาดหุ้นไทยรับข่าว AWS',
      'ตลาดหุ้นไทยปรับตัวขึ้นอย่างต่อเนื่องในช่วงไตรมาสแรกของปีนี้โดยได้รับแรงหนุนจากการลงทุนด้านปัญญาประดิษฐ์ของบริษัทเทคโนโลยีรายใหญ่ทั่วโลก',
      'นักวิเคราะห์คาดว่าการลงทุนในศูนย์ข้อมูลจะเพิ่มขึ้นอีกในปีหน้าเนื่องจากความต้องการใช้งานระบบคลาวด์ที่สูงขึ้นอย่างรวดเร็ว',
    ],
    [
      'Chinese',
      '亚马逊云科技财报',
      '亚马逊云科技第一季度营收同比增长百分之二十八，创下十五个季度以来的最快增速，主要受益于人工智能相关服务需求的强劲增长。',
      '分析人士认为，亚马逊在数据中心和自研芯片上的大规模投入，将在未来几年继续压低公司的自由现金流，但有助于巩固其市场地位。',
    ],
  ])('should keep a %s news article as an article, its text unchanged', (_, heading, first, second) => {
    const text = `${heading}\n\n${first}\n\n${second}\n`;
    const { article } = parsed('news.txt', text);
    const blocks = article.sections.flatMap((section) => section.blocks.map((b) => ('text' in b ? b.text : '')));
    expect(blocks).toEqual([first, second]);
    expect(article).toMatchObject({ title: heading, titleSource: 'title line' });
  });
});

describe('parseArticle on a plain news text', () => {
  const body = 'Amazon plans capital expenditures of about $200 billion this year, the company told investors on its earnings call.\n\nAWS revenue rose 21 per cent in the first quarter of 2026, while its operating margin narrowed.\n';

  it('should take a first line shaped like a headline as the title', () => {
    const { article } = parsed('news.txt', `Amazon's AI spending under the microscope\n\n${body}`);
    expect(article).toMatchObject({ title: "Amazon's AI spending under the microscope", titleSource: 'title line' });
    expect(article.sections.map((s) => s.heading)).toEqual(['']);
  });

  it('should keep a headline line as the first heading when the front matter gives the title', () => {
    const { article } = parsed('news.txt', `---\ntitle: From the front matter\n---\nAmazon's AI spending under the microscope\n\n${body}`);
    expect(article).toMatchObject({ title: 'From the front matter', titleSource: 'front matter' });
    expect(article.sections[0]!.heading).toBe("Amazon's AI spending under the microscope");
  });

  it('should keep a section name as the first heading and take the title from the first sentence', () => {
    const { article } = parsed('news.txt', `Overview\n\n${body}`);
    expect(article.sections[0]!.heading).toBe('Overview');
    expect(article.titleSource).toBe('first sentence');
  });
});

describe('parseArticle on front matter and bad input', () => {
  const body = readFileSync(path.join(SEEDS, '004_f8a458f6d888d2ee.txt'), 'utf8');

  it('should take title, date and source from front matter and count lines from the file start', () => {
    const { article } = parsed('fm.txt', `---\ntitle: "My title"\ndate: 2026-04-30\nsource: Reuters\nurl: https://example.com/a\ntags: [aws, capex]\n---\n${body}`);
    expect(article).toMatchObject({ title: 'My title', titleSource: 'front matter', date: '2026-04-30', source: 'Reuters', originalUrl: 'https://example.com/a', tags: ['aws', 'capex'] });
    expect(article.timeline[0]!.line).toBe(34 + 7);
  });

  it('should ignore a front matter title or source that is not text, with a warning naming the line', () => {
    const { article, warnings } = parsed('fm.txt', `---\ntitle: [a, b]\nsource: { name: x }\n---\n${body}`);
    expect(article.title).toBe('Amazon Cloud Biggest AI-Driven Jump Since 2022');
    expect(article.source).toBe('Bloomberg Technology');
    expect(warnings).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/title is not text \(a list\)/) }),
      expect.objectContaining({ line: 3, message: expect.stringMatching(/source is not text \(a mapping\)/) }),
    ]);
  });

  it('should ignore a front matter url that is not http(s), with a warning', () => {
    const { article, warnings } = parsed('fm.txt', `---\nurl: "../../../etc/passwd"\n---\n${body}`);
    expect(article.originalUrl).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/not an http\(s\) address/) })]);
  });

  it('should reject invalid YAML front matter naming the line', () => {
    const rejection = rejected('bad.txt', '---\ntitle: ok\ntags: [unclosed\n---\nAWS Booms\n');
    expect(rejection.reason).toMatch(/front matter is not valid YAML/);
    expect(rejection.line).toBeGreaterThanOrEqual(3);
  });

  it('should keep a seed whose line breaks were lost as one paragraph, with a warning', () => {
    const seed = readFileSync(path.join(SEEDS, '002_e58296ae0857730c.txt'), 'utf8');
    const oneLine = seed.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    const { article, warnings } = parsed('one-line.txt', `${oneLine}\n`);
    expect(article.format).toBe('longform');
    expect(article.sections.flatMap((s) => s.blocks)).toEqual([{ kind: 'paragraph', text: oneLine }]);
    expect(article.title.length).toBeLessThan(120);
    expect(oneLine.startsWith(article.title.replace(/…$/, ''))).toBe(true);
    expect(warnings).toContainEqual(expect.objectContaining({ line: 1, message: expect.stringMatching(/one line.*line breaks lost/) }));
  });

  it("should name a long-form article's outlet from its source line or its wire dateline, the front matter first", () => {
    const prose = 'Analysts had expected a steadier quarter after the company restructured its foundry business and cut thousands of jobs across its sites.';
    const wire = parsed('w.txt', `Intel sales slump\n\nSANTA CLARA, April 24 (Reuters) - Intel revenue fell 8% in the first quarter. ${prose}\n\n${prose}\n`).article;
    expect(wire.source).toBe('Reuters');
    const sourced = parsed('s.txt', `Intel beats estimates\n\n${prose}\n\n${prose}\n\nOriginal source: Bloomberg Technology ↗\n`).article;
    expect(sourced.source).toBe('Bloomberg Technology');
    // The source line is the outlet, not a paragraph of the text.
    expect(sourced.sections.flatMap((s) => s.blocks)).toEqual([{ kind: 'paragraph', text: prose }, { kind: 'paragraph', text: prose }]);
    expect(parsed('f.txt', `---\nsource: The Information\n---\nIntel beats estimates\n\n${prose}\n\n${prose}\n\nSource: Bloomberg\n`).article.source).toBe('The Information');
    // A sentence that starts with "Source:" is text, and a parenthesis later in a paragraph is no dateline.
    const text = parsed('t.txt', `Intel beats estimates\n\n${prose} Revenue grew (Intel) - fast.\n\n${prose}\n\nSource: company filings show that revenue grew eight percent in the quarter.\n`).article;
    expect(text.source).toBeNull();
    expect(text.sections.flatMap((s) => s.blocks)).toHaveLength(3);
  });

  it('should name the outlet from a source line anywhere before a wire lead, and never from a place or "this paper" a lead names', () => {
    const prose = 'The cloud unit grew at its fastest pace in three years as demand for computing power from model developers kept rising.';
    const place = (tail: string) => parsed('p.txt', `Alibaba Cloud speeds up\n\n(Beijing) — Alibaba's cloud business grew 36% in the quarter. ${prose}\n\n${prose}\n${tail}`).article.source;
    expect(place('')).toBeNull();
    expect(place('\nSource: Caixin Global\n')).toBe('Caixin Global');
    const zhProse = '公司表示，人工智能相关产品的收入连续多个季度实现三位数增长，企业客户对算力的需求依然旺盛。';
    const hk = parsed('hk.txt', `亞馬遜雲端收入按年增28%\n\n本報訊，亞馬遜公布季度業績，雲端部門收入按年增長28%。${zhProse}\n\n${zhProse}\n\n來源：星島日報\n`).article;
    expect(hk.source).toBe('星島日報');
    expect(parsed('hk2.txt', `亞馬遜雲端收入按年增28%\n\n本報訊，亞馬遜公布季度業績，雲端部門收入按年增長28%。${zhProse}\n\n${zhProse}\n`).article.source).toBeNull();
    const jaProse = '同社のクラウド部門は人工智能向けの需要が強く、受注残も過去最高を更新した。';
    expect(parsed('ja.txt', `米アマゾン、クラウド28％増収\n\n【ニューヨーク時事】米アマゾンが発表した決算によると、クラウド部門の売上高は28％増だった。${jaProse}\n\n${jaProse}\n`).article.source).toBe('時事');
    // A Chinese wire lead alone on its line, the reporter in brackets, is a dateline: the line above it stays the headline.
    const alone = parsed('cn.txt', `亚马逊年内拟砸约2000亿美元建算力\n\n中新经纬5月18日电 （魏薇）\n\n亚马逊首席执行官再次为公司的巨额投入辩护。${zhProse}\n\n${zhProse}\n`).article;
    expect(alone.title).toBe('亚马逊年内拟砸约2000亿美元建算力');
    expect(alone.source).toBe('中新经纬');
  });

  it('should take a Chinese brief whose figures are written in numerals (六千亿, 三成) for news, and a note without a figure for none', () => {
    const brief = parsed('zh.txt', '科技巨头加码资本开支\n\n四大科技公司今年的资本开支合计将超过六千亿美元，比去年增长约三成，投资者开始关注回报。\n').article;
    expect(brief.title).toBe('科技巨头加码资本开支');
    expect(rejected('note.txt', '周末安排\n\n我们周末打算去公园散步，然后在附近的餐厅吃午饭，再去书店看看有没有新书。\n').reason).toMatch(/not a news article/);
  });

  it('should reject a title without a body and a markdown note that is not an article', () => {
    expect(rejected('t.txt', 'Amazon AI Deals Face $200B Spend Scrutiny\n').reason).toMatch(/only one line/);
    expect(rejected('n.md', '# Shopping\n\n- milk\n- eggs\n').reason).toMatch(/not a news article/);
    expect(rejected('e.txt', '---\ntitle: x\n---\n\n').reason).toMatch(/empty/);
  });

  it('should warn about ragged table rows with their line and keep their cells', () => {
    const ragged = body.replace('| Custom Silicon | Trainium2 / Inferentia3 | Maia 100 | TPU v5p |', '| Custom Silicon | Trainium2 |\n| Extra | a | b | c | d |');
    const { article, warnings } = parsed('r.txt', ragged);
    expect(article.competitorTables[0]!.rows[1]).toEqual(['Custom Silicon', 'Trainium2']);
    expect(article.competitorTables[0]!.rows[2]).toEqual(['Extra', 'a', 'b', 'c', 'd']);
    expect(warnings.map((w) => w.line)).toEqual([22, 23]);
  });

  it('should never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseArticle(decoded('x.txt', text));
        expect('rejection' in result || 'article' in result).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('⚡ 30-Second TL;DR', 'What Changed', '| a | b |', '|---|', '⏳ Timeline', '2026-13', '- •x', '---', 'title: [', '$5B', ''), { maxLength: 30 }), (lines) => {
        parseArticle(decoded('x.txt', lines.join('\n')));
      }),
    );
  });
});

describe('parseArticle loses nothing', () => {
  /** Every string a record holds, for checking that each input line landed somewhere. */
  const fieldTexts = (a: ParsedArticle): string[] => [
    a.title,
    a.tagline ?? '',
    a.header?.source ?? '',
    a.originalSource ?? '',
    ...Object.values(a.tldr).map((v) => v ?? ''),
    ...a.deepInsight,
    ...a.takeaways,
    ...a.technicalNotes,
    ...a.predictions.flatMap((p) => [p.text, p.rationale ?? '']),
    ...a.timeline.flatMap((e) => [e.date, e.text]),
    ...a.competitorTables.flatMap((t) => [...t.header, ...t.rows.flat()]),
    ...a.sections.flatMap((s) => [
      s.heading,
      ...s.blocks.flatMap((b) =>
        b.kind === 'table' ? [...b.table.header, ...b.table.rows.flat()] : b.kind === 'list' ? b.items : b.kind === 'note' ? [b.label, b.text] : [b.text],
      ),
    ]),
    ...a.footer,
    ...a.other.map((o) => o.text),
  ];
  const HEADING_OR_LABEL = /^\W*(\d+-Second TL;DR|Deep Insight|Enhanced Key Takeaways|Competitor Analysis|Technical Deep Dive|Future Implications|Timeline|What Changed|Why It Matters|What To Do Next)/u;

  for (const name of ['002_e58296ae0857730c.txt', '003_170541114e84f7e1.txt', '004_f8a458f6d888d2ee.txt']) {
    it(`should put every non-blank line of ${name} into a field`, () => {
      const text = readFileSync(path.join(SEEDS, name), 'utf8');
      const { article } = parsed(name, text);
      const haystack = fieldTexts(article).filter((t) => t !== '');
      const lost = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !HEADING_OR_LABEL.test(l))
        .filter((l) => {
          const cells = l.startsWith('|') ? l.split('|').map((c) => c.trim()).filter((c) => c !== '' && !/^-+$/.test(c)) : [l];
          return !cells.every((cell) => haystack.some((field) => field.includes(cell.replace(/^- •|^Original source: |^💡|^Who should care:|[↗→]$/gu, '').trim()) || (field.length >= 12 && cell.includes(field))));
        });
      expect(lost).toEqual([]);
    });
  }

  it('should warn about every line it keeps under "other"', () => {
    const text = readFileSync(path.join(SEEDS, '004_f8a458f6d888d2ee.txt'), 'utf8').replace('🧠 Deep Insight', '⚡ 30-Second TL;DR\nStray text\n🧠 Deep Insight');
    const result = parsed('s.txt', text);
    expect(result.article.other).toEqual([{ line: 13, text: 'Stray text' }]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 13, message: expect.stringMatching(/not recognised/) })]);
  });
});
