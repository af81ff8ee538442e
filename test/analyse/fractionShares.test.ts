import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const context: SentenceContext = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 2 };
/** Each figure of a sentence as "bound value unit subject metric". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.bound ?? ''}${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name}`);

describe('a share said as a fraction', () => {
  it('should read a fraction of a market as a market share, and 约三分之一 after a verb of change as a rise', () => {
    expect(read('Contoso holds roughly a third of the cloud infrastructure market, according to Fabrikam Research.')).toEqual(['approx33.3% Contoso market share']);
    expect(read('Contoso took a quarter of the AI chip market last year.')).toEqual(['25% Contoso market share']);
    expect(read('Contoso第三季度营收同比增长约三分之一。')).toEqual(['approx33.3% Contoso revenue growth']);
  });

  it('should read no figure in a fraction of something else', () => {
    // Look-alikes: a third of a company's revenue or staff is no share of a market, 三分之一的员工 no rise.
    expect(read('Contoso earns a third of its revenue from advertising.')).toEqual([]);
    expect(read('Contoso三分之一的员工在海外。')).toEqual([]);
  });

  it('should let "a third" agree with the 32% or 35% another outlet gives, never with 30%', async () => {
    const third = await articleOf('a', 'Cloud shares', ['Contoso holds a third of the cloud infrastructure market, Fabrikam Research said.']);
    const near = await articleOf('b', 'Cloud shares', ["Contoso's share of the cloud infrastructure market was 32%, Fabrikam Research said."]);
    const far = await articleOf('c', 'Cloud shares', ["Contoso's share of the cloud infrastructure market was 30%, Fabrikam Research said."]);
    expect(analyse([third, near]).conflicts).toEqual([]);
    expect(analyse([third, near]).claims.filter((c) => c.metric === 'market share')).toHaveLength(1);
    // Look-alike: 30% is a tenth, no longer "a third" rounded.
    expect(analyse([third, far]).claims.filter((c) => c.metric === 'market share')).toHaveLength(2);
  });
});
