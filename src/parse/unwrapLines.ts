/**
 * Joins lines that a hard wrap (an editor, a mail client, `fold`) cut out of one
 * sentence, so that a wrapped copy parses like the original: a long line that does
 * not end a sentence, followed by a line that carries on (another long fragment,
 * the sentence's end, or a lower-case word), is one line. Headings, labels, bullets,
 * table rows, timeline dates and the source line always start a line of their own.
 * The joined line keeps the number of its first line.
 */
import { aggregatorHeading, parseOriginalSource, parseTimelineDate, TLDR_LABELS } from './aggregatorHeadings.ts';
import { bulletText, isTableLine, isTimestampLine, type SourceLine } from './sourceLines.ts';

/** Wrapping tools break at 60–80 columns: a fragment is at least this long. */
const WRAP_WIDTH = 60;
/**
 * In a text whose every line fits in 80 columns (a hard-wrapped file), a line within
 * this many columns of the longest one stopped because the next word did not fit.
 */
const WORD_ROOM = 14;
const ENDS_SENTENCE = /[.!?:;…"”’)\]|。！？：；」』）]$/u;
/** Characters a terminal gives two columns (Han, kana, Hangul, full-width forms). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** A source or byline label: `Source: Reuters`, `来源：第一财经`, `作者：…`. */
const SOURCE_OR_BYLINE = /^(?:source|来源|來源|出处|出處|出典|原标题|原標題|作者|记者|記者|编辑|編輯|责任编辑)\s*[:：]/iu;

/** A character past U+10FF: a plain range is tested several times faster than WIDE, and most lines have none. */
const MAYBE_WIDE = /[^\u0000-\u10ff]/;

/** The columns a line takes in a terminal or an editor that wrapped it. */
const columns = (text: string): number => text.length + (MAYBE_WIDE.test(text) ? (text.match(WIDE)?.length ?? 0) : 0);

/**
 * How long a line must be to be a wrapped fragment: 60 columns, or less in a file whose
 * lines all fit in 80 columns and at least three of them stop short of a sentence's end
 * near the longest one (`fold -s -w 60` leaves lines of 47–60): there, a line close to
 * the longest was cut where the next word would not fit. A headline alone is no wrap.
 */
function fragmentWidth(lines: SourceLine[]): number {
  let longest = 0;
  for (const { text } of lines) longest = Math.max(longest, columns(text));
  if (longest === 0 || longest > 80) return WRAP_WIDTH;
  const width = Math.min(WRAP_WIDTH, longest - WORD_ROOM);
  const cut = lines.filter(({ text }) => columns(text) >= width && !ENDS_SENTENCE.test(text)).length;
  return cut >= 3 ? width : WRAP_WIDTH;
}

/** A byline or masthead line: "By Ana Ruiz", fields between middle dots or bars ("The Verge · Decoder · May 11, 2026"). */
const BYLINE = /^By\s+\p{Lu}|\s[·|]\s/u;

/** A line that opens a part of its own, whatever came before it. */
const startsPart = (text: string): boolean =>
  BYLINE.test(text) ||
  isTableLine(text) ||
  bulletText(text) !== null ||
  aggregatorHeading(text) !== null ||
  parseOriginalSource(text) !== null ||
  parseTimelineDate(text) !== null ||
  TLDR_LABELS.some(([pattern]) => pattern.test(text)) ||
  SOURCE_OR_BYLINE.test(text) ||
  isTimestampLine(text) ||
  /^[^\p{L}\p{N}$€£¥(“"'‘]/u.test(text);

const continues = (previous: string, next: string, width: number): boolean =>
  columns(previous) >= width &&
  !ENDS_SENTENCE.test(previous) &&
  !isTableLine(previous) &&
  // A heading is a line of its own, however long its damaged emoji or its UI suffix make it.
  aggregatorHeading(previous) === null &&
  next !== '' &&
  !startsPart(next) &&
  (columns(next) >= width || ENDS_SENTENCE.test(next) || /^\p{Ll}/u.test(next));

/** Text written without spaces between words: a line break inside it joins without one. */
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uff01-\uff60\u3001-\u303f]$/u;
const UNSPACED_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uff01-\uff60\u3001-\u303f]/u;

/** `lines` with every hard-wrapped sentence joined back into one line. */
export function unwrapLines(lines: SourceLine[]): SourceLine[] {
  const width = fragmentWidth(lines);
  const out: SourceLine[] = [];
  for (const current of lines) {
    const previous = out.at(-1);
    if (previous && continues(previous.text, current.text, width)) {
      // "capex-" + "heavy": a wrap at a hyphen keeps the hyphen and adds no space; nor does Chinese.
      const glued = /\p{L}-$/u.test(previous.text) || (UNSPACED_END.test(previous.text) && UNSPACED_START.test(current.text));
      previous.text += glued ? current.text : ` ${current.text}`;
    } else out.push({ ...current });
  }
  return out;
}
