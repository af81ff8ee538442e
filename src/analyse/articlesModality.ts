/**
 * A figure an article repeats without the words that gave its status: a table's cell, or a figure referred back to ("the
 * $2.4bn deal"), is as hearsay or as called off as its article's telling of it.
 */
import type { Modality } from '../schemas.ts';
import { writtenAs, type Candidate } from './extractClaims.ts';

/** What an article may say once of a figure it then repeats plainly: hearsay, or called off. */
const SAID_ONCE = new Set<Modality>(['rumour', 'cancelled']);

/** A table's cell: no words of its own say how its figure is meant. */
const isCell = (c: Candidate) => c.mention.section === 'table' || c.mention.section.startsWith('table: ');

/** Right before a figure, the words that refer back to one already told: "The $2.4bn deal", "its $8.2 billion agreement", 这笔24亿美元的. */
const REFERRING_BEFORE = /(?:\b(?:the|its|their|this)\s+(?:[\w'’-]+\s+){0,2}|(?:这笔|這筆|该笔|該筆|此笔|此筆|上述|该|該))$/i;

/** A figure whose words refer back to one the article tells elsewhere: they do not say how it is meant. */
const refersBack = (c: Candidate) => writtenAs(c.mention.quote, c.value!).some((f) => REFERRING_BEFORE.test(c.mention.quote.slice(0, f.start)));

/**
 * Each figure an article repeats without its status words takes the status the article's telling gave it, hearsay or called
 * off: a table's cell of the same subject, measure and figure ("| 1X | Talks | ~$1B |" under "People familiar with the talks
 * say 1X is raising about $1 billion"), and a figure whose words refer back to the same figure told so ("The $2.4bn deal was
 * arranged by …" after "withdrew its $2.4 billion secured bond"), of the same period or with none. A sentence that tells
 * the figure in words of its own keeps them ("the contract formally announced in November was $38 billion" beside "talks
 * on a $38 billion contract, US media reported"), and another outlet's telling is its own (`clustersByModality`).
 */
export function keepArticlesModality(groups: Map<string, Candidate[]>): void {
  // A cell is of its row's subject and its column's measure; words that refer back name no more than the figure.
  const cellOf = (c: Candidate) => `${c.mention.article}\u0000${c.subject}\u0000${c.metric}\u0000${c.counterparty}\u0000${c.value!.unit}\u0000${c.value!.amount}`;
  const figureOf = (c: Candidate) => `${c.mention.article}\u0000${c.value!.unit}\u0000${c.value!.amount}`;
  const said = new Map<string, Candidate[]>();
  const add = (key: string, c: Candidate) => {
    const list = said.get(key);
    if (list) list.push(c);
    else said.set(key, [c]);
  };
  for (const group of groups.values()) {
    for (const c of group) {
      if (!SAID_ONCE.has(c.modality) || c.value === null) continue;
      add(cellOf(c), c);
      add(figureOf(c), c);
    }
  }
  if (said.size === 0) return;
  const toldOf = (c: Candidate): Candidate[] | undefined => (isCell(c) ? said.get(cellOf(c)) : said.has(figureOf(c)) && refersBack(c) ? said.get(figureOf(c)) : undefined);
  for (const [key, group] of groups) {
    if (!group.some((c) => c.modality === 'fact' && c.value !== null && said.has(figureOf(c)))) continue;
    groups.set(key, group.map((c) => {
      if (c.modality !== 'fact' || c.value === null) return c;
      const told = new Set(toldOf(c)?.filter((o) => c.period === null || o.period === c.period).map((o) => o.modality));
      return told.size === 1 ? { ...c, modality: [...told][0]! } : c;
    }));
  }
}
