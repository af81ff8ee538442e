/**
 * A measure over a period that "doubled" rose by 100%: "Meta's capital expenditures more than doubled in the third
 * quarter" is capex up more than 100%, as "rose 111%" says it; "OpenAI's revenue more than tripled in 2025" is revenue
 * growth above 200%, and CoreWeave营收同比翻了一番多 above 100%. Only where the verb is the rise of a measure named before it
 * in its clause, with no object of its own ("Amazon doubled its stake", "doubled down" are no rise of a measure); a chip's
 * multiple ("Trainium3 doubles performance per watt") stays a multiple, for the chip measures that take one.
 */
import type { FoundMetric } from './entities.ts';
import type { FoundValue } from './parseValue.ts';

/** A verb that multiplies: "doubled", "tripling", 翻番, 翻了一番. */
export const MULTIPLIES = String.raw`(?:doubl|tripl|quadrupl)(?:ed|es|ing)`;
/** The verb of a multiple, as the figure's text ends: "more than doubled", "tripled", 翻了一番. */
const MULTIPLYING_VERB = new RegExp(String.raw`${MULTIPLIES}$|翻`, 'i');
/** What closes the clause of a measure and its verb: a rise named before another clause's verb is not this one's. */
const CLAUSE_BREAK = /[,;，；。、]|\b(?:and|while|but|whereas)\b/;

/** `values` with each multiplying verb that is a named measure's rise as a rise in percent; else `values` as they are. */
export function multipliedAsRises(sentence: string, values: FoundValue[], metrics: readonly FoundMetric[]): FoundValue[] {
  if (!values.some((v) => v.value.unit === 'x') || metrics.some((m) => m.metric.units.includes('x'))) return values;
  return values.map((v) => {
    if (v.value.unit !== 'x' || !MULTIPLYING_VERB.test(v.text)) return v;
    const moved = metrics.some((m) => m.metric.movement === 'up' && m.start < v.end && m.end > v.start);
    const named = metrics.some((m) => !m.metric.movement && m.metric.overPeriod && m.end <= v.start && v.start - m.end <= 40 && !CLAUSE_BREAK.test(sentence.slice(m.end, v.start)));
    if (!moved || !named) return v;
    return { ...v, value: { ...v.value, amount: (v.value.amount - 1) * 100, unit: '%' } };
  });
}
