/**
 * One company named in full by one outlet and shortly by another — "Dominion Energy" and "Dominion", "Southern Company"
 * and "Southern" — where the vocabulary knows neither name: the short name is the full one's when exactly one full name
 * the build has opens with it, word for word. Names the vocabulary knows keep their own aliases (Siemens is not
 * Siemens Energy).
 */
import { claimKey, type Candidate } from './extractClaims.ts';
import { findEntities } from './entities.ts';

/** Whether the vocabulary knows no company or product in `name`. */
const isUnknown = (name: string) => findEntities(name).length === 0;

/** The full name each short unknown name stands for, among `names`: sorted, the names a short one begins follow it. */
function fullNames(names: ReadonlySet<string>): Map<string, string> {
  const unknown = [...names].filter(isUnknown).sort();
  const full = new Map<string, string>();
  unknown.forEach((short, i) => {
    const longer: string[] = [];
    for (let j = i + 1; j < unknown.length && unknown[j]!.startsWith(short); j++) if (unknown[j]!.startsWith(`${short} `)) longer.push(unknown[j]!);
    if (longer.length === 1) full.set(short, longer[0]!);
  });
  return full;
}

/** `candidates` with each short unknown name of a subject or counterparty given as its full name, and their keys made again. */
export function withUnknownNamesJoined(candidates: Candidate[]): Candidate[] {
  const names = new Set(candidates.flatMap((c) => [c.subject, c.counterparty].filter((name): name is string => name !== null)));
  const full = fullNames(names);
  if (full.size === 0) return candidates;
  return candidates.map((c) => {
    const subject = (c.subject && full.get(c.subject)) ?? c.subject;
    const counterparty = (c.counterparty && full.get(c.counterparty)) ?? c.counterparty;
    // A figure's key is made of its parts again; a forecast without a figure keeps its words' key, orphans theirs.
    if ((subject === c.subject && counterparty === c.counterparty) || !c.key.startsWith('figure|')) return c;
    return { ...c, subject, counterparty, key: claimKey(subject, c.metric, counterparty, c.period) };
  });
}
