import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences, tables and timelines written for these tests (not copied from the evaluation set): whose figure a table's
// deal column gives, a tranche named by its owner, a parent's cloud figures after 首季, a figure referred back to with a
// period of its own, and what a timeline entry's growth rate and cumulative sum are of.

/** An article of May 2026 that names no quarter of its own. */
const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const figures = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.metric.name}:${f.counterparty} ${f.value.amount} ${f.period}`);

/** An aggregator page of 12 May 2026 with `takeaways`, a competitor `table` and a `timeline`. */
function page(takeaways: string[], table: string[] = [], timeline: string[] = []): string {
  return [
    '🧭Example Wire•Freshcollected in 2h',
    'Labs and clouds keep trading money',
    '💡Published 12 May 2026 — who put what where',
    '⚡ 30-Second TL;DR',
    'What Changed',
    'Northwind said it kept hiring.',
    '🔑 Enhanced Key Takeaways',
    ...takeaways.map((t) => `- •${t}`),
    ...(table.length > 0 ? ['📊 Competitor Analysis▸ Show', ...table] : []),
    '🛠️ Technical Deep Dive',
    '- •Northwind trains its models in Oregon.',
    ...(timeline.length > 0 ? ['⏳ Timeline', ...timeline] : []),
    'Original source: Example Wire ↗',
  ].join('\n');
}

/** Each candidate of `text` in `section` (a prefix), as `modality|subject|metric:counterparty|period value`. */
function read(text: string, section: string): string[] {
  return extractClaims(inventedArticle(text))
    .filter((c) => c.mention.section.startsWith(section))
    .map((c) => `${c.modality}|${c.subject}|${c.metric}:${c.counterparty}|${c.period} ${c.value?.amount}`);
}

describe('whose a deal table’s figure is', () => {
  it('should read the company a deal column names after "in" or 对 as where the money goes, and the row as who pays', () => {
    expect(read(page([], ['| 投资方 | 对Mistral出资 | 状态 |', '|---|---|---|', '| 微软 | 20亿美元 | 已完成 |']), 'table')).toEqual(['fact|Microsoft|investment:Mistral|null 2000000000']);
    expect(read(page([], ['| Backer | Investment in Mistral |', '|---|---|', '| Microsoft | $2B |']), 'table')).toEqual(['fact|Microsoft|investment:Mistral|null 2000000000']);
    // Look-alike: a column that only names its company ("Mistral stake") leaves the figure the column's company's.
    expect(read(page([], ['| Backer | Mistral stake |', '|---|---|', '| Microsoft | $2B |']), 'table')).toEqual(['fact|Mistral|investment:Microsoft|null 2000000000']);
  });
});

describe('a tranche named by its owner', () => {
  it('should read "Google’s first $2 billion in Mistral" as Google’s investment in Mistral', () => {
    expect(figures('Google’s first $2 billion in Mistral was announced in March 2024.')).toEqual(['Google investment:Mistral 2000000000 2024']);
    // Look-alike: the same words before a measure are the measure's ("in AWS revenue").
    expect(figures('Amazon’s first $2 billion in AWS revenue came in 2012.')).toEqual(['AWS revenue:null 2000000000 2012']);
  });
});

describe('a parent’s cloud figures after 首季', () => {
  it('should read Alphabet 首季雲端營收 as Google Cloud’s, the first quarter between the parent and its unit', () => {
    expect(figures('Alphabet 首季雲端營收年增31%。')).toEqual(['Google Cloud revenue growth:null 31 2026-Q1']);
    // Look-alike: the parent's own revenue in its first quarter stays the parent's.
    expect(figures('Alphabet 首季營收年增18%。')).toEqual(['Google revenue growth:null 18 2026-Q1']);
  });
});

describe('a figure referred back to with a period of its own', () => {
  it('should read "the 41% Azure posted for the quarter that ended June 2025" as that quarter’s, not the one stated before', () => {
    const text = page(['Azure grew 41% in the March quarter. That equalled the 41% Azure posted for the quarter that ended June 2025.']);
    expect(read(text, 'takeaways')).toEqual(['fact|Azure|revenue growth:null|2026-Q1 41', 'fact|Azure|revenue growth:null|2025-Q2 41']);
    // Look-alike: a figure referred back to with no period of its own is the one stated before.
    expect(read(page(['Azure grew 41% in the March quarter. Some doubt the 41% can last.']), 'takeaways')).toEqual(['fact|Azure|revenue growth:null|2026-Q1 41', 'fact|Azure|revenue growth:null|2026-Q1 41']);
  });
});

describe('what a timeline entry’s figure is of', () => {
  it('should read a growth rate in an entry as the quarter last ended by the entry’s month, on its company’s calendar', () => {
    expect(read(page([], [], ['2026-01', 'The search giant’s cloud arm posts 31% growth.', '2025-08', 'Redmond’s cloud platform posts 35% growth.']), 'timeline')).toEqual([
      'fact|Google Cloud|revenue growth:null|2025-Q4 31',
      'fact|Azure|revenue growth:null|2025-Q2 35',
    ]);
    // Look-alike: a sum in an entry is of the entry's year.
    expect(read(page([], [], ['2026-01', 'The search giant’s cloud arm books $17 billion of revenue.']), 'timeline')).toEqual(['fact|Google Cloud|revenue:null|2026 17000000000']);
  });

  it('should leave a sum said to be cumulative (累計, 累计) in an entry of no year, as a running total', () => {
    expect(read(page([], [], ['2024-03', 'グーグルがMistralへの出資を増額、累計60億ドルに。']), 'timeline')).toEqual(['fact|Google|investment:Mistral|null 6000000000']);
    // Look-alike: the tranche the entry is about is of its year.
    expect(read(page([], [], ['2024-03', 'グーグルがMistralに30億ドルを追加出資。']), 'timeline')).toEqual(['fact|Google|investment:Mistral|2024 3000000000']);
  });
});

describe('a training cost told as how far below another’s it is', () => {
  it('should read "training on X at up to 30% below comparable instances" as the training cost, 30% lower', () => {
    expect(figures('Northwind pitches training on Trainium at up to 30% below comparable GPU instances.')).toEqual(['AWS training cost:null 30 null']);
    // Look-alike: a price below another's, with no training named, is no training cost.
    expect(figures('Northwind prices Trainium instances at up to 30% below comparable GPU instances.').filter((f) => f.includes('training cost'))).toEqual([]);
  });

  it('should read 训练…节省最多三成成本 as the training cost, the saving and its bound after the comparison', () => {
    expect(figures('亚马逊表示，使用Trainium训练大模型可比同级GPU实例节省最多三成成本。')).toEqual(['AWS training cost:null 30 null']);
    // Look-alike: 三成 after 最多 with no verb of change before it is no figure.
    expect(figures('亚马逊表示，最多三成客户已在使用Trainium。')).toEqual([]);
  });
});

describe('a period named again between commas', () => {
  it('should read the figure after ", its fiscal second quarter," as the measure named before the aside', () => {
    expect(figures('Microsoft’s capital spending for the three months to December, its fiscal second quarter, was $41.2 billion.')).toEqual(['Microsoft capex:null 41200000000 2025-Q4']);
    // Look-alike: an aside that names another measure keeps the figure apart from the measure before it.
    expect(figures('Microsoft’s capital spending for the three months to December, when its cloud revenue climbed sharply in every region, was $41.2 billion.')).not.toContain('Microsoft capex:null 41200000000 2025-Q4');
  });
});
