/**
 * The aggregator format's section headings, as data. Headings are recognised by their
 * words, not their emoji: scraped copies lose or garble the emoji, and a heading may
 * carry a UI suffix (`▸ Show`, `AI analysis grounded in cited sources`).
 */
export type AggregatorPart =
  | 'tldr'
  | 'deepInsight'
  | 'takeaways'
  | 'competitors'
  | 'technical'
  | 'predictions'
  | 'timeline'
  | 'footer';

/** Heading words (lower case, after leading symbols are stripped) → the part they open. */
const HEADINGS: [RegExp, AggregatorPart][] = [
  [/^(?:\d+-second\s+)?tl;?\s?dr\b/, 'tldr'],
  [/^deep insight\b/, 'deepInsight'],
  [/^(?:enhanced\s+)?key takeaways\b/, 'takeaways'],
  [/^competitor (?:analysis|comparison)\b/, 'competitors'],
  [/^technical deep dive\b/, 'technical'],
  [/^future implications/, 'predictions'],
  [/^(?:predictions)$/, 'predictions'],
  [/^timeline$/, 'timeline'],
  [/^weekly ai recap\b/, 'footer'],
  [/^related updates\b/, 'footer'],
];

/** A word every heading above has: lines without one (nearly all) are no heading, unnormalised. */
const HEADING_WORD = /tl;?\s?dr|insight|takeaways|competitor|technical|implications|predictions|timeline|recap|related/i;

/**
 * Text the aggregator writes into a part where it has nothing to say, the same on every
 * page ("AI-generated analysis for this event."): kept in the record, shown as page
 * furniture rather than as the story.
 */
const PLACEHOLDERS: RegExp[] = [/^ai-generated analysis for this event\.?$/];

/** Whether a line is one of the aggregator's placeholders. */
export const isPlaceholder = (text: string): boolean => text.length < 80 && PLACEHOLDERS.some((pattern) => pattern.test(headingWords(text).trim()));

/** The TL;DR's labelled fields, as written in the format. */
export const TLDR_LABELS: [RegExp, 'whatChanged' | 'whyItMatters' | 'whatToDoNext' | 'whoShouldCare'][] = [
  [/^what\s+changed\s*:?\s*/i, 'whatChanged'],
  [/^why\s+it\s+matters\s*:?\s*/i, 'whyItMatters'],
  [/^what\s+to\s+do\s+next\s*:?\s*/i, 'whatToDoNext'],
  [/^who\s+should\s+care\s*:?\s*/i, 'whoShouldCare'],
];

/**
 * A line's words without leading emoji, bullets, markdown `#` or other symbols, with
 * every kind of space (no-break, thin, ideographic) as one plain space.
 */
export const headingWords = (text: string): string => text.replace(/^[^A-Za-z0-9]+/, '').replace(/\s+/g, ' ').toLowerCase();

/** The part a heading line opens, or null when the line is not an aggregator heading. */
export function aggregatorHeading(text: string): AggregatorPart | null {
  if (text.length > 80 || text.startsWith('|') || !HEADING_WORD.test(text)) return null;
  const words = headingWords(text);
  for (const [pattern, part] of HEADINGS) if (pattern.test(words)) return part;
  return null;
}

/** What a lossy save in an 8-bit code page leaves of a symbol it cannot store: `?` or U+FFFD, once or more. */
const LOST = String.raw`[?\uFFFD]+`;
/**
 * What is left of an emoji or a bullet that was damaged twice (UTF-8 read as TIS-620, then as Windows-1252
 * with its undefined bytes lost): Latin-1 letters, Thai letters and U+FFFD, with at least one of the last two.
 */
const DAMAGED = String.raw`[\u00a0-\u00ff\u0e00-\u0e7f\uFFFD]*[\u0e00-\u0e7f\uFFFD][\u00a0-\u00ff\u0e00-\u0e7f\uFFFD]*`;
/** A separator, a freshness, or both, before "collected in": "Data collected in March" is no header line. */
/** A damaged run with a lost byte in it (U+FFFD): a symbol, never Thai text, which keeps all its bytes. */
const LOST_IN_DAMAGE = String.raw`[\u00a0-\u00ff\u0e00-\u0e7f]*\uFFFD[\u00a0-\u00ff\u0e00-\u0e7f\uFFFD]*`;
const HEADER_LINE = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${DAMAGED})?(.*?)\s*(?:(?:[•·|]|${LOST}|${DAMAGED})\s*(fresh|stale)?|(fresh|stale))\s*(?:[•·|]|${LOST})?\s*collected\s+in\s*(\S+)?\s*$`, 'iu');
const ORIGINAL_SOURCE = new RegExp(String.raw`^original\s+source\s*:\s*(.*?)\s*(?:[↗→➚⇗]|${LOST})?\s*$`, 'iu');

/**
 * The aggregator's header line: `<emoji>Publisher•Freshcollected in 32m` (separators may
 * arrive lost to a lossy save, or damaged beyond repair). Returns null when the line is not one.
 */
export function parseHeaderLine(text: string): { source: string | null; freshness: string | null; collectedIn: string | null } | null {
  const match = HEADER_LINE.exec(text);
  if (!match) return null;
  return { source: match[1]!.trim() || null, freshness: match[2] ?? match[3] ?? null, collectedIn: match[4] ?? null };
}

/** `Original source: X ↗` → X (as written, without the arrow), or null. */
export function parseOriginalSource(text: string): string | null {
  const match = ORIGINAL_SOURCE.exec(text);
  return match && match[1] !== '' ? match[1]! : null;
}

/**
 * A tagline starts with the light-bulb emoji (or its repaired form), or with the
 * question marks or U+FFFD that a lossy save in an 8-bit code page leaves in its place,
 * or with what is left of it when it was damaged twice (`à¹�à¸�`).
 */
const TAGLINE_MARK = new RegExp(String.raw`^(?:💡|${LOST}(?=\s*\p{L})|${LOST_IN_DAMAGE}(?=\s*[\p{L}\p{N}$€£¥]))\s*`, 'u');
export const isTagline = (text: string): boolean => TAGLINE_MARK.test(text);
/** The tagline's text without its mark. */
export const taglineText = (text: string): string => text.replace(TAGLINE_MARK, '');

/** A timeline date line (`2023-04`, `2023-04-12`), possibly followed by its text on the same line. */
export function parseTimelineDate(text: string): { date: string; rest: string } | null {
  const match = /^(\d{4}-\d{1,2}(?:-\d{1,2})?)\b\s*[:–—-]?\s*(.*)$/u.exec(text);
  return match ? { date: match[1]!, rest: match[2]!.trim() } : null;
}
