import { describe, expect, it } from 'vitest';
import { eventCount } from '../helpers/timelineMonth.ts';

describe('timeline entries in Chinese and Japanese wordings (timeline17)', () => {
  it('should read はねつける and 突っぱねる as turning an offer down, not as the investment offered', async () => {
    expect(await eventCount(['NorthwindがアマゾンのNorthwindへの出資提案をはねつける。', 'Northwind rejects Amazon’s investment proposal.'])).toBe(1);
    expect(await eventCount(['Northwindがアマゾンの出資案を突っぱねた。', 'Northwind turns down Amazon’s equity offer.'])).toBe(1);
    // Look-alike: an investment made, not turned down, is another event.
    expect(await eventCount(['アマゾンがNorthwindへの出資を決める。', 'Northwind rejects Amazon’s investment proposal.'])).toBe(2);
  });
});

describe('a deal told by its chief’s name in Chinese and Japanese, or lined up (timeline17)', () => {
  it('should read 拉里·埃里森的公司 and エリソン氏の会社 as Oracle, a party of the deal', async () => {
    expect(await eventCount(['拉里·埃里森的公司被曝拿下OpenAI一份为期多年的超大额算力订单。', 'Oracle is reported to have won a giant compute order from OpenAI.'])).toBe(1);
    expect(await eventCount(['エリソン氏の会社がOpenAIと大型の計算契約を締結。', 'Oracle signs a giant compute contract with OpenAI.'])).toBe(1);
    // Look-alike: another chief's company with the same party is another deal.
    expect(await eventCount(['贝索斯创办的公司被曝拿下OpenAI一份为期多年的超大额算力订单。', 'Oracle is reported to have won a giant compute order from OpenAI.'])).toBe(2);
  });

  it('should read lining up an order as making a deal', async () => {
    expect(await eventCount(['The ChatGPT maker is said to have lined up a five-year compute order from Oracle.', 'Oracle is reported to have landed a multiyear compute order from OpenAI.'])).toBe(1);
    // Look-alike: an order lined up with another party is another deal.
    expect(await eventCount(['The ChatGPT maker is said to have lined up a five-year compute order from Google.', 'Oracle is reported to have landed a multiyear compute order from OpenAI.'])).toBe(2);
  });
});

describe('a quarter’s outlays, in US dollars (timeline17)', () => {
  it('should read a quarter’s outlays as capital spending and US$ as a currency, not a place', async () => {
    expect(await eventCount(['Meta’s second-quarter outlays come in above US$30 billion.', 'Meta’s June-quarter report shows capital spending up sharply.'])).toBe(1);
    expect(await eventCount(['Meta’s June-quarter outlays reach US$30.2 billion.', 'Meta’s second-quarter outlays come in above US$30 billion.'])).toBe(1);
    // Look-alike: the United States named as a place is still a place, apart from another country's build.
    expect(await eventCount(['Meta puts US$10 billion into data centres in the US.', 'Meta puts US$10 billion into data centres in India.'])).toBe(2);
  });
});

describe('a report told by its backlog in Chinese (timeline17)', () => {
  it('should read 未履行的履約義務 as backlog, and 财报 beside 剩余履约义务 as a report of the backlog', async () => {
    expect(await eventCount(['甲骨文公布財報，未履行的履約義務再創新高。', 'Oracle’s quarterly report shows its contracted backlog swelling again.'])).toBe(1);
    expect(await eventCount(['甲骨文财报出炉，剩余履约义务升至6000亿美元。', '甲骨文季度合同积压再创新高。'])).toBe(1);
    // Look-alike: another company's backlog in the same words is another event.
    expect(await eventCount(['甲骨文公布財報，未履行的履約義務再創新高。', '微软公布財報，未履行的履約義務再創新高。'])).toBe(2);
  });
});

describe('a quarterly report told by its results or by another of its figures (timeline17)', () => {
  it('should make a quarter’s capex or backlog one event with the company’s results for that quarter, their percentages measuring two things', async () => {
    expect(await eventCount(['Microsoft posts fiscal second-quarter results with Azure up 35%.', 'The Windows maker’s December-quarter capex jumps by about two-thirds.'])).toBe(1);
    expect(await eventCount(['微软公布第二财季业绩，Azure增长35%。', '微软10至12月资本支出同比增长近七成。'])).toBe(1);
    expect(await eventCount(['Oracle posts its February-quarter results.', 'Oracle’s February-quarter filing shows its contracted backlog climbing again.'])).toBe(1);
    expect(await eventCount(['甲骨文发布截至8月的季度业绩。', 'Oracle’s August-quarter filing shows its contracted backlog climbing again.'])).toBe(1);
    // Look-alikes: a capex plan for the year, told on the quarter's call, is another event; so is another company's quarter.
    expect(await eventCount(['Microsoft posts fiscal second-quarter results with Azure up 35%.', 'Microsoft sets its capital budget for the year on its December-quarter call.'])).toBe(2);
    expect(await eventCount(['Microsoft posts fiscal second-quarter results with Azure up 35%.', 'Meta’s December-quarter capex jumps by about two-thirds.'])).toBe(2);
    // Nor are a quarter's capex and its backlog, told apart and with no results beside them, one event.
    expect(await eventCount(['Amazon’s quarterly capex hits a record.', 'AWS says its backlog grew at a record pace.'])).toBe(2);
  });
});

describe('a year’s facility investment and a chip unveiled, in Chinese and Japanese (timeline17)', () => {
  it('should read 設施投資 / 设施投资 as capital spending, not an investment in another company', async () => {
    expect(await eventCount(['臉書母公司公布今年的設施投資區間。', 'Meta sets out its capital spending range for the year.'])).toBe(1);
    // Look-alike: money put into another company is an investment, another event.
    expect(await eventCount(['Meta宣布投資Northwind。', 'Meta sets out its capital spending range for the year.'])).toBe(2);
  });

  it('should read a chip followed by 発表 as a launch', async () => {
    expect(await eventCount(['AWSが第2世代の推論用チップを発表。', 'Amazon unveils its second-generation Inferentia chip.', 'AWS launches Inferentia2 at its conference.'])).toBe(1);
    // Look-alike: a chip of another generation unveiled the same month is another event.
    expect(await eventCount(['AWSが第3世代の推論用チップを発表。', 'AWS launches Inferentia2 at its conference.'])).toBe(2);
  });
});

describe('a request pulled and a round told by its valuation (timeline17)', () => {
  it('should read a request or bid that "is pulled" or "was withdrawn" as called off', async () => {
    expect(await eventCount(['Meta’s zoning request for an Ohio campus is pulled amid local opposition.', 'Meta scraps its Ohio data-centre plan.'])).toBe(1);
    // Look-alike: a company that "pulled in" money called nothing off.
    expect(await eventCount(['Meta’s Ohio campus pulled in $2 billion of bonds.', 'Meta scraps its Ohio data-centre plan.'])).toBe(2);
  });

  it('should read "at a valuation above $X" as the company’s worth, not the round’s sum nor its measure', async () => {
    expect(await eventCount(['Northwind raises fresh capital at a valuation above $60 billion.', 'Northwind closes a $5 billion round at a $61 billion valuation.'])).toBe(1);
    // Look-alike: a valuation far apart is another round.
    expect(await eventCount(['Northwind raises fresh capital at a valuation above $90 billion.', 'Northwind closes a $5 billion round at a $61 billion valuation.'])).toBe(2);
  });
});

describe('a facility put to work (timeline17)', () => {
  it('should read a cluster switched on and one that starts running workloads, at one place, as one event', async () => {
    expect(await eventCount(['Anthropic’s Ohio supercluster, built on Amazon chips, is switched on.', 'The Ohio training complex built for Anthropic starts running workloads.'])).toBe(1);
    expect(await eventCount(['Anthropic’s Ohio cluster begins its first training runs.', 'Anthropic’s Ohio supercomputer comes online.'])).toBe(1);
    // Look-alikes: a facility of another place switched on is another event; so is a chip the company previews.
    expect(await eventCount(['Anthropic’s Ohio cluster begins its first training runs.', 'Anthropic’s Texas supercomputer comes online.'])).toBe(2);
    expect(await eventCount(['Anthropic’s Ohio cluster begins its first training runs.', 'Anthropic previews its next model.'])).toBe(2);
  });
});

describe('money paid out again in Chinese (timeline17)', () => {
  it('should read 再掏 (pays out again) as an investment', async () => {
    expect(await eventCount(['亚马逊再掏30亿美元，对这家Claude开发商的持股翻倍。', 'Amazon tops up its Anthropic stake with a second tranche.'])).toBe(1);
    // Look-alike: a partnership of the same two companies, with no money paid, is another event.
    expect(await eventCount(['亚马逊与Anthropic扩大芯片合作。', 'Amazon tops up its Anthropic stake with a second tranche.'])).toBe(2);
  });
});

describe('an entry the same event as a late member of a month’s event (timeline27)', () => {
  const told = ['OpenAI rejects Amazon’s investment proposal.', 'OpenAI turns down Amazon’s money.', 'OpenAI says no to an Amazon stake.', 'OpenAI declines Amazon’s equity approach.', 'OpenAI spurns Amazon’s cash.', 'OpenAI rebuffs Amazon’s $50 billion offer.'];
  it('should join an entry to the event whose sixth outlet names the same sum, though its first five name none', async () => {
    expect(await eventCount([...told, 'The ChatGPT developer waves off $50 billion.'])).toBe(1);
    // Look-alike: another sum waved off is another event, wherever in the month the event's sum is told.
    expect(await eventCount([...told, 'The ChatGPT developer waves off $10 billion.'])).toBe(2);
  });
});

describe('a report told by its results and its capital spending in one entry (timeline27)', () => {
  it('should make an entry that tells both one event with one that tells either', async () => {
    expect(await eventCount(['Microsoft lifts its capex plan as Azure growth quickens.', 'Azure accelerates again.'])).toBe(1);
    expect(await eventCount(['Microsoft lifts its capex plan as Azure growth quickens.', 'Microsoft raises its capex target.'])).toBe(1);
    expect(await eventCount(['微软上调全年资本开支计划，Azure增速加快。', 'Azure accelerates again.'])).toBe(1);
    // Look-alikes: the results and the spending plan told apart, with no quarter named, are two events; so is another company's report.
    expect(await eventCount(['Microsoft raises its capex target.', 'Azure accelerates again.'])).toBe(2);
    expect(await eventCount(['Meta lifts its capex plan as its ad growth quickens.', 'Azure accelerates again.'])).toBe(2);
  });
});

describe('a bidder sent packing, a board that says no (timeline27)', () => {
  it('should read "sent packing" and a clause-final "says no" as turning a bid down', async () => {
    expect(await eventCount(['A consortium makes a surprise play for Anthropic and is sent packing.', 'Anthropic rejects a $20 billion takeover bid.'])).toBe(1);
    expect(await eventCount(['A consortium makes a surprise play for Anthropic; the board says no.', 'Anthropic rejects a $20 billion takeover bid.'])).toBe(1);
    // Look-alike: a board that says nothing has turned nothing down, and "says no one" is no refusal.
    expect(await eventCount(['A consortium makes a surprise play for Anthropic; the board says nothing.', 'Anthropic rejects a $20 billion takeover bid.'])).toBe(2);
    expect(await eventCount(['A consortium makes a surprise play for Anthropic; the board says no one called.', 'Anthropic rejects a $20 billion takeover bid.'])).toBe(2);
  });
});

describe('talks reopened or resumed (timeline27)', () => {
  it('should read reopening or resuming talks as talks, not as the stake they are about', async () => {
    expect(await eventCount(['Reports say Google has reopened talks on an Anthropic stake.', '谷歌被曝与Anthropic洽谈入股。'])).toBe(1);
    expect(await eventCount(['Google resumes negotiations over an Anthropic stake.', '谷歌被曝与Anthropic洽谈入股。'])).toBe(1);
    // Look-alike: a stake bought, not talked over, is another event.
    expect(await eventCount(['Google takes a stake in Anthropic.', '谷歌被曝与Anthropic洽谈入股。'])).toBe(2);
  });
});

describe('a quarter that beats the company’s own outlook, and the AI chip leader (timeline27)', () => {
  it('should read beating its own outlook as results, and "the AI chip leader" as Nvidia', async () => {
    expect(await eventCount(['The AI chip leader beats its own second-quarter outlook comfortably.', 'Nvidia’s July-quarter sales sail past its own outlook.'])).toBe(1);
    expect(await eventCount(['Nvidia tops its own guidance for the July quarter.', 'Nvidia’s July-quarter sales sail past its own outlook.'])).toBe(1);
    // Look-alikes: another chipmaker's beat is another event, and spending that tops its own guidance is no result.
    expect(await eventCount(['AMD beats its own second-quarter outlook comfortably.', 'Nvidia’s July-quarter sales sail past its own outlook.'])).toBe(2);
    expect(await eventCount(['Nvidia’s capex tops its own guidance.', 'Nvidia’s July-quarter sales sail past its own outlook.'])).toBe(2);
  });
});
