import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPairProbes, type PairProbe } from '../helpers/probePairs.ts';
import { mergeTimeline } from '../../src/analyse/mergeTimeline.ts';

// Invented pairs of articles by two outlets, each with a timeline of one entry (test/fixtures/timeline-probes/): one event
// told in other words, languages and date styles, and look-alike events of the same month that must stay apart. Each
// file's name ends with what a careful reader says of the two entries, written before the reader was run on them.
const probes = readPairProbes(path.join(import.meta.dirname, '..', 'fixtures', 'timeline-probes'));

/** Whether the reader makes one event of a probe's two entries, two, or finds no entry on one side. */
function relationOf(probe: PairProbe): 'same' | 'apart' | 'no entry' {
  const [a, b] = probe.articles;
  if (a!.timeline.length === 0 || b!.timeline.length === 0) return 'no entry';
  const { events } = mergeTimeline(probe.articles);
  return events.some((e) => e.mentions.some((m) => m.article === a!.id) && e.mentions.some((m) => m.article === b!.id)) ? 'same' : 'apart';
}

const given = probes.map((probe) => ({ file: probe.file, expected: probe.expected, relation: relationOf(probe) }));

/** Probes the reader does not read as a careful reader does yet, with what it gives. */
const KNOWN_MISSES: Record<string, string> = {
  // The second set (111–150), written blind in the twentieth round. Data centres built (建設へ, read as power capacity, no
  // act) are not yet the $50 billion invested in them.
  '122-ja-same.txt': 'apart',
  // A ceiling ("最高194亿美元") 11% above the contract's sum ($17.4 billion) is not yet read as the same deal.
  '123-mix-same.txt': 'apart',
  // The third set (151–190), written blind in the twenty-first round, is read right throughout.
  // The fourth set (191–250), written blind in the twenty-second round: 33 missed when they came in, 4 at the round's end.
  // A party known only by a name the vocabulary cannot hold without harm: "The Times" beside "The New York Times" (the first
  // is also London's paper; unknown, it leaves OpenAI, the first company named, as the suer of one and not of the other).
  '194-en-same.txt': 'apart',
  // A party told only by an epithet of a person: "his social network" and "his AI start-up" are X and xAI, "The DeepMind
  // co-founder joins Redmond" is Microsoft's hire; reading a founder's or a former employer's name as no party, and a hire
  // as once a month, would join other hires of one company's month. (196, "the device firm founded by the former Apple design
  // chief" beside "OpenAI buys io", was read right once the round's claim rules were merged with its timeline rules.)
  '199-en-same.txt': 'apart',
  '202-en-same.txt': 'apart',
  // An outcome told without its act or its thing: "avoids a forced divestiture of its browser in the search monopoly case" is
  // the ruling on Chrome ("its browser" names no product, and a company's rulings are not once a month).
  '198-en-same.txt': 'apart',
  // The fifth set (251–310), written blind in the twenty-third round: 28 missed when they came in, 5 at the round's end.
  // A round's total beside what its lead investor put in: "leads a €1.7 billion Series C in Mistral AI" and "the Dutch
  // lithography giant puts €1.3bn into it" are read as two sums far apart (a sum put into a company is an investor's part
  // only where a round is named beside it), and the epithet names no company the vocabulary holds.
  '254-en-same.txt': 'apart',
  // A hire told by the people who left: "hires Windsurf chief executive Varun Mohan and licenses the start-up's technology"
  // and "the AI coding firm's founders decamp to DeepMind after its planned sale to OpenAI falls apart" (the sale that fell
  // apart makes OpenAI a party, and a hire is no act the reader reads).
  '259-en-same.txt': 'apart',
  // A system told by the chips it is built of: "CloudMatrix 384超节点" and "由384颗昇腾芯片互联而成的AI算力集群" (the chips
  // are read as its product; "深圳通信巨头" could be Huawei or ZTE, and is not listed).
  '277-zh-same.txt': 'apart',
  // A memory generation by its rank: HBM4 is "第六代高頻寬記憶體", a product several makers make (the vocabulary's products
  // belong to one company each).
  '287-zht-same.txt': 'apart',
  // A fab told by its name and its maker by an epithet: "千歳の国策ファウンドリー、「IIM-1」でパイロット生産を始める" (the epithet
  // is not listed, and pilot production begun is not read as a facility switched on).
  '293-ja-same.txt': 'apart',
};

describe('timeline pair probes', () => {
  it('should read every probe as its file name says, but the known misses', () => {
    expect(Object.fromEntries(given.filter((p) => p.relation !== p.expected).map((p) => [p.file, p.relation]))).toEqual(KNOWN_MISSES);
  });

  it('should hold probes of both relations, every one a same or apart', () => {
    expect(probes.every((p) => p.expected === 'same' || p.expected === 'apart')).toBe(true);
    for (const relation of ['same', 'apart']) expect(probes.filter((p) => p.expected === relation).length).toBeGreaterThanOrEqual(10);
  });
});
