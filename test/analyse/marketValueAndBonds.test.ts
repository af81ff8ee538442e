import { describe, expect, it } from 'vitest';
import { readFigures, type SentenceContext } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';
import { analyse } from '../../src/analyse/analyse.ts';
import { articleOf } from '../helpers/seedArticles.ts';

const context: SentenceContext = { fallbackSubject: 'Contoso', articleQuarter: null, articleYear: 2025, articleMonth: 11 };
/** Each figure of a sentence as "value unit subject metric". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount} ${f.value.unit} ${f.subject} ${f.metric.name}`);

describe('a company’s market value and a sale of its bonds', () => {
  it('should read a market value, 市值 and 時価総額 as what the company is worth on the market', () => {
    expect(read("Contoso's market value reached $55.6 billion on Tuesday.")).toEqual(['55600000000 USD Contoso market value']);
    expect(read('Contosoの時価総額は556億ドルとなった。')).toEqual(['55600000000 USD Contoso market value']);
    // Look-alike: the same sum of backlog stays backlog.
    expect(read("Contoso's backlog reached $55.6 billion at the end of September.")).toEqual(['55600000000 USD Contoso backlog']);
  });

  it('should read a sale of bonds, 發行公司債, as money borrowed, never as money invested or spent', () => {
    expect(read('Contoso sold $30 billion of bonds, the largest such sale this year.')).toEqual(['30000000000 USD Contoso bond sale']);
    expect(read('Contoso完成發行180億美元公司債。')).toEqual(['18000000000 USD Contoso bond sale']);
    // Look-alikes: an investment and capex stay what they are beside a bond sale.
    expect(read('Contoso will invest $30 billion in Fabrikam, funded partly by a bond sale.')).toEqual(['30000000000 USD Contoso investment']);
    expect(read('Contoso spent $20 billion on capital expenditures in the quarter, after its bond sale in May.')).toEqual(['20000000000 USD Contoso capex']);
  });

  it('should never dispute two market values or two bond sales, each a day’s', async () => {
    const a = await articleOf('a', 'Contoso shares', ["Contoso's market value reached $55.6 billion."]);
    const b = await articleOf('b', 'Contoso shares', ["Contoso's market value reached $61 billion."]);
    expect(analyse([a, b]).conflicts).toEqual([]);
    const c = await articleOf('c', 'Contoso bonds', ['Contoso sold $25 billion of bonds.']);
    const d = await articleOf('d', 'Contoso bonds', ['Contoso sold $30 billion of bonds.']);
    expect(analyse([c, d]).conflicts).toEqual([]);
  });
});
