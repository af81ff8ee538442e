/**
 * Headline-ese: a headline, or the deck under it, states a figure in as few words as it can ("AWS clocks 28%",
 * "Amazon holds to $200bn plan", 两千亿美元的豪赌) and leaves its measure to the story below. A careful reader takes
 * such a figure to be the story's figure of the same value: when the story states that value (give or take the
 * headline's rounding) under one reading — subject, metric, period and modality — the headline's mention is of it.
 */
import type { Candidate } from './extractClaims.ts';
import { plainText } from './extractClaims.ts';
import { splitSentences } from './splitSentences.ts';
import { findValues } from './parseValue.ts';
import { bareYenOf } from './readFigures.ts';
import { findEntities, findMetrics } from './entities.ts';
import { companyGroup } from './vocabulary.ts';
import type { Modality, Value } from '../schemas.ts';

/** A headline or deck of an article, as a claim's mention names its section (`title`, `tagline`). */
export interface HeadlineText {
  section: string;
  text: string;
}

/**
 * What headlines call a measure instead of its name: "its contract pile hits $244bn", "order book", "spending spree",
 * "war chest", 两千亿美元投入换来的订单. Each names the metrics the phrase may stand for.
 */
const METRIC_EPITHETS: { pattern: RegExp; metrics: string[] }[] = [
  { pattern: /\b(?:contracts?|orders?|deals?) (?:pile|book|stack|haul)\b|\bpile of (?:contracts|orders|deals)\b|受注残|[积積][压壓](?:订单|訂單)|未交付(?:订单|訂單)|(?:订单|訂單)/giu, metrics: ['backlog'] },
  { pattern: /\b(?:spending|capex|building|build-out) (?:spree|binge|splurge|blitz|bill)\b|\b(?:data ?cent(?:re|er)|datacent(?:re|er)|infrastructure|AI|capex) (?:bill|budget|splurge|binge|outlay)\b|投入|豪[赌賭]|設備投資|[资資]本[开開]支/giu, metrics: ['capex', 'investment'] },
  { pattern: /\bwar chest\b|\bwar-chest\b/giu, metrics: ['investment'] },
];

/** A count of chips in a headline ("144 Chips", 1ラックに144チップ), which the money and ratio reader leaves to the story. */
const CHIP_COUNT = /(\d[\d,]*)\s?(?:chips?\b|チップ|[颗顆](?:芯片)?)/giu;

/**
 * Where a headline's clauses part: "AWS clocks 28% as its contract pile hits $244bn", 两千亿美元投入换来的订单：亚马逊…
 * (its full-width colon read as ":"), 受注残高2440億ドル after a wide space.
 */
const CLAUSE_BREAK = /[;:!?](?:\s+|$)|,\s+|[。；：！？，、]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}%])[;:!?,]|[;:!?,](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|\s+(?:as|while|after|before|but|amid|and|with|even as)\s+|\s+[-–—|]\s+|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}%])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/giu;

/** A headline's modality of "fact" against the story's: the story's plan, forecast or offer is what the headline shortens. */
const SHORTENED: ReadonlySet<Modality> = new Set<Modality>(['plan', 'forecast', 'offer']);

/** The figures of a headline sentence, with where each stands. */
function headlineValues(plain: string): { value: Value; start: number; end: number }[] {
  const values = findValues(plain, bareYenOf(plain)).map((f) => ({ value: f.value, start: f.start, end: f.end }));
  for (const m of plain.matchAll(CHIP_COUNT)) values.push({ value: { amount: Number(m[1]!.replace(/,/g, '')), unit: 'chips' }, start: m.index, end: m.index + m[0].length });
  return values;
}

/**
 * The clause of `plain` that holds the figure from `start` to `end`, and where the figure stands in it. A clause that
 * is the figure alone is read with the one before it, which it gives the figure of ("Amazon's spending spree: $150bn").
 */
function clauseOf(plain: string, start: number, end: number): { text: string; start: number; end: number } {
  const breaks = [...plain.matchAll(CLAUSE_BREAK)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const before = breaks.filter((b) => b.to <= start);
  const to = breaks.find((b) => b.from >= end)?.from ?? plain.length;
  let from = before.at(-1)?.to ?? 0;
  if (before.length > 0 && !/\p{L}/u.test(plain.slice(from, start) + plain.slice(end, to))) from = before.at(-2)?.to ?? 0;
  return { text: plain.slice(from, to), start: start - from, end: end - from };
}

/** The significant digits of an amount as written in round figures: 244e9 has three, 200e9 one, 37.6 three. */
function significantDigits(amount: number): number {
  const mantissa = Number(Math.abs(amount).toPrecision(12)).toExponential().split('e')[0]!;
  return mantissa.replace('.', '').length;
}

/**
 * Whether a headline's figure is the story's: the same amount, or the story's rounded to fewer digits ("$38bn" for
 * $37.6bn, within 2%). "$200bn" is no "$205bn": a round headline figure is not any figure near it.
 */
export function sameFigure(headline: Value, story: Value): boolean {
  if (headline.unit !== story.unit) return false;
  const gap = Math.abs(headline.amount - story.amount) / Math.max(Math.abs(headline.amount), Math.abs(story.amount), Number.MIN_VALUE);
  return gap <= 0.005 || (gap <= 0.02 && significantDigits(headline.amount) < significantDigits(story.amount));
}

/** A candidate's reading: what claim it is, apart from its value and where it is stated. */
const readingOf = (c: Candidate) => `${c.modality}|${c.key}`;

/** The company groups a text names: Amazon for "AWS" or "Trainium3", Google for "Google Cloud". */
function groupsNamed(plain: string): Set<string> {
  return new Set(findEntities(plain).filter((e) => e.kind !== 'group').map((e) => companyGroup(e.name)));
}

/**
 * The metrics a headline clause names nearest its figure, by name or by a headline's epithet for one:
 * 两千亿美元投入换来的订单 is a sum put in (投入), not the orders it bought. A verb of movement ("turned down",
 * "jumps") names no measure in a headline: it moves whatever the figure is.
 */
function metricsNearest(clause: { text: string; start: number; end: number }): Set<string> {
  const found = findMetrics(clause.text).filter((m) => !m.metric.movement).map((m) => ({ names: [m.metric.name], start: m.start, end: m.end }));
  for (const { pattern, metrics } of METRIC_EPITHETS) for (const m of clause.text.matchAll(pattern)) found.push({ names: metrics, start: m.index, end: m.index + m[0].length });
  const distance = (m: { start: number; end: number }) => Math.max(0, m.start - clause.end, clause.start - m.end);
  const nearest = Math.min(...found.map(distance));
  return new Set(found.filter((m) => distance(m) === nearest).flatMap((m) => m.names));
}

/**
 * The story's reading a headline figure takes, or null where none or several fit. Only a figure of a company the
 * headlines name (as subject or counterparty) fits, where they name any: the headline is about its own companies. Of
 * several, the clause's own company picks ("AWS clocks 28%" beside Google Cloud's 28%), then the clause's metric.
 */
function chosenReading(readings: Candidate[], clause: { text: string; start: number; end: number }, named: Set<string>): Candidate | null {
  const ofGroup = (c: Candidate, groups: Set<string>) => [c.subject, c.counterparty].some((n) => n !== null && groups.has(companyGroup(n)));
  let left = named.size > 0 ? readings.filter((c) => ofGroup(c, named)) : readings;
  const metrics = metricsNearest(clause);
  if (metrics.size > 0) left = left.filter((c) => c.metric !== null && metrics.has(c.metric));
  if (left.length > 1) {
    const names = findEntities(clause.text).filter((e) => e.kind !== 'group').map((e) => e.name.toLowerCase());
    const own = left.filter((c) => c.subject !== null && names.includes(c.subject.toLowerCase()));
    const ofClause = own.length > 0 ? own : left.filter((c) => ofGroup(c, groupsNamed(clause.text)));
    if (ofClause.length > 0) left = ofClause;
  }
  return left.length === 1 ? left[0]! : null;
}

/**
 * Whether a reading of a figure is `story`'s told less fully: no period or only its quarter (Q1 for 2026-Q1), or a
 * plan or offer stated as done. With `unit`, the company for its cloud unit too ("米アマゾン、クラウド28％増収" is AWS's).
 */
function fuller(own: Candidate, story: Candidate, unit = false): boolean {
  const subject = own.subject === story.subject || own.subject === null || (unit && story.subject !== null && companyGroup(story.subject) === own.subject);
  const period = !own.period || own.period === story.period || (story.period !== null && story.period.toLowerCase().endsWith(`-${own.period.toLowerCase()}`));
  const modality = own.modality === story.modality || (own.modality === 'fact' && SHORTENED.has(story.modality));
  return subject && period && modality && own.metric === story.metric && own.counterparty === story.counterparty;
}

/** A headline's word for a company's cloud: its figure is the cloud unit's, whichever company the headline names. */
const CLOUD_WORD = /\bcloud\b|クラウド|[云雲]/iu;

/**
 * Whether a headline clause gives its figure to a company's cloud unit: it names no company ("クラウド28％増収"), or
 * speaks of the cloud ("Amazon's cloud arm posts 28% growth"). "Oracle RPO up 359% to $455B" is Oracle's own.
 */
const ofUnit = (clause: string) => CLOUD_WORD.test(clause) || !findEntities(clause).some((e) => e.kind === 'company');

/**
 * The article's candidates with each headline figure read as the story's figure of the same value: a figure the
 * headline leaves without a measure gets the story's reading, and one the headline reads less fully (no period, the
 * company for its cloud unit) takes the story's. A headline figure the story does not state, or states under more
 * than one reading its words cannot choose between, stays as the headline reads it. Headlines are given top down:
 * the title reads the deck below it as story, the deck only the story.
 */
export function withHeadlineFigures(candidates: Candidate[], headlines: HeadlineText[], article: string): Candidate[] {
  if (headlines.length === 0) return candidates;
  const out = candidates.slice();
  const named = new Set(headlines.flatMap(({ text }) => [...groupsNamed(plainText(text))]));
  // The deck first, so that the title reads the deck's figures as the deck has come to read them.
  [...headlines].reverse().forEach(({ section, text }, back) => {
    const above = new Set(headlines.slice(0, headlines.length - back).map((h) => h.section));
    const story = out.filter((c) => c.value !== null && !above.has(c.mention.section));
    for (const sentence of splitSentences(text)) {
      const plain = plainText(sentence);
      const figures = headlineValues(plain);
      for (const { value, start, end } of figures) {
        const readings = new Map<string, Candidate>();
        for (const c of story) if (sameFigure(value, c.value!) && !readings.has(readingOf(c))) readings.set(readingOf(c), c);
        // A story that states the figure twice, once without its period or with its company for its unit, states it once.
        const fullest = [...readings.values()].filter((c, _, all) => !all.some((o) => o !== c && fuller(c, o)));
        const chosen = fullest.length > 0 ? chosenReading(fullest, clauseOf(plain, start, end), named) : null;
        if (!chosen) continue;
        const own = out.map((c, at) => ({ c, at })).filter(({ c }) => c.mention.section === section && c.mention.quote === sentence && c.value !== null && sameFigure(value, c.value));
        if (own.some(({ c }) => readingOf(c) === readingOf(chosen))) continue;
        const unread = own.filter(({ c }) => !readings.has(readingOf(c)));
        if (unread.length > 0) {
          const clause = clauseOf(plain, start, end).text;
          const first = unread.find(({ c }) => fuller(c, chosen, ofUnit(clause)));
          if (first) out[first.at] = { ...chosen, mention: first.c.mention };
          continue;
        }
        // "Azure 39%, AWS 28%, Google Cloud 28%": a figure of a value the headline states more often than it reads.
        if (own.length < figures.filter((f) => sameFigure(value, f.value)).length) out.push({ ...chosen, mention: { article, section, quote: sentence } });
      }
    }
  });
  return out;
}
