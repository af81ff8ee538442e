import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';
import type { Article } from '../../src/schemas.ts';



describe('merging across wordings', () => {
  it('should give an undated mention the date of the one claim that states its figure', async () => {
    const a = await articleOf('a', 'Microsoft cloud results', ['Azure and other cloud services revenue grew 39% in the fiscal third quarter, Microsoft said.', "Analysts will compare Azure's 39% growth with AWS's."]);
    const b = await articleOf('b', 'Cloud earnings', ["Microsoft's Azure grew 39% in the January–March quarter."]);
    const growth = analyse([a, b]).claims.filter((c) => c.subject === 'Azure' && c.metric === 'revenue growth');
    // Microsoft's fiscal Q3 is January–March: one claim, dated, a fact ("will compare" is no plan).
    expect(growth.map((c) => [c.period, c.modality, c.mentions.length])).toEqual([['2026-Q1', 'fact', 3]]);
  });

  it('should take the quarter an article names for the one it reports on, over a company’s facts of earlier quarters it compares with', async () => {
    const yearly = await articleOf('meta-year-view', 'Meta outlook', ['Analysts expect Meta ad sales to grow 18% in 2026.']);
    const quarterly = await articleOf('meta-q1-view', 'Meta outlook', ['Analysts expect Meta ad sales to grow 18% in the first quarter of 2026.']);
    const preview = await articleOf('meta-preview', 'Meta Q1 2026 preview', ['Analysts expect Meta ad sales growth of 18%.', 'That would follow the 21% growth Meta managed in the fourth quarter of 2025.']);
    const growth = analyse([yearly, quarterly, preview]).claims.filter((c) => c.subject === 'Meta' && c.modality === 'forecast').map((c) => `${c.period} ${c.mentions.map((m) => m.article).join(',')}`);
    expect(growth).toEqual(expect.arrayContaining(['2026-Q1 meta-preview,meta-q1-view', '2026 meta-year-view']));
    // Look-alike: an article that names no quarter of its own reports the company's latest fact, and the 18% stays undated.
    const recap = await articleOf('meta-recap', 'Meta outlook', ['Analysts expect Meta ad sales growth of 18%.', 'That would follow the 21% growth Meta managed in the fourth quarter of 2025.']);
    const undated = analyse([yearly, quarterly, recap]).claims.filter((c) => c.subject === 'Meta' && c.modality === 'forecast').map((c) => `${c.period} ${c.mentions.map((m) => m.article).join(',')}`);
    expect(undated).toContain('null meta-recap');
  });

  it('should date an undated mention by the quarter its article reports on when several quarters have its figure', async () => {
    const older = await articleOf('older', 'AWS in 2025', ['AWS revenue grew 17% in the third quarter of 2025.']);
    const newer = await articleOf('newer', 'AWS in 2026', ['AWS revenue grew 17% in the first quarter of 2026.']);
    // Reports Q1 2026 (its latest AWS fact), then says the growth without a date.
    const recap = await articleOf('recap', 'AWS recap', ['AWS operating income was $11.2 billion in the first quarter of 2026.', 'AWS revenue grew 17%, the company said.']);
    // Reports Q4 2025: its undated 17% is neither of the two, and stays undated.
    const other = await articleOf('other', 'AWS late 2025', ['AWS operating income was $10.1 billion in the fourth quarter of 2025.', 'AWS revenue grew 17%, the company said.']);
    // Dated May 2026: a "fact" of a quarter not yet over (a quote read plainly) is not what it reports on.
    const quoted = await articleOf('quoted', 'AWS quarter', ['AWS operating income was $11.2 billion in the first quarter of 2026.', 'One fund manager wrote that AWS sees 31% growth in the fourth quarter of 2026.', 'AWS revenue grew 17%, the company said.']);
    // Never gives a year, but reports a first quarter: of the two, the first quarter's.
    const yearless = { ...(await articleOf('yearless', 'AWS quarter', ['AWS operating income was $11.2 billion in the first quarter.', 'AWS revenue grew 17%, the company said.'])), date: null };
    const growth = analyse([older, newer, recap, other, yearless, quoted]).claims.filter((c) => c.subject === 'AWS' && c.metric === 'revenue growth');
    expect(growth.map((c) => [c.period, c.mentions.map((m) => m.article).join(',')])).toEqual(expect.arrayContaining([
      ['2025-Q3', 'older'],
      ['2026-Q1', 'newer,quoted,recap,yearless'],
      [null, 'other'],
    ]));
    expect(growth.filter((c) => c.value?.amount === 17)).toHaveLength(3);
  });

  it('should date a figure said "a year earlier" by the period before its article’s quarter that states it, not by that quarter', async () => {
    const older = await articleOf('older', 'AWS in 2025', ['AWS revenue grew 17% in the first quarter of 2025.']);
    const newer = await articleOf('newer', 'AWS in 2026', ['AWS revenue grew 17% in the first quarter of 2026.']);
    const recap = await articleOf('recap', 'AWS recap', ['AWS operating income was $11.2 billion in the first quarter of 2026.', 'A year earlier, AWS revenue grew 17%.']);
    const periods = (claims: ReturnType<typeof analyse>['claims']) =>
      claims.filter((c) => c.subject === 'AWS' && c.metric === 'revenue growth').map((c) => `${c.period} ${c.mentions.map((m) => m.article).sort().join(',')}`).sort();
    expect(periods(analyse([older, newer, recap]).claims)).toEqual(['2025-Q1 older,recap', '2026-Q1 newer']);
    // Look-alike: with no earlier period stating 17%, the one that does still dates it, as any undated mention.
    expect(periods(analyse([newer, recap]).claims)).toEqual(['2026-Q1 newer,recap']);
  });

  it('should date an undated mention by the period far more articles give its figure in, when its own article reports on none', async () => {
    const dated = await Promise.all(
      ['one', 'two', 'three'].map((id) => articleOf(`dated-${id}`, `Cloud results ${id}`, ['Google Cloud revenue grew 31% in the first quarter of 2026.'])),
    );
    const misdated = await articleOf('misdated', 'Cloud in 2025', ['Google Cloud revenue grew 31% in 2025.']);
    const undated = { ...(await articleOf('undated', 'Cloud note', ['Google Cloud revenue grew 31%, the company said.'])), date: null };
    const periods = (claims: ReturnType<typeof analyse>['claims']) =>
      claims.filter((c) => c.subject === 'Google Cloud' && c.metric === 'revenue growth').map((c) => `${c.period} ${c.mentions.map((m) => m.article).sort().join(',')}`).sort();
    expect(periods(analyse([...dated, misdated, undated]).claims)).toEqual(['2025 misdated', '2026-Q1 dated-one,dated-three,dated-two,undated']);
    // Look-alike: two articles against one is no such majority, and the undated figure stays undated.
    expect(periods(analyse([...dated.slice(0, 2), misdated, undated]).claims)).toEqual(['2025 misdated', '2026-Q1 dated-one,dated-two', 'null undated']);
  });

  it('should only flag a disagreement between outlets, never an outlet against itself', async () => {
    // One outlet gives 4x and 4.4x for one chip's speed (a recap that muddles two generations): a misreading, not a dispute.
    const recap = await articleOf('recap', 'Chip recap', ['Trainium3 delivers 4x the performance of its predecessor.', 'Trainium3 is 4.4x faster than its predecessor, AWS says.']);
    const wire = await articleOf('wire', 'Chip wire', ['Trainium3 delivers 4.4x the performance of its predecessor.']);
    const { claims, conflicts } = analyse([recap, wire]);
    const speed = claims.filter((c) => c.subject === 'Trainium3');
    expect(speed.map((c) => [c.value?.amount, c.mentions.map((m) => m.article).join(',')]).sort()).toEqual([[4, 'recap'], [4.4, 'recap,wire']]);
    expect(conflicts).toEqual([]);
    // A second outlet that says 4x makes it a dispute between outlets (wire against blog), in which the recap is named on both sides.
    const blog = await articleOf('blog', 'Chip blog', ['Trainium3 delivers 4x the performance of its predecessor.']);
    const disputed = analyse([recap, wire, blog]);
    expect(disputed.conflicts).toHaveLength(1);
    expect(disputed.conflicts[0]!.reason).toBe('Blog and recap put the Trainium3 performance at 4x; recap and wire say 4.4x.');
  });

  it('should not call figures several times apart a disagreement, but keep a dispute over a figure\'s size', async () => {
    // A recap reads a cloud unit's order book as its quarterly revenue: $155 billion against $12.3 billion is another quantity, not a dispute.
    const wire = await articleOf('wire', 'Cloud results', ['Google Cloud revenue was $12.3 billion in the first quarter of 2026.']);
    const release = await articleOf('release', 'Alphabet results', ['Google Cloud revenue reached $12.3 billion in the first quarter of 2026, the company said.']);
    const recap = await articleOf('recap', 'Cloud recap', ['Google Cloud revenue was $155 billion in the first quarter of 2026.']);
    const misread = analyse([wire, release, recap]);
    expect(misread.claims.filter((c) => c.subject === 'Google Cloud' && c.metric === 'revenue').map((c) => c.value?.amount).sort()).toEqual([155e9, 12.3e9].sort());
    expect(misread.conflicts).toEqual([]);
    // Look-alike: a second outlet that says $13.1 billion disputes the figure's size, and only it joins the conflict.
    const blog = await articleOf('blog', 'Cloud blog', ['Google Cloud revenue was $13.1 billion in the first quarter of 2026.']);
    const disputed = analyse([wire, release, recap, blog]);
    expect(disputed.conflicts.map((c) => c.claims.map((id) => disputed.claims.find((k) => k.id === id)!.value!.amount))).toEqual([[12.3e9, 13.1e9]]);
  });

  it('should let figures disagree only where their claim says when they held', async () => {
    const one = await articleOf('one', 'Oracle notes', ['Oracle shares rose 4% on Tuesday.', 'Oracle plans to spend $35 billion on data centers.', 'Oracle capex runs at $21 billion a year.', 'Oracle capex was $21 billion in fiscal 2025.', 'Oracle backlog stands at $455 billion.']);
    const two = await articleOf('two', 'Oracle wire', ['Oracle shares rose 9% on Wednesday.', 'Oracle plans to spend $25 billion on data centers.', 'Oracle capex runs at $35 billion a year.', 'Oracle capex was $35 billion in fiscal 2025.', 'Oracle backlog stands at $317 billion.']);
    const { claims, conflicts } = analyse([one, two]);
    const disputed = conflicts.map((c) => claims.find((k) => k.id === c.claims[0])!).map((c) => `${c.metric} ${c.period}`);
    // A dated flow and an undated stock disagree; two days' share moves, two undated plans and two "annual" rates do not.
    expect(disputed.sort()).toEqual(['backlog null', 'capex FY2025']);
  });

  it('should date a figure "in the quarter" to the quarter its article reports on, so that it can disagree', async () => {
    const live = { ...(await articleOf('live', 'Live: Amazon earnings', ['AWS operating income was $11.2 billion in the first quarter of 2026.', 'Amazon capital expenditures totaled $43.2 billion in the quarter.'])), date: null };
    const wire = await articleOf('wire', 'Amazon results', ['Amazon capital expenditures were $39.5 billion in the first quarter of 2026.']);
    const { claims, conflicts } = analyse([live, wire]);
    const capex = claims.filter((c) => c.metric === 'capex');
    expect(capex.map((c) => `${c.period} ${c.value?.amount}`).sort()).toEqual(['2026-Q1 39500000000', '2026-Q1 43200000000']);
    expect(conflicts).toHaveLength(1);
  });

  it('should not date a fact by a forecast of the same figure', async () => {
    const preview = await articleOf('preview', 'AWS preview', ['Analysts expect AWS revenue to grow 19% in the second quarter of 2026.']);
    const recap = await articleOf('recap', 'AWS recap', ['AWS revenue grew 19%, the company said.']);
    const growth = analyse([preview, recap]).claims.filter((c) => c.subject === 'AWS' && c.metric === 'revenue growth');
    expect(growth.map((c) => [c.period, c.modality, c.mentions.length])).toEqual(expect.arrayContaining([
      ['2026-Q2', 'forecast', 1],
      [null, 'fact', 1],
    ]));
    expect(growth).toHaveLength(2);
  });

  it('should read a table by its corner cell and a cell that names its company, and merge it with the prose', async () => {
    const release = await articleOf('release', 'Quarterly results', ['AWS segment sales increased 28% year-over-year to $37.6 billion in the first quarter of 2026.'], [
      { header: ['AWS segment (US$)', 'Q1 2025', 'Q1 2026'], rows: [['Net sales', '$29,267 million', '$37,587 million']] },
    ]);
    const scorecard = await articleOf('scorecard', 'Cloud scorecard', ['AWS grew 28% in Q1 2026.'], [
      { header: ['Feature', 'Microsoft', 'Amazon'], rows: [['Headline AI metric', 'Azure +39%', 'AWS +28%']] },
    ]);
    const { claims, conflicts } = analyse([release, scorecard]);
    const revenue = claims.filter((c) => c.subject === 'AWS' && c.metric === 'revenue' && c.period === '2026-Q1');
    expect(revenue.map((c) => c.mentions.map((m) => m.quote))).toEqual([['AWS segment sales increased 28% year-over-year to $37.6 billion in the first quarter of 2026.', '$37,587 million']]);
    const growth = claims.filter((c) => c.subject === 'AWS' && c.metric === 'revenue growth');
    expect(growth.map((c) => [c.period, c.mentions.length])).toEqual([['2026-Q1', 3]]);
    expect(conflicts).toEqual([]);
  });

  it('should join a sum one outlet gives a company to its unit’s claim of the same sum, and keep a different sum the company’s own', async () => {
    const wire = await articleOf('wire', 'Tencent results', ['Tencent said its backlog stood at $61 billion at the end of March.']);
    const table = await articleOf('table', 'Cloud backlogs compared', ['Chinese clouds are signing long contracts.'], [
      { header: ['Feature', 'Tencent Cloud', 'Alibaba Cloud'], rows: [['Contracted backlog', '$48B (Mar 2026)', '$52B (Mar 2026)']] },
    ]);
    const prose = await articleOf('prose', 'Tencent backlog', ['Tencent reported a backlog of $48 billion at the end of March.']);
    const { claims, conflicts } = analyse([wire, table, prose]);
    const backlog = claims.filter((c) => c.metric === 'backlog').map((c) => `${c.subject} ${c.period} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`);
    expect(backlog).toContain('Tencent Cloud 2026-Q1 48000000000 prose,table');
    expect(backlog).toContain('Tencent 2026-Q1 61000000000 wire');
    expect(conflicts).toEqual([]);
  });

  it('should join a deal whose sentence names no counterparty to the one deal of its company that states the same figure', async () => {
    const story = await articleOf('story', 'Oracle deals', [
      'Oracle is weighing putting as much as $12 billion more into Cohere, according to a person briefed on the talks.',
      'Oracle has invested $1 billion in Mistral.',
      'Oracle could invest up to $12 billion more, the person said.',
    ]);
    const deals = analyse([story]).claims.filter((c) => c.metric === 'investment').map((c) => `${c.key} ${c.value?.amount} ${c.mentions.length}`).sort();
    expect(deals).toEqual(['fact|oracle|investment:mistral| 1000000000 1', 'rumour|oracle|investment:cohere| 12000000000 2']);
  });

  it('should not make a figure told plainly a rumour because another outlet reports it as hearsay', async () => {
    const rumour = await articleOf('rumour', 'Oracle backlog', ['Oracle reportedly has a backlog of $600 billion.']);
    const plain = await articleOf('plain', 'Oracle backlog', ['Oracle has a backlog of $600 billion, the company said.']);
    expect(analyse([rumour, plain]).claims.map((c) => `${c.modality} ${c.mentions.map((m) => m.article).join(',')}`).sort()).toEqual(['fact plain', 'rumour rumour']);
  });

  it('should let a plain figure join a forecast only with its very number, never one rounding admits', async () => {
    const consensus = await articleOf('consensus', 'Oracle preview', ['Consensus estimates have OCI growing around 54%.']);
    const actual = await articleOf('actual', 'Oracle results', ['OCI grew 55%.']);
    expect(analyse([consensus, actual]).claims.map((c) => `${c.modality} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`).sort()).toEqual(['fact 55 actual', 'forecast 54 consensus']);
  });

  it('should keep two forecasters’ estimates as two forecasts, not a disagreement, while two reported facts still disagree', async () => {
    const bank = await articleOf('bank', 'Oracle outlook', ['Analysts at one bank expect Oracle capital expenditure of $50 billion in 2027.']);
    const broker = await articleOf('broker', 'Oracle preview', ['A broker forecasts Oracle capital expenditure of $55 billion in 2027.']);
    const wire = await articleOf('wire', 'Oracle results', ['Oracle capital expenditure was $21 billion in 2025.']);
    const blog = await articleOf('blog', 'Oracle spending', ['Oracle capital expenditure was $25 billion in 2025.']);
    const { claims, conflicts } = analyse([bank, broker, wire, blog]);
    expect(claims.filter((c) => c.modality === 'forecast').map((c) => c.value?.amount).sort()).toEqual([50e9, 55e9]);
    expect(conflicts.map((c) => c.claims.map((id) => claims.find((k) => k.id === id)!.modality))).toEqual([['fact', 'fact']]);
  });

  it('should join a deal without counterparty to the one deal of its very bound, not another that bound admits', async () => {
    const anthropic = await articleOf('anthropic', 'Amazon and Anthropic', ['Amazon is considering a further investment of up to $25 billion in Anthropic, people familiar with the matter said.']);
    const openai = await articleOf('openai', 'Amazon and OpenAI', ['Amazon is in talks to put up to $20 billion into OpenAI, people familiar with the matter said.']);
    const unnamed = await articleOf('unnamed', 'Amazon weighs more', ['Amazon could invest up to $25 billion more, the person said.']);
    const deals = (articles: Article[]) => analyse(articles).claims.map((c) => `${c.key} ${c.mentions.map((m) => m.article).join(',')}`).sort();
    // "Up to $20 billion" admits no more than $20 billion: it is not the "up to $25 billion" of the sentence without counterparty.
    expect(deals([anthropic, openai, unnamed])).toEqual(['rumour|amazon|investment:anthropic| anthropic,unnamed', 'rumour|amazon|investment:openai| openai']);
    // Look-alike: a sum neither deal states stays a deal of its own.
    const other = await articleOf('other', 'Amazon weighs more', ['Amazon could invest up to $22 billion more, the person said.']);
    expect(deals([anthropic, openai, other])).toContain('rumour|amazon|investment| other');
  });

  it('should not set a plan told as revised against the plan it replaced, while two outlets’ plans of one period still disagree', async () => {
    const winter = await articleOf('winter', 'Contoso outlook', ['Contoso plans capital spending of about $40 billion in 2026.']);
    const summer = await articleOf('summer', 'Contoso outlook raised', ['Contoso raised its 2026 capital spending plan to about $46 billion.']);
    const plans = (articles: Article[]) => {
      const { claims, conflicts } = analyse(articles);
      return { plans: claims.filter((c) => c.subject === 'Contoso' && c.modality === 'plan').map((c) => c.value?.amount).sort(), conflicts: conflicts.length };
    };
    expect(plans([winter, summer])).toEqual({ plans: [40e9, 46e9], conflicts: 0 });
    // Look-alike: another outlet's plan of that year, told as the plan and not as revised, disputes it.
    const other = await articleOf('other', 'Contoso outlook', ['Contoso plans capital spending of about $46 billion in 2026.']);
    expect(plans([winter, other])).toEqual({ plans: [40e9, 46e9], conflicts: 1 });
  });

  it('should not date by its figure a mention whose sentence names a span longer than a quarter', async () => {
    const quarter = await articleOf('quarter', 'Nvidia results', ['Nvidia reported revenue of about $79 billion in the first quarter of 2026.']);
    const half = await articleOf('half', 'Nvidia half', ['In the first six months of that fiscal year, Nvidia had brought in $80.2 billion of revenue.']);
    const plain = await articleOf('plain', 'Nvidia results', ['Nvidia had brought in $80.2 billion of revenue, the company said.']);
    const revenue = analyse([quarter, half, plain]).claims.filter((c) => c.metric === 'revenue').map((c) => `${c.period} ${c.mentions.map((m) => m.article).join(',')}`).sort();
    // Look-alike: the undated mention that names no span is still dated by the quarter that states its figure.
    expect(revenue).toEqual(['2026-Q1 plain,quarter', 'null half']);
  });

  it('should keep a forecaster’s bounded number apart from another’s number it admits, and with the same number bounded', async () => {
    const above = await articleOf('above', 'Oracle outlook', ['Analysts at one bank expect Oracle capital expenditure of more than $50 billion in 2027.']);
    const exact = await articleOf('exact', 'Oracle preview', ['A broker forecasts Oracle capital expenditure of $52 billion in 2027.']);
    const same = await articleOf('same', 'Oracle spending', ['A rating agency expects Oracle capital expenditure of $50 billion in 2027.']);
    const forecasts = (articles: typeof above[]) =>
      analyse(articles).claims.filter((c) => c.modality === 'forecast').map((c) => `${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`).sort();
    expect(forecasts([above, exact])).toEqual(['50000000000 above', '52000000000 exact']);
    expect(forecasts([above, exact, same])).toEqual(['50000000000 above,same', '52000000000 exact']);
  });

  it('should give an undated sum said of a company to the one unit of it that states that sum, then date it', async () => {
    const release = await articleOf('release', 'Tencent results', ['Tencent Cloud reported a backlog of $61 billion in the first quarter of 2026.']);
    const talk = { ...(await articleOf('talk', 'A talk about Tencent', ['Tencent has a backlog of $61 billion, the host said.'])), date: null };
    const other = { ...(await articleOf('other', 'Another Tencent figure', ['Tencent has a backlog of $70 billion, the host said.'])), date: null };
    const backlog = analyse([release, talk, other]).claims.filter((c) => c.metric === 'backlog');
    expect(backlog.map((c) => `${c.subject} ${c.period} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`).sort()).toEqual([
      'Tencent Cloud 2026-Q1 61000000000 release,talk',
      'Tencent null 70000000000 other',
    ]);
  });

  it('should put an approximate figure with the nearest exact one it fits, whatever the order of the articles', async () => {
    const sources = [
      await articleOf('low', 'AWS results', ['AWS revenue grew 25% in the first quarter of 2026.']),
      await articleOf('high', 'AWS results', ['AWS revenue grew 26% in the first quarter of 2026.']),
      await articleOf('about', 'AWS results', ['AWS revenue grew roughly 26% in the first quarter of 2026.']),
    ];
    for (const articles of [sources, [...sources].reverse()]) {
      const growth = analyse(articles).claims.filter((c) => c.metric === 'revenue growth');
      expect(growth.map((c) => `${c.value?.amount} ${c.mentions.map((m) => m.article).sort().join(',')}`).sort()).toEqual(['25 low', '26 about,high']);
    }
  });

  it('should give a table cell to the unit its bracket names in its company’s row, but not to a baseline', async () => {
    const table = await articleOf('table', 'Cloud scorecard', ['The clouds keep growing.'], [
      { header: ['Company', 'Cloud growth, Q1 2026'], rows: [['Oracle', '52% (OCI)'], ['Alibaba', '26% (Alibaba Cloud)'], ['AWS', '28% (vs Amazon overall)']] },
    ]);
    expect(analyse([table]).claims.map((c) => `${c.subject} ${c.value?.amount}`).sort()).toEqual(['AWS 28', 'Alibaba Cloud 26', 'OCI 52']);
  });

  it('should give a fact of a quarter told without its year to the year some outlet reports, not to a later year only a plan names', async () => {
    const release = await articleOf('release', 'Oracle results', ['Oracle reported a backlog of $510 billion in the first quarter of 2026.']);
    const target = await articleOf('target', 'Oracle targets', ['Oracle plans a backlog of $510 billion in the first quarter of 2027.']);
    const yearless = { ...(await articleOf('yearless', 'Oracle quarter', ["Oracle's backlog was $510 billion at the end of the first quarter."])), date: null };
    const backlog = analyse([release, target, yearless]).claims.filter((c) => c.metric === 'backlog');
    expect(backlog.map((c) => `${c.period} ${c.modality} ${c.mentions.map((m) => m.article).join(',')}`).sort()).toEqual(['2026-Q1 fact release,yearless', '2027-Q1 plan target']);
    // Look-alike: a plan told without its year is of the latest year still, the plan's.
    const plan = { ...(await articleOf('plan', 'Oracle quarter', ['Oracle plans a backlog of $510 billion in the first quarter.'])), date: null };
    const plans = analyse([release, target, plan]).claims.filter((c) => c.metric === 'backlog');
    expect(plans.map((c) => `${c.period} ${c.modality} ${c.mentions.map((m) => m.article).join(',')}`).sort()).toEqual(['2026-Q1 fact release', '2027-Q1 plan plan,target']);
  });

  it('should give a quarter told without its year to the year that states its figure, not to a later year that states another', async () => {
    const older = { ...(await articleOf('older', 'Meta results', ['Meta revenue was $12.4 billion in the third quarter of 2025.'])), date: '2025-11-01' };
    const newer = { ...(await articleOf('newer', 'Meta results', ['Meta revenue was $19.8 billion in the third quarter of 2026.'])), date: '2026-11-01' };
    const yearless = { ...(await articleOf('yearless', 'Meta quarter', ['Meta revenue was $12.4 billion in the third quarter.'])), date: null };
    const revenue = (articles: Article[]) => analyse(articles).claims.filter((c) => c.subject === 'Meta' && c.metric === 'revenue').map((c) => `${c.period} ${c.value?.amount} ${c.mentions.map((m) => m.article).join(',')}`).sort();
    expect(revenue([older, newer, yearless])).toEqual(['2025-Q3 12400000000 older,yearless', '2026-Q3 19800000000 newer']);
    // Look-alike: a figure no year states is the latest year's still, and disputes it.
    const other = { ...(await articleOf('other', 'Meta quarter', ['Meta revenue was $18.1 billion in the third quarter.'])), date: null };
    expect(revenue([older, newer, other])).toEqual(['2025-Q3 12400000000 older', '2026-Q3 18100000000 other', '2026-Q3 19800000000 newer']);
  });
});

describe('clustering bounded figures', () => {
  it('should put "up to $4 billion" with the "$4 billion" others report, not with another deal’s "up to $2 billion"', async () => {
    const wire = await articleOf('wire', 'Cohere funding', ['Cohere is in talks to raise as much as $4 billion, people familiar with the matter said.']);
    const daily = await articleOf('daily', 'Cohere funding', ['Cohere is reportedly seeking up to $4 billion in new money.']);
    const brief = await articleOf('brief', 'Cohere funding', ['Cohere is reportedly raising $4 billion.']);
    // Look-alike: a smaller round of its own, also a bound, stays apart.
    const older = await articleOf('older', 'Cohere funding', ['Cohere is reportedly raising up to $2 billion.']);
    const rounds = analyse([wire, daily, brief, older]).claims.filter((c) => c.subject === 'Cohere' && c.modality === 'rumour');
    expect(rounds.map((c) => [c.value?.amount, c.mentions.map((m) => m.article).join(',')]).sort()).toEqual([[2e9, 'older'], [4e9, 'brief,daily,wire']]);
  });
});

describe('deals told without their counterparty or period', () => {
  it('should give an undated offer without counterparty to the one offer of any period that states its figure', async () => {
    const wire = await articleOf('wire', 'Alphabet and Mistral', ['Mistral rejected a $20 billion investment offer from Alphabet in March 2026.']);
    const daily = await articleOf('daily', 'Alphabet and Mistral', ['Alphabet offered Mistral $20 billion earlier in 2026, but the French lab turned it down.']);
    const recap = await articleOf('recap', 'Alphabet and Mistral', ['The rejected offer, $20 billion of equity and cloud credits, was the largest Alphabet had ever made.']);
    const offers = (articles: Article[]) => analyse(articles).claims.filter((c) => c.modality === 'offer').map((c) => [c.key, c.mentions.map((m) => m.article).join(',')]);
    expect(offers([wire, daily, recap])).toEqual([['offer|google|investment:mistral|2026', 'daily,recap,wire']]);
    // Look-alike: with two offers of that figure (to two labs, in two years), the recap's is neither's.
    const older = await articleOf('older', 'Alphabet and Cohere', ['Alphabet offered Cohere $20 billion in 2024, but Cohere turned it down.']);
    expect(offers([wire, older, recap])).toEqual([
      ['offer|google|investment:cohere|2024', 'older'],
      ['offer|google|investment:mistral|2026', 'wire'],
      ['offer|google|investment|', 'recap'],
    ]);
  });

  it('should set no deal of unknown other side and time against another, and still two sums of one named deal', async () => {
    const one = await articleOf('deal-one', 'Oracle deals', ['Oracle, which has invested $3 billion in the start-up, is expected to join the round.']);
    const two = await articleOf('deal-two', 'Oracle deals', ["A utility's supply deal with Oracle covers 900 MW and is worth roughly $7 billion over its life."]);
    expect(analyse([one, two]).conflicts).toEqual([]);
    // Look-alike: two outlets' sums for Oracle's stake in one named company disagree.
    const three = await articleOf('deal-three', 'Oracle stake', ['Oracle has invested $3 billion in Cohere.']);
    const four = await articleOf('deal-four', 'Oracle stake', ['Oracle has invested $4 billion in Cohere.']);
    expect(analyse([three, four]).conflicts).toHaveLength(1);
  });
});
