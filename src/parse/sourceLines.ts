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
export const isTableLine = (text: string): boolean => text.startsWith('|');

/** Strips a bullet marker (`- •`, `•`, `-`, `*`, `+`) from the start of a list line, or null when there is none. */
export function bulletText(text: string): string | null {
  const match = /^(?:[-*+]\s+)?[•▪◦‣∙·]\s*(.*)$/u.exec(text) ?? /^[-*+]\s+(.*)$/u.exec(text);
  return match ? match[1]!.trim() : null;
}

/** Number of words, for telling prose from labels and headings. */
export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
