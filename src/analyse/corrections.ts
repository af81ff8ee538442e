/**
 * A correction told in two sentences: "An earlier version of this article misstated the size of AWS's backlog. It is
 * $244 billion, not $224 billion." The second names no measure; the first names the one it is of. The figure the
 * correction gives is the outlet's claim; the one it takes back ("not $224 billion") is no claim at all.
 */

/**
 * A sentence that says what was misstated, and nothing after it: "… misstated the size of AWS's backlog." (not "misstated
 * the backlog as $440 billion", which states the misstated figure: the next sentence's figure is read against that one).
 */
const MISSTATED_MEASURE = /\b(?:misstated|misreported|misquoted|incorrectly (?:stated|reported|gave|described))\s+(?<measure>[^.;]+?)\s*[.;]?\s*$/i;
/** A sum or a share in the words: "$440 billion", "41%", "3.2 trillion yen" (a year, "for 2025", is none). */
const STATES_FIGURE = /[$€£¥]|\d\s*(?:%|percent\b|per cent\b|billion\b|million\b|trillion\b|bn\b)/i;
/** "It is $244 billion", "The correct figure was 28%": the opening of the figure a correction gives. */
const CORRECT_FIGURE_OPENING = /^\s*(?:it|the (?:correct(?:ed)? )?(?:figure|number|amount))\s+(?:is|was)\s+/i;
/** ", not $224 billion", "rather than 31%": the figure a correction takes back, after the one it gives. */
const TAKEN_BACK = /,?\s+(?:and\s+)?(?:not|rather than|instead of)\s+[^,;]*?(?=[,;]|\.?\s*$)/i;

/**
 * `sentence` written with the measure the correction before it (`last`) names in place of its "It", and without the
 * figure it takes back ("the size of AWS's backlog is $244 billion"), when `last` says a measure was misstated and
 * `sentence` opens with the corrected figure; else null.
 */
export function correctedSentence(sentence: string, last: string): string | null {
  const misstated = MISSTATED_MEASURE.exec(last);
  if (!misstated || STATES_FIGURE.test(misstated.groups!.measure!) || !CORRECT_FIGURE_OPENING.test(sentence)) return null;
  return sentence.replace(CORRECT_FIGURE_OPENING, `${misstated.groups!.measure} is `).replace(TAKEN_BACK, '');
}
