import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPairProbes, type PairProbe } from '../helpers/probePairs.ts';
import { analyse } from '../../src/analyse/analyse.ts';

// Invented pairs of one-figure articles by two outlets (test/fixtures/pair-probes/): the same fact in other words, periods,
// units and languages; two outlets that disagree; and look-alikes that are other facts (another company or unit, period,
// metric, chip, or a forecast beside an actual). Each file's name ends with what a careful reader says of the two figures,
// written before the reader was run on them (test/helpers/probePairs.ts).
const probes = readPairProbes(path.join(import.meta.dirname, '..', 'fixtures', 'pair-probes'));

/** What the reader makes of a probe's two figures: one claim, two disputed claims, two claims apart, or no claim from one side. */
function relationOf(probe: PairProbe): 'same' | 'conflict' | 'apart' | 'no claim' {
  const { claims, conflicts } = analyse(probe.articles);
  const [a, b] = probe.articles.map((article) => new Set(claims.filter((c) => c.mentions.some((m) => m.article === article.id)).map((c) => c.id)));
  if (a!.size === 0 || b!.size === 0) return 'no claim';
  if ([...a!].some((id) => b!.has(id))) return 'same';
  return conflicts.some((k) => k.claims.some((id) => a!.has(id)) && k.claims.some((id) => b!.has(id))) ? 'conflict' : 'apart';
}

const given = probes.map((probe) => ({ file: probe.file, expected: probe.expected, relation: relationOf(probe) }));
const isRight = (p: (typeof given)[number]) => p.relation === p.expected || (p.expected === 'noconflict' && (p.relation === 'same' || p.relation === 'apart'));

/** Probes the reader does not read as a careful reader does yet, with what it gives. */
const KNOWN_MISSES: Record<string, string> = {};

describe('claim pair probes', () => {
  it('should read every probe as its file name says, but the known misses', () => {
    const wrong = Object.fromEntries(given.filter((p) => !isRight(p)).map((p) => [p.file, p.relation]));
    expect(wrong).toEqual(KNOWN_MISSES);
  });

  it('should never dispute two figures that are not one fact', () => {
    expect(given.filter((p) => p.expected !== 'conflict' && p.relation === 'conflict').map((p) => p.file)).toEqual([]);
  });

  it('should hold probes of every relation', () => {
    for (const relation of ['same', 'conflict', 'apart', 'noconflict']) expect(probes.filter((p) => p.expected === relation).length).toBeGreaterThanOrEqual(10);
  });
});
