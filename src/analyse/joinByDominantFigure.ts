/**
 * A figure that many outlets give one claim, given by a few under a looser or garbled key, is that claim. "Amazon
 * offered OpenAI up to $50 billion", told by thirty articles, and "the $50 billion package it offered" (no
 * counterparty), "OpenAI's $50 billion offer from Amazon" (the parties the other way round) or "Amazon's cloud grew 28%"
 * (the parent for its unit) are one claim: the same measure, the same figure, the same companies or fewer, a period that
 * does not contradict. What decides is the figure and how many more articles give it there, not the words around it,
 * so the rule holds for wordings no rule of the reader foresaw.
 */
import type { Modality, Value } from '../schemas.ts';
import { MONEY_UNITS } from './parseValue.ts';
import { readClaimKey, type Candidate } from './extractClaims.ts';
import { companyGroup } from './vocabulary.ts';
import { BROKERS } from './modalityCues.ts';
import { orphanCompanies } from './orphanFigures.ts';

/** How many articles must give a claim its figure, at least, for the few that file it elsewhere to join it. */
const MIN_ARTICLES = 3;
/** How many times more articles must give the figure in the claim a mention joins than in the one it leaves. */
const DOMINANCE = 3;
const MONEY = new Set<string>(MONEY_UNITS);
/** How far an orphan's sum may lie from the claim's it joins: a sum rounded to three digits ($37.6 billion for $37,587 million). */
const ORPHAN_ROUNDING = 0.002;

/**
 * Measures outlets tell one another's figure by: money put into data centres is "capex" to one and "investment" to
 * another; a bid for a company is an "investment" to some; a chipmaker's data-centre revenue is its "revenue" to a
 * headline. A figure many articles give one of them is that one's, whichever a few call it.
 */
const KIN: readonly (readonly string[])[] = [
  ['capex', 'investment'],
  ['investment', 'acquisition'],
  ['revenue', 'data center revenue'],
];
const kinOf = (metric: string) => [metric, ...KIN.flatMap((kin) => (kin.includes(metric) ? kin.filter((m) => m !== metric) : []))];

/** Adds `value` to the list at `key` of `map`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One figure as one key's candidates give it, and the articles that do. */
interface Stated {
  key: string;
  modality: Modality;
  value: Value;
  articles: Set<string>;
}

/** A figure and its modality, as one id: the candidates of a key that share it are decided together. */
const figureId = (c: Pick<Candidate, 'modality' | 'value'>) => `${c.modality}\u0000${c.value!.amount}\u0000${c.value!.unit}\u0000${c.value!.bound ?? ''}`;
/** How far apart two figures the merge takes for one may lie, at most: a whole multiple rounded ("about 4x" for 4.4x). */
const REACH = 0.15;

/** A key's measure and period, '' where it names none. */
const partsOf = (key: string) => {
  const { metric, period } = readClaimKey(key);
  return { metric: metric ?? '', period: period ?? '' };
};
const withoutPeriod = (key: string) => key.slice(0, key.lastIndexOf('|'));
const isUndated = (period: string) => period === '' || period === 'quarterly';
const yearOf = (period: string) => /(?:^|fy)(\d{4})/.exec(period)?.[1] ?? null;

/**
 * Whether a mention of period `own` may be of a claim of period `home`: the same, either undated, a quarter without its
 * year of that quarter; and for a sum of money, a year and a period of it ("2026" and "2026-q2", "fy2026"), as a
 * quarter's sum and its year's are never the same sum (two quarters' sums may be). A rate may be a quarter's and its year's
 * alike, so it is not.
 */
function periodsFit(own: string, home: string, value: Value): boolean {
  if (own === home || isUndated(own) || isUndated(home)) return true;
  if (/^q[1-4]$/.test(own)) return home.endsWith(`-${own}`);
  const wholeYear = (period: string) => /^(?:fy)?\d{4}$/.test(period);
  return MONEY.has(value.unit) && (wholeYear(own) || wholeYear(home)) && yearOf(own) !== null && yearOf(own) === yearOf(home);
}

/** The companies a group names, each as its group (AWS and Trainium as Amazon). */
function companiesOf(c: Candidate): Set<string> {
  return new Set([c.subject, c.counterparty].filter((name): name is string => name !== null).map(companyGroup));
}

/** A broker, a rating agency or a data provider, named whole: "FactSet", "Evercore ISI". */
const FORECASTER = new RegExp(`^(?:${BROKERS})$`, 'i');
/** The companies of a forecast's key but its forecaster: a forecast is of what it forecasts, not of who forecasts it. */
const withoutForecasters = (parties: Set<string>) => new Set([...parties].filter((name) => !FORECASTER.test(name)));

/** Whether the companies one key names are all the other's, or the other's all its own. */
function sameParties(a: Set<string>, b: Set<string>): boolean {
  const within = (x: Set<string>, y: Set<string>) => [...x].every((name) => y.has(name));
  return within(a, b) || within(b, a);
}

/**
 * Moves each candidate whose figure another key of its measure gives in at least MIN_ARTICLES articles, and DOMINANCE
 * times as many as its own key does, into that key, where the two keys name the same companies (or one of them fewer),
 * their periods fit and the figure's modality is the same (or the mention's words give none and the claim is a plan or
 * an offer of that very figure). With two such keys it stays. Decided on the groups as they were, so that the order of
 * the keys does not decide. `sameFigure` is the merge's own test of two figures agreeing.
 */
export function joinByDominantFigure(groups: Map<string, Candidate[]>, sameFigure: (a: Value | null, b: Value | null) => boolean, orphans: Candidate[] = []): void {
  const keys = [...groups.keys()].filter((key) => key.startsWith('figure|')).sort();
  const stated = new Map<string, Stated[]>();
  for (const key of keys) {
    const figures = new Map<string, Stated>();
    for (const c of groups.get(key)!) {
      if (!c.value) continue;
      const id = figureId(c);
      const known = figures.get(id);
      if (known) known.articles.add(c.mention.article);
      else figures.set(id, { key, modality: c.modality, value: c.value, articles: new Set([c.mention.article]) });
    }
    stated.set(key, [...figures.values()]);
  }
  // The keys of each measure, and the figures many articles give, by measure and unit, in order of size: the claims a
  // mention may join, looked up by size, as a corpus gives a measure many figures.
  const byMetric = new Map<string, string[]>();
  const strong = new Map<string, Stated[]>();
  for (const key of keys) {
    const { metric } = partsOf(key);
    push(byMetric, metric, key);
    for (const s of stated.get(key)!) {
      if (s.articles.size < MIN_ARTICLES) continue;
      const at = `${metric}\u0000${s.value.unit}`;
      push(strong, at, s);
    }
  }
  for (const list of strong.values()) list.sort((a, b) => a.value.amount - b.value.amount);
  /** The strong figures of a measure within REACH of `value`. */
  const near = (metric: string, value: Value): Stated[] => within(strong.get(`${metric}\u0000${value.unit}`), value, REACH);
  /** The figures of `list`, in order of size, within `reach` of `value`. */
  const within = (list: Stated[] | undefined, value: Value, reach: number): Stated[] => {
    if (!list) return [];
    const [low, high] = [value.amount * (1 - reach), value.amount * (1 + reach)].sort((a, b) => a - b) as [number, number];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.value.amount < low) lo = mid + 1;
      else hi = mid;
    }
    const out: Stated[] = [];
    for (let i = lo; i < list.length && list[i]!.value.amount <= high; i++) out.push(list[i]!);
    return out;
  };
  const fitsModality = (c: Pick<Candidate, 'modality' | 'value'>, s: Stated) =>
    s.modality === c.modality || (c.modality === 'fact' && (s.modality === 'plan' || s.modality === 'offer') && Math.abs(c.value!.amount - s.value.amount) <= 0.01 * Math.abs(s.value.amount));
  // "More than $50 billion" and "up to $50 billion" are two sums, whatever a bound admits.
  const sameSum = (a: Value, b: Value) => sameFigure(a, b) && !(a.bound && b.bound && a.bound !== b.bound && a.bound !== 'approx' && b.bound !== 'approx');
  /** How many articles give a key the figure a candidate gives, in a modality the candidate may join there. */
  const giving = new Map<string, number>();
  const articlesGiving = (key: string, c: Pick<Candidate, 'modality' | 'value'>) => {
    const id = `${key}\u0000${figureId(c)}`;
    let count = giving.get(id);
    if (count === undefined) {
      const articles = new Set<string>();
      for (const s of stated.get(key)!) if (fitsModality(c, s) && sameSum(s.value, c.value!)) for (const a of s.articles) articles.add(a);
      giving.set(id, (count = articles.size));
    }
    return count;
  };
  // Each key's companies, once: asked of every pair of keys a figure might move between.
  const parties = new Map<string, Set<string>>();
  const partiesOf = (key: string) => {
    let named = parties.get(key);
    if (!named) parties.set(key, (named = companiesOf(groups.get(key)![0]!)));
    return named;
  };
  /** Whether candidate `c`, of key `key`, may be of key `other`, whatever the figures there. */
  const mayBeOf = (c: Pick<Candidate, 'value' | 'modality'>, key: string, other: string) => {
    const own = partsOf(key);
    const home = partsOf(other);
    if (other === key || !periodsFit(own.period, home.period, c.value!)) return false;
    // Dating an undated mention of the very same subject and measure is `dateByFigure`'s, which weighs the quarter its article reports on.
    if (isUndated(own.period) && withoutPeriod(other) === withoutPeriod(key)) return false;
    // Told by another measure's name, a figure is of that measure's claim of its own period, or it is undated.
    if (own.metric !== home.metric && !isUndated(own.period) && own.period !== home.period) return false;
    // A forecast filed under its forecaster ("FactSet expects data-centre sales of $71.4 billion") is of the company it is about.
    const of = (k: string) => (c.modality === 'forecast' ? withoutForecasters(partiesOf(k)) : partiesOf(k));
    return sameParties(of(key), of(other));
  };
  /** The key a figure of key `key` joins, or null. */
  const homeOf = (c: Stated, key: string): string | null => {
    const kin = kinOf(partsOf(key).metric);
    const own = articlesGiving(key, c);
    const homes = new Set<string>();
    for (const s of kin.flatMap((metric) => near(metric, c.value))) {
      if (s.key === key || homes.has(s.key) || !fitsModality(c, s) || !sameSum(s.value, c.value)) continue;
      if (articlesGiving(s.key, s) >= DOMINANCE * Math.max(1, own) && mayBeOf(c, key, s.key)) homes.add(s.key);
    }
    if (homes.size !== 1) return null;
    const [home] = homes as Set<string> & [string];
    // Another claim of other parties that gives the figure too, however few say it, leaves open which one it is: two
    // campuses of $11 billion, one named by many articles, the other by few.
    const open = kin.flatMap((metric) => byMetric.get(metric) ?? []).some((other) => other !== home && articlesGiving(other, c) > 0 && mayBeOf(c, key, other) && !sameParties(partiesOf(other), partiesOf(home)));
    return open ? null : home;
  };
  const moves: [Candidate, string, string][] = [];
  for (const key of keys) {
    const homes = new Map(stated.get(key)!.map((s) => [figureId(s), homeOf(s, key)]));
    for (const c of groups.get(key)!) {
      const home = c.value ? homes.get(figureId(c)) : null;
      if (home) moves.push([c, key, home]);
    }
  }
  // Each orphan joins the one claim of its companies, of any measure, that many articles give its sum, where no other
  // claim of those companies gives it: "their ~$200B" in a story on Amazon is its capex plan.
  const byUnit = new Map<string, Stated[]>();
  for (const list of stated.values()) for (const s of list) push(byUnit, s.value.unit, s);
  for (const list of byUnit.values()) list.sort((a, b) => a.value.amount - b.value.amount);
  // An orphan has only its sum to say which claim it is: the very sum, as its rounding gives it ("~$200B", "$37,587
  // million" for $37.6 billion), not a neighbour the merge's rounding admits ($37.5 billion).
  const verySum = (a: Value, b: Value) => sameSum(a, b) && Math.abs(a.amount - b.amount) <= ORPHAN_ROUNDING * Math.max(Math.abs(a.amount), Math.abs(b.amount));
  for (const o of orphans) {
    const companies = orphanCompanies(o.key);
    const giving = within(byUnit.get(o.value!.unit), o.value!, ORPHAN_ROUNDING).filter((s) => fitsModality(o, s) && verySum(s.value, o.value!) && companies.every((name) => partiesOf(s.key).has(name)));
    const keysGiving = new Set(giving.map((s) => s.key));
    const [home] = keysGiving;
    if (keysGiving.size === 1 && articlesGiving(home!, o) >= MIN_ARTICLES) moves.push([o, o.key, home!]);
  }
  const moved = new Set(moves.map(([c]) => c));
  for (const from of new Set(moves.map(([, from]) => from))) {
    if (!groups.has(from)) continue;
    const left = groups.get(from)!.filter((c) => !moved.has(c));
    if (left.length > 0) groups.set(from, left);
    else groups.delete(from);
  }
  for (const [c, , to] of moves) {
    const home = groups.get(to);
    if (!home) {
      groups.set(to, [{ ...c, key: to }]);
      continue;
    }
    const { subject, metric, counterparty, period } = home[0]!;
    home.push({ ...c, key: to, subject, metric, counterparty, period });
  }
}
