/**
 * The evaluation's scoring, without I/O: the gold annotations of one part of the evaluation set
 * (`eval/gold/<part>.json`) against what a build of that part wrote to its public data API
 * (`claims.json`, `timeline.json`). Claims and timeline events are scored as pairs of gold
 * mentions (is this pair one claim / one event, by the gold and by the build?), conflicts as
 * pairs of gold claims, and every gold claim whose modality the build lost counts as overstated.
 */
import { z } from 'zod';
import { Claim, Conflict, TimelineEvent, Value } from '../src/schemas.ts';
import { articleId } from '../src/parse/parseArticle.ts';

/** The modalities of the data API's `Claim.modality` (see the data API reference). */
export const Modality = z.enum(['fact', 'plan', 'forecast', 'offer', 'cancelled', 'rumour']);

const Id = z.string().regex(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, 'an id is lower-case letters, digits, dots and hyphens');
const FileName = z.string().regex(/^[^/\\]+\.txt$/, "a file name in the part's folder, ending in .txt");
const Line = z.number().int().positive();
const Text = z.string().refine((s) => s.length > 0 && s.trim() === s, 'a non-empty text without surrounding spaces');

export const GoldMention = z.strictObject({ file: FileName, line: Line, quote: Text, value: Value.pick({ amount: true, unit: true }).strict() });
export const GoldClaim = z.strictObject({ id: Id, about: Text, modality: Modality, mentions: z.array(GoldMention).min(1) });
export const GoldEventMention = z.strictObject({ file: FileName, line: Line, date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/), text: Text });
export const GoldEvent = z.strictObject({ id: Id, about: Text, mentions: z.array(GoldEventMention).min(1) });

/** One part's gold: which mentions are one claim, which claims conflict, which entries are one event. */
export const Gold = z
  .strictObject({ claims: z.array(GoldClaim), conflicts: z.array(z.tuple([Id, Id])), events: z.array(GoldEvent) })
  .superRefine((gold, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const repeated = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const id of repeated(gold.claims.map((c) => c.id))) issue(`claim id ${id} is used twice`);
    for (const id of repeated(gold.events.map((e) => e.id))) issue(`event id ${id} is used twice`);
    const mentionKeys = gold.claims.flatMap((c) => c.mentions.map((m) => `${m.file}:${m.line} "${m.quote}" ${m.value.amount} ${m.value.unit}`));
    for (const key of repeated(mentionKeys)) issue(`mention ${key} is annotated twice`);
    for (const key of repeated(gold.events.flatMap((e) => e.mentions.map((m) => `${m.file}:${m.line} "${m.text}"`)))) issue(`event mention ${key} is annotated twice`);
    const claimIds = new Set(gold.claims.map((c) => c.id));
    for (const [a, b] of gold.conflicts) {
      if (a === b) issue(`conflict [${a}, ${b}] pairs a claim with itself`);
      for (const id of [a, b]) if (!claimIds.has(id)) issue(`conflict names ${id}, which is no gold claim`);
    }
    for (const key of repeated(gold.conflicts.map(pairKey))) issue(`conflict ${key} is listed twice`);
  });
export type Gold = z.infer<typeof Gold>;

/** What the scorer reads of a build: its claims, conflicts and events, and which articles it built. */
export const SystemOutput = z.object({
  claims: z.array(Claim.pick({ id: true, value: true, mentions: true }).extend({ modality: z.string().optional(), key: z.string().optional() })),
  conflicts: z.array(Conflict.pick({ claims: true })),
  events: z.array(TimelineEvent.pick({ id: true, mentions: true })),
  /** Ids of the articles the build made; the input files that are missing from it were rejected. */
  articles: z.array(z.string()),
});
export type SystemOutput = z.infer<typeof SystemOutput>;

export interface PairScores {
  precision: number;
  recall: number;
  f1: number;
}
export interface Scores {
  timeline: PairScores;
  claims: PairScores;
  conflicts: PairScores;
  overstated: number;
  articles: number;
}
/** How many gold claim mentions and timeline entries the build has at all, merged or not. */
export interface Found {
  mentions: number;
  ofMentions: number;
  entries: number;
  ofEntries: number;
}
export type MissKind =
  | 'not an article'
  | 'unmatched gold mention'
  | 'missed merge'
  | 'wrong merge'
  | 'missed conflict'
  | 'false conflict'
  | 'overstated'
  | 'wrong modality';
export interface Miss {
  file: string;
  line: number;
  kind: MissKind;
  what: string;
}

/** Precision and recall from counts; P = 1 without system pairs and R = 1 without gold pairs. */
export function pairScores(correct: number, system: number, gold: number): PairScores {
  const precision = system === 0 ? 1 : correct / system;
  const recall = gold === 0 ? 1 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Two amounts agree when they differ by at most 0.5% of the larger. */
export const amountsAgree = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
const pairKey = ([a, b]: readonly [string, string]) => (a < b ? `${a} + ${b}` : `${b} + ${a}`);
const shortQuote = (s: string) => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

/** A gold mention or event entry, with the system records (claims or events) it was found in. */
interface Scored {
  group: string;
  file: string;
  line: number;
  label: string;
  found: Set<string>;
  /** A gold claim mention's value (timeline entries have none). */
  value?: z.infer<typeof GoldMention>['value'];
}

/**
 * Pairwise agreement: gold pairs are two items of one group, system pairs two found items that
 * share a system record. A pair with an unfound item is missed; it is reported once, as that item.
 */
function comparePairs(items: Scored[], kindOfRecord: string): { scores: PairScores; misses: Miss[] } {
  let gold = 0;
  let system = 0;
  let correct = 0;
  const misses: Miss[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const same = a.group === b.group;
      const together = [...a.found].some((id) => b.found.has(id));
      if (same) gold++;
      if (together) system++;
      if (same && together) correct++;
      const where = { file: a.file, line: a.line };
      if (same && !together && a.found.size > 0 && b.found.size > 0) {
        misses.push({ ...where, kind: 'missed merge', what: `${a.group}: ${a.label} and ${b.label} (${b.file}:${b.line}) are one ${kindOfRecord}; the build keeps them apart` });
      }
      if (!same && together) {
        misses.push({ ...where, kind: 'wrong merge', what: `${a.label} (${a.group}) and ${b.label} (${b.file}:${b.line}, ${b.group}) are different; the build makes them one ${kindOfRecord}` });
      }
    }
  }
  return { scores: pairScores(correct, system, gold), misses };
}

type SystemClaim = SystemOutput['claims'][number];

/**
 * One unit per quantity, as the build writes figures (the data API compares `1,500 MW` with `1.5 GW`): a gold value is
 * written in the unit its text gives, and 2.52 PFLOPS is the build's 2,520 TFLOPS.
 */
const COMMON_UNIT: Record<string, { unit: string; factor: number }> = {
  PFLOPS: { unit: 'TFLOPS', factor: 1e3 },
  MW: { unit: 'GW', factor: 1e-3 },
  Tbps: { unit: 'Gbps', factor: 1e3 },
};
const inCommonUnit = (v: { amount: number; unit: string }) => {
  const common = COMMON_UNIT[v.unit];
  return common ? { amount: v.amount * common.factor, unit: common.unit } : v;
};

/** A markdown list item's marker at the start of a quote. */
const LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)])\s+/u;

/** The table cells a gold quote gives, where it holds the bars between them: the texts between its bars, whole or cut. */
const cellsOf = (quote: string): string[] => (quote.includes('|') ? quote.split('|').map(squash).filter(Boolean) : []);

/** The system claims that quote a gold mention with its gold claim's value. */
export function claimsFor(mention: z.infer<typeof GoldMention>, goldValues: z.infer<typeof GoldMention>['value'][], claims: SystemClaim[]) {
  const article = articleId(mention.file);
  // A list item's mention quotes the item without its marker: a gold quote that opens with the line's "- " or "1. " is the item's.
  const quote = squash(mention.quote).replace(LIST_MARKER, '');
  // A mention read from a table cell quotes the cell (data/claims.json); a gold quote may give the cell with its row's
  // label or its neighbour to be unique in its file ("| Capex ($bn) | 212 |", "$16.1B | $4.1B |"), and is the mention of
  // one of the cells it gives (the one with its value).
  const cells = cellsOf(quote);
  const cell = (m: SystemClaim['mentions'][number]) => m.section.startsWith('table') && cells.includes(squash(m.quote));
  const quoting = claims.filter((c) => c.mentions.some((m) => m.article === article && (squash(m.quote).includes(quote) || cell(m))));
  const matching = quoting.filter((c) => c.value !== null && goldValues.map(inCommonUnit).some((v) => v.unit === c.value!.unit && amountsAgree(v.amount, c.value!.amount)));
  return { quoting, matching };
}

/**
 * A system mention quotes its whole sentence, so a sentence that states two gold claims' figures of one value ("AWS grew
 * 28%, and Google Cloud 28% as well") is quoted by both their system claims, and each gold mention of it is found in
 * both. Such a gold mention is not found in a system claim that stands for the other gold claim the same line states
 * with an agreeing value: that claim quotes the sentence for its own figure. (A claim that stands for no gold claim of
 * the line, or for this one, is kept: filing a figure under a claim its sentence gives no ground for still counts.)
 * A table cell's mention quotes the cell alone, so two rows of one table with the same figure ("| AWS | 28% |",
 * "| Google Cloud | 28% |") are told apart no better than one sentence: gold cell mentions of one file with agreeing
 * values are treated as stated on one line.
 */
function forOtherFigures(items: Scored[], gold: Gold, goldOfSystem: Map<string, { id: string }>): void {
  const isCell = (quote: string) => cellsOf(squash(quote)).length > 0;
  const valuesAt = new Map<string, { claim: string; value: z.infer<typeof GoldMention>['value'] }[]>();
  const cells = new Set<string>();
  const note = (at: string, claim: string, value: z.infer<typeof GoldMention>['value']) => valuesAt.set(at, [...(valuesAt.get(at) ?? []), { claim, value }]);
  for (const claim of gold.claims) {
    for (const m of claim.mentions) {
      note(`${m.file}:${m.line}`, claim.id, m.value);
      if (!isCell(m.quote)) continue;
      cells.add(`${claim.id} ${m.file}:${m.line}`);
      note(`${m.file}:cells`, claim.id, m.value);
    }
  }
  for (const item of items) {
    const own = item.value;
    if (item.found.size < 2 || !own) continue;
    const stated = [...(valuesAt.get(`${item.file}:${item.line}`) ?? []), ...(cells.has(`${item.group} ${item.file}:${item.line}`) ? (valuesAt.get(`${item.file}:cells`) ?? []) : [])];
    const others = stated.filter((o) => o.claim !== item.group && o.value.unit === own.unit && amountsAgree(o.value.amount, own.amount));
    for (const id of [...item.found]) {
      const standsFor = goldOfSystem.get(id)?.id;
      if (standsFor !== undefined && others.some((o) => o.claim === standsFor)) item.found.delete(id);
    }
  }
}

/** Scores one part: the build's output against the part's gold. */
export function score(gold: Gold, system: SystemOutput, files: string[] = []): { scores: Scores; misses: Miss[]; found: Found } {
  const misses: Miss[] = [];
  const built = new Set(system.articles);
  for (const file of files) if (!built.has(articleId(file))) misses.push({ file, line: 1, kind: 'not an article', what: 'the build rejected this file' });

  // Claims: every gold mention and the system claims it was found in.
  const mentionItems: Scored[] = [];
  const claimsOfGold = new Map<string, Map<string, number>>();
  for (const claim of gold.claims) {
    const values = claim.mentions.map((m) => m.value);
    const counts = new Map<string, number>();
    claimsOfGold.set(claim.id, counts);
    for (const mention of claim.mentions) {
      const { quoting, matching } = claimsFor(mention, values, system.claims);
      const found = new Set(matching.map((c) => c.id));
      for (const id of found) counts.set(id, (counts.get(id) ?? 0) + 1);
      const label = shortQuote(mention.quote);
      mentionItems.push({ group: claim.id, file: mention.file, line: mention.line, label, found, value: mention.value });
      if (found.size === 0 && built.has(articleId(mention.file))) {
        const seen = quoting.map((c) => (c.value ? `${c.value.amount} ${c.value.unit}` : 'no value')).join(', ');
        const expected = `${mention.value.amount} ${mention.value.unit}`;
        misses.push({ file: mention.file, line: mention.line, kind: 'unmatched gold mention', what: `${claim.id}: ${label} (${expected}) ${seen ? `is read as ${seen}` : 'is in no claim'}` });
      }
    }
  }
  // Each system claim stands for the gold claim most of its matched mentions belong to.
  const goldOfSystem = new Map<string, { id: string; count: number }>();
  for (const [goldId, counts] of claimsOfGold) {
    for (const [systemId, count] of counts) {
      const best = goldOfSystem.get(systemId);
      if (!best || count > best.count) goldOfSystem.set(systemId, { id: goldId, count });
    }
  }
  forOtherFigures(mentionItems, gold, goldOfSystem);
  const claimPairs = comparePairs(mentionItems, 'claim');
  misses.push(...claimPairs.misses);
  const goldConflicts = new Map(gold.conflicts.map((pair) => [pairKey(pair), pair]));
  const systemConflicts = new Map<string, [string, string]>();
  for (const conflict of system.conflicts) {
    const ids = conflict.claims.map((id) => goldOfSystem.get(id)?.id).filter((id): id is string => id !== undefined);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const pair: [string, string] = [ids[i]!, ids[j]!];
        systemConflicts.set(pairKey(pair), pair);
      }
    }
  }
  const at = ([claimId]: [string, string]) => {
    const mention = gold.claims.find((c) => c.id === claimId)!.mentions[0]!;
    return { file: mention.file, line: mention.line };
  };
  for (const [key, pair] of goldConflicts) if (!systemConflicts.has(key)) misses.push({ ...at(pair), kind: 'missed conflict', what: `${key} disagree; the build shows no conflict` });
  for (const [key, pair] of systemConflicts) {
    const note = pair[0] === pair[1] ? ' (the build splits one gold claim and sets its parts against each other)' : '';
    if (!goldConflicts.has(key)) misses.push({ ...at(pair), kind: 'false conflict', what: `${key} do not disagree${note}` });
  }
  const correctConflicts = [...systemConflicts.keys()].filter((key) => goldConflicts.has(key)).length;

  // Modality: a claim that is not a fact must never be shown as one.
  let overstated = 0;
  // Each gold claim's mentions that were found, in order.
  const foundOf = new Map<string, Scored[]>();
  for (const item of mentionItems) if (item.found.size > 0) foundOf.set(item.group, [...(foundOf.get(item.group) ?? []), item]);
  for (const claim of gold.claims) {
    // The claims its mentions were found in, once those that quote a sentence for another gold figure of it are set aside:
    // "Azure grew 38%, the 38% analysts expected" is quoted by the fact's claim for the fact, not for the forecast.
    const items = foundOf.get(claim.id) ?? [];
    const found = new Set(items.flatMap((m) => [...m.found]));
    const matched = system.claims.filter((c) => found.has(c.id));
    // Where the first of its mentions that were found is.
    const where = () => ({ file: items[0]!.file, line: items[0]!.line });
    const lost = matched.filter((c) => c.modality === undefined || c.modality === 'fact');
    if (claim.modality !== 'fact' && lost.length > 0) {
      overstated++;
      misses.push({ ...where(), kind: 'overstated', what: `${claim.id} is ${claim.modality}; the build says ${lost.map((c) => `${c.id}: ${c.modality ?? 'no modality'}`).join(', ')}` });
    }
    const other = matched.filter((c) => c.modality !== undefined && c.modality !== claim.modality && !lost.includes(c));
    if (other.length > 0) misses.push({ ...where(), kind: 'wrong modality', what: `${claim.id} is ${claim.modality}; the build says ${other.map((c) => `${c.id}: ${c.modality}`).join(', ')}` });
  }

  // Timeline: every gold entry and the system events that hold it.
  const entryItems: Scored[] = [];
  for (const event of gold.events) {
    for (const mention of event.mentions) {
      const article = articleId(mention.file);
      const text = squash(mention.text);
      const found = new Set(
        system.events
          .filter((e) => e.mentions.some((m) => m.article === article && squash(m.text).includes(text) && (m.date.startsWith(mention.date) || mention.date.startsWith(m.date))))
          .map((e) => e.id),
      );
      const label = shortQuote(mention.text);
      entryItems.push({ group: event.id, file: mention.file, line: mention.line, label, found });
      if (found.size === 0 && built.has(article)) misses.push({ file: mention.file, line: mention.line, kind: 'unmatched gold mention', what: `${event.id}: ${label} (${mention.date}) is in no event` });
    }
  }
  const timeline = comparePairs(entryItems, 'event');
  misses.push(...timeline.misses);

  misses.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind) || a.what.localeCompare(b.what));
  return {
    scores: {
      timeline: timeline.scores,
      claims: claimPairs.scores,
      conflicts: pairScores(correctConflicts, systemConflicts.size, goldConflicts.size),
      overstated,
      articles: system.articles.length,
    },
    misses,
    found: {
      mentions: mentionItems.filter((m) => m.found.size > 0).length,
      ofMentions: mentionItems.length,
      entries: entryItems.filter((m) => m.found.size > 0).length,
      ofEntries: entryItems.length,
    },
  };
}
