/**
 * The other party of a deal an entry tells, where the vocabulary does not know it: a proper name after a deal's
 * preposition or verb ("a $9.7 billion cloud deal with IREN", "agrees to acquire Ampere", "invests in Scale AI").
 * The same sum with two unknown parties, or with one unknown and one known, is two deals; without this, an entry
 * whose counterparty no table lists looks like any other deal of its company.
 */
import { findEntities, findMetrics } from './entities.ts';
import { placesNamed } from './places.ts';

/**
 * A capitalised name of up to three words after "with", "from", a verb of buying or backing, "start-up" ("a deal for the
 * cloud security start-up Wiz"), or "in" after money put in ("invests $14.3 billion in Scale AI"; not "lands in Paris", nor "by", a round's lead),
 * where the name ends its phrase: not a town or a product before the kind it qualifies ("from the Seattle giant",
 * "with ChatGPT's developer").
 */
const PARTY = /\b(?:with|from|acquires?|acquired|acquiring|buys?|bought|buying|backs|backed|takes? over|took over|start-?ups?|(?:invest\w*|stakes?|puts?|pours?|pumps?)\b[^,;]{0,30}?\b(?:in|into))\s+(?:the\s+)?((?:[A-Z][\w&.]*[\w&])(?:\s+[A-Z][\w&.]*[\w&]){0,2})(?=\s*$|[.,;:!?)]|\s+(?:for|in|at|to|worth|over|on|as|after|and|valued|in a|—|-)\s)/g;
/**
 * Capitalised words that are no company: a funding round's series, a period, a month, a project or a programme, and
 * the capitals of technology ("AI", "GPU").
 */
const NOT_A_PARTY = /^(?:Series|Round|Q[1-4]|H[12]|FY\d*|January|February|March|April|May|June|July|August|September|October|November|December|Project|Stargate|AI|GPUs?|CPUs?|TPUs?|HBM|LLMs?|Data|Cloud|Chips?|Compute|Capacity|Its|Their|His|Her)\b/;

/** Whether a capitalised name is one the vocabulary does not know: no company, product, place, metric, nor any word above. */
export const isUnknownName = (name: string): boolean => !NOT_A_PARTY.test(name) && findEntities(name).length === 0 && placesNamed(name).size === 0 && findMetrics(name).length === 0;

/** The unknown parties an entry names, as written. */
export function unknownParties(text: string): Set<string> {
  return new Set([...text.matchAll(PARTY)].map((m) => m[1]!).filter(isUnknownName));
}
