import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const context = { fallbackSubject: 'Amazon', articleQuarter: '2026-Q1', articleYear: 2026, articleMonth: 5 };

describe('a sector named as the subject', () => {
  it('should give venture funding that start-ups raised to the sector, not to the lab the article is about, and set two counts against each other', async () => {
    const one = await articleOf('one', 'OpenAI turns down a new suitor', ['OpenAI has turned down a fresh offer. AI start-ups raised about $151 billion worldwide in 2024, by one tracker\u2019s count.']);
    const two = await articleOf('two', 'OpenAI and its rivals', ['OpenAI closed its round. By another count, generative AI and machine-learning startups raised $139.8 billion in 2024.']);
    const { claims, conflicts } = analyse([one, two]);
    const sector = claims.filter((c) => c.subject === 'AI startups');
    expect(sector.map((c) => [c.period, c.value?.amount])).toEqual(expect.arrayContaining([['2024', 151e9], ['2024', 139.8e9]]));
    expect(sector).toHaveLength(2);
    expect(conflicts.filter((c) => c.claims.every((id) => sector.some((s) => s.id === id)))).toHaveLength(1);
  });

  it('should leave one start-up, and a company named beside the sector, to the reading it had', () => {
    // "The AI start-up" is one company (the lab named before), no sector.
    expect(readFigures('The AI start-up raised $6.6 billion in 2024.', { ...context, fallbackSubject: 'OpenAI' }).map((f) => f.subject)).toEqual(['OpenAI']);
    // A company named in the sentence owns its figure, whatever sector stands beside it.
    expect(readFigures('Anthropic, like other AI start-ups, raised $13 billion in 2025.', { ...context, fallbackSubject: 'OpenAI' }).map((f) => f.subject)).toEqual(['Anthropic']);
  });
});

describe('a level beside a growth of another company in one quarter', () => {
  it('should date the level by the fiscal quarter the sentence gave the growth before it, as it does the growth after it', () => {
    const read = readFigures('Contoso said Azure sales grew 31% in its fiscal second quarter, while Google Cloud posted revenue of $12.2 billion, up 30%.', context);
    expect(read.map((f) => [f.subject, f.metric.name, f.period])).toEqual([
      ['Azure', 'revenue growth', '2025-Q4'],
      ['Google Cloud', 'revenue', '2025-Q4'],
      ['Google Cloud', 'revenue growth', '2025-Q4'],
    ]);
  });

  it('should not lend that quarter to another measure of another company', () => {
    const read = readFigures('Azure sales grew 31% in its fiscal second quarter, while Meta put capital spending at $14 billion.', context);
    expect(read.find((f) => f.subject === 'Meta')?.period ?? null).toBeNull();
  });
});

describe('an article that never says its year', () => {
  const yearless = async (id: string, sentences: string[]) => ({ ...(await articleOf(id, 'Cloud quarter', sentences)), date: null });

  it('should date its quarter by the year its other figures of that quarter were found in, and so set its figure against another outlet\u2019s', async () => {
    const brief = await yearless('brief', ['AWS revenue grew 17% in the March quarter.', 'Azure revenue reached $40.1 billion in the March quarter.']);
    const wire = await articleOf('wire', 'Cloud quarter', ['AWS revenue grew 17% in the first quarter of 2026.', 'Microsoft said Azure revenue came to $42.3 billion.']);
    const { claims, conflicts } = analyse([brief, wire]);
    const azure = claims.filter((c) => c.subject === 'Azure' && c.metric === 'revenue');
    expect(azure.map((c) => [c.period, c.value?.amount]).sort()).toEqual([['2026-Q1', 40.1e9], ['2026-Q1', 42.3e9]]);
    expect(conflicts.filter((c) => c.claims.every((id) => azure.some((a) => a.id === id)))).toHaveLength(1);
  });

  it('should leave its quarter without a year where none of its figures of that quarter was dated', async () => {
    const brief = await yearless('brief', ['AWS revenue grew 17% in the March quarter.', 'Azure revenue reached $40.1 billion in the March quarter.']);
    // Another outlet dates only another quarter: nothing says which year the brief's March quarter is of.
    const other = await articleOf('other', 'Cloud quarter', ['AWS revenue grew 19% in the fourth quarter of 2025.']);
    const azure = analyse([brief, other]).claims.filter((c) => c.subject === 'Azure' && c.metric === 'revenue');
    expect(azure.map((c) => c.period)).toEqual(['Q1']);
  });
});
