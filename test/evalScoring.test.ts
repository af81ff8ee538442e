import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readGold } from '../eval/gold.ts';
import { Gold, amountsAgree, pairScores, score, type SystemOutput } from '../eval/scoring.ts';
import { splitReport } from '../eval/splits.ts';
import { PROJECT_ROOT } from './helpers/cli.ts';

/* A small hand-made gold: AWS's and Google Cloud's growth are both 28% (one claim each, never one
 * together), AWS's backlog is said twice and disputed by a third outlet, and a capex plan. */
const gold: Gold = Gold.parse({
  claims: [
    {
      id: 'aws-growth-28',
      about: 'AWS revenue growth Q1 2026, 28%',
      modality: 'fact',
      mentions: [
        { file: 'a.txt', line: 3, quote: 'AWS grew 28%', value: { amount: 28, unit: '%' } },
        { file: 'b.txt', line: 5, quote: 'sales at the cloud unit rose 28%', value: { amount: 28, unit: '%' } },
      ],
    },
    { id: 'gcloud-growth-28', about: 'Google Cloud growth Q1 2026, 28%', modality: 'fact', mentions: [{ file: 'b.txt', line: 7, quote: 'Google Cloud grew 28%', value: { amount: 28, unit: '%' } }] },
    { id: 'backlog-244', about: 'AWS backlog, $244B', modality: 'fact', mentions: [{ file: 'a.txt', line: 4, quote: 'backlog of $244 billion', value: { amount: 244e9, unit: 'USD' } }] },
    { id: 'backlog-464', about: 'AWS backlog, $464B+', modality: 'fact', mentions: [{ file: 'c.txt', line: 2, quote: '$464B+', value: { amount: 464e9, unit: 'USD' } }, { file: 'c.txt', line: 9, quote: 'more than $460 billion', value: { amount: 460e9, unit: 'USD' } }] },
    { id: 'capex-plan-200', about: 'Amazon 2026 capex plan, $200B', modality: 'plan', mentions: [{ file: 'a.txt', line: 8, quote: 'plans capex of about $200 billion', value: { amount: 200e9, unit: 'USD' } }] },
  ],
  conflicts: [['backlog-244', 'backlog-464']],
  events: [
    {
      id: '2025-02-record-capex',
      about: 'record capex',
      mentions: [
        { file: 'a.txt', line: 20, date: '2025-02', text: 'Amazon reports record capex.' },
        { file: 'c.txt', line: 30, date: '2025-02', text: 'capital spending hits an all-time high' },
      ],
    },
    { id: '2025-02-record-backlog', about: 'record backlog', mentions: [{ file: 'b.txt', line: 22, date: '2025-02', text: 'AWS posts a record backlog.' }] },
  ],
});

const mention = (article: string, quote: string) => ({ article, section: 'takeaways', quote: `It said ${quote} in the quarter.` });
const claim = (id: string, amount: number, unit: string, mentions: ReturnType<typeof mention>[], modality?: string) => ({ id, value: { amount, unit }, mentions, ...(modality ? { modality } : {}) });

/** The build a perfect reader would write for the gold above. */
const perfect = (): SystemOutput => ({
  claims: [
    claim('s-aws', 28, '%', [mention('a', 'AWS grew 28%'), mention('b', 'sales at the cloud unit  rose 28%')]),
    claim('s-gcloud', 28, '%', [mention('b', 'Google Cloud grew 28%')]),
    claim('s-244', 244e9, 'USD', [mention('a', 'a backlog of $244 billion')]),
    claim('s-464', 464e9, 'USD', [mention('c', '$464B+'), mention('c', 'more than $460 billion')]),
    claim('s-capex', 200e9, 'USD', [mention('a', 'Amazon plans capex of about $200 billion')], 'plan'),
  ],
  conflicts: [{ claims: ['s-244', 's-464'] }],
  events: [
    { id: 'e1', mentions: [{ article: 'a', date: '2025-02', text: 'Amazon reports record capex.' }, { article: 'c', date: '2025-02-06', text: "Amazon's capital spending hits an all-time high." }] },
    { id: 'e2', mentions: [{ article: 'b', date: '2025-02', text: 'AWS posts a record backlog.' }] },
  ],
  articles: ['a', 'b', 'c'],
});

describe('scoring the evaluation', () => {
  it('should give a perfect build 1 everywhere and report no miss', () => {
    const { scores, misses, found } = score(gold, perfect(), ['a.txt', 'b.txt', 'c.txt']);
    expect(found).toEqual({ mentions: 7, ofMentions: 7, entries: 3, ofEntries: 3 });
    expect(scores).toEqual({
      timeline: { precision: 1, recall: 1, f1: 1 },
      claims: { precision: 1, recall: 1, f1: 1 },
      conflicts: { precision: 1, recall: 1, f1: 1 },
      overstated: 0,
      articles: 3,
    });
    expect(misses).toEqual([]);
  });

  it('should count a wrong merge of two companies with the same figure against precision', () => {
    const system = perfect();
    system.claims[0]!.mentions.push(mention('b', 'Google Cloud grew 28%'));
    system.claims.splice(1, 1);
    const { scores, misses } = score(gold, system);
    // Gold pairs: AWS a–b and the two backlog mentions; the build pairs AWS a–b, a–Google, b–Google.
    expect(scores.claims.precision).toBeCloseTo(2 / 4);
    expect(scores.claims.recall).toBe(1);
    expect(misses.filter((m) => m.kind === 'wrong merge')).toHaveLength(2);
    expect(misses.find((m) => m.kind === 'wrong merge')!.what).toContain('gcloud-growth-28');
  });

  it('should count a missed merge against recall and name both mentions', () => {
    const system = perfect();
    system.claims[0] = claim('s-aws-a', 28, '%', [mention('a', 'AWS grew 28%')]);
    system.claims.push(claim('s-aws-b', 28, '%', [mention('b', 'sales at the cloud unit rose 28%')]));
    const { scores, misses } = score(gold, system);
    expect(scores.claims).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(misses).toEqual([{ file: 'a.txt', line: 3, kind: 'missed merge', what: expect.stringContaining('(b.txt:5)') }]);
  });

  it('should list a split gold claim with the key of each part and its mentions, and leave whole claims out', () => {
    const system = perfect();
    system.claims[0] = { ...claim('s-aws-a', 28, '%', [mention('a', 'AWS grew 28%')]), key: 'fact|aws|revenue growth|2026-q1' };
    system.claims.push({ ...claim('s-aws-b', 28, '%', [mention('b', 'sales at the cloud unit rose 28%')]), key: 'fact|amazon|revenue growth|2026-q1' });
    system.claims.splice(3, 1); // the $464B+ claim is read nowhere
    const report = splitReport(gold, system);
    expect(report.split('\n')[0]).toBe('2 gold claims split or unfound');
    expect(report).toContain('  1 × fact|aws|revenue growth|2026-q1\n      a.txt:3 "AWS grew 28%"');
    expect(report).toContain('  1 × fact|amazon|revenue growth|2026-q1\n      b.txt:5 "sales at the cloud unit rose 28%"');
    expect(report).toContain('backlog-464 (fact, 2 mentions)');
    expect(report).toContain('  2 × (in no claim)');
    expect(report).not.toContain('gcloud-growth-28');
  });

  it('should match a merged claim whose value is another wording of the same bound', () => {
    // "$464B+" and "more than $460 billion" agree; a build that shows the claim as $460B still finds both.
    const system = perfect();
    system.claims[3]!.value = { amount: 460e9, unit: 'USD' };
    expect(score(gold, system).scores.claims).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('should compare a gold value written in another unit of the same quantity in the unit the build writes', () => {
    const inPetaflops = { ...gold, claims: gold.claims.map((c) => (c.id === 'backlog-244' ? { ...c, mentions: [{ ...c.mentions[0]!, value: { amount: 0.244, unit: 'PFLOPS' } }] } : c)) };
    const system = perfect();
    system.claims[2]!.value = { amount: 244, unit: 'TFLOPS' };
    expect(score(inPetaflops, system).scores.claims).toEqual({ precision: 1, recall: 1, f1: 1 });
    // 244 PFLOPS is not 244 TFLOPS.
    system.claims[2]!.value = { amount: 0.244, unit: 'TFLOPS' };
    expect(score(inPetaflops, system).misses.map((m) => m.kind)).toContain('unmatched gold mention');
  });

  it("should match a table cell's mention to a gold quote that gives the cell beside its row label, and no other cell", () => {
    const tableGold = { ...gold, claims: gold.claims.map((c) => (c.id === 'backlog-244' ? { ...c, mentions: [{ ...c.mentions[0]!, quote: '| Backlog ($bn) | 244 |' }] } : c)) };
    const cellOf = (quote: string, section = 'table: Estimates') => ({ article: 'a', section, quote });
    const system = perfect();
    system.claims[2]!.mentions = [cellOf('244')];
    expect(score(tableGold, system).scores.claims).toEqual({ precision: 1, recall: 1, f1: 1 });
    // Another cell, or the same words outside a table, is not that mention.
    for (const other of [cellOf('24'), cellOf('244', 'takeaways')]) {
      system.claims[2]!.mentions = [other];
      expect(score(tableGold, system).misses.map((m) => m.kind)).toContain('unmatched gold mention');
    }
  });

  it("should match a table cell's mention to a gold quote that gives the cell beside its neighbour, without the row's first bar", () => {
    // "| Q2 FY26 | $16.1B | 244 |": the quote gives the cell after the one before it, to be unique in its file.
    const tableGold = { ...gold, claims: gold.claims.map((c) => (c.id === 'backlog-244' ? { ...c, mentions: [{ ...c.mentions[0]!, quote: '$16.1B | 244 |' }] } : c)) };
    const cellOf = (quote: string) => ({ article: 'a', section: 'table: Oracle by quarter', quote });
    const system = perfect();
    system.claims[2]!.mentions = [cellOf('244')];
    expect(score(tableGold, system).misses).toEqual([]);
    // The neighbour's cell, read with its own value, and a cell the quote does not give are no mention of it.
    for (const [quote, amount] of [['$16.1B', 16.1e9], ['24', 244e9]] as const) {
      system.claims[2]!.mentions = [cellOf(quote)];
      system.claims[2]!.value = { amount, unit: 'USD' };
      expect(score(tableGold, system).misses.map((m) => m.kind)).toContain('unmatched gold mention');
    }
  });

  it("should match a list item's mention to a gold quote that opens with the item's marker", () => {
    for (const marker of ['- ', '* ', '3. ']) {
      const listGold = { ...gold, claims: gold.claims.map((c) => (c.id === 'backlog-244' ? { ...c, mentions: [{ ...c.mentions[0]!, quote: `${marker}$244 billion: the backlog` }] } : c)) };
      const system = perfect();
      system.claims[2]!.mentions = [{ article: 'a', section: 'By the numbers', quote: '$244 billion: the backlog at the end of March.' }];
      expect(score(listGold, system).misses, marker).toEqual([]);
      // Other words after the marker are another mention.
      system.claims[2]!.mentions = [{ article: 'a', section: 'By the numbers', quote: '$244 billion: the order book at the end of March.' }];
      expect(score(listGold, system).misses.map((m) => m.kind), marker).toContain('unmatched gold mention');
    }
  });

  it('should not hold against a build the sentence both of its claims quote, where it states two gold claims of one value', () => {
    // b.txt line 7 states both figures: "AWS grew 28%, and Google Cloud grew 28% as well."
    const oneLine = { ...gold, claims: gold.claims.map((c) => (c.id === 'aws-growth-28' ? { ...c, mentions: [c.mentions[0]!, { file: 'b.txt', line: 7, quote: 'AWS grew 28%', value: { amount: 28, unit: '%' } }] } : c)) };
    const both = { article: 'b', section: 'takeaways', quote: 'AWS grew 28%, and Google Cloud grew 28% as well.' };
    const system = perfect();
    system.claims[0]!.mentions = [mention('a', 'AWS grew 28%'), both];
    system.claims[1]!.mentions = [both];
    expect(score(oneLine, system).scores.claims).toEqual({ precision: 1, recall: 1, f1: 1 });
    // Negative controls: a build that files the sentence under AWS alone has merged Google Cloud's 28% into AWS's claim,
    // and a claim standing for a gold claim the line does not state still counts as a wrong merge.
    system.claims.splice(1, 1);
    expect(score(oneLine, system).misses.filter((m) => m.kind === 'wrong merge')).toHaveLength(2);
    const elsewhere = perfect();
    elsewhere.claims[1]!.mentions.push(mention('a', 'AWS grew 28%'));
    expect(score(gold, elsewhere).scores.claims.precision).toBeLessThan(1);
  });

  it('should tell two table rows of one figure apart by the claims that stand for them, as it does one sentence', () => {
    // b.txt's table: line 12 "| AWS | 28% |", line 13 "| Google Cloud | 28% |"; each system claim quotes the cell "28%".
    const rows = {
      ...gold,
      claims: gold.claims.map((c) =>
        c.id === 'aws-growth-28' ? { ...c, mentions: [...c.mentions, { file: 'b.txt', line: 12, quote: '| AWS | 28% |', value: { amount: 28, unit: '%' } }] }
        : c.id === 'gcloud-growth-28' ? { ...c, mentions: [...c.mentions, { file: 'b.txt', line: 13, quote: '| Google Cloud | 28% |', value: { amount: 28, unit: '%' } }] }
        : c,
      ),
    };
    const cell = { article: 'b', section: 'table: Cloud growth', quote: '28%' };
    const system = perfect();
    system.claims[0]!.mentions.push(cell);
    system.claims[1]!.mentions.push(cell);
    expect(score(rows, system).scores.claims).toEqual({ precision: 1, recall: 1, f1: 1 });
    // Negative control: a build that reads both rows into AWS's claim has merged Google Cloud's row into it.
    system.claims[1]!.mentions.pop();
    expect(score(rows, system).misses.filter((m) => m.kind === 'wrong merge').length).toBeGreaterThan(0);
  });

  it('should not match a mention whose value differs by more than 0.5% or is in another unit', () => {
    expect(amountsAgree(244e9, 245e9)).toBe(true);
    expect(amountsAgree(244e9, 246e9)).toBe(false);
    const system = perfect();
    system.claims[2]!.value = { amount: 244e9, unit: 'EUR' };
    const { misses } = score(gold, system);
    expect(misses.map((m) => m.kind)).toContain('unmatched gold mention');
    expect(misses.find((m) => m.kind === 'unmatched gold mention')!.what).toContain('is read as 244000000000 EUR');
  });

  it('should count a false conflict and a missed one', () => {
    const system = perfect();
    system.conflicts = [{ claims: ['s-aws', 's-gcloud'] }];
    const { scores, misses } = score(gold, system);
    expect(scores.conflicts).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(misses.filter((m) => m.kind.endsWith('conflict')).map((m) => [m.kind, m.what])).toEqual([
      ['false conflict', 'aws-growth-28 + gcloud-growth-28 do not disagree'],
      ['missed conflict', 'backlog-244 + backlog-464 disagree; the build shows no conflict'],
    ]);
  });

  it('should count a plan the build states as a fact, or without modality, as overstated', () => {
    const system = perfect();
    delete (system.claims[4] as { modality?: string }).modality;
    expect(score(gold, system).scores.overstated).toBe(1);
    system.claims[4]!.modality = 'fact';
    expect(score(gold, system).scores.overstated).toBe(1);
    system.claims[4]!.modality = 'forecast';
    const { scores, misses } = score(gold, system);
    expect(scores.overstated).toBe(0);
    expect(misses.map((m) => m.kind)).toEqual(['wrong modality']);
  });

  it('should not count a forecast as overstated for the fact its sentence states with the same figure', () => {
    // c.txt line 5: "AWS grew 28%, the 28% analysts had expected." — the fact's claim and the forecast's quote it alike.
    const both = { ...gold, claims: [...gold.claims.map((c) => (c.id === 'aws-growth-28' ? { ...c, mentions: [...c.mentions, { file: 'c.txt', line: 5, quote: 'AWS grew 28%', value: { amount: 28, unit: '%' } }] } : c)), { id: 'aws-growth-consensus-28', about: 'AWS growth consensus Q1 2026, 28%', modality: 'forecast' as const, mentions: [{ file: 'c.txt', line: 5, quote: 'the 28% analysts had expected', value: { amount: 28, unit: '%' } }] }] };
    const sentence = { article: 'c', section: 'takeaways', quote: 'AWS grew 28%, the 28% analysts had expected.' };
    const system = perfect();
    system.claims[0]!.mentions.push(sentence);
    system.claims.push(claim('s-consensus', 28, '%', [sentence], 'forecast'));
    expect(score(both, system).scores.overstated).toBe(0);
    // Negative control: a build that files the sentence under the fact alone states the forecast as a fact.
    system.claims.pop();
    expect(score(both, system).scores.overstated).toBe(1);
  });

  it('should score timeline entries in pairs, matching dates by prefix', () => {
    const system = perfect();
    system.events = [{ id: 'all', mentions: [...system.events[0]!.mentions, ...system.events[1]!.mentions] }];
    expect(score(gold, system).scores.timeline).toEqual({ precision: 1 / 3, recall: 1, f1: 0.5 });
    system.events[0]!.mentions[1]!.date = '2025-03';
    const { scores, misses } = score(gold, system);
    expect(scores.timeline.recall).toBe(0);
    expect(misses.find((m) => m.kind === 'unmatched gold mention')).toMatchObject({ file: 'c.txt', line: 30 });
  });

  it('should report a file the build rejected', () => {
    const system = perfect();
    system.articles = ['a', 'b'];
    expect(score(gold, system, ['a.txt', 'b.txt', 'c.txt']).misses[0]).toMatchObject({ file: 'c.txt', kind: 'not an article' });
  });

  it('should define precision 1 without system pairs and recall 1 without gold pairs', () => {
    expect(pairScores(0, 0, 4)).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(pairScores(0, 2, 0)).toEqual({ precision: 0, recall: 1, f1: 0 });
  });

  it('should refuse gold with a repeated id, an unknown conflict or a malformed mention', () => {
    const raw = JSON.parse(JSON.stringify(gold)) as Gold;
    expect(Gold.safeParse({ ...raw, claims: [...raw.claims, raw.claims[0]] }).success).toBe(false);
    expect(Gold.safeParse({ ...raw, conflicts: [['backlog-244', 'nothing']] }).success).toBe(false);
    expect(Gold.safeParse({ ...raw, events: [{ ...raw.events[0], mentions: [{ ...raw.events[0]!.mentions[0], date: 'Feb 2025' }] }] }).success).toBe(false);
    expect(Gold.safeParse({ ...raw, claims: [{ ...raw.claims[0], modality: 'guess' }] }).success).toBe(false);
  });
});

describe('the gold of the evaluation set', () => {
  /** An article's text: UTF-8, or GB18030 for the one saved so (`zh-caixin-msft-gb18030.txt`). */
  const decode = (bytes: Buffer) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  };
  const parts = ['dev', 'test'] as const;
  const folder = (part: string) => path.join(PROJECT_ROOT, 'eval', 'articles', part);

  it('should give every article file one name across both parts', () => {
    const [dev, test] = parts.map((part) => readdirSync(folder(part)));
    expect(dev!.filter((file) => test!.includes(file))).toEqual([]);
    expect(dev!.length + test!.length).toBeGreaterThanOrEqual(33);
  });

  for (const part of parts) {
    it(`should find every ${part} gold quote, in every gold file of the part, once in its file, on its line`, () => {
      // Every gold file of the part (`<part>.json`, `<part>-zh.json`, each batch's), read as the scorer reads them.
      const gold = readGold(PROJECT_ROOT, part);
      const texts = new Map(readdirSync(folder(part)).map((file) => [file, decode(readFileSync(path.join(folder(part), file)))]));
      const problems: string[] = [];
      const check = (file: string, line: number, quote: string) => {
        const text = texts.get(file);
        if (text === undefined) return problems.push(`${file}: no such file in eval/articles/${part}`);
        if (!(text.split('\n')[line - 1] ?? '').includes(quote)) problems.push(`${file}:${line}: "${quote}" is not on this line`);
        if (text.split(quote).length !== 2) problems.push(`${file}: "${quote}" occurs more than once`);
      };
      for (const c of gold.claims) for (const m of c.mentions) check(m.file, m.line, m.quote);
      for (const e of gold.events) {
        for (const m of e.mentions) {
          check(m.file, m.line, m.text);
          // A timeline entry's date is the line above it, and the event is dated to that month.
          const dateLine = texts.get(m.file)?.split('\n')[m.line - 2]?.trim();
          if (dateLine !== m.date || !e.id.startsWith(m.date.slice(0, 7))) problems.push(`${m.file}:${m.line}: dated ${m.date}, the line above says ${dateLine}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
