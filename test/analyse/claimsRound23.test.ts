import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { inventedArticle } from '../helpers/inventedArticle.ts';
import { relationOf } from '../helpers/probePairs.ts';

// Sentences written for these tests (not copied from the pair probes nor the evaluation set): the twenty-third round's
// rules.

/** A one-sentence story by `outlet`, dated `date` ("May 7, 2026"). */
const story = (outlet: string, date: string, sentence: string) => `A story\n${outlet} | ${date}\n\n${sentence}\n\nSource: ${outlet}`;

/** What the reader makes of two outlets' sentences: one claim, two disputed claims, two apart, or no claim from one side. */
function relation(a: string, b: string, date = 'May 7, 2026'): ReturnType<typeof relationOf> {
  return relationOf([inventedArticle(story('Example Wire', date, a), 'round23-a.txt'), inventedArticle(story('Sample Post', date, b), 'round23-b.txt')]);
}

/** Each figure of `sentence`, read in an article of `year`-`month`: subject | metric(:counterparty) | period | modality. */
function read(sentence: string, year: number, month: number): string[] {
  const context: SentenceContext = { articleQuarter: null, articleYear: year, articleMonth: month, fallbackSubject: null };
  return readFigures(sentence, context).map((f) => `${f.subject} | ${f.metric.name}${f.counterparty ? `:${f.counterparty}` : ''} | ${f.period} | ${f.modality}`);
}

describe('guidance for a quarter that has just ended', () => {
  it('should date a plan for a quarter named by its last month, just past, to that quarter, not to next year’s', () => {
    // In May 2026 the quarter "running through April" ended a week ago; Nvidia reports it at the end of May.
    expect(read('Nvidia has guided to revenue of roughly $72 billion for the quarter running through April.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | plan']);
    expect(read('Nvidia sees revenue of about $72 billion for the February–April quarter.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | plan']);
    expect(read('Nvidia expects revenue of about $72 billion for its fiscal first quarter.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | plan']);
  });

  it('should make one claim of that guidance told by the quarter’s months and by its fiscal name', () => {
    expect(relation('Nvidia has guided to revenue of roughly $72 billion for the quarter running through April.', 'Nvidia guided to revenue of about $72 billion for fiscal 2027’s first quarter.')).toBe('same');
  });

  it('should still date a plan for a quarter that ended long before to the next one, and one to come to this year', () => {
    // Negative controls: January is four months before May, so a plan of the quarter ending then is of the next January;
    // October is still to come.
    expect(read('Nvidia expects revenue of $110 billion for the quarter ending in January.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q4 | plan']);
    expect(read('Nvidia expects revenue of $90 billion for the quarter ending in October.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q3 | plan']);
    // A fact of the quarter running through April is the one just ended, as before.
    expect(read('Nvidia reported revenue of $79.3 billion for the quarter running through April.', 2026, 5)).toEqual(['NVIDIA | revenue | 2026-Q1 | fact']);
  });
});

describe('the size of a round a lab raises, in Chinese and Japanese', () => {
  it('should give a round’s size no counterparty, though an investor expected to join it is named', () => {
    expect(read('据多位知情人士透露，Anthropic 正在洽谈新一轮融资，规模至多300亿美元，亚马逊有意继续跟投。', 2026, 5)).toEqual(['Anthropic | investment | null | rumour']);
    expect(read('関係者によれば、アンソロピックは最大300億ドルの資金調達に向けて投資家と協議中で、アマゾンの追加出資はその一部となる見通し。', 2026, 5)).toEqual(['Anthropic | investment | null | rumour']);
    expect(read('OpenAI完成400亿美元融资，软银领投。', 2026, 5)).toEqual(['OpenAI | investment | null | fact']);
  });

  it('should make one claim of the round told with an investor and without one', () => {
    expect(relation('据知情人士透露，Anthropic正在洽谈新一轮融资，规模或将达到300亿美元；亚马逊拟参与其中。', 'Anthropic is reportedly trying to raise as much as $30 billion, according to people familiar with the talks.')).not.toBe('apart');
  });

  it('should still read money one company puts into another as a deal between the two', () => {
    // Negative controls: 向…投资 and に出資 name the investor and its target.
    expect(read('亚马逊向Anthropic投资40亿美元。', 2026, 5)).toEqual(['Amazon | investment:Anthropic | null | fact']);
    expect(read('アマゾンはアンソロピックに40億ドルを出資した。', 2026, 5)).toEqual(['Amazon | investment:Anthropic | null | fact']);
  });
});

describe('what a company keeps, after the offer it declined', () => {
  it('should read a contract kept, after "and", as a fact, not as the offer declined before it', () => {
    // (Whose the contract is, read alone, is left to the merge: joinContractSides.)
    expect(read('OpenAI declined Amazon’s offer of up to $50bn in March and kept its $38bn, seven-year AWS contract.', 2026, 5).map((r) => r.split(' | ').at(-1))).toEqual(['offer', 'fact']);
  });

  it('should still read a bid kept open as the offer', () => {
    // Negative control: what "and kept" keeps is the offer itself.
    expect(read('Amazon offered $50 billion for the stake and kept its bid open until May.', 2026, 5).map((r) => r.split(' | ').at(-1))).toEqual(['offer']);
  });
});
