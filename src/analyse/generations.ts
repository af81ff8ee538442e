/**
 * Chips named only by their generation: "the third-generation part", "the second-gen's 4x",
 * 第3世代のAIアクセラレータ, "the newest Trainium", 新チップ. Which chip that is depends on the
 * article: the family of numbered chips it names (Trainium: Trainium, Trainium2, Trainium3 …)
 * and, for "the newest", the latest generation it names. A sentence is read with such words
 * replaced by the chip's name (its quote stays as written), so that Trainium3's 4.4x is never
 * Trainium2's 4x nor the parent company's.
 */
import { companyGroup, ENTITIES } from './vocabulary.ts';
import { findEntities } from './entities.ts';

/** Each numbered product's family and generation: Trainium3 → Trainium, 3; the family's own name is its first generation. */
const GENERATION_OF = new Map<string, { family: string; generation: number }>();
/** Each family's product of each generation: Trainium → 1 Trainium, 2 Trainium2, … */
const MEMBERS = new Map<string, Map<number, string>>();
for (const entry of ENTITIES) {
  const numbered = /^(.*?[A-Za-z])(\d)$/.exec(entry.name);
  if (entry.kind !== 'product' || !numbered || !ENTITIES.some((e) => e.kind === 'product' && e.name === numbered[1])) continue;
  const family = numbered[1]!;
  const members = MEMBERS.get(family) ?? new Map([[1, family]]);
  MEMBERS.set(family, members.set(Number(numbered[2]), entry.name));
  GENERATION_OF.set(family, { family, generation: 1 });
  GENERATION_OF.set(entry.name, { family, generation: Number(numbered[2]) });
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
/** A family's name as the articles write it, from the vocabulary: Trainium, トレイニアム. */
const FAMILY_NAMES = [...MEMBERS.keys()].flatMap((family) => ENTITIES.find((e) => e.name === family)!.aliases).join('|');
/** What a chip is called when its name is left out. */
const CHIP_NOUN = String.raw`(?:parts?|chips?|accelerators?|processors?|silicon|devices?)`;
/** One chip, named by what it is: "the previous chip", not "previous parts". */
const CHIP_NOUN_ONE = String.raw`(?:part|chip|accelerator|processor)(?!s)`;
/** (第三代AI训练芯片, 推論用チップ: what the chip is for may stand before the word for a chip.) */
const CHIP_NOUN_CJK = '(?:AI)?(?:训练|訓練|推理|学習用?|推論用?)?(?:チップ|アクセラレータ|アクセラレーター|プロセッサー?|芯片|晶片|加速器)';
/**
 * "the third-generation part", "the second-gen's", "3rd-gen Trainium", "a fourth Trainium", 第3世代「Trainium」, 第三代芯片:
 * a generation by its ordinal, with the chip's family or a word for a chip after it, or neither ("gen" then).
 */
const BY_ORDINAL = new RegExp(
  String.raw`\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:[- ]gen(?:eration)?\b(?:\s+(?:${FAMILY_NAMES}|${CHIP_NOUN})\b)?|\s+(?:${FAMILY_NAMES})\b)` +
    // (Never before a name that follows it: 第三代Trainium3 already names its chip.)
    String.raw`|第\s?([1-5一二三四五])\s?(?:世代|代)(?:の|的)?\s?(?:[「『"“]\s?(?:${FAMILY_NAMES})\s?[」』"”]|${FAMILY_NAMES}|${CHIP_NOUN_CJK})?(?![A-Za-z])`,
  'gi',
);
/** What kind of chip it is, said between "newest" and the word for a chip: "its newest in-house accelerator", "the latest custom AI chip". */
const CHIP_KIND = String.raw`(?:(?:in-house|home-?grown|custom(?:-built)?|proprietary|AI|training|inference)\s+){0,2}`;
/**
 * "the newest Trainium", "its latest chip", 最新芯片: the latest generation the article names; "the new chip", 新チップ,
 * 新一代晶片: the one its story is about (`ArticleChips.story`), which a teaser of the next one does not make old.
 */
const NEWEST = new RegExp(
  String.raw`\b(?:newest|latest|(?<story>new))\s+(?:(?:${FAMILY_NAMES})\b|${CHIP_KIND}${CHIP_NOUN}\b)` + `|(?:最新|(?<storyCjk>新型?|新一代|新世代))(?:の)?(?:${FAMILY_NAMES}|${CHIP_NOUN_CJK})`,
  'gi',
);
/**
 * "the previous-generation box", "a prior-gen rack": the generation before the chip its sentence names (else before the
 * story's), as a word that describes a thing of it — not before a family's name ("the previous-gen Trainium2 rack" names
 * its chip), and not the generation itself ("over the previous generation" is a baseline, `EARLIER_GENERATION`).
 */
const PREVIOUS_GENERATION = new RegExp(
  String.raw`\b(?:previous|prior|preceding|older|last)[- ]gen(?:eration)?(?=[- ](?!(?:${FAMILY_NAMES})\b)[A-Za-z])` +
    // "The previous chip was itself a fourfold leap": the chip before, named by what it is.
    String.raw`|\b(?:previous|prior|preceding)\s+${CHIP_NOUN_ONE}\b`,
  'gi',
);
/** Whether a text may name a numbered chip at all (Trainium, Trn2, トレイニアム): a cheap test before looking for entities. */
const FAMILY_MENTION = new RegExp(ENTITIES.filter((e) => GENERATION_OF.has(e.name)).flatMap((e) => e.aliases).join('|'), 'i');
/** Whether a text may name a chip by its generation at all: most texts do not, and are read as they are. */
const MAY_NAME_GENERATION = /gen(?:eration)?\b|newest|latest|\bnew\s|\b(?:previous|prior|preceding)\s|世代|代|新|\b(?:first|second|third|fourth|fifth)\s/i;

/** The family of numbered chips an article names and the latest generation it names, or null. */
export interface ArticleChips {
  family: string;
  newest: number;
  /** The generation the story is about: the latest its headline names, else the one its texts name most. */
  story: number;
}

/**
 * The one family of numbered chips an article's texts name (`chipsIn` of each, its headline's first: by name,
 * "Trainium3", or by a generation of its name, "third-generation Trainium") and its latest generation named, by
 * name or by ordinal; null when they name none, or several families (then "the second-generation chip" is no one chip).
 */
export function chipsOf(read: readonly TextChips[]): ArticleChips | null {
  // Most articles never name a chip by its generation: they are read as they are.
  if (!read.some((r) => r.generic)) return null;
  let family: string | null = null;
  let newest = 0;
  for (const { named } of read) {
    for (const known of named) {
      if (family !== null && family !== known.family) return null;
      family = known.family;
      newest = Math.max(newest, known.generation);
    }
  }
  if (family === null) return null;
  const members = MEMBERS.get(family)!;
  for (const { ordinals } of read) for (const generation of ordinals) if (members.has(generation)) newest = Math.max(newest, generation);
  // "Amazon's third Trainium is here" over "… a first look at a fourth Trainium": the story's new chip is its headline's,
  // else the one its texts name most (the later of two named as often), not the next one it teases once.
  const generationsOf = (r: TextChips) => [...r.named.map((k) => k.generation), ...r.ordinals.filter((g) => members.has(g))];
  const told = read[0] ? generationsOf(read[0]) : [];
  if (told.length > 0) return { family, newest, story: Math.max(...told) };
  const times = new Map<number, number>();
  for (const r of read) for (const generation of generationsOf(r)) times.set(generation, (times.get(generation) ?? 0) + 1);
  const story = [...times].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? newest;
  return { family, newest, story };
}

/** What one text says of numbered chips (`chipsIn`). */
export interface TextChips {
  /** Whether it names a chip by its generation alone ("the third-generation part", 新チップ). */
  generic: boolean;
  /** The numbered chips it names, by family and generation. */
  named: { family: string; generation: number }[];
  /** The generations it gives by ordinal. */
  ordinals: number[];
}

/** What one text says of numbered chips; its caller keeps it with the text, which outlets repeat. */
export function chipsIn(text: string): TextChips {
  const generic = MAY_NAME_GENERATION.test(text) && (text.search(BY_ORDINAL) >= 0 || text.search(NEWEST) >= 0 || text.search(PREVIOUS_GENERATION) >= 0);
  const named = FAMILY_MENTION.test(text) ? findEntities(text).flatMap((e) => GENERATION_OF.get(e.name) ?? []) : [];
  const ordinals = generic ? [...text.matchAll(BY_ORDINAL)].map((m) => ORDINALS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? Number(m[2])) : [];
  return { generic, named, ordinals };
}

/** A key of what `chipsOf` found, for caches of what a sentence reads in its article. */
export const chipsKey = (chips: ArticleChips | null) => (chips ? `${chips.family}${chips.newest}/${chips.story}` : '');

/** Whether the words just before `at` give the chip to a company of another group: "Nvidia's second-generation part". */
function ownedByAnother(sentence: string, at: number, family: string): boolean {
  const before = sentence.slice(Math.max(0, at - 30), at);
  if (!/['’]s\s*$|的\s*$|の\s*$/.test(before)) return false;
  const owner = findEntities(before).at(-1);
  return owner !== undefined && companyGroup(owner.name) !== companyGroup(family);
}

/** `sentence` with a chip named by its generation replaced by that chip's name, as its article's `chips` say. */
export function withGeneration(sentence: string, chips: ArticleChips | null): string {
  if (!chips || !MAY_NAME_GENERATION.test(sentence)) return sentence;
  const members = MEMBERS.get(chips.family)!;
  const name = (generation: number) => members.get(generation);
  const replace = (text: string, pattern: RegExp, nameOf: (match: RegExpExecArray) => string | undefined) =>
    text.replace(pattern, (...args) => {
      // A pattern with named groups is given them last, after the offset and the text.
      const groups = typeof args.at(-1) === 'object' ? (args.pop() as Record<string, string | undefined>) : undefined;
      const match = Object.assign([...args.slice(0, -2)] as unknown as RegExpExecArray, { index: args.at(-2) as number, groups });
      const chip = nameOf(match);
      return chip && !ownedByAnother(text, match.index, chips.family) ? chip : match[0];
    });
  const byOrdinal = replace(sentence, BY_ORDINAL, (m) => name(ORDINALS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? Number(m[2])));
  const newest = replace(byOrdinal, NEWEST, (m) => name(m.groups?.story !== undefined || m.groups?.storyCjk !== undefined ? chips.story : chips.newest));
  const named = findEntities(newest).flatMap((e) => GENERATION_OF.get(e.name) ?? []).filter((g) => g.family === chips.family);
  const current = named.length > 0 ? Math.max(...named.map((g) => g.generation)) : chips.story;
  // ("The previous chip was a fourfold leap over the original Trainium": no chip comes before the first, so the one before the story's.)
  return replace(newest, PREVIOUS_GENERATION, () => name(current - 1) ?? name(chips.story - 1));
}

/**
 * "40% more work than its predecessor", "over the previous generation", 与前代…相比, 是上一代的: a chip measured against the
 * generation before (not "the previous-generation rack held 64 chips", which is that generation's own).
 */
const EARLIER_GENERATION = /\b(?:than|over|versus|vs\.?|compared (?:to|with)|against|relative to|of|from)\s+(?:(?:the|its|their)\s+)?(?:predecessor|(?:previous|prior|last|preceding)[- ]gen(?:eration)?|(?:previous|last|older) one|original chip)\b|(?:与|與|和|跟|比|较|較|相比|是)\s*(?:前代|前一代|上一?代|前世代|旧世代)/i;

/**
 * The chip the story is about (`ArticleChips.story`), where `sentence` measures a figure against an earlier generation
 * of its family and names no later one ("Energy efficiency improves 40% relative to Trn2", "Per-watt efficiency improves
 * by 40% over the previous generation" in a story on Trainium3); else undefined.
 */
export function storyChipAgainst(sentence: string, chips: ArticleChips | null): string | undefined {
  if (!chips) return undefined;
  const story = MEMBERS.get(chips.family)!.get(chips.story);
  if (!story || chips.story < 2) return undefined;
  const named = FAMILY_MENTION.test(sentence) ? findEntities(sentence).flatMap((e) => GENERATION_OF.get(e.name) ?? []) : [];
  if (named.some((g) => g.family !== chips.family || g.generation >= chips.story)) return undefined;
  return named.length > 0 || EARLIER_GENERATION.test(sentence) ? story : undefined;
}
