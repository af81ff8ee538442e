/**
 * One contract told from either side. "OpenAI signed a $38 billion compute deal with AWS", "the ChatGPT maker commits
 * $38 billion to Amazon's cloud" and "our thirty-eight-billion-dollar compute agreement with OpenAI" (Amazon speaking)
 * are one priced contract between a buyer and a cloud seller, whichever party an outlet makes the subject and
 * whether it names the seller by its cloud unit or its group. Deals of other parties, or of another size, stay apart.
 */
import type { Value } from '../schemas.ts';
import type { Candidate } from './extractClaims.ts';
import { plainText } from './extractClaims.ts';
import { CLOUD_UNITS, companyGroup } from './vocabulary.ts';

/** A sentence that words a deal as a contract for computing: a contract, agreement, deal or commitment, and what it buys. */
const CONTRACT = /\b(?:contracts?|agreements?|agreed|deals?|commit(?:s|ted|ting|ments?)?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|orders?)\b|协议|協議|合同|合約|契約|采购|採購/i;
const COMPUTE = /\b(?:compute|computing|capacity|servers?|cloud|rent(?:s|ed|ing)?)\b|算力|运算资源|運算資源|合同|合約|契約/i;

/** What decides whether two mentions of a deal agree; `id` names it. */
interface Reading {
  modality: Candidate['modality'];
  value: Value | null;
  group: string;
  contract: boolean;
  id: string;
}

/** How many of `readings` are each reading. */
function tally(readings: Reading[]): Map<Reading, number> {
  const counts = new Map<Reading, number>();
  for (const r of readings) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

/**
 * Whether a candidate words its deal as a contract for computing: its sentence says a contract and what it buys, or says
 * a contract with a cloud unit as one party ("OpenAI committed $38 billion over seven years to AWS").
 */
function wordsComputeContract(c: Candidate): boolean {
  const plain = plainText(c.mention.quote);
  return CONTRACT.test(plain) && (COMPUTE.test(plain) || CLOUD_UNITS.has(c.subject!) || CLOUD_UNITS.has(c.counterparty!));
}

const partiesOf = (c: Candidate) => (c.subject && c.counterparty ? [companyGroup(c.subject), companyGroup(c.counterparty)] : null);
const periodOf = (key: string) => key.split('|')[3] ?? '';
/** How precisely a key's period dates it: a year's quarter or a year, a quarter without its year, none. */
const precision = (period: string) => (period === '' ? 0 : /^q[1-4]$/.test(period) ? 1 : 2);

/**
 * Joins deal groups (`figure|subject|metric:counterparty|period`) whose parties are the same two companies as groups,
 * in either order: a mention joins the group that states its figure, in its modality, in the most mentions, where their
 * periods agree (or either is undated, or is a quarter without its year) and — where the parties stand the other way round — both word the deal as a
 * contract for computing. `sameFigure` is the merge's own test of two figures agreeing.
 */
export function joinContractSides(groups: Map<string, Candidate[]>, sameFigure: (a: Value | null, b: Value | null) => boolean): void {
  const byParties = new Map<string, string[]>();
  for (const [key, group] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [kind, , metric = ''] = key.split('|');
    const parties = partiesOf(group[0]!);
    if (kind !== 'figure' || !metric.includes(':') || !parties || parties[0] === parties[1]) continue;
    const pair = `${metric.slice(0, metric.indexOf(':'))}\u0000${[...parties].sort().join('\u0000')}`;
    byParties.set(pair, [...(byParties.get(pair) ?? []), key]);
  }
  for (const keys of byParties.values()) {
    if (keys.length < 2) continue;
    // Decided on the groups as they were read, so that the order of the keys does not decide.
    const read = new Map(keys.map((k) => [k, [...groups.get(k)!]]));
    // A group's mentions counted by what decides agreeing (modality, figure, subject's group, contract wording): a
    // pair's mentions are many where a corpus repeats a deal, their readings few, so each pair of readings is compared once.
    const readings = new Map<string, Reading>();
    const readingOf = new Map<Candidate, Reading>();
    for (const group of read.values()) {
      for (const c of group) {
        const [modality, value, group, contract] = [c.modality, c.value, companyGroup(c.subject!), wordsComputeContract(c)];
        const id = JSON.stringify([modality, value, group, contract]);
        if (!readings.has(id)) readings.set(id, { modality, value, group, contract, id });
        readingOf.set(c, readings.get(id)!);
      }
    }
    const tallies = new Map(keys.map((k) => [k, tally(read.get(k)!.map((c) => readingOf.get(c)!))]));
    const agreeing = new Map<string, boolean>();
    const agrees = (c: Reading, d: Reading) => {
      const pair = `${c.id}\u0000${d.id}`;
      let yes = agreeing.get(pair);
      if (yes === undefined) agreeing.set(pair, (yes = d.modality === c.modality && sameFigure(d.value, c.value) && (c.group === d.group || (c.contract && d.contract))));
      return yes;
    };
    // A quarter told without its year ("q4") fits that quarter of any year ("2025-q4"), and a year any of its quarters
    // (a contract "signed in 2025" is the one of 2025's fourth quarter).
    const fits = (a: string, b: string) =>
      a === b || a === '' || b === '' || (/^q[1-4]$/.test(a) && b.endsWith(`-${a}`)) || (/^q[1-4]$/.test(b) && a.endsWith(`-${b}`)) || (/^\d{4}$/.test(a) && b.startsWith(`${a}-q`)) || (/^\d{4}$/.test(b) && a.startsWith(`${b}-q`));
    const homes = new Map<string, string>();
    const homeOf = (key: string, c: Reading) => {
      const stating = keys.filter((k) => fits(periodOf(k), periodOf(key))).map((k) => ({ k, n: [...tallies.get(k)!].reduce((n, [d, count]) => (agrees(c, d) ? n + count : n), 0) }));
      const best = Math.max(...stating.map((s) => s.n));
      // Of groups that state it as often, the more precisely dated, then the first by key: each mention picks the same.
      return stating.filter((s) => s.n === best).map((s) => s.k).sort((a, b) => precision(periodOf(b)) - precision(periodOf(a)) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    };
    const moves: [Candidate, string, string][] = [];
    for (const key of keys) {
      for (const c of read.get(key)!) {
        const r = readingOf.get(c)!;
        const known = `${key}\u0000${r.id}`;
        const home = homes.get(known) ?? homes.set(known, homeOf(key, r)).get(known)!;
        if (home !== key) moves.push([c, key, home]);
      }
    }
    for (const [c, from, home] of moves) {
      const stay = groups.get(from)!.filter((d) => d !== c);
      if (stay.length > 0) groups.set(from, stay);
      else groups.delete(from);
      const first = read.get(home)![0]!;
      groups.set(home, [...(groups.get(home) ?? []), { ...c, key: home, subject: first.subject, counterparty: first.counterparty }]);
    }
  }
}
