/**
 * Where the build splits a gold claim: for each gold claim whose mentions the build files
 * under more than one claim (or under none), the build's claims with their keys (modality,
 * subject, metric, period) and how many of the gold mentions each holds. The key field that
 * differs between two parts of one gold claim is what the reader read otherwise, which a
 * list of missed pairs does not say. Dev part only: the test part's misses are never read.
 */
import { claimsFor, type SystemOutput } from './scoring.ts';
import type { Gold } from './scoring.ts';

interface Part {
  key: string;
  mentions: { file: string; line: number; quote: string }[];
}

/** The parts of one gold claim in the build: by the build's claim key, the mentions found under none last. */
function partsOf(claim: Gold['claims'][number], system: SystemOutput): Part[] {
  const values = claim.mentions.map((m) => m.value);
  const byKey = new Map<string, Part>();
  for (const mention of claim.mentions) {
    const found = claimsFor(mention, values, system.claims).matching;
    const keys = found.length ? found.map((c) => c.key ?? c.id) : ['(in no claim)'];
    for (const key of keys) {
      const part = byKey.get(key) ?? { key, mentions: [] };
      part.mentions.push(mention);
      byKey.set(key, part);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key === '(in no claim)' ? 1 : b.key === '(in no claim)' ? -1 : b.mentions.length - a.mentions.length));
}

/** The report: split gold claims, the most mentions split off first, each part with up to `samples` of its mentions. */
export function splitReport(gold: Gold, system: SystemOutput, samples = 3): string {
  const split = gold.claims
    .map((claim) => ({ claim, parts: partsOf(claim, system) }))
    .filter(({ parts }) => parts.length > 1 || parts[0]?.key === '(in no claim)')
    .map((s) => ({ ...s, off: s.parts.slice(1).reduce((n, p) => n + p.mentions.length, 0) + (s.parts[0]!.key === '(in no claim)' ? s.parts[0]!.mentions.length : 0) }))
    .sort((a, b) => b.off - a.off || a.claim.id.localeCompare(b.claim.id));
  const lines: string[] = [];
  for (const { claim, parts } of split) {
    lines.push(`${claim.id} (${claim.modality}, ${claim.mentions.length} mentions): ${claim.about}`);
    for (const part of parts) {
      lines.push(`  ${part.mentions.length} × ${part.key}`);
      for (const m of part.mentions.slice(0, samples)) lines.push(`      ${m.file}:${m.line} "${m.quote.length > 90 ? `${m.quote.slice(0, 87)}…` : m.quote}"`);
    }
  }
  return `${split.length} gold claims split or unfound\n${lines.join('\n')}\n`;
}
