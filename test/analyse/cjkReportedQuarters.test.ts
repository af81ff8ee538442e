import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const context = { fallbackSubject: 'Amazon', articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(sentence, context).map((f) => [f.subject, f.metric.name, f.period, f.value.amount]);

describe('contracts not yet recognised, said colloquially', () => {
  it('should read 还没认列 (還沒認列) as 尚未认列: the contracts are the backlog', () => {
    expect(read('截至3月底，AWS還沒認列的合約訂單累積到1,980億美元。')).toEqual([['AWS', 'backlog', '2026-Q1', 198e9]]);
    expect(read('截至3月底，AWS还没认列的合约订单累积到1980亿美元。')).toEqual([['AWS', 'backlog', '2026-Q1', 198e9]]);
    // Look-alike: what has not been done yet is no backlog without a contract word after it.
    expect(read('AWS還沒認列的消息傳出後，股價漲了3%。').filter((f) => f[1] === 'backlog')).toEqual([]);
  });
});

describe('the company a title is about', () => {
  it('should not be the one a passive names as acting on it (被X, 遭X, "by X")', async () => {
    const zh = await articleOf('zh', '被OpenAI拒絕之後：亞馬遜的AI豪賭', ['對一家一年要砸下約一千八百億美元蓋資料中心的公司來說，這是大事。']);
    const en = await articleOf('en', 'Snubbed by OpenAI, Amazon doubles down', ['The company will spend about $180 billion on data centres this year.']);
    for (const article of [zh, en]) expect(analyse([article]).claims.find((c) => c.value?.amount === 180e9)?.subject).toBe('Amazon');
    // Look-alike: a title whose first company acts (OpenAI turns Amazon down) is that company's.
    const acting = await articleOf('acting', 'OpenAI turns down Amazon', ['The company will spend about $180 billion on data centres this year.']);
    expect(analyse([acting]).claims.find((c) => c.value?.amount === 180e9)?.subject).toBe('OpenAI');
  });
});

describe('a figure told as a claim someone made', () => {
  it('should read “…”一说 as the measure of the figure before it, of the quarter the article reports on, as hearsay', async () => {
    const story = await articleOf('story', '亚马逊季报', ['截至3月末，AWS积压订单为1980亿美元，较去年9月末的1700亿美元明显增加。此前网上流传的“逾3000亿美元”一说，亚马逊表示并不属实。']);
    // An article with no date, whose "去年9月末" has no year: the figure pointed back to is still the one of the quarter it reports on.
    const undated = { ...(await articleOf('undated', '亚马逊季报', ['亚马逊日前发布2026年第一季度财报。截至3月末，AWS积压订单为1980亿美元，较去年9月末的1700亿美元明显增加。此前网上流传的“逾3000亿美元”一说，亚马逊表示并不属实。'])), date: null };
    const dated = analyse([story]).claims.find((c) => c.value?.amount === 300e9);
    expect([dated?.subject, dated?.metric, dated?.period, dated?.modality]).toEqual(['AWS', 'backlog', '2026-Q1', 'rumour']);
    expect(analyse([undated]).claims.find((c) => c.value?.amount === 300e9)?.period).toBe('Q1');
  });
});
