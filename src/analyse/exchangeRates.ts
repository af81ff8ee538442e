/**
 * How many units of each currency a US dollar has fetched in the years this news covers, as a range: an outlet that
 * gives a dollar sum in its own currency ("日本円にしておよそ7兆8000億円" for up to $50 billion) converts at the rate of
 * its day, which no reader here knows. Two sums in two currencies may be one where some rate of the range makes them
 * so; they are never set against each other as two figures of one kind.
 */
import type { Value } from '../schemas.ts';

/** Units per US dollar, lowest and highest, 2015–2026. */
const PER_DOLLAR: Record<string, [number, number]> = {
  USD: [1, 1],
  EUR: [0.8, 1.05],
  GBP: [0.68, 0.9],
  JPY: [100, 162],
  CNY: [6.1, 7.4],
  HKD: [7.75, 7.85],
  TWD: [27, 34],
  AUD: [1.25, 1.65],
  SGD: [1.25, 1.45],
  CAD: [1.2, 1.45],
  KRW: [1050, 1480],
  INR: [62, 90],
  MYR: [3.7, 4.8],
  IDR: [13000, 16800],
  THB: [29, 38],
};

/** The dollars a sum may have been worth, lowest and highest; null for a currency without a range here. */
const inDollars = (value: Value): [number, number] | null => {
  const rates = PER_DOLLAR[value.unit];
  return rates ? [value.amount / rates[1], value.amount / rates[0]] : null;
};

/**
 * Whether two sums in two currencies may be the same sum, within `near` of each other at some rate of the ranges:
 * ¥7.8 trillion may be $50 billion (at ¥156), ¥440 billion is never $80 billion.
 */
export function mayBeOneSum(x: Value, y: Value, near: number): boolean {
  const [a, b] = [inDollars(x), inDollars(y)];
  if (!a || !b) return false;
  return a[0] <= b[1] * (1 + near) && b[0] <= a[1] * (1 + near);
}
