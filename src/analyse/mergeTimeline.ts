/**
 * Merges the articles' timelines into one. Each entry is read with the claims' reader —
 * the companies and products it names, the counterparty, the metrics, the figures, whether
 * it is called off — and entries of the same month are one event when what they are about
 * agrees: nothing they both name differs (another company, another chip, another metric,
 * another figure) and something they both name is the same (a product, a metric, a
 * counterparty, a figure), or, naming none of these, their words largely agree. So
 * paraphrases of one event merge however they are worded, and different events of one
 * month stay apart however alike their words. Impossible dates are warnings naming the
 * file and line. Near-linear: entries are bucketed by month and by what they name,
 * never compared all against all.
 */
import type { Article, TimelineEvent, Value, Warning } from '../schemas.ts';
import { shortHash, siteUrls, slugify } from '../urls.ts';
import { findEntities, findMetrics, unknownSubject } from './entities.ts';
import { compatible, findValues, MONEY_UNITS } from './parseValue.ts';
import { callsOff } from './modality.ts';
import { companyGroup } from './vocabulary.ts';
import { memoByText } from '../memoByText.ts';
import { inReaderWords } from './inOtherWords.ts';

/** What an entry is about, as the claims' reader reads it. */
interface About {
  /** The companies it names, each as its group (AWS is Amazon's). */
  companies: Set<string>;
  products: Set<string>;
  metrics: Set<string>;
  values: Value[];
  action: string | null;
  cancelled: boolean;
  words: Set<string>;
  /** What it is indexed by when clustering: its products, metrics, companies and words, each marked by its kind. */
  tokens: string[];
}

interface Entry {
  article: string;
  date: string;
  month: string;
  text: string;
  /** Shared by every entry of the same text. */
  about: About;
}

/** Kinds of act, one row each, the first that matches: a launch is not an investment. */
const ACTIONS: [string, RegExp][] = [
  // Turning a deal down is an act of its own, whatever the deal: "OpenAI rejects Amazon's investment proposal", "says no to", "passes on".
  ['reject', /\b(?:reject|rebuff|spurn|snub|turn(?:s|ed|ing)? (?:down|away)|declin(?:e|es|ed|ing) (?:an?|the|its|\w+['’]s)\b|pass(?:es|ed)? on\b|says? no to\b|walk(?:s|ed)? away from\b)\w*/i],
  // "opens to every cloud tenant": available to all is a launch.
  ['launch', /\b(?:launch|unveil|introduc|releas|debut|ship|roll(?:s|ed)? out|mak(?:e|es) (?:\w+ )?available|general availability|preview|opens? (?:up )?to (?:all|every|any)\b)\w*/i],
  // A cheque or an injection of money is an investment, however worded.
  ['invest', /\b(?:invest|fund|stake|commit|rais|back(?:s|ed|ing)\b|pour|tranche|top(?:s|ped|ping)? up\b|adds? (?:another|a further|an additional)\b|puts? (?:another|a further|an additional)\b|cheques?\b|injection|infusion|bankroll)\w*/i],
  ['acquire', /\b(?:acquir|buy|bought|merg|takeover)\w*/i],
  ['partner', /\b(?:partner|sign|agree|team(?:s|ed)? up|alliance|collaborat)\w*/i],
];
/** Words before a running total: "bringing its total to", "taking its stake to", "for a total of". */
const RUNNING_TOTAL = /\b(?:total|stake|holding)\s+(?:\w+\s+){0,2}?(?:to|of)\s+$/i;
const STOP = new Set('a an the and or of to in on at for by with from its it as is are was were be this that into than new first'.split(' '));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `2023-9` → `2023-09`; null for an impossible date. */
export function normaliseDate(raw: string): string | null {
  const match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(raw.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? null : Number(match[3])];
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return null;
  const mm = String(month).padStart(2, '0');
  return day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}$:.-]+/gu)?.map((w) => w.replace(/[.:-]+$/, '')).filter((w) => w.length > 1 && !STOP.has(w)) ?? []);

/** What an entry's text is about (timelines repeat lines word for word, so each is read once). */
const describe = memoByText((written: string): About => {
  // Read in the reader's words: "Sam Altman's company" is OpenAI, "buildings and servers" capital spending.
  const text = inReaderWords(written);
  const entities = findEntities(text);
  const companies = new Set(entities.filter((e) => e.kind === 'company').map((e) => companyGroup(e.name)));
  if (entities.length === 0) {
    const unknown = unknownSubject(text);
    if (unknown) companies.add(unknown);
  }
  // An entry is about the first metric and the first product it names: "Amazon posts record capex, led by AWS data
  // centres" is about capex, "Amazon announces Trainium3 as the successor to Trainium2" about Trainium3.
  // Where phrases start together the longest names it ("order backlog", "revenue growth"); "growth" alone only when nothing else is named.
  const named = findMetrics(text).filter((m) => !m.metric.movement).sort((a, b) => a.start - b.start || b.end - a.end);
  const main = named.find((m) => !/^(?:year-over-year |yoy )?growth$/i.test(text.slice(m.start, m.end))) ?? named[0];
  const product = entities.find((e) => e.kind === 'product');
  // "…, bringing its total to $8 billion": a running total, not the sum of this event.
  const values = findValues(text).flatMap((f) => (RUNNING_TOTAL.test(text.slice(Math.max(0, f.start - 40), f.start)) ? [] : [f.value]));
  const products = new Set(product ? [product.name] : []);
  const metrics = new Set(main ? [main.metric.name] : []);
  const words = wordsOf(text);
  return {
    companies,
    products,
    metrics,
    values,
    action: ACTIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? null,
    cancelled: callsOff(text),
    words,
    tokens: [...[...products].map((p) => `%${p}`), ...[...metrics].map((m) => `#${m}`), ...[...companies].map((c) => `@${c}`), ...words],
  };
});

const shares = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));
/** Both name some, and none in common: "AWS launches Bedrock" and "AWS launches Trainium" are two events. */
const differ = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && !shares(a, b);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Whether two entries' texts report one event: a function of what they are about, so each pair of texts is judged once. */
const judged = new WeakMap<About, Map<About, boolean>>();
function sameEvent(a: About, b: About): boolean {
  let known = judged.get(a);
  if (!known) judged.set(a, (known = new Map()));
  let same = known.get(b);
  if (same === undefined) known.set(b, (same = judgeSameEvent(a, b)));
  return same;
}

function judgeSameEvent(a: About, b: About): boolean {
  if (a.values.length > 0 && b.values.length > 0 && !a.values.some((x) => b.values.some((y) => compatible(x, y)))) return false;
  if (a.cancelled !== b.cancelled || differ(a.companies, b.companies)) return false;
  // Two deals of one company with other parties ("… with CoreWeave", "… with Oracle") are two events.
  const within = (x: Set<string>, y: Set<string>) => [...x].every((c) => y.has(c));
  if (a.companies.size > 1 && b.companies.size > 1 && !within(a.companies, b.companies) && !within(b.companies, a.companies)) return false;
  // The same sum between the same two parties is one deal, whatever each calls it ("commits $38 billion", "a $38 billion compute contract").
  const sameParties = a.companies.size > 1 && a.companies.size === b.companies.size && within(a.companies, b.companies);
  if (sameParties && a.values.some((x) => MONEY_UNITS.includes(x.unit) && b.values.some((y) => compatible(x, y)))) return true;
  if (differ(a.products, b.products) || differ(a.metrics, b.metrics)) return false;
  // A sum of money names one deal; a percentage ("Azure up 39%") one result only of a company both name.
  const sameFigure = a.values.some((x) => (MONEY_UNITS.includes(x.unit) || shares(a.companies, b.companies)) && b.values.some((y) => compatible(x, y)));
  if (a.action !== null && b.action !== null && a.action !== b.action && !sameFigure) return false;
  if (shares(a.products, b.products) || shares(a.metrics, b.metrics) || sameFigure) return true;
  // One company calling something off twice in a month is one event however it is told ("Redmond shelves a build").
  if (a.cancelled && b.cancelled && shares(a.companies, b.companies)) return true;
  // A deal named with its two parties: "Amazon invests in Anthropic", "Anthropic gets Amazon's backing".
  if (a.action !== null && a.action === b.action && a.companies.size > 1 && [...a.companies].every((c) => b.companies.has(c))) return true;
  return jaccard(a.words, b.words) >= 0.5;
}

/** One timeline from every article's entries, plus a warning for every impossible date. */
export function mergeTimeline(articles: Article[]): { events: TimelineEvent[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const entries: Entry[] = [];
  for (const article of articles) {
    for (const entry of article.timeline) {
      const date = normaliseDate(entry.date);
      if (!date) {
        warnings.push({ file: article.file, line: entry.line, message: `impossible timeline date "${entry.date}"; the entry is left out of the timeline` });
        continue;
      }
      if (entry.text === '') continue;
      entries.push({ article: article.id, date, month: date.slice(0, 7), text: entry.text, about: describe(entry.text) });
    }
  }
  entries.sort((a, b) => cmp(a.date, b.date) || cmp(a.article, b.article) || cmp(a.text, b.text));

  const byMonth = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byMonth.get(e.month);
    if (list) list.push(e);
    else byMonth.set(e.month, [e]);
  }
  const events: TimelineEvent[] = [];
  for (const month of [...byMonth.keys()].sort(cmp)) {
    for (const cluster of clusterMonth(byMonth.get(month)!)) events.push(eventOf(cluster));
  }
  return { events: events.sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id)), warnings };
}

/**
 * Clusters one month's entries. Clusters are indexed by what they name (products,
 * metrics, companies) and by their words, so an entry is compared only with clusters it
 * shares a token with, and only with their first few members.
 */
function clusterMonth(entries: Entry[]): Entry[][] {
  const clusters: Entry[][] = [];
  const index = new Map<string, number[]>();
  // The clusters an entry shares a token with, each once: marked with the entry's number.
  const seenBy: number[] = [];
  entries.forEach((entry, n) => {
    const { tokens } = entry.about;
    const candidates: number[] = [];
    for (const token of tokens) {
      const list = index.get(token);
      if (!list) continue;
      for (let k = 0; k < list.length && k < 50; k++) {
        const i = list[k]!;
        if (seenBy[i] !== n) {
          seenBy[i] = n;
          candidates.push(i);
        }
      }
    }
    const matches = (i: number) => {
      const cluster = clusters[i]!;
      for (let k = 0; k < cluster.length && k < 5; k++) if (sameEvent(entry.about, cluster[k]!.about)) return true;
      return false;
    };
    const home = candidates.sort((a, b) => a - b).find(matches);
    const at = home ?? clusters.push([]) - 1;
    if (home !== undefined) clusters[home]!.push(entry);
    else clusters[at]!.push(entry);
    for (const token of tokens) {
      const list = index.get(token);
      if (!list) index.set(token, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  });
  return clusters;
}

function eventOf(cluster: Entry[]): TimelineEvent {
  const sample = cluster.slice(0, 20);
  const score = (e: Entry) => sample.reduce((sum, o) => sum + (o === e ? 0 : jaccard(e.about.words, o.about.words)), 0);
  const lead = [...sample].sort((a, b) => score(b) - score(a) || a.text.length - b.text.length || cmp(a.text, b.text))[0]!;
  const dates = [...new Set(cluster.map((e) => e.date))].sort(cmp);
  const date = dates.find((d) => d.length === 10) ?? dates[0]!;
  // The id comes from the words, not the kind of spaces between them.
  const words = lead.text.replace(/\s+/g, ' ');
  const id = `event-${lead.month}-${slugify(words).slice(0, 48).replace(/-+$/, '')}-${shortHash(`${lead.month}\u0000${words}`, 6)}`;
  return {
    id,
    date,
    text: lead.text,
    url: siteUrls.event(id),
    mentions: cluster.map((e) => ({ article: e.article, date: e.date, text: e.text })).sort((a, b) => cmp(a.article, b.article) || cmp(a.text, b.text)),
  };
}
