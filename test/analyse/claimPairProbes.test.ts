import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPairProbes, relationOf } from '../helpers/probePairs.ts';

// Invented pairs of one-figure articles by two outlets (test/fixtures/pair-probes/): the same fact in other words, periods,
// units and languages; two outlets that disagree; and look-alikes that are other facts (another company or unit, period,
// metric, chip, or a forecast beside an actual). Each file's name ends with what a careful reader says of the two figures,
// written before the reader was run on them (test/helpers/probePairs.ts).
const probes = readPairProbes(path.join(import.meta.dirname, '..', 'fixtures', 'pair-probes'));

const given = probes.map((probe) => ({ file: probe.file, expected: probe.expected, relation: relationOf(probe.articles) }));
const isRight = (p: (typeof given)[number]) => p.relation === p.expected || (p.expected === 'noconflict' && (p.relation === 'same' || p.relation === 'apart'));

/** Probes the reader does not read as a careful reader does yet, with what it gives (the first 160, the second 100 and the third 80 at the twenty-first round's end; the fourth 80 and the fifth 60 at the twenty-second's; the sixth 80 at the twenty-third's). */
const KNOWN_MISSES: Record<string, string> = {
  // A measure or wording with no word in the reader yet: a funding round "closed" or "wrapped up", inference spending
  // ("serving its models cost"), TPUs a lab agreed to use (利用する契約), a cloud contract signed (签署…合同), chips running
  // (稼働させている), revenue said with 將逾 / 預計今年. (122's total expenses, 総費用, are read apart from capex since the thirty-seventh round.)
  '008-en-same.txt': 'no claim',
  '014-en-same.txt': 'no claim',
  '036-ja-same.txt': 'no claim',
  '111-zh-apart.txt': 'no claim',
  '151-zht-noconflict.txt': 'no claim',
  // Figures the reader never disputes: a rumoured valuation or an offer with no period and no round named (a company
  // raises many rounds and makes many offers), a deal with a start-up the entity model does not know, a model's
  // training cost, two sums of one cancelled project (cancellations are not disputed).
  '051-en-conflict.txt': 'apart',
  '052-en-conflict.txt': 'apart',
  '058-en-conflict.txt': 'apart',
  '062-en-conflict.txt': 'apart',
  '075-ja-conflict.txt': 'apart',
  '079-mix-conflict.txt': 'apart',
  // A key without the purpose: inference compute and training compute are one company's spending.
  '104-en-apart.txt': 'same',
  // The second set (161–260), written blind in the twentieth round, 100 pairs: 34 missed when they came in (6 of them
  // disputed wrongly), 9 at the round's end (8 in the twenty-first round), by cause.
  // Figures it never disputes, by design: undated rumours or offers (a company makes many), an analysts' consensus
  // (forecasts are never disputed), two sums of one cancellation.
  '193-en-conflict.txt': 'apart',
  '204-zh-conflict.txt': 'apart',
  '211-mix-conflict.txt': 'apart',
  '195-en-conflict.txt': 'apart',
  '196-en-conflict.txt': 'apart',
  // A count of chips said otherwise: a site's chips ('will house 400,000 GB200 chips'). (209's 累計140万個導入, with words
  // between the chip and its count, is read since the twenty-first round.)
  '197-en-conflict.txt': 'apart',
  // A pledge to a country: the country is read as no place of the pledge (US states are), so two pledges to one
  // country are not set against each other.
  '202-zh-conflict.txt': 'apart',
  // The third set (261–340), written blind in the twenty-first round, 80 pairs: 12 missed when they came in (6 of them
  // disputed wrongly), 0 at the end.
  // The fourth set (341–420), written blind in the twenty-second round, 80 pairs: 14 missed when they came in, 4 at the round's end.
  // Jobs cut: a layoff's count is a timeline entry's (jobsCut.ts), no claim, by design ("will eliminate 14,000 corporate
  // roles", 約9000人を削減, a second round of 16,000 more).
  '358-en-same.txt': 'no claim',
  '386-ja-same.txt': 'no claim',
  '411-en-apart.txt': 'no claim',
  // Compute a supplier delivers counted in gigawatts (供應總計6吉瓦的GPU算力): no metric yet; power capacity would key a
  // supplier's deals with several buyers alike and dispute them.
  '381-zht-same.txt': 'apart',
  // The fifth set (421–480), written blind in the twenty-second round against other kinds of false conflict, 60 pairs: 27
  // missed when they came in (1 of them disputed wrongly: a part of a capex plan read as the plan), 19 at the round's end,
  // none disputed wrongly, by cause.
  // Measures the reader has no word for yet: a workforce, a price per rack or per GPU, a
  // campus's first building's draw, computing capacity an agreement brings online, a government's support for a
  // chipmaker (支援, a further ¥…), monthly active users, a charge booked (費用を計上), and a part of a capex plan, which
  // has no metric once it is no longer read as the plan (占其资本开支计划的一半以上).
  '426-en-conflict.txt': 'no claim',
  '433-en-apart.txt': 'no claim',
  '441-en-apart.txt': 'no claim',
  '442-en-apart.txt': 'no claim',
  '443-en-apart.txt': 'no claim',
  '454-en-noconflict.txt': 'no claim',
  '461-zh-apart.txt': 'no claim',
  '462-zh-apart.txt': 'no claim',
  '472-ja-apart.txt': 'no claim',
  '477-mix-conflict.txt': 'no claim',
  // Figures it never disputes, by design: undated plans (a pledge to a country, a campus's capacity when built, a sum over
  // 2025–2027), a month's revenue (no period is a month), and one purchase of computing told from the buyer's side
  // ("committed to purchase $30 billion of Azure compute") and the seller's ("buy $50bn of capacity from Microsoft's Azure"
  // is Microsoft's deal), which join only where their sums agree.
  '427-en-conflict.txt': 'apart',
  '428-en-conflict.txt': 'apart',
  '429-en-conflict.txt': 'apart',
  '470-ja-conflict.txt': 'apart',
  // The sixth set (481–560), written blind in the twenty-third round, 80 pairs: 15 missed when they came in (3 of them
  // disputed wrongly), 9 at the round's end, none disputed wrongly, by cause.
  // Measures the reader has no word for yet: a margin's change counted in percentage points ("widened by 6.6 percentage
  // points", 同比提升3个百分点: no unit for points, and a points figure read as a margin would dispute the margin itself), a
  // contract enlarged by a sum ("expanded its agreement … by up to $6.5 billion": the increment has no measure), a
  // company's commitments to buy computing told as a total with no counterparty ("commitments to buy computing capacity
  // total about $1,400 billion"), a business's share of a segment's sales (AI伺服器佔伺服器營收的比重), and a yearly sum paid for
  // another company's products ("will pay $3 billion a year to deploy OpenAI's products"). Adding any of them would be a new
  // metric read from one probe's wording; left for a round with more material.
  '490-en-apart.txt': 'no claim',
  '505-en-apart.txt': 'no claim',
  '516-en-same.txt': 'no claim',
  '523-zh-apart.txt': 'no claim',
  '534-zht-apart.txt': 'no claim',
  '557-mix-apart.txt': 'no claim',
  // Figures it never disputes, by design: a plan its own words tell as changed ("now expects capital expenditure of $70
  // billion to $72 billion") beside another plan (a revised plan is not disputed by the plan it replaced, and the reader
  // does not set the articles' dates against each other to tell which outlet has the older one), an undated valuation of a
  // round named by no letter ("the funding round xAI completed this week"), and an undated plan for a site's capacity
  // (最終的な受電容量).
  '499-en-conflict.txt': 'apart',
  '511-en-conflict.txt': 'apart',
  '546-ja-conflict.txt': 'apart',
};

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
