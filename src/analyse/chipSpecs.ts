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
