/**
 * Repairs lossy TIS-620 mojibake (`โก` for `⚡`) line by line. A run of Thai letters
 * is damage only when it splits entirely into damaged forms of DAMAGE_TABLE, and a
 * line is repaired only when every Thai run on it is damage: genuine Thai (`โดย`,
 * `ธนาคาร`) always leaves a run that does not split, so it passes through untouched.
 * A form that stands for several characters is chosen from where it sits in the
 * aggregator format (CONTEXT_CHOICES) and counted as a guess, as is a known Chinese
 * outlet's name recognised whole on a source line.
 */
import { DAMAGE_TABLE, LONGEST_FORM, OUTLET_DAMAGE } from './tis620Damage.ts';

/** A Thai run; a space inside it, or doubled after it, may be a damaged 0xA0 byte. */
const THAI_RUN = /[\u0E01-\u0E5B](?:[\u0E01-\u0E5B]| (?=[\u0E01-\u0E5B ]))*/g;

/** What the correct pages put before each heading, as the aggregator writes them. */
const HEADING_SYMBOLS: readonly [RegExp, string][] = [
  [/^\s*(30-second )?tl;?dr/i, '⚡'],
  [/^\s*deep insight/i, '🧠'],
  [/^\s*(enhanced )?key takeaways/i, '🔑'],
  [/^\s*competitor/i, '📊'],
  [/^\s*technical/i, '🛠'],
  [/^\s*(future implications|predictions)/i, '🔮'],
  [/^\s*timeline/i, '⏳'],
  [/^\s*related updates/i, '👉'],
  [/^\s*$/, '📰'],
];

/**
 * The characters the format puts at a position, best first: heading symbols at a
 * line start, `•` after a list dash or between two words, `↗` after the original
 * source, `→` at the end of a "read more" line, `—` between words.
 */
function contextChoices(line: string, start: number, end: number): string[] {
  const before = line.slice(0, start);
  const after = line.slice(end);
  if (/^\s*$/.test(before)) {
    const heading = HEADING_SYMBOLS.find(([pattern]) => pattern.test(after));
    return heading ? [heading[1], '💡'] : ['💡', '📰', '📊'];
  }
  if (/^\s*[-*]\s*$/.test(before)) return ['•'];
  if (/^\s*$/.test(after)) return /^\s*original source/i.test(before) ? ['↗', '→'] : ['→', '↗'];
  if (/\S$/.test(before) && /^\S/.test(after)) return ['•', '—', '▸'];
  return ['—', '–', '→'];
}

interface Token {
  start: number;
  end: number;
  candidates: readonly string[];
  /** A whole outlet name recognised by its damaged form: a guess, however single. */
  outlet?: boolean;
}

/** A line that names the article's source: the aggregator's header line or its "Original source:" line. */
const SOURCE_LINE = /collected\s+in|^\s*original\s+source/i;

/**
 * Splits a Thai run into damaged forms (fewest literal spaces), or null when it cannot
 * be; on a source line, the damaged form of a known outlet's name is one form too.
 */
function tokenise(run: string, offset: number, sourceLine = false): Token[] | null {
  const best: ({ cost: number; tokens: Token[] } | null)[] = Array(run.length + 1).fill(null);
  best[0] = { cost: 0, tokens: [] };
  for (let i = 0; i < run.length; i++) {
    const here = best[i];
    if (!here) continue;
    const relax = (j: number, cost: number, token: Token | null) => {
      const current = best[j];
      if (!current || cost < current.cost) best[j] = { cost, tokens: token ? [...here.tokens, token] : here.tokens };
    };
    if (run[i] === ' ') relax(i + 1, here.cost + 1, null);
    for (let length = Math.min(LONGEST_FORM, run.length - i); length >= 1; length--) {
      const candidates = DAMAGE_TABLE.get(run.slice(i, i + length));
      if (candidates) relax(i + length, here.cost, { start: offset + i, end: offset + i + length, candidates });
    }
    if (sourceLine) {
      for (const [form, name] of OUTLET_DAMAGE) {
        if (run.startsWith(form, i)) relax(i + form.length, here.cost, { start: offset + i, end: offset + i + form.length, candidates: [name], outlet: true });
      }
    }
  }
  return best[run.length]?.tokens ?? null;
}

/**
 * Repairs one line; returns it unchanged when any Thai run on it is not damage.
 * `partly` says some runs were damage and others not: text whose bytes are lost.
 */
function repairLine(line: string): { line: string; certain: number; guessed: number; partly: boolean } {
  const tokens: Token[] = [];
  let failed = false;
  let someDamage = false;
  const sourceLine = SOURCE_LINE.test(line);
  for (const match of line.matchAll(THAI_RUN)) {
    const split = tokenise(match[0], match.index, sourceLine);
    if (split) tokens.push(...split);
    else {
      failed = true;
      someDamage ||= match[0].split(' ').some((piece) => piece !== '' && tokenise(piece, 0) !== null);
    }
  }
  if (failed) return { line, certain: 0, guessed: 0, partly: someDamage || tokens.length > 0 };
  let certain = 0;
  let guessed = 0;
  let result = '';
  let last = 0;
  for (const token of tokens) {
    let char = token.candidates[0]!;
    if (token.outlet) guessed++;
    else if (token.candidates.length === 1) certain++;
    else {
      guessed++;
      char = contextChoices(line, token.start, token.end).find((c) => token.candidates.includes(c)) ?? char;
    }
    result += line.slice(last, token.start) + char;
    last = token.end;
  }
  return { line: result + line.slice(last), certain, guessed, partly: false };
}

/**
 * Repairs lossy TIS-620 mojibake in `text`; counts certain repairs and guesses apart.
 * `lost` lists the 1-based lines of a damaged file left as they were because part of
 * them cannot be recovered (a Chinese name loses all but its lead bytes).
 */
export function repairTis620(text: string): { text: string; certain: number; guessed: number; lost: number[] } {
  if (!/[\u0E01-\u0E5B]/.test(text)) return { text, certain: 0, guessed: 0, lost: [] };
  let certain = 0;
  let guessed = 0;
  const partly: number[] = [];
  const lines = text.split('\n').map((line, i) => {
    if (!/[\u0E01-\u0E5B]/.test(line)) return line;
    const repaired = repairLine(line);
    certain += repaired.certain;
    guessed += repaired.guessed;
    if (repaired.partly) partly.push(i + 1);
    return repaired.line;
  });
  // Only a file that shows the damage elsewhere has lost text; otherwise it is Thai.
  return { text: lines.join('\n'), certain, guessed, lost: certain + guessed > 0 ? partly : [] };
}
