import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const context: SentenceContext = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2026, articleMonth: 2 };
/** Each figure of a sentence as "bound value unit subject metric period". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.bound ?? ''}${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name} ${f.period}`);

describe('a measure that doubled or tripled rose by a percentage', () => {
  it('should read "more than tripled", "doubled" and 翻了一番多 of a measure named before the verb as a rise in percent', () => {
    expect(read("Contoso's revenue more than tripled in 2025, the company said.")).toEqual(['min200% Contoso revenue growth 2025']);
    expect(read("Contoso's capital expenditures doubled in the third quarter of 2025 from a year earlier.")).toEqual(['100% Contoso capex 2025-Q3']);
    expect(read('Contoso第三季度营收同比翻了一番多。')).toEqual(['min100% Contoso revenue growth 2025-Q3']);
  });

  it('should leave a verb with an object of its own, or with no measure named, no rise', () => {
    // Look-alikes: a stake doubled is no measure's rise, "doubled down" no figure at all.
    expect(read('Contoso has since doubled its stake in Fabrikam.')).toEqual([]);
    expect(read('Contoso doubled down on Fabrikam in 2025.')).toEqual([]);
    // A chip's multiple stays a multiple, for the chip measures that take one.
    expect(read("Fabrikam's new chip doubles performance per watt.").every((f) => f.includes('x '))).toBe(true);
  });

  it('should let "doubled" agree with a rise that rounds to twice, never with one nearer three times', async () => {
    const doubled = await articleOf('a', 'Contoso results', ['Contoso revenue doubled in the third quarter of 2025 from a year earlier.']);
    const near = await articleOf('b', 'Contoso quarter', ['Contoso revenue grew 134% in the third quarter of 2025.']);
    const far = await articleOf('c', 'Contoso quarter', ['Contoso revenue grew 160% in the third quarter of 2025.']);
    const growth = (articles: Awaited<ReturnType<typeof articleOf>>[]) => analyse(articles);
    expect(growth([doubled, near]).conflicts).toEqual([]);
    expect(growth([doubled, near]).claims.filter((c) => c.metric === 'revenue growth')).toHaveLength(1);
    // Look-alike: 2.6 times is no longer said as "doubled".
    expect(growth([doubled, far]).conflicts).toHaveLength(1);
  });
});
