/**
 * Joins lines that a hard wrap (an editor, a mail client, `fold`) cut out of one
 * sentence, so that a wrapped copy parses like the original: a long line that does
 * not end a sentence, followed by a line that carries on (another long fragment,
 * the sentence's end, or a lower-case word), is one line. Headings, labels, bullets,
 * table rows, timeline dates and the source line always start a line of their own.
 * The joined line keeps the number of its first line.
 */
import { aggregatorHeading, parseOriginalSource, parseTimelineDate, TLDR_LABELS } from './aggregatorHeadings.ts';
import { bulletText, isTableLine, type SourceLine } from './sourceLines.ts';

/** Wrapping tools break at 60–80 columns: a fragment is at least this long. */
const WRAP_WIDTH = 60;
const ENDS_SENTENCE = /[.!?:;…"”’)\]|]$/u;

/** A line that opens a part of its own, whatever came before it. */
const startsPart = (text: string): boolean =>
  isTableLine(text) ||
  bulletText(text) !== null ||
  aggregatorHeading(text) !== null ||
  parseOriginalSource(text) !== null ||
  parseTimelineDate(text) !== null ||
  TLDR_LABELS.some(([pattern]) => pattern.test(text)) ||
  /^[^\p{L}\p{N}$€£¥(“"'‘]/u.test(text);

const continues = (previous: string, next: string): boolean =>
  previous.length >= WRAP_WIDTH &&
  !ENDS_SENTENCE.test(previous) &&
  !isTableLine(previous) &&
  next !== '' &&
  !startsPart(next) &&
  (next.length >= WRAP_WIDTH || ENDS_SENTENCE.test(next) || /^\p{Ll}/u.test(next));

/** `lines` with every hard-wrapped sentence joined back into one line. */
export function unwrapLines(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const current of lines) {
    const previous = out.at(-1);
    if (previous && continues(previous.text, current.text)) {
      // "capex-" + "heavy": a wrap at a hyphen keeps the hyphen and adds no space.
      previous.text += /\p{L}-$/u.test(previous.text) ? current.text : ` ${current.text}`;
    } else out.push({ ...current });
  }
  return out;
}
