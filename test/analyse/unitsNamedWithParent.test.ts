import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/analyse/entities.ts';
import { readFigures } from '../../src/analyse/readFigures.ts';

// Names written for these tests (not copied from the evaluation set): a unit named right after its company — against
// it as one name (甲骨文OCI), after a headline's colon ("MSFT: Cloud Unit Beats") or a Japanese comma (マイクロソフト、クラウド).

const names = (text: string) => findEntities(text).map((e) => e.name);
const context = { fallbackSubject: null, articleQuarter: null, articleYear: 2026, articleMonth: 5 };
const read = (sentence: string) => readFigures(sentence, context).map((f) => `${f.subject} ${f.metric.name} ${f.value.amount}`);

describe('a unit named right after its company', () => {
  it('should read a company written against its own unit as the unit alone', () => {
    expect(names('微软Azure收入增长40%')).toEqual(['Azure']);
    expect(read('| 微软Azure | 增速40% |'.replace(/\|/g, ' ').trim())).toEqual(['Azure revenue growth 40']);
    // Negative controls: a possessive names both, the company first; a product is not a unit; two companies stay two.
    expect(names("Microsoft's Azure grew 40%")).toEqual(['Microsoft', 'Azure']);
    expect(names('Amazon Trainium2 racks')).toEqual(['Amazon', 'Trainium2']);
    expect(names('Oracle Azure deal')).toEqual(['Oracle', 'Azure']);
  });

  it('should read "MSFT: Cloud Unit" in a headline, and マイクロソフト、クラウド, as the company’s cloud unit', () => {
    expect(names('MSFT: Cloud Unit Beats Forecasts')).toEqual(['Azure']);
    expect(names('マイクロソフト、クラウド40％増収')).toEqual(['Azure']);
    expect(names('マイクロソフト、クラウドが好調')).toEqual(['Microsoft']);
    // Negative controls: a colon before anything but the unit's role leaves the company; a Chinese list's 、 joins no unit.
    expect(names('MSFT: Cloud, gaming and Office all grew')).toEqual(['Microsoft']);
    expect(names('微软、云计算厂商和芯片公司')).toEqual(['Microsoft']);
  });
});

describe('cloud sales reported by the parent', () => {
  it('should read "cloud sales" a company reports as its cloud unit’s, and its total sales as its own', () => {
    expect(read('Alphabet Inc. said in April that cloud sales in the January-March quarter rose 28 percent to 12.3 billion dollars.')).toEqual(['Google Cloud revenue growth 28', 'Google Cloud revenue 12300000000']);
    // Look-alike: total sales named after the cloud words are the company's.
    expect(read('Alphabet Inc. said cloud sales were strong and that total sales rose 12 percent to 90 billion dollars.')).toEqual(['Google revenue growth 12', 'Google revenue 90000000000']);
  });
});
