/**
 * A text as numbered lines. Every parser works on these so that warnings and
 * rejections can name the line of the input file (1-based, counted from the file's
 * first line, front matter included).
 */
export type SourceLine = { line: number; text: string };

/** Splits `text` into trimmed, numbered lines; `firstLine` is the number of its first line. */
export function toSourceLines(text: string, firstLine = 1): SourceLine[] {
  return text.split('\n').map((raw, index) => ({ line: firstLine + index, text: raw.trim() }));
}

/** The lines that carry text. */
export const nonEmpty = (lines: SourceLine[]): SourceLine[] => lines.filter((l) => l.text !== '');

/** True for a markdown table row (`| a | b |`). */
/** A line or text that ends like a sentence: a stop, then any closing quotes or brackets. */
export const ENDS_SENTENCE = /[.!?。！？]["'”’)」』）]*$/u;

export const isTableLine = (text: string): boolean => text.startsWith('|');

/**
 * A line that opens with a time stamp, as podcast chapters and transcripts mark them: `(03:12) Why …`,
 * `[1:02:15] Guest: …`, `14:40 – Anthropic's next round`. Each is a part of its own, never a heading.
 */
export const isTimestampLine = (text: string): boolean => TIMESTAMP_LINE.test(text);
const TIMESTAMP_LINE = /^(?:[([]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*[)\]]|(?:\d{1,2}:)?\d{1,2}:\d{2}(?=\s*[-–—|·:]?\s+\p{L}))/u;

/** Strips a bullet marker (`- •`, `•`, `-`, `*`, `+`) from the start of a list line, or null when there is none. */
export function bulletText(text: string): string | null {
  const match = /^(?:[-*+]\s+)?[•▪◦‣∙·]\s*(.*)$/u.exec(text) ?? /^[-*+]\s+(.*)$/u.exec(text);
  return match ? match[1]!.trim() : null;
}

/** Scripts written without spaces between words (Thai, Chinese, Japanese…): ICU's segmenter finds their words. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The blocks those scripts live in, as plain ranges: a fast first test (Script classes are slow to match). */
const MAYBE_UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u31f0-\u31ff\u32d0-\u3357\u3400-\u4dbf\u4e00-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uf900-\ufaff\uff66-\uff9f\ud805\ud81b\ud82b\ud82c\ud83c\ud840-\ud8bf]/;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/** A word of a spaced script: a run of non-space characters with a letter or digit in it. */
const SPACED_WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Number of words, counted up to `cap`, for telling prose from labels and headings, in any script. */
export function wordCount(text: string, cap = Infinity): number {
  // Runs of non-space characters with a letter or digit, counted until the cap. In any
  // script the segmenter finds at least as many words, so reaching the cap settles it
  // without looking at the rest of a long paragraph.
  let count = 0;
  SPACED_WORD.lastIndex = 0;
  while (count < cap && SPACED_WORD.test(text)) count++;
  if (count >= cap || !MAYBE_UNSPACED.test(text) || !UNSPACED.test(text)) return count;
  count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike && ++count >= cap) break;
  return count;
}
