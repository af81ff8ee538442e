/**
 * What a chip's specification sheet states without naming its measure: a rate in FLOPS is compute, whatever words
 * stand around it ("2.52 PFLOPS FP8 Per Accelerator", "4,614 TFLOPS of FP8 per chip, pods of 9,216 chips").
 * Pure functions, read by readFigures when no metric word is near a figure.
 */
import type { Value } from '../schemas.ts';
import type { FoundMetric } from './entities.ts';
import { METRICS } from './vocabulary.ts';

const PERFORMANCE = METRICS.find((m) => m.name === 'performance')!;

/**
 * A rate in floating-point operations per second is a chip's performance: no other measure is written in FLOPS, so a
 * spec sheet's "4,614 TFLOPS of FP8 per chip" needs no word for compute beside it. Undefined for any other unit
 * (TFLOPS per watt is read as efficiency by its own unit).
 */
export function flopsRate(found: { start: number; end: number; value: Value }): FoundMetric | undefined {
  return found.value.unit === 'TFLOPS' ? { metric: PERFORMANCE, start: found.start, end: found.end } : undefined;
}

/** After a percentage, the cost it is a share of: "60% of what comparable GPU instances cost", "70% of the price of". */
const SHARE_OF_COST_AFTER = /^\s+of\s+(?:what\s+(?:[\w-]+\s+){0,4}?(?:costs?|charges?|charged)\b|the\s+(?:cost|price|bill)\s+of\b)/i;

/**
 * "can train models for as little as 60% of what comparable GPU instances cost": a cost said as a share of another's is
 * lower than it by the rest, 40%, as a cost's percentage is how much lower it is. `value` as it stands otherwise.
 */
export function costAsShare(sentence: string, found: { end: number }, value: Value, percentIsReduction: boolean): Value {
  if (!percentIsReduction || value.unit !== '%' || value.amount <= 0 || value.amount >= 100 || !SHARE_OF_COST_AFTER.test(sentence.slice(found.end, found.end + 80))) return value;
  return { amount: Number((100 - value.amount).toPrecision(12)), unit: '%' };
}
