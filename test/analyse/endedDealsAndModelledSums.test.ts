import { describe, expect, it } from 'vitest';
import { paragraphClaimLines as claims } from '../helpers/inventedArticle.ts';

describe('deals ended, sums modelled and proposals turned down', () => {
  it('should read a deal a company ended as called off, but not a quarter it ended with a deal', () => {
    expect(claims('Meta', 'In October the company ended a $3.2 billion agreement to rent computing capacity from Norrvik Compute.')).toEqual(['Meta investment null cancelled 3200000000']);
    expect(claims('Meta', 'Meta ended the quarter with a $3.2 billion deal backlog.')).toEqual(['Meta investment null fact 3200000000']);
  });

  it('should read a sum a broker models as its forecast, but not a count of models', () => {
    expect(claims('Meta', 'Harwell Gate Securities, one of the bolder houses, now models $178 billion of Meta capex in 2027.')).toEqual(['Meta capex 2027 forecast 178000000000']);
    expect(claims('Meta', 'Meta runs 40 models on 100,000 GPUs.')).toEqual(['Meta chips deployed null fact 100000']);
  });

  it('should read the sum of a proposal turned down, or of financing proposed, as offered, whatever it measures', () => {
    expect(claims('Meta', 'Meta had turned down a rival proposal from Blue Owl Capital to finance the site for about $31 billion.')).toEqual(['Meta capex null offer 31000000000']);
    expect(claims('Meta', 'Meta rejected Blue Owl Capital, which had proposed financing the campus for about $31 billion.')).toEqual(['Meta capex null offer 31000000000']);
    // Look-alike: money spent after a proposal was turned down is spent.
    expect(claims('Meta', 'Meta spent $31 billion on the site after it rejected the proposal.')).toEqual(['Meta capex null fact 31000000000']);
  });
});

describe('a Japanese figure told as what a plan will make it', () => {
  it('should read a figure whose と、 clause is a plan (計画, 予定) as the plan, but not one whose clause states what is', () => {
    expect(claims('ソフトバンク', '電力の容量は最大で150万キロワットと、原子力発電所1基分を上回る規模になる計画だ。')).toEqual(['SoftBank power capacity null plan 1.5']);
    expect(claims('ソフトバンク', '電力の容量は150万キロワットと、原子力発電所1基分を上回る規模だ。')).toEqual(['SoftBank power capacity null fact 1.5']);
  });
});

describe('a quarter without its year, on a fiscal calendar', () => {
  it('should read 第1四半期 of a company whose year ends in June as its fiscal quarter when that ended last, else the calendar’s', () => {
    expect(claims('マイクロソフト', 'マイクロソフトが第1四半期決算を発表、Azureは37％増。')).toEqual(['Azure revenue growth 2026-Q3 fact 37']);
    // In September, Microsoft's July–September quarter is not over: 一季度 is the calendar's January–March.
    expect(claims('微软', '微软一季度Azure收入增长39%。', '18 September 2026')).toEqual(['Azure revenue growth 2026-Q1 fact 39']);
  });
});
