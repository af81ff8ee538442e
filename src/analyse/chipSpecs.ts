/**
 * What a figure's unit says of its measure where no word names one: a rate in FLOPS is compute, whatever words stand
 * around it ("2.52 PFLOPS FP8 Per Accelerator"), power in gigawatts a site's power, a count of chips chips at work.
 * Pure functions, read by readFigures when no metric word is near a figure.
 */
import type { Value } from '../schemas.ts';
import type { FoundMetric } from './entities.ts';
import { perUnitOf } from './parseValue.ts';
import { METRICS } from './vocabulary.ts';

const PERFORMANCE = METRICS.find((m) => m.name === 'performance')!;
const POWER_CAPACITY = METRICS.find((m) => m.name === 'power capacity')!;
const CHIPS_DEPLOYED = METRICS.find((m) => m.name === 'chips deployed')!;
const CAPACITY_PRICE = METRICS.find((m) => m.name === 'capacity price')!;
const POWER_PRICE = METRICS.find((m) => m.name === 'power price')!;
const ELECTRICITY_USE = METRICS.find((m) => m.name === 'electricity use')!;
/** The measure each unit is, where only one measure is written in it, or one is what a bare count of it means. */
const MEASURE_OF_UNIT: Partial<Record<Value['unit'], FoundMetric['metric']>> = {
  // A rate in floating-point operations per second is a chip's performance: no other measure is written in FLOPS, so a
  // spec sheet's "4,614 TFLOPS of FP8 per chip" needs no word for compute beside it (TFLOPS per watt is efficiency, by
  // its own unit).
  TFLOPS: PERFORMANCE,
  // "the site draws around 0.8 gigawatts", "runs about 230,000 GPUs on roughly 300 megawatts", "designed for up to
  // 2.5GW": power in gigawatts is a site's power, whatever verb draws or runs on it.
  GW: POWER_CAPACITY,
  // "The first Colossus holds about 230,000 GPUs", "350,000 of its in-house accelerators now run ranking work": chips
  // counted at a site or a company, with no word for a cluster, a server or a shipment, are chips at work.
  chips: CHIPS_DEPLOYED,
  // Energy is what a site or a country uses.
  TWh: ELECTRICITY_USE,
};
/**
 * The measure of a price per unit, whatever its currency (`USD/MW-day`, `EUR/MWh`): per megawatt-day what capacity clears at,
 * per megawatt-hour what power costs.
 */
const MEASURE_OF_PRICE: Record<string, FoundMetric['metric']> = { 'MW-day': CAPACITY_PRICE, MWh: POWER_PRICE };

/** After a count of chips, a place that keeps them from work: "in its warehouses", "in inventory", 库存, 在庫. */
const STORED_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:in|into|sitting in)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:warehouses?|inventor(?:y|ies)|stock(?:pile)?s?|storage)\b|^[^，。,]{0,6}(?:库存|庫存|在庫)/i;

/**
 * The measure a figure's unit alone makes it, where no metric word is near it; undefined for a unit of many measures, and
 * for chips the words after them keep in store.
 */
export function measureOfUnit(sentence: string, found: { start: number; end: number; value: Value }): FoundMetric | undefined {
  const metric = MEASURE_OF_UNIT[found.value.unit] ?? MEASURE_OF_PRICE[perUnitOf(found.value.unit)?.per ?? ''];
  if (!metric || (metric === CHIPS_DEPLOYED && STORED_AFTER.test(sentence.slice(found.end)))) return undefined;
  return { metric, start: found.start, end: found.end };
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
