import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyse/extractClaims.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';

// Sentences and timelines written for these tests (not copied from the evaluation set): when a backlog a timeline entry
// states stood, which quarter 前一季度 and 当季 after a quarter named are, and what 去年9月 dates.

/** An aggregator page of 12 June 2026 with a `timeline`. */
function page(timeline: string[]): string {
  return [
    '🧭Example Wire•Freshcollected in 2h',
    'Order books keep growing',
    '💡Published 12 June 2026 — who has signed what',
    '⚡ 30-Second TL;DR',
    'What Changed',
    'Northwind said it kept hiring.',
    '🛠️ Technical Deep Dive',
    '- •Northwind trains its models in Oregon.',
    '⏳ Timeline',
    ...timeline,
    'Original source: Example Wire ↗',
  ].join('\n');
}

/** Each candidate of the page's timeline, as `modality|subject|metric|period value`. */
const timeline = (entries: string[]) =>
  extractClaims(inventedArticle(page(entries)))
    .filter((c) => c.mention.section.startsWith('timeline'))
    .map((c) => `${c.modality}|${c.subject}|${c.metric}|${c.period} ${c.value?.amount}`);

describe('a backlog in a timeline entry', () => {
  it('should be the backlog at the end of the quarter last ended by the entry’s month, on its company’s calendar', () => {
    // Oracle's quarters end in February and May: a June entry tells May's backlog, a March entry February's.
    expect(timeline(['2026-06', 'Oracle’s backlog passes $640 billion.', '2026-03', 'Oracle’s backlog reaches $590 billion.'])).toEqual([
      'fact|Oracle|backlog|2026-Q2 640000000000',
      'fact|Oracle|backlog|2026-Q1 590000000000',
    ]);
    // Look-alike: a sum spent in an entry is still of the entry's year.
    expect(timeline(['2026-06', 'Oracle spends $14 billion on data centers.'])).toEqual(['fact|Oracle|capex|2026 14000000000']);
  });
});

describe('a previous quarter after a quarter named', () => {
  /** A story of August 2026 on Amazon's June quarter, with `lines`, as its backlog candidates: subject, period, value. */
  const backlogs = (lines: string[]) =>
    extractClaims(inventedArticle(['亚马逊云业务订单继续增长', '', 'Example Wire | August 6, 2026', '', '亚马逊第二季度AWS营收增长31%。', '', ...lines, '', 'Source: Example Wire'].join('\n')))
      .filter((c) => c.metric === 'backlog')
      .map((c) => `${c.subject} ${c.period} ${c.value?.amount}`);

  it('should read 前一季度末 as the quarter before the one its sentence named, not the one before the article’s', () => {
    expect(backlogs(['甲骨文截至2月末的2026财年第三财季，剩余履约义务为5410亿美元，前一季度末为5160亿美元。'])).toEqual(['Oracle 2026-Q1 541000000000', 'Oracle 2025-Q4 516000000000']);
    // Look-alike: with no quarter named before it, the previous quarter is the one before the article's.
    expect(backlogs(['亚马逊上一季度末的积压订单为2390亿美元。'])).toEqual(['Amazon 2026-Q1 239000000000']);
  });
});

describe('that quarter after a quarter named', () => {
  /** An aggregator page of 3 August 2026 with `takeaways`, as its capex candidates: subject, period, value. */
  const capex = (takeaways: string[]) =>
    extractClaims(
      inventedArticle(
        ['🧭Example Wire•Freshcollected in 2h', '云厂商二季度成绩单出炉：投入继续加码', '💡2026年8月3日｜算力竞赛仍在升级', '⚡ 30-Second TL;DR', 'What Changed', '亚马逊二季度AWS营收增长31%。', '🔑 Enhanced Key Takeaways', ...takeaways.map((t) => `- •${t}`), 'Original source: Example Wire ↗'].join('\n'),
      ),
    )
      .filter((c) => c.metric === 'capex')
      .map((c) => `${c.subject} ${c.period} ${c.value?.amount}`);

  it('should read 当季 as the quarter its sentence named before it, not the one the article reports on', () => {
    // Another company's February–April quarter beside it must not make 当季 that one.
    const nvidia = '英伟达截至4月的2027财年第一财季数据中心营收702亿美元。';
    expect(capex(['微软2026财年第四财季（4至6月）Azure收入增长38%；当季资本支出431亿美元。', nvidia])).toEqual(['Microsoft 2026-Q2 43100000000']);
    // Look-alike: with no quarter named before it, 当季 is the quarter the article reports on, as before.
    expect(capex(['微软当季资本支出431亿美元。', nvidia])).toEqual(['Microsoft 2026-Q1 43100000000']);
  });
});

describe('a month of last year in Chinese', () => {
  const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
  const periods = (sentence: string) => readFigures(sentence, context).map((f) => `${f.modality} ${f.value.amount} ${f.period}`);

  it('should read 去年9月 as the month something was said, not the year a figure is of', () => {
    expect(periods('康拓索预计本财年资本开支约520亿美元，高于去年9月时给出的约360亿美元。')).toEqual(['plan 52000000000 null', 'plan 36000000000 null']);
    // Look-alike: 去年 alone is last year.
    expect(periods('康拓索去年资本开支为310亿美元。')).toEqual(['fact 31000000000 2025']);
  });
});

