/**
 * The other party of a deal an entry tells, where the vocabulary does not know it: a proper name after a deal's
 * preposition or verb ("a $9.7 billion cloud deal with IREN", "agrees to acquire Ampere", "invests in Scale AI").
 * The same sum with two unknown parties, or with one unknown and one known, is two deals; without this, an entry
 * whose counterparty no table lists looks like any other deal of its company.
 */
import { findEntities, findMetrics, isGovernment, type FoundEntity } from './entities.ts';
import { placesNamed } from './places.ts';
import { CJK_TEXT } from './parseValue.ts';
import { TOWNS } from './epithets.ts';

/** A capitalised name of one to three words, as an entry writes a party: "IREN", "Norrvik Compute", "Blue Owl Capital". */
const NAME = String.raw`(?:[A-Z][\w&.]*[\w&])(?:\s+[A-Z][\w&.]*[\w&]){0,2}`;

/**
 * A capitalised name of up to three words after "with", "from", a verb of buying or backing, "start-up" ("a deal for the
 * cloud security start-up Wiz"), or "in" after money put in ("invests $14.3 billion in Scale AI"; not "lands in Paris", nor "by", a round's lead),
 * where the name ends its phrase: not a town or a product before the kind it qualifies ("from the Seattle giant",
 * "with ChatGPT's developer").
 */
const PARTY = new RegExp(String.raw`\b(?:with|from|acquires?|acquired|acquiring|buys?|bought|buying|backs|backed|takes? over|took over|start-?ups?|(?:invest\w*|stakes?|puts?|pours?|pumps?)\b[^,;]{0,30}?\b(?:in|into))\s+(?:the\s+)?(${NAME})(?=\s*$|[.,;:!?)]|\s+(?:for|in|at|to|worth|over|on|as|after|and|valued|in a|—|-)\s)`, 'g');
/**
 * Capitalised words that are no company: a funding round's series, a period, a month, a project or a programme, and
 * the capitals of technology ("AI", "GPU").
 */
const NOT_A_PARTY = /^(?:Series|Round|Q[1-4]|H[12]|FY\d*|January|February|March|April|May|June|July|August|September|October|November|December|Project|Stargate|AI|GPUs?|CPUs?|TPUs?|HBM|LLMs?|Data|Cloud|Chips?|Compute|Capacity|Its|Their|His|Her)\b/;

/** Whether a capitalised name is one the vocabulary does not know: no company, product, place, metric, government, nor any word above. */
export const isUnknownName = (name: string): boolean => !NOT_A_PARTY.test(name) && !isGovernment(name) && findEntities(name).length === 0 && placesNamed(name).size === 0 && findMetrics(name).length === 0;

/** A company whose stake is held, sold or exited, named before it: "exits its SoundHound position", "sells its Arm shares". */
const HELD = new RegExp(String.raw`\b(?:its|their|his|her)\s+(?:entire\s+|whole\s+|remaining\s+)?(${NAME})\s+(?:stake|position|holding|shares)s?\b`, 'g');

/**
 * A party that opens the entry as one side of an agreement: joined by "and" to the other before the verb ("Talen and Amazon
 * rework their arrangement"), or signing the other ("Talen Energy signs Amazon to a power deal"), or to supply it ("Constellation
 * says it will restart Three Mile Island Unit 1 to supply Microsoft's data centres"). A town that stands for its
 * company ("Redmond signs …") is that company, no stranger.
 */
const OPENING = new RegExp(String.raw`^(${NAME})\s+(?:and\s+[A-Z][\w&.]*\s+(?:sign|agree|strike|seal|rework|ink|expand|extend|form|renegotiate|restructure)\w*|(?:signs?|signed|inks?|inked)\s+[A-Z]|[^.;]{0,80}?\b(?:to|will) supply\s+[A-Z])`);
const TOWN_NAMES = new Set(TOWNS.map((t) => t.town));

/** The unknown parties an entry names, as written. */
export function unknownParties(text: string): Set<string> {
  const opening = OPENING.exec(text);
  const named = [...text.matchAll(PARTY), ...text.matchAll(HELD)].map((m) => m[1]!);
  if (opening && !TOWN_NAMES.has(opening[1]!)) named.push(opening[1]!);
  return new Set(named.filter(isUnknownName));
}

/** A capitalised name opening an entry, its subject ("Nebius commits …", "Thinking Machines Lab agrees …", "Kinneret Photonics' directors …"). */
const OPENING_NAME = new RegExp(String.raw`^(${NAME})(?=['’]s?\s|\s+[a-z])`);
/** Capitalised words that open an entry as its grammar, or as news about news, not as a party: "Word leaks that …", "Reports say …". */
const OPENING_WORDS = /^(?:The|A|An|Another|Other|Each|Both|This|That|These|Those|Word|Reports?|News|First|Second|Third|Fourth|Shares|Investors|Analysts|Officials|Regulators|Lenders|Bankers|Directors|Sources|Talks|Plans|Talk|Construction|Financial|Fiscal|Purpose|Contracted|Unfilled|Racks|Instances|On|At|In|After|Before|Its|Their)\b/;
/** A name that is a party the vocabulary does not know: not the grammar an entry opens with ("Reports say"), nor a town. */
const isStrangerName = (name: string): boolean => !OPENING_WORDS.test(name) && !TOWN_NAMES.has(name) && isUnknownName(name);
/** The name the vocabulary does not know that an entry opens with, as `pattern` finds it (its first group), or null. */
const strangerOpening =
  (pattern: RegExp) =>
  (text: string): string | null => {
    const name = pattern.exec(text)?.[1];
    return name !== undefined && isStrangerName(name) ? name : null;
  };
/** The name the vocabulary does not know that an entry opens with, before its verb or as an owner ("Kinneret Photonics' directors …"). */
const strangerOpened = strangerOpening(OPENING_NAME);
/** The name the vocabulary does not know that an entry opens with as the subject of its verb: "Tidewater discloses …" (not an owner: "ChatGPT's maker"). */
export const strangerSubject = strangerOpening(new RegExp(String.raw`^(${NAME})(?=\s+[a-z])`));
/**
 * The company the vocabulary does not know that a Chinese or Japanese entry opens with in Latin letters, its subject:
 * "Thinking Machines Lab宣布完成新一轮融资" (not a code: "B30A出口许可").
 */
export const latinSubject = strangerOpening(new RegExp(String.raw`^([A-Z][A-Za-z&.]*(?:\s[A-Z][A-Za-z&.]*){0,2})(?=\s?${CJK_TEXT.source})`));
/** A name after "with" or "and", or before "-backed": "a lease with Norrvik Compute", "Meta and Brookfield", "Brookfield-backed". */
const BESIDE_NAME = new RegExp(String.raw`\b(?:with|and)\s+(${NAME})(?![\w-])|\b([A-Z][\w&]+)-(?:backed|led|owned|run)\b`, 'g');
/** A name in Latin letters within Chinese or Japanese text ("Thinking Machines Lab", "Hawthorn"). */
const LATIN_NAME = /(?<![A-Za-z])[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?![A-Za-z])/g;
/** A code of capitals and digits that names a chip or a model the vocabulary does not know ("B30A", "MI450"), not a period. */
const CODE = /(?<![\w-])(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z][A-Z\d]{2,7}(?![\w-])/g;

/**
 * The names an entry gives that the vocabulary does not know: its unknown parties, the unknown name it opens with, and
 * codes of chips or models. Two entries of one month that both name one ("Nebius commits to Vera Rubin", "Nebius signs a
 * four-year supply agreement"; "Commerce signs off on B30A exports", "美国商务部放行B30A对华出口") speak of one thing.
 */
export function unknownNames(text: string, parties: Set<string>): Set<string> {
  const names = new Set(parties);
  const opening = strangerOpened(text);
  if (opening) names.add(opening);
  for (const m of text.matchAll(CODE)) if (!NOT_A_PARTY.test(m[0]) && !/^(?:FY|CY|Q[1-4]|H[12])\d/.test(m[0]) && isUnknownName(m[0])) names.add(m[0]);
  // "Meta ends its GPU lease with Norrvik Compute", "Meta and Brookfield close the financing", "Brookfield-backed venture": a
  // party named beside a company, after "with" or "and", or as a venture's backer.
  for (const m of text.matchAll(BESIDE_NAME)) {
    // "Norrvik Compute": a name whose later words are common ones is known by its first.
    const written = (m[1] ?? m[2])!;
    const name = isUnknownName(written) ? written : written.split(/\s+/)[0]!;
    if ((name === written || isUnknownName(name)) && !OPENING_WORDS.test(name) && !TOWN_NAMES.has(name)) names.add(name);
  }
  // 谷歌云与Thinking Machines Lab签下…: a name in Latin letters in Chinese or Japanese text is a name as written.
  if (CJK_TEXT.test(text)) for (const m of text.matchAll(LATIN_NAME)) if (!NOT_A_PARTY.test(m[0]) && isUnknownName(m[0])) names.add(m[0]);
  return names;
}

/** A suit's bringer named after it: "a lawsuit filed by xAI", "is sued by", "a complaint from". */
const BROUGHT_BY = /\b(?:(?:filed|brought|launched|lodged|sued)\s+by|(?:lawsuit|suit|complaint|case)\s+(?:from|by))\s+/i;
/** A suit told in the passive in Chinese or Japanese, its bringer before 起诉 after 被, or before に or から: 被xAI起诉, xAIに提訴された. */
const CJK_PASSIVE = /被[^，。,]{0,20}?(?:起诉|起訴|告)|(?:提訴|起訴|訴え)られ|提訴され|起訴され/;

/**
 * The company that brings a suit an entry tells, as its group: the one named after "filed by" or "a suit from", or in
 * Chinese after 被 and in Japanese before に or から of a passive, else the first it names, the subject of "sues" —
 * so "xAI sues OpenAI" and "OpenAI is accused in a lawsuit filed by xAI" are one suit, and "OpenAI countersues xAI" another.
 */
export function plaintiffOf(text: string, companies: FoundEntity[], group: (name: string) => string): string | null {
  if (companies.length === 0) return null;
  const by = BROUGHT_BY.exec(text);
  const after = by ? companies.find((c) => c.start >= by.index + by[0].length) : undefined;
  if (after) return group(after.name);
  if (CJK_PASSIVE.test(text)) {
    const marked = text.indexOf('被');
    const agent = marked >= 0 ? companies.find((c) => c.start > marked) : companies.find((c) => /^\s?(?:に|から)/.test(text.slice(c.end, c.end + 3)));
    if (agent) return group(agent.name);
  }
  return group(companies[0]!.name);
}

/** A capitalised name with its possessive after the entry's first word: "Blue Owl's proposal". */
const POSSESSIVE_NAME = new RegExp(String.raw`(?<=\s)(${NAME})['’]s?(?=\s)`, 'g');

/** The names the vocabulary does not know that an entry gives with a possessive, after its first word: "Meta turns down Blue Owl's proposal". */
export function possessorsOf(text: string): Set<string> {
  return new Set([...text.matchAll(POSSESSIVE_NAME)].map((m) => m[1]!).filter(isStrangerName));
}
