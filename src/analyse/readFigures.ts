/**
 * Reads the claims one sentence (or one table cell) makes: for each figure, the
 * metric named nearest to it in its clause, the subject (company, product or
 * group) the clause is about, the counterparty of a deal, and the period.
 */
import type { Value } from '../schemas.ts';
import { findValues } from './parseValue.ts';
import { findEntities, findMetrics, type FoundEntity } from './findEntities.ts';
import { parsePeriod, type PeriodContext } from './parsePeriod.ts';
import { companyGroup, type MetricEntry } from './vocabulary.ts';

/** One figure read from a sentence, before merging. */
export interface Figure {
  subject: string | null;
  metric: MetricEntry;
  counterparty: string | null;
  value: Value;
  period: string | null;
}

/** What the rest of the article tells a sentence it cannot tell itself. */
export interface SentenceContext extends PeriodContext {
  /** The company the article is about (first in its title), used when a sentence names none. */
  fallbackSubject: string | null;
  /** What a bare `¥` means in this article: yen, or yuan in Chinese text. */
  bareYen: 'JPY' | 'CNY';
}

const CLAUSE_BREAK = /[;:()—–]|,(?!\d{3})|\s(?:and|but|while|which|whereas|although|compared to|versus|vs\.?)\s/g;

/** The clause around [start, end): from the previous clause break to the next one. */
function clauseAround(sentence: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (match.index >= end) {
      to = match.index;
      break;
    }
  }
  return { from, to };
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

const within = (x: { start: number; end: number }, c: { from: number; to: number }) => x.start >= c.from && x.end <= c.to;

function nearest<T extends { start: number; end: number }>(items: T[], target: { start: number; end: number }): T | undefined {
  return [...items].sort((a, b) => distance(a, target) - distance(b, target) || a.start - b.start)[0];
}

/**
 * The parties of a deal: the investor is named explicitly ("from X", "X's", "X
 * invests/offered/committed"), else it is the company the article is about, else the
 * first company that is not a target; the counterparty is a company after "to/in/into/
 * for/with", nearest in the clause first.
 */
function dealParties(sentence: string, companies: FoundEntity[], clause: { from: number; to: number }, fallback: string | null) {
  const before = (e: FoundEntity) => sentence.slice(Math.max(0, e.start - 6), e.start).toLowerCase();
  const after = (e: FoundEntity) => sentence.slice(e.end, e.end + 30).toLowerCase();
  const isTarget = (e: FoundEntity) => /\b(?:to|in|into|with|for)\s+$/.test(before(e));
  const isInvestor = (e: FoundEntity) =>
    /\bfrom\s+$/.test(before(e)) || /^['’]s\b/.test(after(e)) || /^\s+(?:\w+\s+){0,3}(?:invest|offer|commit|pledg|put|pour)/.test(after(e));
  const targetNames = new Set(companies.filter(isTarget).map((e) => e.name));
  const local = companies.filter((e) => within(e, clause));
  // "X's" names the investor only in the figure's own clause; "from X" anywhere in the sentence.
  const explicit = local.find(isInvestor) ?? companies.find((e) => /\bfrom\s+$/.test(before(e)));
  const subject = explicit?.name ?? fallback ?? companies.find((e) => !targetNames.has(e.name))?.name ?? null;
  const others = (list: FoundEntity[]) => list.filter((e) => subject === null || companyGroup(e.name) !== companyGroup(subject));
  const target = others(local).find(isTarget) ?? others(local)[0] ?? others(companies)[0];
  return { subject, counterparty: target?.name ?? null };
}

/** "…of the first-generation Trainium", "…than H100", "compared to Inferentia": what a figure is measured against. */
const BASELINE = /\b(?:of|than|over|versus|vs\.?|compared\s+(?:to|with)|against|relative\s+to)\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * The products (or companies) a sentence measures its figures against ("4x the memory
 * of the first Trainium", "cheaper than the NVIDIA H100"), left out when the sentence
 * names another one to be the subject.
 */
function withoutBaselines(sentence: string, products: FoundEntity[]): FoundEntity[] {
  const subjects = products.filter((p) => !BASELINE.test(sentence.slice(Math.max(0, p.start - 40), p.start)));
  return subjects.length > 0 ? subjects : products;
}

/** Every figure `sentence` states with a metric we know; figures with no metric are skipped. */
export function readFigures(sentence: string, context: SentenceContext): Figure[] {
  const values = findValues(sentence, context.bareYen);
  if (values.length === 0) return [];
  const entities = findEntities(sentence);
  const metrics = findMetrics(sentence);
  const figures: Figure[] = [];
  for (const found of values) {
    const clause = clauseAround(sentence, found.start, found.end);
    const fits = metrics.filter((m) => m.metric.units.includes(found.value.unit) && distance(m, found) <= 60);
    // Metric words that overlap another figure belong to it (the "up" of "up to 4x").
    const free = fits.filter((m) => !values.some((v) => v !== found && m.start < v.end && m.end > v.start));
    const chosen = nearest(free.filter((m) => within(m, clause)), found) ?? nearest(free, found);
    if (!chosen) continue;
    // "Capex rose 20%": the verb only moves the metric named in its clause; alone, it is revenue growth.
    const movement = chosen.metric.movement;
    const metric = movement ? (nearest(free.filter((m) => !m.metric.movement && within(m, clause)), found) ?? chosen) : chosen;
    // "Revenue fell 8%": growth of -8%. "Inference costs rose 40%": a reduction of -40%.
    const negative = movement !== undefined && found.value.unit === '%' && (movement === 'down') !== Boolean(metric.metric.percentIsReduction);
    const value = negative ? { ...found.value, amount: -found.value.amount } : found.value;
    // A company named inside the figure ("485,000 Nvidia chips") made what was counted; it does not own the figure.
    const companies = entities.filter((e) => e.kind === 'company' && !(e.start >= found.start && e.end <= found.end));
    const products = withoutBaselines(sentence, entities.filter((e) => e.kind === 'product'));
    const groups = entities.filter((e) => e.kind === 'group');
    let subject: string | null;
    let counterparty: string | null = null;
    if (metric.metric.counterparty) {
      ({ subject, counterparty } = dealParties(sentence, companies, clause, context.fallbackSubject));
    } else {
      // "expansion of AWS", "access to OpenAI": a company named after a preposition that
      // does not follow a metric is what the sentence is about, not whose figure it is.
      const isObject = (e: FoundEntity) => {
        const from = Math.max(0, e.start - 40);
        const match = /(\S+)\s+(?:of|to|into|with|from|across)\s+$/i.exec(sentence.slice(from, e.start));
        if (!match) return false;
        const wordEnd = from + match.index + match[1]!.length;
        return !metrics.some((m) => m.end === wordEnd);
      };
      const actors = withoutBaselines(sentence, companies).filter((e) => !isObject(e));
      const owners = actors.length > 0 ? actors : context.fallbackSubject ? [] : companies;
      const inClause = (list: FoundEntity[]) => nearest(list.filter((e) => within(e, clause)), found);
      const chosen = metric.metric.productSubject
        ? (inClause(products) ?? products[0] ?? inClause(owners) ?? owners[0])
        : (inClause(owners) ?? inClause(groups) ?? owners[0] ?? groups[0]);
      subject = chosen?.name ?? context.fallbackSubject;
    }
    const clauseText = sentence.slice(clause.from, clause.to);
    const period = parsePeriod(clauseText, sentence, context) ?? metric.metric.impliedPeriod ?? null;
    figures.push({ subject, metric: metric.metric, counterparty, value, period });
  }
  return figures;
}
