import { describe, expect, it } from 'vitest';
import { readFigures } from '../../src/analyse/readFigures.ts';
import { plainText } from '../../src/analyse/extractClaims.ts';

const context = { fallbackSubject: 'Google', articleQuarter: null, articleYear: 2026, articleMonth: 5 };
/** Each figure of a sentence as "value unit subject metric". */
const read = (sentence: string) => readFigures(plainText(sentence), context).map((f) => `${f.value.amount}${f.value.unit} ${f.subject} ${f.metric.name}`);

describe('training costs in other words, and clauses set against each other', () => {
  it('should read the bills of training cut by a share as the training cost', () => {
    expect(read('Google says training on TPUs can trim compute bills by as much as 30 percent.')).toEqual(['30% Google Cloud training cost']);
    // Negative control: bills with no training named are no training cost.
    expect(read('Google says its compute bills rose 30 percent.').some((f) => f.endsWith('training cost'))).toBe(false);
  });

  it('should read 省下四成 (saves four tenths) as a share saved', () => {
    expect(read('谷歌宣稱，改用 TPU 訓練模型最多可省下三成成本。')).toEqual(['30% Google Cloud training cost']);
    // Negative control: four tenths of time saved is no cost.
    expect(read('谷歌宣稱，改用TPU訓練模型可省下三成時間。')).toEqual([]);
  });

  it('should leave a metric after "while" to the figure of its own clause where one before the figure is at hand', () => {
    expect(read('Meta said capital expenditures in the quarter came to 20 billion dollars, while revenue grew 30 percent.')).toEqual(['20000000000USD Meta capex', '30% Meta revenue growth']);
    // Negative control: with no metric before it, a sum still takes the one after "while".
    expect(read('Meta has discussed putting in as much as another $5 billion, while Scale AI is canvassing investors for a round that could reach $9 billion.')[0]).toBe('5000000000USD Meta investment');
  });
});
