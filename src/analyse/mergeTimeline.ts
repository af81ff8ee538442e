/**
 * Merges the articles' timelines into one. Entries of the same month are one
 * event when they name the same distinctive actor (a product, or a company that
 * is not in most entries) with a compatible action and figure, or when their
 * words largely agree; different events of one month stay apart. Impossible
 * dates are warnings naming the file and line. Near-linear: entries are bucketed
 * by month and actor, never compared all against all.
 */
import type { Article, TimelineEvent, Value, Warning } from '../schemas.ts';
import { shortHash, siteUrls, slugify } from '../urls.ts';
import { findEntities } from './entities.ts';
import { compatible, findValues } from './parseValue.ts';
import { memoByText } from '../memoByText.ts';

interface Entry {
  article: string;
  date: string;
  month: string;
  text: string;
  actors: string[];
  action: string | null;
  words: Set<string>;
  values: Value[];
}

const ACTIONS: [string, RegExp][] = [
  ['launch', /\b(?:launch|unveil|announce|introduce|release|debut|ship|open)\w*/i],
  ['invest', /\b(?:invest|fund|stake|commit|rais)\w*/i],
  ['report', /\b(?:report|post|earn)\w*/i],
  ['expand', /\b(?:expan|build|grow)\w*/i],
  ['acquire', /\b(?:acquir|buy|bought|merg)\w*/i],
  ['partner', /\b(?:partner|sign|agree|deal)\w*/i],
];
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

/** What an entry's text says: who, doing what, in which words, with which figures (timelines repeat lines word for word). */
const describe = memoByText((text: string): Pick<Entry, 'actors' | 'action' | 'words' | 'values'> => ({
  actors: [...new Set(findEntities(text).map((e) => e.name))],
  action: ACTIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? null,
  words: wordsOf(text),
  values: findValues(text).map((f) => f.value),
}));

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

function sameEvent(a: Entry, b: Entry, distinctive: (name: string) => boolean): boolean {
  if (a.values.length > 0 && b.values.length > 0 && !a.values.some((x) => b.values.some((y) => compatible(x, y)))) return false;
  const sharedActor = a.actors.some((x) => distinctive(x) && b.actors.includes(x));
  if (sharedActor && (a.action === null || b.action === null || a.action === b.action)) return true;
  // "AWS launches Bedrock" and "AWS launches Trainium": alike in words, about different things.
  if (!sharedActor && a.actors.some(distinctive) && b.actors.some(distinctive)) return false;
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
      entries.push({ article: article.id, date, month: date.slice(0, 7), text: entry.text, ...describe(entry.text) });
    }
  }
  entries.sort((a, b) => cmp(a.date, b.date) || cmp(a.article, b.article) || cmp(a.text, b.text));
  // An actor most entries name (the digest's own subject) says nothing about which event it is.
  const frequency = new Map<string, number>();
  for (const e of entries) for (const actor of e.actors) frequency.set(actor, (frequency.get(actor) ?? 0) + 1);
  const kinds = new Map(entries.flatMap((e) => findEntities(e.text)).map((e) => [e.name, e.kind]));
  const distinctive = (name: string) => kinds.get(name) === 'product' || (frequency.get(name) ?? 0) < Math.max(2, entries.length * 0.4);

  const byMonth = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byMonth.get(e.month);
    if (list) list.push(e);
    else byMonth.set(e.month, [e]);
  }
  const events: TimelineEvent[] = [];
  for (const month of [...byMonth.keys()].sort(cmp)) {
    for (const cluster of clusterMonth(byMonth.get(month)!, distinctive)) events.push(eventOf(cluster));
  }
  return { events: events.sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id)), warnings };
}

/**
 * Clusters one month's entries. Clusters are indexed by their actors and words, so
 * an entry is compared only with clusters it shares a token with, and only with
 * their first few members.
 */
function clusterMonth(entries: Entry[], distinctive: (name: string) => boolean): Entry[][] {
  const clusters: Entry[][] = [];
  const index = new Map<string, number[]>();
  for (const entry of entries) {
    const tokens = [...entry.actors.filter(distinctive).map((a) => `@${a}`), ...entry.words];
    const candidates = new Set<number>();
    for (const token of tokens) {
      const list = index.get(token);
      if (list) for (let k = 0; k < list.length && k < 50; k++) candidates.add(list[k]!);
    }
    const matches = (i: number) => {
      const cluster = clusters[i]!;
      for (let k = 0; k < cluster.length && k < 5; k++) if (sameEvent(entry, cluster[k]!, distinctive)) return true;
      return false;
    };
    const home = [...candidates].sort((a, b) => a - b).find(matches);
    const at = home ?? clusters.push([]) - 1;
    if (home !== undefined) clusters[home]!.push(entry);
    else clusters[at]!.push(entry);
    for (const token of tokens) {
      const list = index.get(token);
      if (!list) index.set(token, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  }
  return clusters;
}

function eventOf(cluster: Entry[]): TimelineEvent {
  const sample = cluster.slice(0, 20);
  const score = (e: Entry) => sample.reduce((sum, o) => sum + (o === e ? 0 : jaccard(e.words, o.words)), 0);
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
