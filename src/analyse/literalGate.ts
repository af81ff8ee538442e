/**
 * A cheap test that tells when a pattern cannot match: the literals one of which every match
 * of it must contain ("reportedly", "reported", "据报道", … for the hearsay cues), found by
 * walking the pattern's syntax tree (regexpp, ESLint's parser), as RE2's and code search's
 * prefilters do. One scan of a text for a set of plain literals is much cheaper than trying
 * a pattern of lookbehinds and hundreds of phrases at every position, and most patterns
 * meet few texts they match: the hearsay cues' literals are in one scope in seven.
 *
 * The literals are a necessary condition only: a text that holds one may still not match,
 * and a pattern whose every match need not hold a literal of two characters or more (`\d+%`)
 * has no gate and is always tried.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/** Literals with how much the weakest of them narrows (see `weight`). */
interface LiteralSet {
  items: string[];
  strength: number;
}

/** What a part of a pattern can match: every string it matches, where few, and literals one of which each match holds. */
interface Literals {
  exact: string[] | null;
  required: LiteralSet | null;
}

/** At most this many exact strings, each at most this long, before a part counts as matching "anything". */
const MAX_EXACT = 24;
const MAX_LENGTH = 40;
/** A literal worth a gate: two letters, or one Chinese or Japanese character (a whole word). */
const MIN_WEIGHT = 2;

const ANYTHING: Literals = { exact: null, required: null };
const NOTHING_CONSUMED: Literals = { exact: [''], required: null };

/** How much a literal narrows: a Latin character counts one, a Chinese or Japanese one two. */
function weight(literal: string): number {
  let n = 0;
  for (let i = 0; i < literal.length; i++) n += literal.charCodeAt(i) >= 0x2e80 && (literal.charCodeAt(i) & 0xfc00) !== 0xdc00 ? 2 : 1;
  return n;
}
const unique = (strings: string[]) => [...new Set(strings)];

/** A set of literals worth a gate, or null. */
function gate(items: string[] | null): LiteralSet | null {
  if (items === null || items.length === 0) return null;
  let strength = Infinity;
  for (const item of items) strength = Math.min(strength, weight(item));
  return strength >= MIN_WEIGHT ? { items, strength } : null;
}

/** The set that narrows more: its weakest literal longer, or as long and fewer literals. */
function narrower(a: LiteralSet | null, b: LiteralSet | null): LiteralSet | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.strength > b.strength || (a.strength === b.strength && a.items.length < b.items.length) ? a : b;
}

/** Every concatenation of a string of `a` and one of `b`, or null where there would be too many or too long. */
function product(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null || b === null) return null;
  const out: string[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.length + y.length > MAX_LENGTH || out.length >= MAX_EXACT) return null;
      out.push(x + y);
    }
  }
  return unique(out);
}

/**
 * The literals one of which every match of `pattern` holds, as the pattern writes them, or null for none. For a
 * case-insensitive pattern they are looked for case-insensitively, by the engine's own case folding (see `mayMatch`).
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const requiredOf = (part: Literals) => part.required ?? gate(part.exact);

  const oneOf = (alternatives: AST.Alternative[]): Literals => {
    const parts = alternatives.map(sequence);
    const all = parts.every((p) => p.exact !== null) ? unique(parts.flatMap((p) => p.exact!)) : null;
    const exact = all && all.length <= MAX_EXACT ? all : null;
    const required: string[] = [];
    let strength = Infinity;
    for (const part of parts) {
      const set = requiredOf(part);
      if (set === null) return { exact, required: null };
      required.push(...set.items);
      strength = Math.min(strength, set.strength);
    }
    return { exact, required: { items: unique(required), strength } };
  };

  const sequence = (alternative: AST.Alternative): Literals => {
    let run: string[] = [''];
    let whole: string[] | null = [''];
    let best: LiteralSet | null = null;
    for (const element of alternative.elements) {
      const part = of(element);
      best = narrower(part.required, best);
      whole = product(whole, part.exact);
      const longer = product(run, part.exact);
      if (longer === null) {
        // The exact strings so far are a run every match holds whole; the next run starts after it.
        best = narrower(gate(run), best);
        run = part.exact ?? [''];
      } else run = longer;
    }
    return { exact: whole, required: narrower(gate(run), best) };
  };

  const of = (node: AST.Element): Literals => {
    switch (node.type) {
      case 'Character':
        return { exact: [String.fromCodePoint(node.value)], required: null };
      case 'CharacterClass': {
        if (node.negate || node.unicodeSets) return ANYTHING;
        const chars: string[] = [];
        for (const element of node.elements) {
          if (element.type === 'Character') chars.push(String.fromCodePoint(element.value));
          else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < 8) {
            for (let c = element.min.value; c <= element.max.value; c++) chars.push(String.fromCodePoint(c));
          } else return ANYTHING;
        }
        const set = unique(chars);
        return set.length <= 8 ? { exact: set, required: null } : ANYTHING;
      }
      // Lookarounds and boundaries consume nothing; what a lookaround asks is left out (a negative one asks for absence).
      case 'Assertion':
        return NOTHING_CONSUMED;
      case 'Group':
        return node.modifiers ? ANYTHING : oneOf(node.alternatives);
      case 'CapturingGroup':
        return oneOf(node.alternatives);
      case 'Quantifier': {
        const inner = of(node.element);
        if (node.min === 0) return { exact: node.max === 1 && inner.exact ? unique(['', ...inner.exact]) : null, required: null };
        let exact: string[] | null = null;
        if (node.min === node.max && node.min <= 3 && inner.exact) {
          exact = [''];
          for (let k = 0; k < node.min; k++) exact = product(exact, inner.exact);
        }
        return { exact, required: requiredOf(inner) };
      }
      default:
        // \d, \w, ., \p{…}, a back-reference: too many strings to say.
        return ANYTHING;
    }
  };

  return requiredOf(oneOf(parseRegExpLiteral(pattern).pattern.alternatives))?.items ?? null;
}

/**
 * A test of whether a text holds one of a set of literals: one pattern of plain alternatives, longest first, with the
 * case folding and Unicode mode of the pattern they come from, so that a literal is found wherever the pattern's own
 * characters would match (ſ for s, ς for σ, as the engine folds them).
 */
function literalTest(literals: string[], flags: string): RegExp {
  const escaped = [...literals].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(escaped.join('|'), `${flags.includes('i') ? 'i' : ''}${/[uv]/.test(flags) ? 'u' : ''}`);
}

/**
 * A pattern's gate is worked out once it has been tried on this many characters of text for each character of its own:
 * parsing it costs about as much as trying it on that much text, and a small build (the seeds) never pays for a gate
 * its few sentences would not repay.
 */
const TEXT_BEFORE_GATE = 64;
/**
 * Up to this many characters of a pattern's own: a pattern of thousands of alternatives costs more to try on each
 * character of text as well, so that the text which repays its gate stops growing with it. Counted in full, the
 * forecast cues (13,345 characters) were tried on 854,000 characters before their gate, more than the 507 dev
 * articles' scopes hold. One-thread analysis, alternating: the bench's 4,000 articles 9.0-9.4 s against 10.0-10.7 s,
 * the dev articles 14.6-14.9 s against 16.0-16.5 s; the seeds 1.18 s against 1.10 s.
 */
const GATED_SOURCE_LENGTH = 512;
/** How many characters of text `pattern` is tried on before its gate is worked out. */
export const textBeforeGate = (pattern: RegExp): number => TEXT_BEFORE_GATE * Math.min(pattern.source.length, GATED_SOURCE_LENGTH);
/** Each pattern's gate (null: none), or how many characters of text it was tried on while it had none yet. */
const gates = new WeakMap<RegExp, RegExp | null | number>();

/** Whether `pattern` may match `text`: false only where no match can be, as its required literals are all missing. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const known = gates.get(pattern) ?? 0;
  if (typeof known !== 'number') return known === null || known.test(text);
  if (known < textBeforeGate(pattern)) {
    gates.set(pattern, known + text.length);
    return true;
  }
  const literals = requiredLiterals(pattern);
  const gate = literals ? literalTest(literals, pattern.flags) : null;
  gates.set(pattern, gate);
  return gate === null || gate.test(text);
}
