/**
 * A figure the article stated before, referred back to by "the": "Some argue the 28% flatters the business", "the bet
 * only works if the 28 percent, or something like it, keeps coming". Such a sentence names no measure for the figure;
 * a reader takes it as the figure the article first stated at that value, and so does this — of the period its own
 * words name, where they name one ("That matched the 39% Azure reported for the quarter that ended June 2025": the
 * same measure a year before, not the quarter's figure again).
 */
import { claimKey, type Candidate } from './extractClaims.ts';
import { parsePeriod, type PeriodContext } from './periods.ts';
import { findValues, type FoundValue } from './parseValue.ts';
import { matchesOf } from './matchesOf.ts';
import { memoByText } from '../memoByText.ts';

/** "the" before a number ("the 28%", "the $244 billion"): where such a figure can start. */
const THE_NUMBER = /\bthe\s+(?=(?:US|C|A|NT|HK|S)?[$€£¥]?\d)/gi;
/** How far past "the" a figure and its unit can reach ("the US$244.5 billion-plus"). */
const FIGURE_REACH = 40;

/** The figures written right after "the" in `sentence`, each read from the words that follow it (few sentences have one). */
const figuresAfterThe = memoByText((sentence: string): FoundValue[] => {
  const out: FoundValue[] = [];
  for (const the of matchesOf(THE_NUMBER, sentence)) {
    const from = the.index + the[0].length;
    const found = findValues(sentence.slice(from, from + FIGURE_REACH)).find((f) => f.start === 0);
    if (found) out.push({ ...found, start: found.start + from, end: found.end + from });
  }
  return out;
});
/** After the figure, words that make it another thing's share or size ("the 28% of revenue", "the 10% stake"). */
const ANOTHER_THING_AFTER = /^\s*(?:of|stake|share|holding|interest|cut|discount|premium|tariff|tax|fee|limit|cap)\b/i;

/** The words after a figure that may say when it stood: up to the end of its clause. */
const CLAUSE_AFTER = /^[^.;:]*/;

/**
 * The claims that the figures of `sentence` written after "the", and read as no claim of it (the candidates of
 * `earlier` that quote `mention`'s sentence already), restate: for each, the first of `earlier` (the article's
 * candidates so far, in order) of the same value and unit, as a fact of a measure, given `mention`; of the period the
 * words after it name, read in `context`, where they name one.
 */
export function figuresReferredBack(sentence: string, earlier: readonly Candidate[], mention: Candidate['mention'], context: PeriodContext): Candidate[] {
  const figures = figuresAfterThe(sentence);
  if (figures.length === 0) return [];
  const own = earlier.filter((c) => c.mention.quote === mention.quote);
  const out: Candidate[] = [];
  for (const found of figures) {
    if (ANOTHER_THING_AFTER.test(sentence.slice(found.end))) continue;
    const same = (c: Candidate) => c.value !== null && c.value.unit === found.value.unit && c.value.amount === found.value.amount && !c.value.bound === !found.value.bound;
    if (own.some(same)) continue;
    const first = earlier.find((c) => same(c) && c.mention.quote !== mention.quote);
    if (!first || first.modality !== 'fact' || !first.metric || !first.subject) continue;
    // Only the words after the figure: a period before it ("In the March quarter, the 39% …") is the one stated before.
    const period = parsePeriod(CLAUSE_AFTER.exec(sentence.slice(found.end))![0], sentence, { ...context, articleQuarter: null }, first.subject) ?? first.period;
    out.push({ ...first, period, key: period === first.period ? first.key : claimKey(first.subject, first.metric, first.counterparty, period), mention });
  }
  return out;
}
