/**
 * Merges claim candidates into claims and finds where outlets disagree. Candidates
 * are grouped by key first (subject, metric, period — never compare all pairs), an
 * underspecified key (a quarter without its year, a deal without its counterparty)
 * joins its one fully specified sibling, a figure many articles give one claim takes
 * the few mentions (and orphan sums) filed elsewhere, and inside a group the values are
 * clustered: values that agree within rounding or bounds are one claim; a group
 * with several clusters is a conflict. The result depends only on the set of
 * candidates, not on their order.
 */
import type { Claim, Conflict, Mention, Modality, OfferStatus, Value } from '../schemas.ts';
import { shortHash, siteUrls, slugify } from '../urls.ts';
import { compatible, findValues, formatValue, MONEY_UNITS } from './parseValue.ts';
import { bareYenOf } from './readFigures.ts';
import { plainText, readClaimKey, writtenAs, type Candidate } from './extractClaims.ts';
import { FLOW_METRICS, METRICS, PARENT } from './vocabulary.ts';
import { findEntities } from './entities.ts';
import { otherPlaces, placesNamed } from './places.ts';
import { joinContractSides } from './joinContractSides.ts';
import { joinByDominantFigure } from './joinByDominantFigure.ts';
import { joinKindredDeals } from './joinKindredDeals.ts';
import { isOrphan } from './orphanFigures.ts';
import { MULTIPLIES } from './multipliedRises.ts';
import { tellsRevision } from './modality.ts';
import { memoByText } from '../memoByText.ts';
import { dateYearlessByArticle } from './yearlessQuarters.ts';
import { keepArticlesModality } from './articlesModality.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const BOUND_ORDER = { undefined: 0, approx: 1, min: 2, max: 3 } as const;
const valueKey = (v: Value | null) => (v ? `${v.amount}${v.unit}${v.bound ?? ''}` : '');
/** A value's every field, apart: two values with the same key are the same value. */
const exactKey = (v: Value) => `${v.amount}\u0000${v.unit}\u0000${v.bound ?? ''}`;

/**
 * The years a quarter told without its year may be of: where it states facts ("the backlog stood at $244 billion at
 * the end of March"), only the years whose quarter some outlet reports as a fact, not one that only a plan or a
 * forecast speaks of (a plan read for next year's first quarter is no quarter reported). Where none is reported, or
 * the quarter only states plans and forecasts, every year it may be of.
 */
function reportedOnly(yearless: boolean, group: Candidate[], targets: string[], groups: Map<string, Candidate[]>): string[] {
  if (!yearless || targets.length < 2 || !group.some((c) => c.modality === 'fact')) return targets;
  const reported = targets.filter((t) => groups.get(t)?.some((c) => c.modality === 'fact'));
  return reported.length > 0 ? reported : targets;
}

/**
 * Moves the candidates of an underspecified key into its specified sibling: a deal
 * without counterparty joins the one deal of that kind (a count of chips without its chip joins none: it may be of
 * any chip); a quarter without a year joins the latest year's.
 */
function resolveUnderspecified(groups: Map<string, Candidate[]>): void {
  const keys = [...groups.keys()].sort(cmp);
  const matches = (general: string[], specific: string[]) =>
    general.every((part, i) => {
      const other = specific[i]!;
      if (part === other) return true;
      if (i === 3 && /^q[1-4]$/.test(part)) return other.endsWith(`-${part}`);
      // A count of chips that names no chip is of none in particular: only a deal's other side is one to look for.
      if (i === 2 && !part.includes(':')) return DEALS.has(part) && other.startsWith(`${part}:`);
      return false;
    });
  const byFamily = new Map<string, string[]>();
  for (const key of keys) {
    const [kind, subject, metric] = key.split('|');
    const family = `${kind}|${subject}|${metric!.split(':')[0]}`;
    const list = byFamily.get(family);
    if (list) list.push(key);
    else byFamily.set(family, [key]);
  }
  for (const family of byFamily.values()) {
    for (const key of family) {
      const parts = key.split('|');
      if (!/^q[1-4]$/.test(parts[3]!) && parts[2]!.includes(':')) continue;
      const yearless = /^q[1-4]$/.test(parts[3]!);
      const targets = reportedOnly(yearless, groups.get(key)!, family.filter((other) => other !== key && matches(parts, other.split('|'))).sort(cmp), groups);
      // A quarter without its year is the latest such quarter reported ("Q1" in news is the latest Q1).
      const sameMetric = yearless && targets.every((t) => t.split('|')[2] === parts[2]);
      if (targets.length === 0 || (targets.length > 1 && !sameMetric)) continue;
      if (yearless && targets.length > 1) {
        // …but a fact is of no quarter after the one its article reports on: "up from $200 billion at the end of
        // September", in a story on the March quarter, is last September's, whatever later September others report.
        // (The reported quarter itself is the latest, as before.) A figure that one year's quarter states as it does is
        // that year's: "revenue in the fiscal third quarter was $57.0 billion", undated, is the third quarter others put at
        // $57.0 billion, not a later one put at $101.6 billion.
        // Each target's distinct figures by modality, once: a group states a few figures many times.
        const figuresOf = new Map(targets.map((t) => [t, [...new Map(groups.get(t)!.map((o) => [`${o.modality}\u0000${o.value ? exactKey(o.value) : ''}`, o] as const)).values()]]));
        for (const c of groups.get(key)!) {
          const reported = c.modality === 'fact' ? reportedQuarterOf(c, family) : null;
          const past = reported && !reported.endsWith(`-${parts[3]}`) ? targets.filter((t) => periodOf(t) <= reported) : targets;
          const stating = targets.filter((t) => figuresOf.get(t)!.some((o) => o.modality === c.modality && sameFigure(o.value, c.value)));
          groups.get((stating.length > 0 ? stating : past.length > 0 ? past : targets).at(-1)!)!.push(c);
        }
        groups.delete(key);
        continue;
      }
      if (yearless) {
        groups.get(targets.at(-1)!)!.push(...groups.get(key)!);
        groups.delete(key);
        continue;
      }
      // A deal that names no counterparty joins the one deal of its kind where that deal states its figure; "Anthropic raised
      // $13 billion" is no side of the $30 billion it committed to Azure, which is the one Anthropic deal of 2025 that names one.
      const target = groups.get(targets[0]!)!;
      const stated = (c: Candidate) => target.some((o) => sameFigure(o.value, c.value));
      const stay = groups.get(key)!.filter((c) => !stated(c));
      target.push(...groups.get(key)!.filter(stated));
      if (stay.length > 0) groups.set(key, stay);
      else groups.delete(key);
    }
  }
}

const periodOf = (key: string) => key.split('|')[3] ?? '';

/**
 * The quarter, with its year, that a candidate's article reports on: its `reportedPeriod` where that has a year; where it
 * has none ("q1"), the latest such quarter of the candidate's family of keys (news reports the newest one); else null.
 */
function reportedQuarterOf(c: Candidate, family: string[]): string | null {
  const reported = c.reportedPeriod;
  if (!reported) return null;
  if (isDatedQuarter(reported)) return reported;
  if (!isYearless(reported)) return null;
  return family.map(periodOf).filter((p) => p.endsWith(`-${reported}`) && isDatedQuarter(p)).sort(cmp).at(-1) ?? null;
}
const isDated = (period: string) => /^(?:by )?(?:\d{4}|FY\d{4})/i.test(period);
const isUndated = (period: string) => period === '' || period === 'quarterly' || period === 'a year earlier';
const isYearless = (period: string) => /^q[1-4]$/.test(period);
/** Whether `period` is a quarter of a known year (`2026-q3`). */
const isDatedQuarter = (period: string) => /^\d{4}-q[1-4]$/.test(period);
/** Whether `period` is a quarter not over by `writtenIn`, the quarter under way when an article was written (`2026-q3` by `2026-q2`). */
const notOver = (period: string, writtenIn: string | undefined) => writtenIn !== undefined && isDatedQuarter(period) && period >= writtenIn;
/** Whether `period` is a quarter over when its article was written (before the quarter under way, `writtenIn`). */
const isOver = (period: string, writtenIn: string | undefined) => writtenIn !== undefined && isDatedQuarter(period) && period < writtenIn;
/** Whether `period` is a quarter of a known year before `reported` (`2025-q3` before `2026-q1`). */
const isQuarterBefore = (period: string, reported: string | null) => reported !== null && isDatedQuarter(period) && isDatedQuarter(reported) && period < reported;
/** Whether an article that reports on `reported` (`2026-q1`, or `q1` without a year) reports on `period`. */
const reports = (reported: string | null, period: string) => reported !== null && (period === reported || (isYearless(reported) && period.endsWith(`-${reported}`)));
/**
 * Whether `period` is a time before the quarter `reported` its article reports on, as "a year earlier" is ("A year
 * earlier, the unit grew 17%" in a story on Q1 2026 is of Q1 2025, not of Q1 2026 nor of 2026). Any period where the
 * article reports on none.
 */
const beforeReported = (period: string, reported: string | null) => {
  const quarter = reported ? /^(\d{4})-q[1-4]$/.exec(reported) : null;
  if (!quarter) return true;
  return isDatedQuarter(period) ? period < reported! : /^\d{4}$/.test(period) ? period < quarter[1]! : true;
};

/**
 * A mention whose sentence does not date it — no period, "the quarter", "a year earlier",
 * a quarter without its year — joins the one more precisely dated claim of its subject and
 * metric that states the same figure: "Azure's 39%" two sentences after "Azure grew 39% in
 * the March quarter". Where several periods have that figure, it joins the one of the quarter
 * its article reports on (`Candidate.reportedPeriod`); with none, or several and none of
 * that quarter, it stays as it is. Quarters without a year first find their year; then
 * undated mentions find a date, a year's or a quarter's.
 */
function dateByFigure(groups: Map<string, Candidate[]>): void {
  moveByFigure(groups, isYearless, (period, home) => isDated(home) && home.endsWith(`-${period}`));
  moveByFigure(groups, isUndated, (_, home) => isDated(home) || isYearless(home));
  // A run rate is a year's pace by definition: "an annual run rate of about $150 billion" is told without its time as much
  // as "run rate of about $176 billion" is, and joins the quarter that states its figure.
  moveByFigure(groups, (period, key) => period === 'annual' && readClaimKey(key).metric === 'revenue run rate', (_, home) => isDated(home));
}

function moveByFigure(groups: Map<string, Candidate[]>, movable: (period: string, key: string) => boolean, fits: (period: string, home: string) => boolean): void {
  const families = new Map<string, string[]>();
  for (const key of [...groups.keys()].sort(cmp)) {
    if (!key.startsWith('figure|')) continue;
    const family = key.slice(0, key.lastIndexOf('|'));
    const list = families.get(family);
    if (list) list.push(key);
    else families.set(family, [key]);
  }
  // The distinct figures of each group a mention may join, by modality (a fact's figure is not
  // dated by a forecast's), with the articles that give each (see `dominant`), kept up to date as
  // mentions join it: a group states a few figures many times, and each moving mention is compared with each.
  const figures = new Map<string, Map<string, { figure: Candidate; articles: Set<string> }>>();
  const record = (stated: Map<string, { figure: Candidate; articles: Set<string> }>, c: Candidate) => {
    const figure = `${c.modality}\u0000${exactKey(c.value!)}`;
    const known = stated.get(figure);
    if (known) known.articles.add(c.mention.article);
    else stated.set(figure, { figure: c, articles: new Set([c.mention.article]) });
  };
  const statedIn = (key: string) => {
    let stated = figures.get(key);
    if (!stated) {
      stated = new Map();
      for (const c of groups.get(key)!) if (c.value) record(stated, c);
      figures.set(key, stated);
    }
    return stated;
  };
  /** How many articles give `candidate`'s figure, as it does, in group `key`. */
  const articlesStating = (key: string, candidate: Candidate) => {
    let count = 0;
    for (const { figure, articles } of statedIn(key).values()) if (figure.modality === candidate.modality && sameFigure(figure.value, candidate.value)) count += articles.size;
    return count;
  };
  /**
   * Of several periods that state a figure, none of them the one its article reports on, the one far more articles give
   * it in: an undated "AWS grew 28%" is the quarter thirty outlets date so, not the year one article put it in ("a 28%
   * increase from the same three months of 2025", misread). Far more is DOMINANCE times the next at least.
   */
  const dominant = (homes: string[], candidate: Candidate) => {
    const counts = homes.map((home) => ({ home, count: articlesStating(home, candidate) })).sort((a, b) => b.count - a.count);
    return counts[0]!.count >= DOMINANCE * Math.max(1, counts[1]!.count) ? [counts[0]!.home] : homes;
  };
  // A forecast only with its very number, as forecasts cluster (`clusterValues`): the Street's 38% for June is not its 37.5% for March.
  const states = (key: string, candidate: Candidate, modality = candidate.modality) => {
    for (const { figure } of statedIn(key).values()) if (figure.modality === modality && sameFigure(figure.value, candidate.value) && (modality !== 'forecast' || figure.value!.amount === candidate.value!.amount)) return true;
    return false;
  };
  // A figure told plainly and undated ("its S$12 billion programme") with no fact of that figure to join is the plan or
  // offer of that figure, as in one period (`clustersByModality`); never a forecast, which does not date a fact.
  const statesAsPlanned = (key: string, candidate: Candidate) => candidate.modality === 'fact' && (states(key, candidate, 'plan') || states(key, candidate, 'offer'));
  // "Google Cloud's sales rose 34 percent" in a story on the March quarter, where others put that quarter's growth at 28%:
  // an undated fact that no period states, in a sentence that names its subject, is its article's quarter's, told
  // otherwise, when a fact of that quarter is near it — a rate within a third, a sum within a tenth: two outlets'
  // sums of one fact differ by a rounding or a definition, while a sum three times another is of another span.
  const disputes = (key: string, period: string, candidate: Candidate) =>
    (period === '' || period === 'quarterly') &&
    candidate.modality === 'fact' &&
    candidate.value !== null &&
    reports(candidate.reportedPeriod, periodOf(key)) &&
    [...statedIn(key).values()].some(({ figure: f }) => f.modality === 'fact' && near(f.value!, candidate.value!)) &&
    namesSubject(candidate);
  for (const keys of families.values()) {
    for (const key of keys.filter((k) => movable(periodOf(k), k) && groups.has(k))) {
      const period = periodOf(key);
      const dated = keys.filter((k) => k !== key && groups.has(k) && fits(period, periodOf(k)));
      if (dated.length === 0) continue;
      const stay: Candidate[] = [];
      // A flow's result (revenue, growth, capex), which is known only once its quarter is over.
      const isResult = FLOW_METRICS.has(readClaimKey(key).metric?.replace(/ \(.*\)$/, '') ?? '');
      for (const candidate of groups.get(key)!) {
        const result = isResult && candidate.modality === 'fact';
        // A mention whose sentence names a longer span ("in the first six months of that fiscal year, the division had brought
        // in $80.2 billion") is of no quarter, whatever quarter states its figure.
        const fitting = LONGER_SPAN.test(candidate.mention.quote) ? dated.filter((d) => !/-q[1-4]$/.test(periodOf(d))) : dated;
        // A quarter's result is of no quarter not over when its article was written: "Google Cloud's sales rose 34 percent"
        // in a story of May 2026 is not the 34% of the September quarter.
        let homes = fitting.filter((d) => states(d, candidate) && !(result && notOver(periodOf(d), candidate.writtenIn)));
        // "A year earlier, the unit grew 17%" joins the 17% of a time before its article's quarter where one states it.
        const earlier = period === 'a year earlier' ? homes.filter((d) => beforeReported(periodOf(d), candidate.reportedPeriod)) : [];
        if (earlier.length > 0) homes = earlier;
        // …and a rate told so as its news is not the same rate of a quarter before the one its article reports (a table's
        // 34% of September, in a story on the March quarter): it is the reported quarter's, disputed. (A sum of a quarter
        // before is most often the level the news is compared with: "up from $523 billion".)
        const told = candidate.value?.unit === '%' && homes.length > 0 && homes.every((d) => isQuarterBefore(periodOf(d), candidate.reportedPeriod)) ? fitting.filter((d) => disputes(d, period, candidate)) : [];
        if (told.length === 1) homes = told;
        if (homes.length === 0) homes = fitting.filter((d) => statesAsPlanned(d, candidate));
        if (homes.length === 0) homes = fitting.filter((d) => disputes(d, period, candidate));
        // Several periods with that figure: the one its article reports on, if it is one of them, else the one most articles give.
        if (homes.length > 1) {
          const reported = homes.filter((d) => reports(candidate.reportedPeriod, periodOf(d)));
          homes = reported.length > 0 ? reported : dominant(homes, candidate);
        }
        if (homes.length === 1) {
          groups.get(homes[0]!)!.push(candidate);
          if (candidate.value) record(statedIn(homes[0]!), candidate);
        } else stay.push(candidate);
      }
      if (stay.length > 0) groups.set(key, stay);
      else groups.delete(key);
    }
  }
}

/** A span longer than a quarter that a sentence names: six or nine months, a half, a full year. */
const LONGER_SPAN = /\b(?:first|last|second|past|opening) (?:six|nine|twelve|6|9|12) months\b|\b(?:first|second) half\b|\bfull (?:fiscal |financial )?year\b|上半年|下半年|前(?:六|九|6|9)[个個]月|上期|下期|通期/iu;

/** How many times more articles a period must give a figure in than any other, for an undated mention of it to be of that period. */
const DOMINANCE = 3;

/** Two figures of one fact as two outlets may give them: rates within a third of each other, sums within a tenth. */
const near = (a: Value, b: Value) => a.unit === b.unit && Math.abs(a.amount - b.amount) <= (a.unit === '%' ? 1 / 3 : 0.1) * Math.max(Math.abs(a.amount), Math.abs(b.amount));

/**
 * Whether a candidate's own sentence names its subject (not "the retailer's cloud division", nor the article's company
 * left unsaid) and states no other figure ("backlog $244bn, +22% vs. the $200bn of 3Q25": whose 22% it is, and of what,
 * the sentence leaves open).
 */
const namesSubject = (c: Candidate) => {
  const plain = plainText(c.mention.quote);
  return c.subject !== null && findValues(plain, bareYenOf(plain)).length === 1 && findEntities(plain).some((e) => e.name === c.subject);
};

/**
 * A deal whose sentence names no counterparty ("The Seattle company could invest up to $25
 * billion more") joins the one deal of its subject, kind and period, with a counterparty, that
 * states the same figure ("as much as $25 billion more into Anthropic"); with none or several it
 * stays as it is. (`resolveUnderspecified` has already joined it where only one deal of its kind exists.)
 * One that names no period either ("The spurned package, $20 billion of cash and credits, was the
 * largest it had offered") joins, where no deal of its own period states the figure, the one deal
 * of any period that does ("offered $20 billion to Mistral in March"). Where several deals state the figure, it joins
 * the one whose counterparty its own article names in a deal of any figure (a release on one state's campus that gives
 * the sum spent there with the state, and the pledge without it).
 */
function joinDealByFigure(groups: Map<string, Candidate[]>): void {
  const partyOf = (key: string) => readClaimKey(key).counterparty;
  const withParty = new Map<string, string[]>();
  for (const key of [...groups.keys()].sort(cmp)) {
    const [kind, subject, metric = ''] = key.split('|');
    const colon = metric.indexOf(':');
    if (kind !== 'figure' || colon < 0) continue;
    const family = [kind, subject, metric.slice(0, colon)].join('|');
    const list = withParty.get(family);
    if (list) list.push(key);
    else withParty.set(family, [key]);
  }
  for (const [family, all] of withParty) {
    const periods = [...new Set(['', ...all.map(periodOf)])].filter((period) => groups.has(`${family}|${period}`));
    if (periods.length === 0) continue;
    // Each deal's distinct figures by modality, once: a group states a few figures many times.
    const figures = new Map(all.map((k) => [k, [...new Map(groups.get(k)!.map((d) => [`${d.modality}\u0000${d.value ? exactKey(d.value) : ''}`, d] as const)).values()]]));
    for (const period of periods) {
      const open = groups.get(`${family}|${period}`)!;
      const own = all.filter((k) => periodOf(k) === period);
      const stating = (keys: string[], c: Candidate) => keys.filter((k) => figures.get(k)!.some((d) => d.modality === c.modality && sameFigure(d.value, c.value)));
      const stay = open.filter((c) => {
        let homes = stating(own, c);
        if (homes.length === 0 && period === '') homes = stating(all, c);
        // Of several, the one its own article speaks of ("$11 billion in Butts and Douglas counties" in a release on the Georgia campus).
        if (homes.length > 1) homes = (period === '' ? stating(all, c) : homes).filter((k) => all.some((o) => partyOf(o) === partyOf(k) && groups.get(o)!.some((d) => d.mention.article === c.mention.article)));
        if (homes.length !== 1) return true;
        const home = groups.get(homes[0]!)!;
        home.push({ ...c, key: homes[0]!, counterparty: home[0]!.counterparty });
        return false;
      });
      if (stay.length > 0) groups.set(`${family}|${period}`, stay);
      else groups.delete(`${family}|${period}`);
    }
  }
}

/** The measure a company's guidance for growth is given in, which outlets often leave unsaid. */
const CONSTANT_CURRENCY = ' (constant currency)';

/**
 * "Microsoft expects Azure growth of 37% to 38% in constant currency" and "Microsoft guided to 37% to 38% Azure
 * growth": a company guides growth on one basis, and an outlet that drops the basis states the same guidance. A plan
 * in constant currency joins the plan of its subject, metric and period stated without a basis that gives the same
 * figure; a plan of another figure (guidance as reported, beside the one in constant currency) stays apart, and so do
 * facts, which companies report on both bases ("grew 39%, 38% in constant currency").
 */
function joinGuidanceWithoutBasis(groups: Map<string, Candidate[]>): void {
  for (const key of [...groups.keys()].sort(cmp)) {
    const { metric } = readClaimKey(key);
    if (!key.startsWith('figure|') || !metric?.endsWith(CONSTANT_CURRENCY)) continue;
    const plain = key.replace(`|${metric}|`, `|${metric.slice(0, -CONSTANT_CURRENCY.length)}|`);
    const plans = groups.get(plain)?.filter((c) => c.modality === 'plan');
    if (!plans?.length) continue;
    const joins = (c: Candidate) => c.modality === 'plan' && plans.some((p) => sameFigure(p.value, c.value) && p.value!.amount === c.value!.amount);
    const group = groups.get(key)!;
    // The guidance is told without its basis, as the claim it joins names it.
    groups.get(plain)!.push(...group.filter(joins).map((c) => ({ ...c, key: plain, metric: c.metric!.slice(0, -CONSTANT_CURRENCY.length) })));
    const stay = group.filter((c) => !joins(c));
    if (stay.length > 0) groups.set(key, stay);
    else groups.delete(key);
  }
}

/** Each business unit's parent, as merge keys write names (lower case): oci → oracle. */
const PARENT_IN_KEYS = new Map([...PARENT].map(([unit, parent]) => [unit.toLowerCase(), parent.toLowerCase()]));
const MONEY = new Set(MONEY_UNITS);

/**
 * A sum of money that one outlet gives a company and another its unit, for the same metric
 * and period ("Oracle's remaining performance obligations rose to $455 billion" and, under an
 * "Oracle OCI" column, "$455B RPO (Aug 2025)"), is one figure told at two levels: the parent's
 * mention joins the unit's claim that states the same sum. A percentage may coincide between
 * a company and its unit by chance, and a sum that differs is the parent's own, so neither moves.
 */
function joinParentToUnit(groups: Map<string, Candidate[]>): void {
  for (const key of [...groups.keys()].sort(cmp)) {
    const [kind, subject = '', ...rest] = key.split('|');
    const parent = PARENT_IN_KEYS.get(subject);
    if (kind !== 'figure' || !parent) continue;
    const parentKey = [kind, parent, ...rest].join('|');
    const from = groups.get(parentKey);
    const home = groups.get(key);
    if (!from || !home) continue;
    // Each distinct sum once: a group states a few figures many times.
    const sums = [...new Map(home.flatMap((c) => (c.value && MONEY.has(c.value.unit) ? [[exactKey(c.value), c.value] as const] : []))).values()];
    if (sums.length === 0) continue;
    const unitName = home[0]!.subject;
    const stay = from.filter((c) => {
      if (!sums.some((sum) => sameFigure(sum, c.value))) return true;
      home.push({ ...c, key, subject: unitName });
      return false;
    });
    if (stay.length > 0) groups.set(parentKey, stay);
    else groups.delete(parentKey);
  }
}

/** Each company's units, as merge keys write names: amazon → aws. */
const UNITS_IN_KEYS = new Map<string, string[]>();
for (const [unit, parent] of PARENT_IN_KEYS) UNITS_IN_KEYS.set(parent, [...(UNITS_IN_KEYS.get(parent) ?? []), unit]);

/**
 * An undated sum given to a company ("the backlog is two hundred forty-four billion dollars" in a
 * talk about Amazon) that one of its units states for the same metric, in any period, is that
 * unit's, still undated: `dateByFigure` then dates it as it dates the unit's own undated mentions.
 */
function joinUndatedParentToUnit(groups: Map<string, Candidate[]>): void {
  // Each unit's sums by metric, and its name as written, in one pass: `figure|aws|backlog` → [$244B, …].
  const sums = new Map<string, Map<string, Value>>();
  const names = new Map<string, string | null>();
  for (const [key, list] of groups) {
    const [kind, subject = '', metric = ''] = key.split('|');
    if (kind !== 'figure' || !PARENT_IN_KEYS.has(subject)) continue;
    names.set(subject, list[0]!.subject);
    const family = `${subject}|${metric}`;
    const known = sums.get(family) ?? new Map<string, Value>();
    for (const c of list) if (c.value && MONEY.has(c.value.unit)) known.set(exactKey(c.value), c.value);
    sums.set(family, known);
  }
  const states = (unit: string, metric: string, value: Value | null) => [...(sums.get(`${unit}|${metric}`)?.values() ?? [])].some((sum) => sameFigure(sum, value));
  for (const key of [...groups.keys()].sort(cmp)) {
    const [kind, subject = '', metric = '', period = ''] = key.split('|');
    const units = UNITS_IN_KEYS.get(subject);
    if (kind !== 'figure' || !units || !isUndated(period)) continue;
    const stay = groups.get(key)!.filter((c) => {
      const owners = units.filter((unit) => states(unit, metric, c.value));
      if (owners.length !== 1) return true;
      const unitKey = `figure|${owners[0]}|${metric}|${period}`;
      const home = groups.get(unitKey);
      const moved = { ...c, key: unitKey, subject: names.get(owners[0]!) ?? c.subject };
      if (home) home.push(moved);
      else groups.set(unitKey, [moved]);
      return false;
    });
    if (stay.length > 0) groups.set(key, stay);
    else groups.delete(key);
  }
}

/**
 * Where each candidate was said — its article, section and quote — as a number in that
 * order, equal for one sentence: merging sorts by place again and again, and most of a
 * claim's mentions state one figure, so comparing three strings per step was the costliest
 * part of merging (4,000 articles: 65,000 candidates).
 */
interface Places {
  rank: Map<Candidate, number>;
  /** The mention at each rank. */
  mentions: Mention[];
}

function placesOf(candidates: Candidate[]): Places {
  const byArticle = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byArticle.get(c.mention.article);
    if (list) list.push(c);
    else byArticle.set(c.mention.article, [c]);
  }
  const inArticle = (a: Candidate, b: Candidate) => cmp(a.mention.section, b.mention.section) || cmp(a.mention.quote, b.mention.quote);
  const rank = new Map<Candidate, number>();
  const mentions: Mention[] = [];
  for (const article of [...byArticle.keys()].sort(cmp)) {
    const list = byArticle.get(article)!.sort(inArticle);
    list.forEach((c, i) => {
      if (i === 0 || inArticle(list[i - 1]!, c) !== 0) mentions.push(c.mention);
      rank.set(c, mentions.length - 1);
    });
  }
  return { rank, mentions };
}

/**
 * How far above its number a lower bound still tells the figure another outlet gives: writers round a figure down to
 * the nearest round number they can say ("more than $460 billion" for $464 billion, "north of $200 billion" for $244
 * billion), not to a tenth of it. "More than $5 billion" and "$50 billion" do not contradict each other, and are not
 * one figure either: two claims, neither disputing the other. An upper bound is a ceiling, and the figure others give
 * may stand well below it: "up to 4x better performance per watt" is the "2x better energy efficiency" of another outlet.
 */
const BOUND_REACH = 1.5;

/** Whether a lower bound reaches the other figure (see BOUND_REACH); two figures without one, or two lower bounds, always do. */
function withinReach(a: Value, b: Value): boolean {
  const reach = (bound: Value, other: Value) => bound.bound !== 'min' || other.bound === 'min' || other.amount <= bound.amount * BOUND_REACH;
  return reach(a, b) && reach(b, a);
}

/**
 * A range's upper end as its mention writes it ("guided to 37% to 38%": 38), or undefined where the mention's figure is
 * no range. A range is kept as its lower end, at least, which every higher figure would fit.
 */
const rangeHighs = new WeakMap<Candidate, number | null>();
function rangeHigh(c: Candidate): number | undefined {
  if (c.value?.bound !== 'min') return undefined;
  let high = rangeHighs.get(c);
  if (high === undefined) rangeHighs.set(c, (high = writtenAs(c.mention.quote, c.value).find((f) => f.range)?.high ?? null));
  return high ?? undefined;
}

/** Beyond rounding, above a range's upper end (`rangeHigh`). */
const aboveRange = (amount: number, high: number | undefined) => high !== undefined && amount > high * 1.01;
/** A figure that may lie above a range: any but a ceiling ("up to $30 billion" may stand inside it). */
const floorOf = (c: Candidate) => (c.value!.bound !== 'max' ? c.value!.amount : -Infinity);

/**
 * Whether one mention's figure lies above the other's range, beyond rounding: "37% to 38%" and "at least 40%", "39.5%"
 * or "40% to 42%" are two figures (two guidance ranges that do not overlap disagree), while "37%" and "37.5%" fall in it.
 */
const beyondRange = (a: Candidate, b: Candidate): boolean => aboveRange(floorOf(b), rangeHigh(a)) || aboveRange(floorOf(a), rangeHigh(b));

/**
 * Whether some figure of one cluster lies above a range of the other (`beyondRange` between any two of their mentions),
 * from each cluster's lowest range end and highest figure: linear in the clusters' sizes, not in their product.
 */
function clustersBeyondRange(a: Candidate[], b: Candidate[]): boolean {
  const lowestHigh = (cluster: Candidate[]) => cluster.reduce((low, c) => Math.min(low, rangeHigh(c) ?? Infinity), Infinity);
  const highest = (cluster: Candidate[]) => cluster.reduce((high, c) => Math.max(high, floorOf(c)), -Infinity);
  const [highA, highB] = [lowestHigh(a), lowestHigh(b)];
  return (highA !== Infinity && aboveRange(highest(b), highA)) || (highB !== Infinity && aboveRange(highest(a), highB));
}

/** A claim's figure as a reader is shown it: a range as its two ends ("$175B–$185B", "37%–38%"), else as `formatValue` writes it. */
function shownFigure(value: Value, cluster: Candidate[]): string {
  const range = value.bound === 'min' ? cluster.find((c) => c.value?.amount === value.amount && c.value.unit === value.unit && rangeHigh(c) !== undefined) : undefined;
  return range ? `${formatValue({ amount: value.amount, unit: value.unit })}–${formatValue({ amount: rangeHigh(range)!, unit: value.unit })}` : formatValue(value);
}

/** A share said in tenths: 3割, 約3割, 三成, 近四成 (not 3割5分, which is said to the hundredth). */
const TENTHS = /(?:\d|[一二两兩三四五六七八九])\s?[割成](?![1-9一二三四五六七八九]分)/u;

/**
 * Whether a candidate's share is said in tenths, rounded to the tenth, and `other` rounds to it: 約3割 and 三成 are 28%
 * or 33% another outlet gives, as "about 30%" is not (an approximate percentage agrees within its 5%). A bound in
 * tenths (超过三成, more than 30%) says no rounding.
 */
function inTenths(c: Candidate, other: Value): boolean {
  const v = c.value!;
  return v.unit === '%' && other.unit === '%' && v.bound !== 'min' && v.bound !== 'max' && other.bound !== 'min' && other.bound !== 'max' && v.amount % 10 === 0 && v.amount > 0 && Math.abs(other.amount - v.amount) < 5 && TENTHS.test(c.mention.quote);
}

/** A share said as a fraction: "a third", "three-quarters", "half", 三分之一, 一半. */
const FRACTION_WORDS = /\b(?:thirds?|quarters?|half|fifths?)\b|分之|一半/iu;

/** Whether `quote` writes `amount` as a percentage in digits: "grew 25% in the first quarter" says no quarter as a fraction. */
const writtenInDigits = (amount: number, quote: string): boolean => new RegExp(String.raw`(?<![\d.])${String(amount).replace('.', '\\.')}\s?(?:%|％|percent|per cent)`).test(quote);

/** The percentages a fraction of two to ten parts is: 50, 33.3, 66.7, 25, 75, 20 …, as the reader writes them. */
const FRACTION_PERCENTS = new Set(Array.from({ length: 9 }, (_, i) => i + 2).flatMap((parts) => Array.from({ length: parts - 1 }, (_, k) => Number((((k + 1) / parts) * 100).toFixed(1)))));

/**
 * Whether a candidate's share is said as a fraction, rounded to it, and `other` is within two points: "a third of the
 * market" (33.3%) is the 32% or 35% another outlet gives, and 增长约三分之一 the 34% of another, as "33.3%" would not be;
 * never 30% or 36%. A bound ("more than a third") says no rounding; nor does a round tenth (50%, 20%), nor a figure
 * written in digits beside a fraction word ("grew 25% in the first quarter", "rose 33.3% in the first half").
 */
function inFraction(c: Candidate, other: Value): boolean {
  const v = c.value!;
  return v.unit === '%' && other.unit === '%' && (!v.bound || v.bound === 'approx') && !other.bound && FRACTION_PERCENTS.has(v.amount) && !Number.isInteger(v.amount / 10) && Math.abs(other.amount - v.amount) <= 2 && FRACTION_WORDS.test(c.mention.quote) && !writtenInDigits(v.amount, c.mention.quote);
}

/** A verb that multiplies in a mention's words: "revenue doubled", 营收翻番. */
const MULTIPLYING_VERB = new RegExp(String.raw`\b${MULTIPLIES}\b|翻`, 'iu');

/**
 * Whether a candidate's rise is said by a multiplying verb, a whole multiple with no bound, and `other` rounds to it:
 * "revenue doubled" (+100%) is the +134% another outlet gives (2.34 times, said as twice), as 营收翻番 is; never +160%
 * (2.6 times, nearer to tripled). A bound ("more than doubled") says no rounding.
 */
function inWholeMultiple(c: Candidate, other: Value): boolean {
  const v = c.value!;
  const multiple = 1 + v.amount / 100;
  return v.unit === '%' && other.unit === '%' && !v.bound && other.bound !== 'max' && Number.isInteger(multiple) && multiple >= 2 && Math.round(1 + other.amount / 100) === multiple && MULTIPLYING_VERB.test(c.mention.quote);
}

/** Whether a candidate's figure is said in words that round it (tenths, a fraction, a whole multiple) to `other`. */
const roundedInWords = (c: Candidate, other: Value): boolean => inTenths(c, other) || inFraction(c, other) || inWholeMultiple(c, other);

/** By figure (amount, then bound), then by place. */
function sortCandidates(list: Candidate[], places: Places): Candidate[] {
  return [...list].sort(
    (a, b) =>
      (a.value?.amount ?? 0) - (b.value?.amount ?? 0) ||
      BOUND_ORDER[String(a.value?.bound) as keyof typeof BOUND_ORDER] - BOUND_ORDER[String(b.value?.bound) as keyof typeof BOUND_ORDER] ||
      places.rank.get(a)! - places.rank.get(b)!,
  );
}

/**
 * Splits one key's candidates into clusters of compatible values. Candidates come
 * sorted by value, so a candidate is checked against the ends of the last few
 * clusters only: linear in the group's size, however many values disagree. An
 * approximate figure ("roughly 26%") fits several exact ones (25% and 26%), so the
 * exact figures are clustered first, and each approximate one then joins the nearest
 * cluster it fits, found among the neighbours of its place in the sorted clusters.
 */
function clusterValues(list: Candidate[], places: Places, exact = false): Candidate[][] {
  const clusters: Candidate[][] = [];
  // Two estimates are one only with their very number ("our $37.1bn" is not the Street's $36.9bn, nor "around 27%" the
  // house's 26.5%), bound or not: rounding says nothing of two analysts' numbers, and neither does a bound ("north of 30%"
  // is one house's call, not the 31% another makes, which it admits).
  const sameNumber = (a: Value, b: Value) => a.amount === b.amount;
  // Two different figures of one sentence are two claims, whatever a bound admits: "at least $11 billion in Georgia …; its
  // $20 billion Pennsylvania program".
  const twoInOneSentence = (a: Candidate, b: Candidate) => a.mention.article === b.mention.article && a.mention.quote === b.mention.quote && a.value!.amount !== b.value!.amount;
  const fits = (a: Candidate, b: Candidate) =>
    a.value && b.value
      ? (compatible(a.value, b.value) || roundedInWords(a, b.value) || roundedInWords(b, a.value)) &&
        withinReach(a.value, b.value) &&
        !beyondRange(a, b) &&
        (!exact || sameNumber(a.value, b.value)) &&
        !twoInOneSentence(a, b)
      : a.value === b.value;
  const gap = (cluster: Candidate[], c: Candidate) => Math.abs((cluster[cluster.length - 1]!.value?.amount ?? 0) - (c.value?.amount ?? 0));
  const sorted = sortCandidates(list, places);
  const approximate = sorted.filter((c) => c.value?.bound === 'approx');
  for (const candidate of approximate.length > 0 ? sorted.filter((c) => c.value?.bound !== 'approx') : sorted) {
    // Of the clusters it fits, the one whose last figure is nearest: two bounds of one side always fit each other, and
    // "up to $30 billion" is the "$30 billion" that other outlets give, not the "up to $25 billion" of another deal.
    let home: Candidate[] | undefined;
    for (let i = Math.max(0, clusters.length - 3); i < clusters.length; i++) {
      const cluster = clusters[i]!;
      if (fits(cluster[0]!, candidate) && fits(cluster[cluster.length - 1]!, candidate) && (!home || gap(cluster, candidate) < gap(home, candidate))) home = cluster;
    }
    if (home) home.push(candidate);
    else clusters.push([candidate]);
  }
  if (approximate.length === 0) return clusters;
  // The exact clusters, by their first figure; an approximate one looks two places either side of where it would stand.
  const firsts = clusters.map((c) => c[0]!.value?.amount ?? 0);
  const joined = new Map<Candidate[], Candidate[]>();
  const own: Candidate[][] = [];
  for (const candidate of approximate) {
    const amount = candidate.value!.amount;
    let lo = 0;
    let hi = firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (firsts[mid]! < amount) lo = mid + 1;
      else hi = mid;
    }
    let best: Candidate[] | undefined;
    for (let i = Math.max(0, lo - 2); i < Math.min(clusters.length, lo + 2); i++) {
      const cluster = clusters[i]!;
      if (!fits(cluster[0]!, candidate) || !fits(cluster[cluster.length - 1]!, candidate)) continue;
      const distance = Math.abs(cluster[0]!.value!.amount - amount);
      if (!best || distance < Math.abs(best[0]!.value!.amount - amount)) best = cluster;
    }
    // With no exact figure it fits, it joins the approximate ones before it that it fits, or stands alone.
    const last = own.at(-1);
    if (best) joined.set(best, [...(joined.get(best) ?? []), candidate]);
    else if (last && fits(last[0]!, candidate) && fits(last[last.length - 1]!, candidate)) last.push(candidate);
    else own.push([candidate]);
  }
  // Each cluster keeps its candidates in sorted order, the approximate ones after the exact ones of the same amount.
  const merged = clusters.map((c) => (joined.has(c) ? sortCandidates([...c, ...joined.get(c)!], places) : c));
  return [...merged, ...own].sort((a, b) => (a[0]!.value?.amount ?? 0) - (b[0]!.value?.amount ?? 0) || places.rank.get(a[0]!)! - places.rank.get(b[0]!)!);
}

/** The value a claim shows: the exact figure most mentions give, else the first. */
function representative(cluster: Candidate[]): Value | null {
  // Mentions of one sentence repeated across articles share one value object: count those first.
  const perObject = new Map<Value, number>();
  for (const { value } of cluster) if (value) perObject.set(value, (perObject.get(value) ?? 0) + 1);
  const counts = new Map<string, { value: Value; n: number }>();
  for (const [value, times] of perObject) {
    const entry = counts.get(valueKey(value)) ?? { value, n: 0 };
    entry.n += (value.bound ? 0.5 : 1) * times;
    counts.set(valueKey(value), entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.value.amount - b.value.amount)[0]?.value ?? null;
}

/**
 * The same figure, not one that a bound merely admits: "$200B" and "about $200B", not "more than $10B" and "$25B", nor
 * "up to $20B" and "up to $25B", two bounds of one side that admit each other but are two sums.
 */
const sameFigure = (a: Value | null, b: Value | null) =>
  a !== null &&
  b !== null &&
  compatible(a, b) &&
  (![a.bound, b.bound].some((bound) => bound === 'min' || bound === 'max') || Math.abs(a.amount - b.amount) <= 0.01 * Math.abs(a.amount));

/** How many articles state a cluster's figure. */
const articlesOf = (members: Candidate[]) => new Set(members.map((c) => c.mention.article)).size;

/**
 * The modalities a figure whose words give none may join: "the $200B capex" is the "$200B capex
 * plan" of the story; "Broadcom's $2.3 billion acquisition of Lodestar" is the acquisition another
 * outlet says was prohibited; a forecast only with its very number ("$215B" in an analyst's table is the
 * $215 billion analysts reckon), never one a bound or rounding admits: "AWS grew 28%" is not the
 * "around 27%" the consensus expected. Not hearsay: a figure told plainly confirms what others heard.
 */
const JOINED_BY_FACTS = new Set<Modality>(['plan', 'offer', 'forecast', 'cancelled']);
const joins = (fact: Value | null, home: { modality: Modality; value: Value | null }) =>
  JOINED_BY_FACTS.has(home.modality) &&
  sameFigure(fact, home.value) &&
  (home.modality !== 'forecast' || fact!.amount === home.value!.amount) &&
  // A plan "about $65 billion" is not the $68.1 billion booked that its rounding admits: a told figure joins a plan of its own size.
  Math.abs(fact!.amount - home.value!.amount) <= 0.01 * Math.abs(home.value!.amount);

/**
 * One key's candidates as claims: each modality's values clustered apart (a plan and a
 * fact are never one claim). A cluster of mentions whose words give no modality (`fact`)
 * joins the one cluster of a plan, offer, forecast… that states the same figure: "the
 * $200B capex" and "the $200B capex plan" of one story are one plan.
 */
function clustersByModality(group: Candidate[], places: Places): { modality: Modality; members: Candidate[] }[] {
  const byModality = new Map<Modality, Candidate[]>();
  for (const c of group) {
    const list = byModality.get(c.modality);
    if (list) list.push(c);
    else byModality.set(c.modality, [c]);
  }
  const marked = [...byModality.keys()].filter((m) => m !== 'fact').sort(cmp).flatMap((modality) =>
    clusterValues(byModality.get(modality)!, places, modality === 'forecast').map((members) => ({ modality, members, value: representative(members), articles: articlesOf(members) })),
  );
  const out: { modality: Modality; members: Candidate[] }[] = [];
  for (const members of clusterValues(byModality.get('fact') ?? [], places)) {
    // A figure told plainly is not made hearsay by an outlet that reports it so (`JOINED_BY_FACTS`); nor is a
    // figure far more articles tell plainly than mark made what the few say (one headline's "plan" of a quarter's growth
    // that a hundred outlets report).
    // Nor is a quarter's figure told plainly once that quarter is over a forecast of it: "Azure grew 38% in the June
    // quarter", written in July, is the result, whatever number the consensus had.
    const homes = marked.filter(
      (m) => m.value !== null && members.every((c) => joins(c.value, m) && !(m.modality === 'forecast' && isOver(periodOf(c.key), c.writtenIn))) && articlesOf(members) <= DOMINANCE * m.articles,
    );
    // A figure planned and then called off is the plan where told plainly, as before it was called off.
    const told = homes.filter((m) => m.modality !== 'cancelled');
    const home = told.length > 0 ? told : homes;
    if (home.length === 1) for (const c of members) home[0]!.members.push(c);
    else out.push({ modality: 'fact', members });
  }
  return [...out, ...marked.map(({ modality, members }) => ({ modality, members: sortCandidates(members, places) }))];
}

/** How an offer ended: rejected if any mention says so, else accepted if one does. */
function offerStatusOf(members: Candidate[]): OfferStatus | undefined {
  const said = new Set(members.map((c) => c.offerStatus));
  return said.has('rejected') ? 'rejected' : said.has('accepted') ? 'accepted' : undefined;
}

/** "Amazon capex (2026)", "Amazon offer to OpenAI", "Amazon capex plan (2026)". */
function phrase(c: Pick<Candidate, 'subject' | 'metric' | 'counterparty' | 'period'>, modality: Modality = 'fact', unit?: string): string {
  const subject = c.subject ?? 'unattributed';
  const metric = unit === '%' && c.metric && GROWN_IN_PERCENT.has(c.metric) ? `${c.metric} growth` : c.metric;
  const period = c.period ? ` (${c.period})` : '';
  if (modality === 'offer') {
    const what = c.metric === 'investment' ? 'offer' : `${c.metric ?? 'claim'} offer`;
    return `${subject} ${what}${c.counterparty ? ` to ${c.counterparty}` : ''}${period}`;
  }
  const plan = modality === 'plan' ? ' plan' : '';
  // "AWS Trainium2 chips deployed": a count of chips names the chip it counts before its measure.
  if (c.counterparty && c.metric && CHIP_COUNTS.has(c.metric)) return `${subject} ${c.counterparty} ${c.metric}${plan}${period}`;
  return `${subject} ${metric ?? 'claim'}${plan}${c.counterparty ? ` in ${c.counterparty}` : ''}${period}`;
}
/** The sums whose percentage is how much they grew ("capex rose 38%": capex growth), not a cost's reduction nor a share. */
const GROWN_IN_PERCENT = new Set(METRICS.filter((m) => m.units.includes('%') && m.units.includes('USD') && !m.percentIsReduction).map((m) => m.name));
/** The measures that count chips, whose key names the chip counted where the text does (`countedChip` in readFigures). */
const CHIP_COUNTS = new Set(METRICS.filter((m) => m.units.every((u) => u === 'chips')).map((m) => m.name));

/** How a statement opens for each modality that its phrase does not already say. */
const STATEMENT_LEAD: Partial<Record<Modality, string>> = { forecast: 'Forecast — ', rumour: 'Reported — ', cancelled: 'Cancelled — ' };

function statementOf(first: Candidate, modality: Modality, status: OfferStatus | undefined, value: Value | null, quotes: string[], cluster: Candidate[]): string {
  if (!value || !first.metric) return [...quotes].sort((a, b) => a.length - b.length || cmp(a, b))[0]!;
  const head = phrase(first, modality, value.unit);
  const sentence = `${head.charAt(0).toUpperCase()}${head.slice(1)}: ${shownFigure(value, cluster)}${status ? ` (${status})` : ''}`;
  return `${STATEMENT_LEAD[modality] ?? ''}${sentence}`;
}

/** A cluster's mentions in article, section, quote order, each once (a sentence with two figures of one claim is one mention). */
function distinctMentions(cluster: Candidate[], places: Places): Mention[] {
  const ranks = Int32Array.from(cluster, (c) => places.rank.get(c)!).sort();
  return Array.from(ranks.filter((r, i) => i === 0 || ranks[i - 1] !== r), (r) => places.mentions[r]!);
}

/** Turns candidates into merged claims and the conflicts between them. */
export function mergeClaims(candidates: Candidate[], outletOf: (articleId: string) => string): { claims: Claim[]; conflicts: Conflict[] } {
  const groups = new Map<string, Candidate[]>();
  const orphans: Candidate[] = [];
  for (const candidate of candidates) {
    if (isOrphan(candidate)) {
      orphans.push(candidate);
      continue;
    }
    const group = groups.get(candidate.key);
    if (group) group.push(candidate);
    else groups.set(candidate.key, [candidate]);
  }
  resolveUnderspecified(groups);
  dateYearlessByArticle(groups);
  joinUndatedParentToUnit(groups);
  dateByFigure(groups);
  joinParentToUnit(groups);
  joinDealByFigure(groups);
  // Then again: a contract told from its other side may now be the one deal a sentence without its counterparty states.
  joinContractSides(groups, sameFigure);
  joinDealByFigure(groups);
  joinGuidanceWithoutBasis(groups);
  joinKindredDeals(groups);
  joinByDominantFigure(groups, sameFigure, orphans);
  keepArticlesModality(groups);
  const places = placesOf([...groups.values()].flat());

  const claims: Claim[] = [];
  const conflicts: Conflict[] = [];
  const taken = new Set<string>();
  for (const key of [...groups.keys()].sort(cmp)) {
    const group = groups.get(key)!;
    const made = clustersByModality(group, places).map(({ modality, members: cluster }) => {
      // The claim's period is its most precise mention's: undated mentions may have joined it. One whose mentions all
      // joined it undated ("Google Cloud's sales rose 34 percent", set against the quarter's 28%) has its key's.
      const precise = (c: Candidate) => c.period !== null && isDated(c.period.toLowerCase());
      const dated = cluster.find(precise) ?? group.find(precise) ?? cluster.find((c) => c.period !== null) ?? cluster[0]!;
      const first = { ...cluster[0]!, period: dated.period };
      const value = representative(cluster);
      const mentions = distinctMentions(cluster, places);
      const status = modality === 'offer' ? offerStatusOf(cluster) : undefined;
      const statement = statementOf(first, modality, status, value, mentions.map((m) => m.quote), cluster);
      // The key names the modality in place of `figure`: a plan and a fact are two claims.
      const claimKey = key.startsWith('figure|') ? `${modality}${key.slice('figure'.length)}` : key;
      let id = `${slugify(statement).slice(0, 60).replace(/-+$/, '') || 'claim'}-${shortHash(`${claimKey}\u0000${valueKey(value)}`, 6)}`;
      for (let n = 2; taken.has(id); n++) id = `${id}-${n}`;
      taken.add(id);
      const claim: Claim = {
        id,
        url: siteUrls.claim(id),
        topic: modality === 'forecast' ? 'prediction' : first.topic === 'prediction' ? 'other' : first.topic,
        statement,
        subject: first.subject,
        metric: first.metric,
        value,
        period: first.period,
        modality,
        ...(status ? { offerStatus: status } : {}),
        key: claimKey,
        mentions,
      };
      return { claim, cluster };
    });
    claims.push(...made.map((m) => m.claim));
    // Only figures in the same unit and modality can disagree: "4x" and "800 TFLOPS" measure
    // different things, and a forecast or a plan is not contradicted by what happened. Nor do
    // forecasts contradict each other: two analysts' estimates differ by nature.
    // Nor is a plan revised ("raised its capex plan to about $215 billion") disputed by the plan it replaced: it is a later plan.
    const plans = made.filter((m) => m.claim.modality === 'plan' && m.claim.value).length;
    const sides = new Map<string, typeof made>();
    for (const m of made) {
      const round = roundOf(m.claim);
      if (!m.claim.value || m.claim.modality === 'forecast' || !(pinnedInTime(m.claim) || round)) continue;
      if (m.claim.modality === 'plan' && plans > 1 && m.cluster.some(revised)) continue;
      const side = `${m.claim.value.unit}\u0000${m.claim.modality}\u0000${round ?? ''}`;
      sides.set(side, [...(sides.get(side) ?? []), m]);
    }
    for (const same of sides.values()) {
      // A figure disputes only figures it contradicts: "more than $5 billion" beside $50 billion is no dispute (BOUND_REACH).
      const contradicted = same.filter((m) => same.some((o) => o !== m && (!compatible(o.claim.value!, m.claim.value!) || clustersBeyondRange(m.cluster, o.cluster)) && !twoBases(o.claim, m.claim) && !otherSites(o.claim, m.claim) && !totalAndPart(o.claim, m.claim) && !preliminaryAndFinal(o.claim, m.claim) && !plansOfTwoTimes(o, m)));
      const disputed = withinDisputeRange(disputedBetweenOutlets(contradicted, outletOf));
      if (disputed.length > 1) conflicts.push(conflictOf(disputed, outletOf));
    }
  }
  return { claims, conflicts };
}

/**
 * Whether two plans were told at two times: every article of the one written in quarters before every article of the other.
 * "About $200 billion" in the spring and "about $215 billion" in the autumn are the plan as it stood then, moved since,
 * not two outlets disputing it. (A plan whose articles are undated, or whose times overlap, may still be disputed.)
 */
function plansOfTwoTimes(a: { claim: Claim; cluster: Candidate[] }, b: { claim: Claim; cluster: Candidate[] }): boolean {
  if (a.claim.modality !== 'plan' || b.claim.modality !== 'plan') return false;
  // Each plan's quarters of writing, earliest first ('' where an article is undated).
  const [ta, tb] = [a, b].map(({ cluster }) => cluster.map((c) => c.writtenIn ?? '').sort());
  if (ta!.includes('') || tb!.includes('')) return false;
  return ta!.at(-1)! < tb![0]! || tb!.at(-1)! < ta![0]!;
}

/** Whether a plan's mention tells its figure as the plan revised (`tellsRevision`), where its sentence gives that figure. */
function revised(c: Candidate): boolean {
  return writtenAs(c.mention.quote, c.value!).some((f) => tellsRevision(plainText(c.mention.quote), f.start, f.end));
}

/**
 * Capex said with what finance leases add, or without it: "including finance leases", "which excludes finance leases"; in
 * Chinese and Japanese 含融资租赁 (包括, 计入), 不含融資租賃 (不包括, 未计入, 扣除), ファイナンス・リースを含む, ファイナンス・リースを除く.
 */
const FINANCE_LEASES_CJK = String.raw`(?:(?:融资|融資)(?:租赁|租賃)|ファイナンス・?リース)`;
const LEASES_IN = new RegExp(String.raw`\b(?:includ(?:es|ing|ed)|incl\.?|plus|with|and)\s+(?:the\s+)?(?:principal (?:payments|repayments) (?:on|of)\s+)?finance[- ]leases?\b|(?:含|包含|包括|计入|計入|加上)(?:了)?${FINANCE_LEASES_CJK}|${FINANCE_LEASES_CJK}(?:を|も)?含(?:む|め|んだ)`, 'iu');
const LEASES_OUT = new RegExp(String.raw`\b(?:exclud(?:es|ing|ed)|excl\.?|not including|without|before|ex-)\s*(?:the\s+)?(?:principal (?:payments|repayments) (?:on|of)\s+)?finance[- ]leases?\b|(?:不含|不包含|不包括|未含|未计入|未計入|不计入|不計入|扣除|剔除)(?:了)?${FINANCE_LEASES_CJK}|${FINANCE_LEASES_CJK}(?:を|は)?(?:除く|除いた|含まない|含めない|除外)`, 'iu');

/**
 * Whether two claims are one figure on two bases each of their every mention names: "capital expenditures including
 * finance leases were $30 billion" and "cash paid for property and equipment, which excludes finance leases, was $18
 * billion" measure one quarter's capex two ways, and neither disputes the other. A figure that names no basis (most
 * outlets give either as "capex") still disputes both.
 */
function twoBases(a: Claim, b: Claim): boolean {
  const [x, y] = [basisOf(a), basisOf(b)];
  return (x !== '' && y !== '' && x !== y) || withAndWithoutDebt(a, b);
}

/**
 * Words right after a deal's price that add the debt of the company bought ("$18.4 billion including debt", "$10.1 billion
 * including Kestrel's convertible notes", 含债务); right before it, its enterprise value ("an enterprise value of $7.4B", 企業価値), or
 * debt counted in first (負債を含め184億ドル, 転換社債を含む).
 */
const DEBT_AFTER = /^\s*(?:[,，(（]\s*)?(?:(?:including|incl\.?|with|plus)\s+(?:[\w'’-]+\s+){0,3}?(?:debt|borrowings|convertible notes)\b|[（(]?(?:含|包括|包含)(?:其)?(?:债务|債務|负债|負債))/iu;
const DEBT_BEFORE = /(?:\benterprise value|企业价值|企業價值|企業価値|(?:転換)?社債を含(?:む|め)|\b(?:including|incl\.?)\s+(?:[\w'’-]+\s+){0,3}?(?:debt|borrowings|convertible notes)\b[^.;]{0,60}|(?:负债|負債|債務|债务)(?:を|も)?含(?:め|む|めた)?|(?:含|包括|包含)(?:其)?(?:债务|債務|负债|負債))[^.;。；]{0,24}$/iu;
/** Whether a claim prices a deal with the debt it takes on: one of its mentions' own words say so, as of the same sum. */
const withDebt = new WeakMap<Claim, boolean>();
function pricedWithDebt(claim: Claim): boolean {
  let known = withDebt.get(claim);
  if (known === undefined) {
    const value = claim.value;
    const saysDebt = (quote: string) => value !== null && writtenAs(quote, value).some((f) => DEBT_AFTER.test(quote.slice(f.end, f.end + 60)) || DEBT_BEFORE.test(quote.slice(Math.max(0, f.start - 40), f.start)));
    withDebt.set(claim, (known = claim.mentions.some((m) => saysDebt(m.quote))));
  }
  return known;
}

/** The metrics of a deal's price, told with the debt it takes on or without. */
const DEAL_VALUES = new Set(['acquisition', 'valuation']);

/**
 * Whether two prices of one deal are its value with the debt it takes on and without: "an equity value of $12.9 billion" and
 * "$18.4 billion including debt" price one agreement two ways, and neither disputes the other.
 */
function withAndWithoutDebt(a: Claim, b: Claim): boolean {
  return DEAL_VALUES.has(a.metric ?? '') && a.metric === b.metric && pricedWithDebt(a) !== pricedWithDebt(b);
}

const leaseBasis = memoByText((quote: string) => (LEASES_OUT.test(quote) ? 'out' : LEASES_IN.test(quote) ? 'in' : ''));

/** Each claim's basis, worked out once: a group of claims is compared pair by pair, and a claim of the bench has 800 mentions. */
const BASES = new WeakMap<Claim, string>();
function basisOf(claim: Claim): string {
  let basis = BASES.get(claim);
  if (basis === undefined) {
    const bases = new Set(claim.mentions.map((m) => leaseBasis(m.quote)));
    basis = bases.size === 1 ? [...bases][0]! : '';
    BASES.set(claim, basis);
  }
  return basis;
}

/** Measures of a place, not of a period: what a site runs or draws. */
const SITE_MEASURES = new Set(['chips deployed', 'power capacity', 'cluster size']);

/** A cluster named by its number or its order ("Colossus 2", "the first Colossus", "Project Rainier"), as the news names sites. */
const NAMED_SITE = /\b(?:(?<order>first|original|second|new)\s+)?Colossus(?:[\s-]?(?<number>\d))?\b|\bProject\s+(?<project>[A-Z]\w+)|\bStargate\s+(?<stargate>[A-Z]\w+)/g;

/** The sites a mention's sentence names: a cluster by its name, a country or US state (places.ts). */
function sitesOf(quote: string): Set<string> {
  const sites = placesNamed(quote);
  for (const m of quote.matchAll(NAMED_SITE)) {
    const { order, number, project, stargate } = m.groups!;
    if (project) sites.add(`Project ${project}`);
    else if (stargate) sites.add(`Stargate ${stargate}`);
    else if (number || order) sites.add(`Colossus ${number ?? (order === 'second' || order === 'new' ? '2' : '1')}`);
  }
  return sites;
}

/**
 * Whether two figures of what a site runs or draws (chips deployed, power capacity, a cluster's size) are of two sites: a dispute needs the
 * same site, named on both sides or on neither. "Project Rainier's campus is designed for about 2.2 gigawatts" beside
 * "its Mississippi cluster draws about 0.8 gigawatts", or "the first Colossus now runs about 230,000 GPUs" beside "Colossus
 * 2 runs 550,000", are two sites' figures filed under one company, not outlets disagreeing; so is a site's beside one
 * whose sentence names none (the 0.8 gigawatts of a Japanese sentence that left its site in the sentence before).
 */
function otherSites(a: Claim, b: Claim): boolean {
  if (!SITE_MEASURES.has(a.metric ?? '') || a.metric !== b.metric) return false;
  const [x, y] = [sitesOfClaim(a), sitesOfClaim(b)];
  return (x.size === 0) !== (y.size === 0) || otherPlaces(x, y);
}

/** The sites a claim's mentions name, read once per claim (a claim is compared with each other side of its key). */
const claimSites = new WeakMap<Claim, Set<string>>();
function sitesOfClaim(claim: Claim): Set<string> {
  let sites = claimSites.get(claim);
  if (!sites) claimSites.set(claim, (sites = new Set(claim.mentions.flatMap((m) => [...sitesOf(m.quote)]))));
  return sites;
}

/**
 * A figure told as preliminary or estimated, before the results are final: "preliminary results", "a flash estimate", "its
 * early estimate", "estimated its operating profit at", 初步业绩, 初值, 业绩快报, 速報, 暫定値, 概算値 (not 预估, a forecast). Not where the figure is told as
 * final ("final results showed …, slightly above its preliminary estimate": `FINAL`).
 */
const PRELIMINARY = /\b(?:preliminary|provisional|flash|advance) (?:results|figures|numbers|estimates?|earnings|data|reading)\b|\b(?:early|initial|preliminary|provisional|flash) estimates?\b|\bestimated (?:its|their|the (?:company|group)['’]s) [^.;]{0,40}?\bat\b|\bin preliminary\b|初步(?:业绩|業績|数据|數據|统计|統計|核算|估计|估計|结果|結果|财报|財報)|初值|(?:业绩|業績)快[报報]|速報値?|暫定値|概算値/iu;
/** A figure told as the final one: "final results", "final figures", 最终业绩, 确定值, 確報, 確定値. */
const FINAL = /\bfinal (?:results|figures|numbers|earnings|data|reading|accounts)\b|\b(?:full|audited) results\b|最终(?:业绩|数据|结果)|最終(?:業績|數據|結果)|确定值|確定値|確報/iu;

/** Whether a mention's quote tells its figure as preliminary, not final (asked of every pair of claims that disagree: kept). */
const toldPreliminary = memoByText((quote: string) => PRELIMINARY.test(quote) && !FINAL.test(quote));

/**
 * Whether one claim is a preliminary figure and the other is not: every mention of the first tells it as preliminary
 * (`PRELIMINARY`), none of the other's does unless it also tells itself final (`FINAL`). A company's flash estimate of a
 * quarter's operating profit and its final figure a few weeks later differ by a revision, not a dispute between outlets
 * ("estimated its operating profit for the third quarter at 12.1 trillion won in preliminary results" and "final results
 * showed operating profit of 12.2 trillion won"); two preliminary figures still dispute each other, and so do two finals.
 */
function preliminaryAndFinal(a: Claim, b: Claim): boolean {
  const preliminary = (claim: Claim) => {
    const n = claim.mentions.filter((m) => toldPreliminary(m.quote)).length;
    return n === 0 ? 'none' : n === claim.mentions.length ? 'all' : 'some';
  };
  const [x, y] = [preliminary(a), preliminary(b)];
  return (x === 'all' && y === 'none') || (x === 'none' && y === 'all');
}

/**
 * A sum said to be what has built up: "in total", "a total of", "so far", "to date", "all told", "cumulative", "bringing its
 * total to", a company that "has invested" (a running total, as English news says it), 总额, 累计, 合计, 总容量, 迄今, 出資総額,
 * 累計, これまでに.
 */
const TOTAL_WORDS = /\b(?:in total|a total of|total (?:investment|stake|holding|commitment|funding|capacity|spending)s?|so far|to date|all told|altogether|cumulative(?:ly)?|in aggregate)\b|\bbring(?:s|ing)? (?:its|their|the) (?:total|stake|holding|investment)\b|\bha(?:s|ve) (?:now |so far |already )?(?:invested|put|poured|sunk|deployed)\b|总额|總額|总计|總計|合计|合計|累计|累計|総額|総計|总容量|總容量|总投资|總投資|迄今|至今|これまでに|これまで/iu;
/** Measures that build up, tranche by tranche or site by site: a deal's sum, chips deployed, power capacity. */
const ACCUMULATING = new Set([...METRICS.filter((m) => m.counterparty).map((m) => m.name), 'chips deployed', 'power capacity']);

/**
 * Whether two claims of a measure that builds up are a total and a part of it: the larger said as what has built up
 * (`TOTAL_WORDS`) in every mention, the smaller in none. SoftBank's "出資総額は346億ドル" (its total in OpenAI) and its "$22.5bn
 * follow-on investment" (a tranche), or a company's contracted capacity "in total" beside one campus's, are not one figure
 * told two ways, and neither disputes the other. Two totals still do, and so does a part said larger than the total.
 */
function totalAndPart(a: Claim, b: Claim): boolean {
  const metric = a.metric?.replace(/ \(.*\)$/, '') ?? '';
  if (!ACCUMULATING.has(metric) || !a.value || !b.value) return false;
  const [total, part] = a.value.amount >= b.value.amount ? [a, b] : [b, a];
  return totalSaid(total) === 'all' && totalSaid(part) === 'none';
}

/** Whether all, some or none of a claim's mentions say its sum is a total (`TOTAL_WORDS`): read once per claim, not per pair. */
const totalsSaid = new WeakMap<Claim, 'all' | 'some' | 'none'>();
function totalSaid(claim: Claim): 'all' | 'some' | 'none' {
  let said = totalsSaid.get(claim);
  if (!said) {
    const n = claim.mentions.filter((m) => TOTAL_WORDS.test(m.quote)).length;
    totalsSaid.set(claim, (said = n === 0 ? 'none' : n === claim.mentions.length ? 'all' : 'some'));
  }
  return said;
}

/** A funding round named by its letter: "its Series G round", "a $30 billion Series G", シリーズG, G轮融资. */
const ROUND = /\bSeries ([A-K])\b|シリーズ\s?([A-K])(?![A-Za-z])|(?<![A-Za-z])([A-K])\s?[轮輪]/;

/**
 * The one round a deal's every mention names ("Anthropic has closed a $30 billion Series G funding round" and "it raised
 * $20bn in its Series G round"), or null: a company raises each lettered round once, so two sums of it are one round told
 * two ways, pinned as a dated figure is, whatever else the company raised. So is the valuation a round set: "valued at
 * $90 billion after its Series E" and "its Series D valued it at $40 billion" are two rounds' valuations, not a dispute.
 */
function roundOf(claim: Claim): string | null {
  const metric = claim.metric?.replace(/ \(.*\)$/, '') ?? '';
  if (!DEALS.has(metric) && metric !== 'valuation') return null;
  const rounds = new Set(claim.mentions.map((m) => {
    const named = ROUND.exec(m.quote);
    return named ? (named[1] ?? named[2] ?? named[3])! : null;
  }));
  return rounds.size === 1 ? [...rounds][0]! : null;
}

/**
 * A move of the shares is a day's, and a claim does not record the day; so is a company's market value, and a sale of
 * its bonds (a company sells many, a day each).
 */
const MARKET_MOVES = new Set(['share price', 'share price growth', 'market value', 'market value growth', 'bond sale']);

/** The measures of a deal between two parties (an investment, an acquisition), which a claim names with its other side. */
const DEALS = new Set(METRICS.filter((m) => m.counterparty).map((m) => m.name));

/**
 * Whether a claim says when its figure held, so that another figure of it can contradict it: a flow (revenue,
 * capex, growth) only with a year, half or quarter — "capex (annual): $131B" and "about $200B" are two years' —,
 * and so a plan, an offer or a report of one, which a company may make again and again; never a share price, which
 * moves from day to day; a stock (a backlog, a valuation) as of the articles' time. A deal that names neither its
 * other side nor its time is any of a company's deals: "Amazon, which has invested $8 billion in the start-up" and "a
 * supply deal with Amazon … worth roughly $18 billion" are two deals, not two figures of one.
 */
function pinnedInTime(claim: Claim): boolean {
  const metric = claim.metric?.replace(/ \(.*\)$/, '') ?? '';
  if (MARKET_MOVES.has(metric)) return false;
  const dated = claim.period !== null && isDated(claim.period.toLowerCase());
  // Nor is a pledge to invest that names no other side, dated or not: "AWS commits $12.7 billion to its Indian cloud
  // regions through 2030" and "Amazon will invest more than $35 billion by 2030" are two of the pledges, by country and
  // business, that a company makes many of, not two figures of one.
  if ((!dated || claim.modality === 'plan') && DEALS.has(metric) && !readClaimKey(claim.key).counterparty) return false;
  // A run rate is the pace of the day it is told: "$150 billion in annualized sales" and "about $175.6 billion" a few
  // quarters later are two paces, not a dispute, unless both are dated.
  return dated || (claim.modality === 'fact' && !FLOW_METRICS.has(metric) && metric !== 'revenue run rate');
}

/**
 * The figures of one measure that outlets dispute: each must be given by an outlet that gives
 * no other of them. An outlet does not disagree with itself; where every outlet of a figure
 * also gives another figure of the same measure (a TL;DR's 4x beside its body's 4.4x for
 * another chip), the figure is more likely misread than disputed, and "outlets disagree"
 * would mislead: it stays a claim of its own, out of the conflict.
 */
function disputedBetweenOutlets<T extends { claim: Claim }>(made: T[], outletOf: (articleId: string) => string): T[] {
  const outlets = made.map(({ claim }) => new Set(claim.mentions.map((m) => outletOf(m.article))));
  return made.filter((_, i) => [...outlets[i]!].some((outlet) => outlets.every((others, j) => j === i || !others.has(outlet))));
}

/**
 * How far apart two figures of one measure may be and still be outlets disagreeing: disputes over a figure are
 * about its size ("$244B" against "more than $464B", 28% against 21%), not about its order. A figure several
 * times another of the same key ("AWS revenue (2026-Q1): $244B" beside $37.6B) is another quantity misread as
 * this one — the order book for the revenue — and "outlets disagree" would mislead.
 */
const DISPUTE_RATIO = 3;

/**
 * The disputed figures that stay in the conflict: those within `DISPUTE_RATIO` of the figure most mentions give
 * (the first of the ties by amount); the others stay claims of their own, out of the conflict.
 */
function withinDisputeRange<T extends { claim: Claim }>(made: T[]): T[] {
  if (made.length < 2) return made;
  const amountOf = (m: T) => Math.abs(m.claim.value!.amount);
  const main = [...made].sort((a, b) => b.claim.mentions.length - a.claim.mentions.length || amountOf(a) - amountOf(b))[0]!;
  const base = amountOf(main);
  return made.filter((m) => {
    const amount = amountOf(m);
    return amount === base || (amount > 0 && base > 0 && Math.max(amount, base) / Math.min(amount, base) <= DISPUTE_RATIO);
  });
}

function conflictOf(made: { claim: Claim; cluster: Candidate[] }[], outletOf: (articleId: string) => string): Conflict {
  const ordered = [...made].sort((a, b) => b.claim.mentions.length - a.claim.mentions.length || a.claim.value!.amount - b.claim.value!.amount);
  const outlets = (claim: Claim) => [...new Set(claim.mentions.map((m) => outletOf(m.article)))].sort(cmp);
  const parts = ordered.map(({ claim }, i) => {
    const names = outlets(claim);
    const who = names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ');
    const plural = names.length > 1;
    const figure = shownFigure(claim.value!, ordered[i]!.cluster);
    return i === 0 ? `${who} ${plural ? 'put' : 'puts'} the ${phrase(ordered[0]!.cluster[0]!, ordered[0]!.claim.modality, ordered[0]!.claim.value!.unit)} at ${figure}` : `${who} ${plural ? 'say' : 'says'} ${figure}`;
  });
  const reason = `${parts.join('; ')}.`;
  return { claims: ordered.map((m) => m.claim.id), reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
